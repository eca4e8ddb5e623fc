package org.practiceaudit.core.region;

/**
 * A count that a regional comparison publishes for each part and for the whole.
 *
 * <p>Every figure is a count of audits (or of escalations and actions), so the parts' figures add
 * up to the whole's.
 */
public enum Figure {
  /** Audits allocated. */
  AUDITS("audits", "Audits"),
  /** Audits completed. */
  COMPLETED("completed", "Completed"),
  /** Audits completed on or before their due day. */
  COMPLETED_ON_TIME("completed_on_time", "On time"),
  /** Audits completed after their due day. */
  COMPLETED_LATE("completed_late", "Late"),
  /** Audits not completed and past their due day. */
  OVERDUE("overdue", "Overdue"),
  /** Audits not completed and not yet due. */
  PENDING("pending", "Not yet due"),
  /** Completed audits with at least one applicable domain score, behind the average score. */
  SCORED_AUDITS("scored_audits", "Scored"),
  /** Completed audits with an overall grade. */
  GRADED("graded", "Graded"),
  /** Graded audits at the scale's second-best grade or better. */
  GOOD_OR_BETTER("good_or_better", "Good or better"),
  /** Graded audits below the scale's second-best grade. */
  BELOW_GOOD("below_good", "Below good"),
  /** Escalations raised in tracked categories. */
  ESCALATIONS_RAISED("escalations_raised", "Escalations"),
  /** Recommended actions still open. */
  ACTIONS_OUTSTANDING("actions_outstanding", "Open actions");

  private final String id;
  private final String label;

  Figure(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the figure's id, as JSON names it.
   *
   * @return such as {@code completed_on_time}
   */
  public String id() {
    return id;
  }

  /**
   * Returns a short label for table headers.
   *
   * @return such as {@code On time}
   */
  public String label() {
    return label;
  }
}
