package org.practiceaudit.rules;

import java.util.Objects;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * Who must be told of an audit's outcome, and how: returned by rules as data, never performed by
 * them.
 *
 * <p>Recipients are role ids such as {@code service-manager}, {@code head-of-service} or {@code
 * qa-unit}, never people's names. Dudley's audit framework 2017 ("Raising a Concern") asks that the
 * Service Manager be notified by email with a copy of the completed audit and then followed up in
 * person; Camden's audit programme 2021-22 (section 6) asks that the Head of Service and the
 * Quality Assurance Unit be informed of audits graded requires improvement or inadequate.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Notification {

  /** Role id of a service manager. */
  public static final String SERVICE_MANAGER = "service-manager";

  /** Role id of a Head of Service. */
  public static final String HEAD_OF_SERVICE = "head-of-service";

  /** Role id of the quality assurance unit. */
  public static final String QA_UNIT = "qa-unit";

  /** The practitioner who holds the case (Dudley audit framework 2017, line 113). */
  public static final String PRACTITIONER = "practitioner";

  /** The multi-agency audit's coordinator (London multi-agency audit pack, section 3). */
  public static final String COORDINATOR = "coordinator";

  /** How a notification is to be delivered. */
  public enum Channel {
    /** Any channel the council uses. */
    ANY,
    /** By email. */
    EMAIL
  }

  Notification() {}

  /**
   * Returns the role to notify.
   *
   * @return a lower-case role id such as {@code head-of-service}
   */
  public abstract String recipient();

  /**
   * Returns how to deliver the notification.
   *
   * @return the channel; {@link Channel#ANY} unless the source document names one
   */
  @Value.Default
  public Channel channel() {
    return Channel.ANY;
  }

  /**
   * Tells whether a copy of the completed audit goes with the notification.
   *
   * @return true if the audit is attached
   */
  @Value.Default
  public boolean withAudit() {
    return false;
  }

  /**
   * Tells whether the notification must be followed up in person.
   *
   * @return true if an in-person follow-up is required
   */
  @Value.Default
  public boolean inPersonFollowUp() {
    return false;
  }

  /**
   * Obtains a notification to a role by any channel, without the audit attached.
   *
   * @param recipient the role id; lower-case kebab-case, not null
   * @return the notification
   * @throws NullPointerException if {@code recipient} is null
   * @throws IllegalArgumentException if {@code recipient} is not kebab-case
   */
  public static Notification of(String recipient) {
    return ImmutableNotification.builder()
        .recipient(Objects.requireNonNull(recipient, "recipient"))
        .build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableNotification.Builder builder() {
    return ImmutableNotification.builder();
  }

  @Value.Check
  void check() {
    if (!RuleIds.isKebab(recipient())) {
      throw new IllegalArgumentException(
          "notification recipient must be a lower-case role id such as 'head-of-service': '"
              + recipient()
              + "'");
    }
  }
}
