package org.practiceaudit.json.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.internal.Suggestions;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.json.Problem;
import org.practiceaudit.rules.ParameterReference;
import tools.jackson.databind.JsonNode;

/**
 * Checks what a rule's parameters refer to in the document, as the rule type declares it ({@link
 * org.practiceaudit.rules.RuleType#references}): domain ids, grade labels, case categories and
 * roles, for every rule type alike, a council's own included. The framework is not built yet when
 * rules are checked, so the document's own domains, grade scale and declared categories and roles
 * stand in for it; {@link ParameterReference#check} applies the same test to a built framework.
 */
final class RuleReferences {

  private final Document doc;
  private final Set<String> domains;
  private final Optional<GradeScale> scale;

  RuleReferences(Document doc, Set<String> domains, Optional<GradeScale> scale) {
    this.doc = doc;
    this.domains = domains;
    this.scale = scale;
  }

  /**
   * The problems with one rule's references, each at its value's pointer. A value the document does
   * not write (a rule type's default) is checked only when it names a grade the document's scale
   * lacks, and then the problem points at the parameter the author must add.
   *
   * @param at the rule's pointer, such as {@code /rules/3}
   * @param references the rule type's references
   * @param parameterType the rule type's parameter class, whose component names are written in
   *     snake_case
   */
  List<Problem> check(String at, List<ParameterReference> references, Class<?> parameterType) {
    List<Problem> problems = new ArrayList<>();
    for (ParameterReference reference : references) {
      String pointer = at + "/parameters" + RuleBinding.pointer(reference.path(), parameterType);
      message(reference).ifPresent(message -> problems.add(doc.problem(pointer, message)));
    }
    return problems;
  }

  private Optional<String> message(ParameterReference reference) {
    String value = reference.value();
    switch (reference.kind()) {
      case DOMAIN:
        return domains.contains(value)
            ? Optional.empty()
            : Optional.of("unknown domain '" + value + "'" + Suggestions.hint(value, domains));
      case GRADE:
        return scale.isEmpty() || scale.get().find(value).isPresent()
            ? Optional.empty()
            : Optional.of(SemanticPass.unknownGrade(value, scale.get()));
      case CASE_CATEGORY:
        return declared(
            reference, "local_categories", CaseCategory::parse, c -> c.isWellKnown(), c -> c.id());
      default:
        return declared(reference, "local_roles", Role::parse, r -> r.isWellKnown(), r -> r.id());
    }
  }

  private <T> Optional<String> declared(
      ParameterReference reference,
      String field,
      Function<String, T> parse,
      Function<T, Boolean> wellKnown,
      Function<T, String> id) {
    T value;
    try {
      value = parse.apply(reference.value());
    } catch (AuditParseException | IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    if (wellKnown.apply(value)) {
      return Optional.empty();
    }
    for (JsonNode local : doc.root.path(field)) {
      try {
        if (local.isString()
            && id.apply(parse.apply(local.stringValue())).equals(id.apply(value))) {
          return Optional.empty();
        }
      } catch (AuditParseException | IllegalArgumentException e) {
        // Reported where it is declared.
      }
    }
    return Optional.of(
        "unknown "
            + reference.kind().noun()
            + " '"
            + reference.value()
            + "': neither well known nor declared in "
            + field);
  }
}
