package org.practiceaudit.json.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.json.AuditJson;
import org.practiceaudit.json.bundled.BundledFrameworks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The guard of issue #12, item 5: every audit-core value a framework document describes is written
 * and read the same way by configuration and interchange. For each bundled framework and each such
 * section, the interchange writer's JSON of the loaded value holds every property the document
 * gives, with the same value, and the interchange reader reads back the loaded value, both from the
 * document's section and from what the writer wrote.
 */
final class OneJsonFormTest {

  static List<String> ids() {
    return List.copyOf(BundledFrameworks.ids());
  }

  private record Section(String pointer, JsonNode node, Object value) {}

  private static List<Section> sections(String id) {
    FrameworkConfiguration config = BundledFrameworks.load(id);
    AuditFramework framework = config.framework();
    String text = BundledFrameworks.text(id);
    JsonNode root =
        BundledFrameworks.format(id) == DocumentFormat.YAML
            ? YAMLMapper.builder().build().readTree(text)
            : AuditJson.mapper().readTree(text);
    List<Section> sections = new ArrayList<>();
    if (root.has("grade_scale")) {
      sections.add(new Section("/grade_scale", root.get("grade_scale"), framework.gradeScale()));
    }
    for (int i = 0; i < root.path("domains").size(); i++) {
      sections.add(
          new Section("/domains/" + i, root.path("domains").get(i), framework.domains().get(i)));
    }
    for (int i = 0; i < root.path("audit_types").size(); i++) {
      sections.add(
          new Section(
              "/audit_types/" + i, root.path("audit_types").get(i), framework.auditTypes().get(i)));
    }
    for (int i = 0; i < root.path("escalation_categories").size(); i++) {
      sections.add(
          new Section(
              "/escalation_categories/" + i,
              root.path("escalation_categories").get(i),
              framework.escalationCategories().get(i)));
    }
    for (int i = 0; i < root.path("quotas").size(); i++) {
      sections.add(new Section("/quotas/" + i, root.path("quotas").get(i), config.quotas().get(i)));
    }
    config
        .moderation()
        .ifPresent(m -> sections.add(new Section("/moderation", root.get("moderation"), m)));
    return sections;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void interchangeWriter_anyValue_givesEveryPropertyTheDocumentGives(String id) {
    List<Section> sections = sections(id);
    assertThat(sections).hasSizeGreaterThan(3);
    for (Section section : sections) {
      JsonNode written = AuditJson.mapper().valueToTree(section.value());
      ObjectNode given = ((ObjectNode) section.node()).deepCopy();
      if (!section.pointer().startsWith("/audit_types")) {
        given.remove("description");
      }
      for (Map.Entry<String, JsonNode> property : given.properties()) {
        assertThat(written.has(property.getKey()))
            .as("%s %s: %s", id, section.pointer(), property.getKey())
            .isTrue();
        assertThat(same(written.get(property.getKey()), property.getValue()))
            .as(
                "%s %s/%s: written %s, document %s",
                id,
                section.pointer(),
                property.getKey(),
                written.get(property.getKey()),
                property.getValue())
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void interchangeReader_documentSectionOrWriterOutput_readAsTheLoadedValue(String id) {
    GradeScale scale = BundledFrameworks.load(id).framework().gradeScale();
    for (Section section : sections(id)) {
      Class<?> type =
          section.value().getClass().getSuperclass() == Object.class
              ? section.value().getClass()
              : section.value().getClass().getSuperclass();
      JsonNode written = AuditJson.mapper().valueToTree(section.value());
      assertThat((Object) AuditJson.reader(scale).forType(type).readValue(written))
          .as("%s %s", id, section.pointer())
          .isEqualTo(section.value());
      assertThat((Object) CoreForms.read(type, section.node(), scale))
          .as("%s %s", id, section.pointer())
          .isEqualTo(section.value());
    }
  }

  /** Equal JSON, numbers compared by value (a document's 0.2 and a decimal 0.20 are one share). */
  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() < b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> p : b.properties()) {
        if (!a.has(p.getKey()) || !same(a.get(p.getKey()), p.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
