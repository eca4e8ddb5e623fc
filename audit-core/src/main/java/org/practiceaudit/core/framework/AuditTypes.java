package org.practiceaudit.core.framework;

import java.util.List;

/**
 * The audit types the source documents name, ready to put into a framework.
 *
 * <p>Review periods: the last 12 months unless a document says otherwise (Dudley audit framework
 * 2017, "the last 12 months immediately preceding the audit"); 3 months for front-door and
 * practice-week audits, which look at recent contacts and current work (a documented default:
 * Camden names the types without periods); 12 to 18 months for multi-agency baseline audits (London
 * multi-agency audit pack).
 */
public final class AuditTypes {

  /** Compliance audit against practice standards (Camden). */
  public static final AuditType COMPLIANCE =
      AuditType.of("compliance", "Compliance audit", ReviewPeriod.ofMonths(12));

  /** Front-door (MASH) audit of contacts and referrals (Camden). */
  public static final AuditType FRONT_DOOR =
      AuditType.of("front-door", "Front door audit", ReviewPeriod.ofMonths(3));

  /** Practice week audit (Camden). */
  public static final AuditType PRACTICE_WEEK =
      AuditType.of("practice-week", "Practice week audit", ReviewPeriod.ofMonths(3));

  /** Monthly management case-file audit (Dudley, Dorset). */
  public static final AuditType MONTHLY_MANAGEMENT =
      AuditType.of("monthly-management", "Monthly management audit", ReviewPeriod.ofMonths(12));

  /** Themed deep dive (Camden). */
  public static final AuditType DEEP_DIVE =
      AuditType.of("deep-dive", "Themed deep dive", ReviewPeriod.ofMonths(12));

  /** Multi-agency audit (Camden; London multi-agency audit pack: the last 12-18 months). */
  public static final AuditType MULTI_AGENCY =
      AuditType.of("multi-agency", "Multi-agency audit", ReviewPeriod.ofMonths(12, 18));

  /** Fostering audit (Camden). */
  public static final AuditType FOSTERING =
      AuditType.of("fostering", "Fostering audit", ReviewPeriod.ofMonths(12));

  /** Section 11 audit of safeguarding duties, Children Act 2004 (Camden). */
  public static final AuditType SECTION_11 =
      AuditType.of("section-11", "Section 11 audit", ReviewPeriod.ofMonths(12));

  private AuditTypes() {}

  /**
   * Returns every audit type above, in the order declared.
   *
   * @return an unmodifiable list
   */
  public static List<AuditType> all() {
    return List.of(
        COMPLIANCE,
        FRONT_DOOR,
        PRACTICE_WEEK,
        MONTHLY_MANAGEMENT,
        DEEP_DIVE,
        MULTI_AGENCY,
        FOSTERING,
        SECTION_11);
  }
}
