package org.practiceaudit.core.report;

import java.util.List;
import org.immutables.value.Value;
import org.practiceaudit.core.agreement.AgreementSummary;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Moderation results: how well moderators agreed with auditors, and which way they moved each
 * auditor's grades.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ModerationResults {

  ModerationResults() {}

  /**
   * Returns the table of auditor grade (rows) against moderator grade (columns), by rank.
   *
   * @return the table
   */
  public abstract AgreementTable table();

  /**
   * Returns every agreement coefficient.
   *
   * @return the summary
   */
  public abstract AgreementSummary agreement();

  /**
   * Returns each moderated auditor's movements, by auditor id.
   *
   * @return the movements
   */
  public abstract List<AuditorMovement> auditors();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableModerationResults.Builder builder() {
    return ImmutableModerationResults.builder();
  }
}
