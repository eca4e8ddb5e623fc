package org.practiceaudit.core.report;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.escalation.Escalation;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.EscalationCategory;

/**
 * The follow-up policy of each escalation category a report counts by, and the working calendar
 * they are counted on (Dudley audit framework 2017, "Raising a Concern": category 1 within 48
 * hours, 2 within 10 working days, 3 within 20 working days, 4 none).
 *
 * <p>Each audit's escalation is judged by {@link Escalation}, the one definition the rules use too
 * (seed-fidelity review, U19 and U20): a category whose policy is {@link FollowUpPolicy#none()
 * none} is never tracked and appears in no escalation count; a category this value does not list is
 * counted, open or closed as usual, but has no deadline and is never overdue.
 *
 * <p>Equal values give equal reports, so {@link ReportSpec}s built separately from the same
 * framework are equal and their aggregates merge.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EscalationDeadline {

  private static final WorkingCalendar ENGLAND_AND_WALES =
      WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);

  private static final EscalationDeadline NONE =
      new EscalationDeadline(Collections.emptySortedMap(), ENGLAND_AND_WALES);

  private final SortedMap<Integer, FollowUpPolicy> policies;
  private final WorkingCalendar calendar;

  private EscalationDeadline(
      SortedMap<Integer, FollowUpPolicy> policies, WorkingCalendar calendar) {
    this.policies = policies;
    this.calendar = calendar;
  }

  /**
   * Obtains the value that lists no category: escalations are counted, but none is ever overdue.
   *
   * @return the value without policies, on England and Wales's calendar
   */
  public static EscalationDeadline none() {
    return NONE;
  }

  /**
   * Obtains deadlines in elapsed hours after the escalation was raised, by category.
   *
   * @param hoursByCategory hours (1 or more) by category level (1 or more); not null; categories
   *     not listed have no deadline
   * @return the value, on England and Wales's calendar
   * @throws NullPointerException if {@code hoursByCategory} or a key or value in it is null
   * @throws IllegalArgumentException if a category or a number of hours is below 1
   */
  public static EscalationDeadline elapsedHours(Map<Integer, Integer> hoursByCategory) {
    Objects.requireNonNull(hoursByCategory, "hoursByCategory");
    Map<Integer, FollowUpPolicy> policies = new HashMap<>();
    hoursByCategory.forEach(
        (category, hours) -> {
          if (category != null && hours != null && (category < 1 || hours < 1)) {
            throw new IllegalArgumentException(
                "categories and hours must be 1 or more: category "
                    + category
                    + ", hours "
                    + hours);
          }
          policies.put(category, hours == null ? null : FollowUpPolicy.elapsedHours(hours));
        });
    return of(policies, ENGLAND_AND_WALES);
  }

  /**
   * Obtains the follow-up policies of a framework's escalation categories, counted on its calendar
   * (Dudley: category 1 in 48 hours, 2 in 10 working days, 3 in 20 working days, 4 none).
   *
   * @param framework the framework; not null
   * @return the value; categories the framework does not define have no deadline
   * @throws NullPointerException if {@code framework} is null
   */
  public static EscalationDeadline followUps(AuditFramework framework) {
    Objects.requireNonNull(framework, "framework");
    SortedMap<Integer, FollowUpPolicy> policies = new TreeMap<>();
    for (EscalationCategory category : framework.escalationCategories()) {
      policies.put(category.level(), category.followUp());
    }
    return new EscalationDeadline(
        Collections.unmodifiableSortedMap(policies), framework.calendar());
  }

  /**
   * Obtains follow-up policies by category, counted on a calendar.
   *
   * @param policies the policy of each category level (1 or more); not null
   * @param calendar the working days that working-days policies count; not null
   * @return the value
   * @throws NullPointerException if an argument, or a key or value of {@code policies}, is null
   * @throws IllegalArgumentException if a category is below 1
   */
  public static EscalationDeadline of(
      Map<Integer, FollowUpPolicy> policies, WorkingCalendar calendar) {
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(calendar, "calendar");
    SortedMap<Integer, FollowUpPolicy> copy = new TreeMap<>();
    policies.forEach(
        (category, policy) -> {
          Objects.requireNonNull(category, "category");
          Objects.requireNonNull(policy, "policy");
          if (category < 1) {
            throw new IllegalArgumentException(
                "escalation category must be 1 or more: " + category);
          }
          copy.put(category, policy);
        });
    return new EscalationDeadline(Collections.unmodifiableSortedMap(copy), calendar);
  }

  /**
   * Returns the follow-up policy of each listed category.
   *
   * @return an unmodifiable map by category level, lowest first, possibly empty
   */
  public SortedMap<Integer, FollowUpPolicy> policies() {
    return policies;
  }

  /**
   * Returns the calendar that working-days policies count on.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the follow-up of an audit's recorded escalation.
   *
   * @param audit the audit; not null
   * @return the escalation, or empty if the audit records no escalation category
   * @throws NullPointerException if {@code audit} is null
   * @throws AuditException if the calendar does not cover the dates concerned
   */
  public Optional<Escalation> escalation(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    if (audit.escalationCategory().isEmpty()) {
      return Optional.empty();
    }
    int category = audit.escalationCategory().getAsInt();
    FollowUpPolicy policy = policies.get(category);
    return Optional.of(
        policy == null
            ? Escalation.withoutPolicy(audit, category)
            : Escalation.of(audit, category, policy, calendar));
  }

  /**
   * Returns the instant an audit's escalation follow-up is due ({@link Escalation#deadline()}).
   *
   * @param audit the audit; not null
   * @return the due instant, or empty if the audit has no escalation, its category is not tracked
   *     or not listed, or its clock has not started
   * @throws NullPointerException if {@code audit} is null
   * @throws AuditException if the calendar does not cover the dates concerned
   */
  public Optional<Instant> dueAt(Audit audit) {
    return escalation(audit).flatMap(Escalation::deadline).map(d -> d.dueAt().toInstant());
  }

  /**
   * Compares this value with another: equal values have the same policies and calendar.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is an equal value
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof EscalationDeadline)) {
      return false;
    }
    EscalationDeadline that = (EscalationDeadline) other;
    return policies.equals(that.policies) && calendar.equals(that.calendar);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * policies.hashCode() + calendar.hashCode();
  }

  /**
   * Returns a description, such as {@code EscalationDeadline[{1=48h, 2=10wd, 3=20wd, 4=none},
   * WorkingCalendar[england-and-wales, 1995-01-01 to 2100-12-31, 0 closure days]]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "EscalationDeadline[" + policies + ", " + calendar + "]";
  }
}
