package org.practiceaudit.core.escalation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.WorkingCalendar;

/**
 * The follow-up of one audit's escalation: whether it is tracked, when its clock started, when its
 * check is due, whether it is still open and whether it is overdue at an instant. The rules ({@code
 * escalation-category}, {@code recommendation-follow-up}) and the report all ask this class, so
 * they give one answer.
 *
 * <p>Source: Dudley audit framework 2017, "Raising a Concern" (seed 004, lines 121-124): the Centre
 * for Professional Practice "will track all audits where category 1-3 has been determined ... with
 * a view to re-checking the file to ensure that recommendations have been followed and completed",
 * on the schedule "Recommendations Checked and Escalation if required: 48 Hours, 10 Working Days,
 * 20 Working Days, N/A" (seed-fidelity review, requirements U19 and U20).
 *
 * <ul>
 *   <li><b>Tracked</b>: a category with a follow-up policy. A category whose policy is {@link
 *       FollowUpPolicy#none() none} (Dudley's 4, "the case is in good order") is never tracked,
 *       open or overdue. A category whose policy is not known ({@link #withoutPolicy}) is tracked
 *       without a deadline: open, never overdue.
 *   <li><b>Clock start</b>: the audit's {@link Audit#escalatedAt()}; when that is missing, the
 *       start of the audit's completion day in Europe/London, and {@link #note()} says so; never
 *       the current time. An audit neither escalated nor completed has no clock start and so no
 *       deadline.
 *   <li><b>Deadline</b>: the category's policy from the clock start ({@link
 *       FollowUpPolicy#dueFrom}).
 *   <li><b>Open</b>: until its follow-up check is recorded ({@link Audit#followedUpAt()}) or every
 *       recommended action is closed (done, or cancelled with the manager's agreement). An
 *       escalation with no recommended action is open.
 *   <li><b>Overdue</b> at an instant: open, and its deadline {@link Deadline#isOverdue(Instant) has
 *       passed}, from the due instant itself.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Escalation {

  /** What an outcome or report says of an escalation whose clock started at its completion day. */
  public static final String CLOCK_START_NOT_RECORDED =
      "escalation time not recorded; counted from the completion day";

  private final int category;
  private final Optional<FollowUpPolicy> followUp;
  private final Optional<Instant> clockStart;
  private final boolean clockStartRecorded;
  private final Optional<Deadline> deadline;
  private final boolean recommendsAction;
  private final boolean open;

  private Escalation(
      int category,
      Optional<FollowUpPolicy> followUp,
      Optional<Instant> clockStart,
      boolean clockStartRecorded,
      Optional<Deadline> deadline,
      boolean recommendsAction,
      boolean open) {
    this.category = category;
    this.followUp = followUp;
    this.clockStart = clockStart;
    this.clockStartRecorded = clockStartRecorded;
    this.deadline = deadline;
    this.recommendsAction = recommendsAction;
    this.open = open;
  }

  /**
   * Obtains the follow-up of an audit's escalation in a category with a known follow-up policy.
   *
   * @param audit the audit; not null
   * @param category the escalation category's level, 1 or more (the recorded one, or one a rule
   *     derives)
   * @param followUp the category's follow-up policy; not null
   * @param calendar the working days a working-days policy counts; not null
   * @return the escalation's follow-up
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code category} is below 1
   * @throws AuditException if the calendar does not cover the dates concerned
   */
  public static Escalation of(
      Audit audit, int category, FollowUpPolicy followUp, WorkingCalendar calendar) {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(calendar, "calendar");
    return create(audit, category, Optional.of(followUp), calendar);
  }

  /**
   * Obtains the follow-up of an audit's escalation in a category whose follow-up policy is not
   * known: it is tracked and open as usual, but has no deadline and is never overdue.
   *
   * @param audit the audit; not null
   * @param category the escalation category's level, 1 or more
   * @return the escalation's follow-up, without a deadline
   * @throws NullPointerException if {@code audit} is null
   * @throws IllegalArgumentException if {@code category} is below 1
   */
  public static Escalation withoutPolicy(Audit audit, int category) {
    Objects.requireNonNull(audit, "audit");
    return create(audit, category, Optional.empty(), null);
  }

  private static Escalation create(
      Audit audit, int category, Optional<FollowUpPolicy> followUp, WorkingCalendar calendar) {
    if (category < 1) {
      throw new IllegalArgumentException("escalation category must be 1 or more: " + category);
    }
    boolean tracked = followUp.map(p -> p.kind() != FollowUpPolicy.Kind.NONE).orElse(true);
    Optional<Instant> clockStart =
        audit
            .escalatedAt()
            .or(
                () ->
                    audit
                        .completedOn()
                        .map(d -> d.atStartOfDay(WorkingCalendar.LONDON).toInstant()));
    boolean recorded = audit.escalatedAt().isPresent();
    Optional<Deadline> deadline =
        tracked && clockStart.isPresent() && followUp.isPresent()
            ? followUp.get().dueFrom(clockStart.get(), calendar)
            : Optional.empty();
    boolean recommendsAction = !audit.actions().isEmpty();
    boolean outstanding = !recommendsAction;
    for (RecommendedAction action : audit.actions()) {
      outstanding |= action.status().isOutstanding();
    }
    boolean open = tracked && audit.followedUpAt().isEmpty() && outstanding;
    return new Escalation(
        category, followUp, clockStart, recorded, deadline, recommendsAction, open);
  }

  /**
   * Returns the escalation category's level.
   *
   * @return the level, 1 or more
   */
  public int category() {
    return category;
  }

  /**
   * Returns the category's follow-up policy.
   *
   * @return the policy, or empty if it is not known
   */
  public Optional<FollowUpPolicy> followUp() {
    return followUp;
  }

  /**
   * Tells whether the escalation is tracked: its category needs a follow-up, or its policy is not
   * known.
   *
   * @return false for a category whose policy is {@link FollowUpPolicy#none() none}, such as
   *     Dudley's 4
   */
  public boolean isTracked() {
    return followUp.map(p -> p.kind() != FollowUpPolicy.Kind.NONE).orElse(true);
  }

  /**
   * Returns the instant the follow-up clock started: the escalation instant, or else the start of
   * the completion day in Europe/London.
   *
   * @return the instant, or empty if the audit is neither escalated nor completed
   */
  public Optional<Instant> clockStart() {
    return clockStart;
  }

  /**
   * Tells whether the clock started at a recorded escalation instant.
   *
   * @return true if {@link Audit#escalatedAt()} was recorded; false if the clock counts from the
   *     completion day or has not started
   */
  public boolean isClockStartRecorded() {
    return clockStartRecorded;
  }

  /**
   * Returns what an outcome or a report says about the clock start, if anything: {@link
   * #CLOCK_START_NOT_RECORDED} when the deadline counts from the completion day.
   *
   * @return the note, or empty
   */
  public Optional<String> note() {
    return deadline.isPresent() && !clockStartRecorded
        ? Optional.of(CLOCK_START_NOT_RECORDED)
        : Optional.empty();
  }

  /**
   * Returns when the follow-up check is due.
   *
   * @return the deadline, or empty if the escalation is not tracked, its clock has not started or
   *     its policy is not known
   */
  public Optional<Deadline> deadline() {
    return deadline;
  }

  /**
   * Tells whether the audit recommends at least one action (whatever its status).
   *
   * @return false if the audit records no recommended action
   */
  public boolean recommendsAction() {
    return recommendsAction;
  }

  /**
   * Tells whether the escalation is open: tracked, no follow-up check recorded, and a recommended
   * action still outstanding or none recommended at all.
   *
   * @return true if it is open
   */
  public boolean isOpen() {
    return open;
  }

  /**
   * Tells whether the escalation is overdue at an instant: open, and its deadline has passed, from
   * the due instant itself ({@link Deadline#isOverdue(Instant)}).
   *
   * @param now the instant to ask about, from the caller's clock; not null
   * @return true if it is overdue at {@code now}
   * @throws NullPointerException if {@code now} is null
   */
  public boolean isOverdue(Instant now) {
    Objects.requireNonNull(now, "now");
    return open && deadline.isPresent() && deadline.get().isOverdue(now);
  }

  /**
   * Compares this escalation with another: equal escalations agree in every property.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal escalation
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Escalation)) {
      return false;
    }
    Escalation that = (Escalation) other;
    return category == that.category
        && clockStartRecorded == that.clockStartRecorded
        && recommendsAction == that.recommendsAction
        && open == that.open
        && followUp.equals(that.followUp)
        && clockStart.equals(that.clockStart)
        && deadline.equals(that.deadline);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        category, followUp, clockStart, clockStartRecorded, deadline, recommendsAction, open);
  }

  /**
   * Returns a description, such as {@code Escalation[category 1, follow-up 48h, clock start
   * 2026-11-02T10:00:00Z, due at 2026-11-04T10:00Z[Europe/London], open]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Escalation[category ")
            .append(category)
            .append(", follow-up ")
            .append(followUp.map(FollowUpPolicy::toString).orElse("unknown"));
    if (!isTracked()) {
      return text.append(", not tracked]").toString();
    }
    text.append(", clock start ").append(clockStart.map(Instant::toString).orElse("none"));
    if (clockStart.isPresent() && !clockStartRecorded) {
      text.append(" (").append(CLOCK_START_NOT_RECORDED).append(')');
    }
    deadline.ifPresent(d -> text.append(", due at ").append(d.dueAt()));
    if (!recommendsAction) {
      text.append(", no recommended action");
    }
    return text.append(open ? ", open]" : ", closed]").toString();
  }
}
