package org.practiceaudit.core.audit;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The auditor's conversation with the practitioner or manager about the case (Dudley audit
 * framework 2017, "Reflective": audits are undertaken wherever possible in partnership with the
 * case-holder).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class PractitionerConversation {

  PractitionerConversation() {}

  /**
   * Returns the practitioner or manager spoken with.
   *
   * @return the person
   */
  public abstract PersonId with();

  /**
   * Returns when the conversation took place relative to the audit.
   *
   * @return before, during or after
   */
  public abstract ConversationTiming timing();

  /**
   * Returns the day of the conversation.
   *
   * @return the date
   */
  public abstract LocalDate heldOn();

  /**
   * Obtains a conversation record.
   *
   * @param with the person spoken with; not null
   * @param timing when, relative to the audit; not null
   * @param heldOn the day; not null
   * @return the record
   */
  public static PractitionerConversation of(
      PersonId with, ConversationTiming timing, LocalDate heldOn) {
    return ImmutablePractitionerConversation.builder()
        .with(with)
        .timing(timing)
        .heldOn(heldOn)
        .build();
  }
}
