package org.practiceaudit.json.configuration;

import java.util.Set;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.json.AuditJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the sections of a configuration that describe one audit-core value (grade scale, domain,
 * audit type, escalation category, quota, moderation policy) through that type's one JSON form, the
 * codec {@link AuditJson} uses for interchange, so that configuration and interchange can never
 * spell a value differently (issue #12, item 5).
 *
 * <p>The one difference is that configuration lets an author annotate any section with a {@code
 * description}, which is documentation: it is dropped before reading, except for the types whose
 * value holds a description (audit types).
 */
final class CoreForms {

  /** Types whose value has a {@code description} of its own. */
  private static final Set<Class<?>> DESCRIBED = Set.of(AuditType.class);

  private CoreForms() {}

  /**
   * Reads the document's grade scale through its one JSON form.
   *
   * @param root the document's root
   * @return Ofsted's scale when the document has none, the document's scale, or empty when it is
   *     malformed (the earlier passes report why)
   */
  static java.util.Optional<GradeScale> gradeScale(JsonNode root) {
    JsonNode node = root.path("grade_scale");
    if (node.isMissingNode()) {
      return java.util.Optional.of(GradeScale.ofsted());
    }
    try {
      return java.util.Optional.of(read(GradeScale.class, node, GradeScale.ofsted()));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Reads one value through its interchange form.
   *
   * @param type the audit-core type
   * @param node the section, as the configuration writes it
   * @param scale the framework's grade scale, for grades named in the section
   * @return the value
   * @throws IllegalArgumentException naming what is wrong, if the section does not describe a valid
   *     value
   */
  static <T> T read(Class<T> type, JsonNode node, GradeScale scale) {
    JsonNode form = node;
    if (node.isObject() && node.has("description") && !DESCRIBED.contains(type)) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      copy.remove("description");
      form = copy;
    }
    try {
      return AuditJson.reader(scale).forType(type).readValue(form);
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      String prefix = "invalid " + type.getSimpleName() + ": ";
      throw new IllegalArgumentException(
          message.startsWith(prefix) ? message.substring(prefix.length()) : message, e);
    }
  }
}
