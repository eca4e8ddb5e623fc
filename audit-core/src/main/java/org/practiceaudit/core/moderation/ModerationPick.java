package org.practiceaudit.core.moderation;

import org.immutables.value.Value;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * An audit selected for moderation, with its auditor and the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ModerationPick {

  ModerationPick() {}

  /**
   * Returns the selected audit.
   *
   * @return the audit's id
   */
  @Value.Parameter
  public abstract AuditId auditId();

  /**
   * Returns the audit's auditor.
   *
   * @return the auditor
   */
  @Value.Parameter
  public abstract PersonId auditor();

  /**
   * Returns why the audit was selected.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract ModerationReason reason();

  /**
   * Obtains a pick.
   *
   * @param auditId the audit; not null
   * @param auditor its auditor; not null
   * @param reason the reason; not null
   * @return the pick
   */
  public static ModerationPick of(AuditId auditId, PersonId auditor, ModerationReason reason) {
    return ImmutableModerationPick.of(auditId, auditor, reason);
  }
}
