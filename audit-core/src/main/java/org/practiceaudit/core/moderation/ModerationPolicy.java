package org.practiceaudit.core.moderation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.Role;

/**
 * Which completed audits go to moderation: a share, optionally at least one per auditor, and every
 * audit graded at or below a given grade; and who may moderate them.
 *
 * <p>The defaults follow Dudley's audit framework 2017, "Moderation" (seed 004, line 150,
 * requirement U24): "a sample of 20% (approximately 60 per year) of the audits will be selected for
 * moderation". The seed asks for no minimum per auditor, so {@link #atLeastOnePerAuditor()} is
 * false unless a council chooses it. Its JSON form, in configuration and interchange alike, is
 * {@code at_least_one_per_auditor}, false when absent. The grade rule follows Camden's audit
 * programme 2021-22, section 6, where every audit graded inadequate goes to the Head of Service for
 * review. Who may moderate follows Dudley's "undertaken by the Lead for Professional Practice and
 * Lead Auditor" (seed 004, line 150, requirement U25): {@link #moderatorRoles()}, in JSON {@code
 * moderator_roles}, any role when absent; {@link
 * org.practiceaudit.core.allocation.Allocator.Builder#moderatorRoles(java.util.Collection)} refuses
 * a moderator offered without one of them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ModerationPolicy {

  /** Dudley's share of audits moderated: 20%. */
  public static final BigDecimal DUDLEY_SHARE = new BigDecimal("0.20");

  ModerationPolicy() {}

  /**
   * Returns the share of completed audits to moderate, rounded up.
   *
   * @return a share in (0, 1]; {@link #DUDLEY_SHARE} by default
   */
  @Value.Default
  public BigDecimal share() {
    return DUDLEY_SHARE;
  }

  /**
   * Returns whether every auditor with a completed audit gets at least one audit moderated.
   *
   * @return false by default: Dudley's seed asks for a share only (U24)
   */
  @Value.Default
  public boolean atLeastOnePerAuditor() {
    return false;
  }

  /**
   * Returns the grade at or below which every audit is moderated, such as inadequate.
   *
   * @return the grade, or empty for no grade rule; audits graded on another scale are not affected
   */
  public abstract Optional<Grade> includeGradedAtOrBelow();

  /**
   * Returns the roles whose holders may moderate.
   *
   * @return an unmodifiable set in id order; empty when anyone may moderate (the default)
   */
  @Value.NaturalOrder
  public abstract SortedSet<Role> moderatorRoles();

  /**
   * Tells whether a holder of a role may moderate under this policy.
   *
   * @param role the role; not null
   * @return true if {@link #moderatorRoles()} is empty or holds the role
   */
  public boolean mayModerate(Role role) {
    Objects.requireNonNull(role, "role");
    return moderatorRoles().isEmpty() || moderatorRoles().contains(role);
  }

  /**
   * Returns Dudley's policy: 20%, no minimum per auditor, no grade rule (seed 004, line 150; U24),
   * moderated by the Lead for Professional Practice and the Lead Auditor (U25).
   *
   * @return the policy
   */
  public static ModerationPolicy dudley() {
    return builder()
        .addModeratorRoles(Role.LEAD_FOR_PROFESSIONAL_PRACTICE, Role.LEAD_AUDITOR)
        .build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableModerationPolicy.Builder builder() {
    return ImmutableModerationPolicy.builder();
  }

  @Value.Check
  void check() {
    if (share().signum() <= 0 || share().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "moderation share must be more than 0 and at most 1: " + share().toPlainString());
    }
  }
}
