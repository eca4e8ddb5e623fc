package org.practiceaudit.rules.content;

import java.util.List;

/**
 * The parameters of an {@code audit-shared} rule.
 *
 * @param recipients who receives a copy of the audit, by role id; default {@code [practitioner,
 *     team-manager]} (the practitioner and their manager)
 * @param after {@code completion} (the default) or {@code moderation}: the step after which the
 *     audit is shared
 * @param auditTypes the audit type ids the rule applies to; empty (the default) for every audit
 *     type
 */
public record AuditSharedParameters(
    List<String> recipients, String after, List<String> auditTypes) {

  /** The audit is shared once completed. */
  public static final String AFTER_COMPLETION = "completion";

  /** The audit is shared once moderated. */
  public static final String AFTER_MODERATION = "moderation";

  /**
   * Fills in the London pack's defaults for missing values.
   *
   * @param recipients null means {@code [practitioner, team-manager]}
   * @param after null means {@code completion}
   * @param auditTypes null means every audit type
   */
  public AuditSharedParameters {
    recipients =
        recipients == null ? List.of("practitioner", "team-manager") : List.copyOf(recipients);
    after = after == null ? AFTER_COMPLETION : after;
    auditTypes = auditTypes == null ? List.of() : List.copyOf(auditTypes);
  }
}
