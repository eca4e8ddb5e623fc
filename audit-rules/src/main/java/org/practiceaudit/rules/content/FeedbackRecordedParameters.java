package org.practiceaudit.rules.content;

import java.util.List;

/**
 * The parameters of a {@code feedback-recorded} rule.
 *
 * @param from whose feedback must be recorded: {@code child}, {@code parent-or-carer}; default both
 * @param auditTypes the audit type ids the rule applies to; empty (the default) for every audit
 *     type
 */
public record FeedbackRecordedParameters(List<String> from, List<String> auditTypes) {

  /**
   * Fills in defaults for missing values.
   *
   * @param from null means {@code [child, parent-or-carer]}
   * @param auditTypes null means every audit type
   */
  public FeedbackRecordedParameters {
    from = from == null ? List.of("child", "parent-or-carer") : List.copyOf(from);
    auditTypes = auditTypes == null ? List.of() : List.copyOf(auditTypes);
  }
}
