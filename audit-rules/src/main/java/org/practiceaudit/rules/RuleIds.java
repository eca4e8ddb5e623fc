package org.practiceaudit.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.practiceaudit.core.internal.KebabCase;

/**
 * The formats of rule ids and rule type ids.
 *
 * <p>A rule id is lower-case kebab-case with a namespace, such as {@code
 * camden/actions-required-below-good}: the namespace names the council or body whose document the
 * rule implements (or the council that wrote it). A rule type id is lower-case kebab-case, such as
 * {@code escalation-category}, with an optional namespace for a council's own types, such as {@code
 * acme/chronology-present}.
 */
public final class RuleIds {

  private RuleIds() {}

  /**
   * Tells whether a text is a valid rule id, such as {@code dudley/escalation-category}.
   *
   * @param id the text; not null
   * @return true if it is lower-case kebab-case with one namespace
   * @throws NullPointerException if {@code id} is null
   */
  public static boolean isRuleId(String id) {
    return KebabCase.isNamespacedId(Objects.requireNonNull(id, "id"));
  }

  /**
   * Tells whether a text is a valid rule type id, such as {@code scoring} or {@code
   * acme/chronology}.
   *
   * @param id the text; not null
   * @return true if it is lower-case kebab-case with at most one namespace
   * @throws NullPointerException if {@code id} is null
   */
  public static boolean isTypeId(String id) {
    return KebabCase.isIdOptionallyNamespaced(Objects.requireNonNull(id, "id"));
  }

  /**
   * Checks that a text is a valid rule id.
   *
   * @param id the text; not null
   * @return {@code id}
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if it is not a valid rule id
   */
  public static String requireRuleId(String id) {
    if (!isRuleId(id)) {
      throw new IllegalArgumentException(ruleIdProblem(id));
    }
    return id;
  }

  /**
   * Describes why a text is not a valid rule id.
   *
   * @param id the rejected text; not null
   * @return a message quoting the text and the expected form
   */
  static String ruleIdProblem(String id) {
    return "rule id must be lower-case kebab-case with a namespace, such as"
        + " 'camden/actions-required-below-good': '"
        + id
        + "'";
  }

  /**
   * Adds a problem for each rule id counted more than once.
   *
   * @param counts the number of rules by id
   * @param problems receives "duplicate rule id 'x' (n rules)", in the counts' order
   */
  static void addDuplicateProblems(Map<String, Integer> counts, List<String> problems) {
    counts.forEach(
        (id, n) -> {
          if (n > 1) {
            problems.add("duplicate rule id '" + id + "' (" + n + " rules)");
          }
        });
  }

  /**
   * Describes why a text is not a valid rule type id.
   *
   * @param id the rejected text; not null
   * @return a message quoting the text and the expected form
   */
  static String typeIdProblem(String id) {
    return "rule type id must be lower-case kebab-case, optionally with a namespace, such as"
        + " 'escalation-category' or 'acme/chronology-present': '"
        + id
        + "'";
  }

  /** Lower-case kebab-case, as {@link KebabCase#isId} decides. */
  static boolean isKebab(String text) {
    return KebabCase.isId(text);
  }
}
