package org.practiceaudit.rules.framework;

import static org.practiceaudit.rules.framework.Prose.count;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.timeliness.AuditDuePolicy;

/**
 * Deadlines and periods in words: follow-up policies, calendars, when audits are due and how far
 * back they look. (Part of {@link FrameworkWords}.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class TimeWords {

  private TimeWords() {}

  static String followUp(FollowUpPolicy policy, WorkingCalendar calendar) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendar, "calendar");
    switch (policy.kind()) {
      case ELAPSED_HOURS:
        return "follow-up check within "
            + count(policy.amount(), "hour", "hours")
            + " of elapsed time, nights and holidays included";
      case WORKING_DAYS:
        return "follow-up check within "
            + count(policy.amount(), "working day", "working days")
            + ", "
            + calendar(calendar);
      default:
        return "no follow-up check";
    }
  }

  static String calendar(WorkingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    String holidays =
        calendar
            .division()
            .map(d -> division(d) + " bank holidays")
            .orElse("the holidays of " + calendar.name());
    int closures = calendar.closureDays().size();
    return closures == 0
        ? holidays
        : holidays + " and " + count(closures, "local closure day", "local closure days");
  }

  private static String division(UkDivision division) {
    switch (division) {
      case SCOTLAND:
        return "Scotland";
      case NORTHERN_IRELAND:
        return "Northern Ireland";
      default:
        return "England and Wales";
    }
  }

  static String auditDue(AuditDuePolicy policy, WorkingCalendar calendar) {
    Objects.requireNonNull(policy, "policy");
    switch (policy.kind()) {
      case WORKING_DAYS:
        return "An allocated audit is due "
            + count(policy.amount(), "working day", "working days")
            + " after allocation ("
            + calendar(calendar)
            + ").";
      case CALENDAR_DAYS:
        return "An allocated audit is due "
            + count(policy.amount(), "day", "days")
            + " after allocation.";
      case END_OF_MONTH:
        return "An allocated audit is due on the last day of the month it is allocated in.";
      default:
        return "Audits have no due day: a completed audit is on time.";
    }
  }

  static String reviewPeriod(ReviewPeriod period) {
    return period.shortest().equals(period.longest())
        ? "the last " + period(period.shortest())
        : "the last " + period(period.shortest()) + " to " + period(period.longest());
  }

  static String period(Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(count(period.getYears(), "year", "years"));
    }
    if (period.getMonths() != 0) {
      parts.add(count(period.getMonths(), "month", "months"));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(count(period.getDays(), "day", "days"));
    }
    return String.join(" ", parts);
  }
}
