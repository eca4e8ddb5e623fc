package org.practiceaudit.rules.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.ImmutableAuditFramework;
import org.practiceaudit.core.quota.DateRange;
import org.practiceaudit.core.quota.QuotaTracker;
import org.practiceaudit.core.report.AuditDeadline;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.MonthlyCompliance;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.timeliness.Timeliness;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.preset.Presets;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.core.Gen;

/**
 * The guard against a second answer to "was this audit done in time?": for generated audits, due
 * policies, calendars and report instants, the report (its compliance, compliance by month and due
 * days), the {@code audit-due} rule and the quota tracker agree, audit by audit and in total (issue
 * 12, requirements H2a and H2b; Dorset's "completed on time out of allocated").
 */
final class TimelinessAgreementTest {

  private static final AuditFramework HILLINGDON = Presets.hillingdon().framework();

  private static final Rule<?> RULE =
      new AuditDueRuleType().create("synthetic/audit-due", new AuditDueParameters(), HILLINGDON);

  private static final DateRange EVER =
      DateRange.of(LocalDate.of(1995, 1, 1), LocalDate.of(2100, 12, 31));

  /** Every kind of policy, with amounts from 0 (due on the day of allocation) to 25. */
  private static Gen<AuditDuePolicy> policies() {
    return integers()
        .between(0, 3)
        .zip(
            integers().between(0, 25),
            (kind, amount) ->
                AuditDuePolicy.of(
                    AuditDuePolicy.Kind.values()[kind], kind == 1 || kind == 2 ? amount : 0));
  }

  /** The three divisions, each with or without closure days on Christmas Eve and New Year's Eve. */
  private static Gen<WorkingCalendar> calendars() {
    return integers()
        .between(0, 2)
        .zip(
            integers().between(0, 1),
            (division, closures) -> {
              WorkingCalendar calendar = WorkingCalendar.of(UkDivision.values()[division]);
              if (closures == 0) {
                return calendar;
              }
              List<LocalDate> days = new ArrayList<>();
              for (int year = 2018; year <= 2030; year++) {
                days.add(LocalDate.of(year, 12, 24));
                days.add(LocalDate.of(year, 12, 31));
              }
              return calendar.withClosureDays(days);
            });
  }

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(Audit audit, RuleContext context) {
    List<Outcome> outcomes = ((Rule<Audit>) RULE).evaluate(audit, context);
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }

  /**
   * An allocation day: any day, a month end, a bank holiday or its eve, a weekend, or a day whose
   * due day is the eve of a bank holiday or closure day.
   */
  private static LocalDate allocationDay(
      RandomGenerator random, AuditDuePolicy policy, WorkingCalendar calendar) {
    LocalDate any = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365 * 10));
    switch (random.nextInt(5)) {
      case 4:
        {
          LocalDate eve = any;
          while (!calendar.isWorkingDay(eve)
              || calendar.isWorkingDay(eve.plusDays(1))
              || eve.plusDays(1).getDayOfWeek().getValue() >= 6) {
            eve = eve.plusDays(1);
          }
          for (int back = 0; back <= 60; back++) {
            if (policy.dueOn(eve.minusDays(back), calendar).equals(Optional.of(eve))) {
              return eve.minusDays(back);
            }
          }
          return any;
        }
      case 0:
        return any;
      case 1:
        return any.with(TemporalAdjusters.lastDayOfMonth()).minusDays(random.nextInt(3));
      case 2:
        {
          LocalDate holiday = any;
          while (calendar.isWorkingDay(holiday) || holiday.getDayOfWeek().getValue() >= 6) {
            holiday = holiday.plusDays(1);
          }
          if (calendar.isWorkingDay(any)) {
            holiday = any;
            while (calendar.isWorkingDay(holiday)) {
              holiday = holiday.plusDays(1);
            }
          }
          return holiday.minusDays(random.nextInt(2));
        }
      default:
        return any.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY))
            .plusDays(random.nextInt(2));
    }
  }

  private static List<Audit> audits(
      RandomGenerator random, int size, AuditDuePolicy policy, WorkingCalendar calendar) {
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      LocalDate allocated = allocationDay(random, policy, calendar);
      Optional<LocalDate> due = policy.dueOn(allocated, calendar);
      Optional<LocalDate> completed;
      switch (random.nextInt(4)) {
        case 0:
          completed = Optional.empty();
          break;
        case 1:
          completed = Optional.of(allocated.plusDays(random.nextInt(60)));
          break;
        default: // around the due day: exactly on it, just before, just after
          LocalDate near = due.orElse(allocated).plusDays(random.nextInt(5) - 2L);
          completed = Optional.of(near.isBefore(allocated) ? allocated : near);
      }
      audits.add(
          Audit.builder()
              .id(AuditId.of("SYN-" + i))
              .caseId(CaseId.of("SYN-C" + i))
              .auditor(PersonId.of("SYN-P" + i % 3))
              .frameworkId(HILLINGDON.id())
              .frameworkVersion(HILLINGDON.version())
              .auditType("monthly-management")
              .status(completed.isPresent() ? AuditStatus.COMPLETED : AuditStatus.IN_PROGRESS)
              .allocatedOn(allocated)
              .completedOn(completed)
              .build());
    }
    return audits;
  }

  /**
   * A report instant near an audit's due or allocation day, at times either side of midnight in
   * London.
   */
  private static Instant asOf(
      RandomGenerator random, List<Audit> audits, AuditDuePolicy policy, WorkingCalendar calendar) {
    LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365 * 10));
    if (!audits.isEmpty() && random.nextInt(4) > 0) {
      Audit audit = audits.get(random.nextInt(audits.size()));
      day =
          policy
              .dueOn(audit.allocatedOn(), calendar)
              .orElse(audit.allocatedOn())
              .plusDays(random.nextInt(5) - 2L);
    }
    LocalTime[] times = {
      LocalTime.MIDNIGHT,
      LocalTime.of(0, 30),
      LocalTime.NOON,
      LocalTime.of(23, 30),
      LocalTime.of(23, 59, 59, 999_999_999)
    };
    return day.atTime(times[random.nextInt(times.length)]).toInstant(ZoneOffset.UTC);
  }

  private static Compliance single(Timeliness timeliness) {
    Map<Timeliness, Long> counts = new EnumMap<>(Timeliness.class);
    counts.put(timeliness, 1L);
    return Compliance.of(
        counts.getOrDefault(Timeliness.ON_TIME, 0L),
        counts.getOrDefault(Timeliness.LATE, 0L),
        counts.getOrDefault(Timeliness.OVERDUE, 0L),
        counts.getOrDefault(Timeliness.PENDING, 0L));
  }

  private static Timeliness parse(String text) {
    for (Timeliness t : Timeliness.values()) {
      if (t.text().equals(text)) {
        return t;
      }
    }
    throw new AssertionError("not a timeliness: " + text);
  }

  /** A policy, a calendar, up to 25 audits and the instant they are judged at. */
  private record Scenario(
      AuditDuePolicy policy, WorkingCalendar calendar, List<Audit> audits, Instant asOf) {}

  private static Gen<Scenario> scenarios() {
    return policies()
        .flatMap(
            policy ->
                calendars()
                    .flatMap(
                        calendar ->
                            integers()
                                .between(0, 25)
                                .flatMap(size -> scenarios(policy, calendar, size))));
  }

  private static Gen<Scenario> scenarios(
      AuditDuePolicy policy, WorkingCalendar calendar, int size) {
    return SyntheticGens.drawn(
        random -> {
          List<Audit> audits = audits(random, size, policy, calendar);
          return new Scenario(policy, calendar, audits, asOf(random, audits, policy, calendar));
        });
  }

  @Test
  void reportRuleAndTracker_anyAuditsPolicyCalendarAndInstant_agreeAuditByAudit() {
    qt().withFixedSeed(20261206L)
        .withExamples(300)
        .forAll(scenarios())
        .checkAssert(
            scenario -> {
              AuditDuePolicy policy = scenario.policy();
              WorkingCalendar calendar = scenario.calendar();
              List<Audit> audits = scenario.audits();
              Instant asOf = scenario.asOf();
              AuditFramework framework =
                  ImmutableAuditFramework.copyOf(HILLINGDON)
                      .withAuditDue(policy)
                      .withCalendar(calendar);
              LocalDate asOfDay = LocalDate.ofInstant(asOf, WorkingCalendar.LONDON);
              ReportSpec spec =
                  ReportSpec.builder()
                      .addAllDomains(framework.domains())
                      .gradeScale(framework.gradeScale())
                      .asOf(asOf)
                      .auditDeadline(AuditDeadline.of(framework))
                      .build();
              RuleContext context = RuleContext.of(Clock.fixed(asOf, ZoneOffset.UTC), framework);

              long[] byRule = new long[Timeliness.values().length];
              for (Audit audit : audits) {
                Outcome outcome = evaluate(audit, context);
                Timeliness timeliness =
                    parse(outcome.inputs().get(AuditDueRuleType.INPUT_TIMELINESS));
                byRule[timeliness.ordinal()]++;
                Optional<LocalDate> due = spec.auditDeadline().dueOn(audit);
                assertThat(outcome.deadline().map(Deadline::dueDate))
                    .as("due day of %s", audit.id())
                    .isEqualTo(due);
                assertThat(ReportAggregate.of(spec, List.of(audit)).toReport().compliance())
                    .as("report and rule on %s as of %s", audit.id(), asOf)
                    .isEqualTo(single(timeliness));
                assertThat(QuotaTracker.compliance(List.of(audit), EVER, framework, asOfDay))
                    .as("tracker and rule on %s as of %s", audit.id(), asOf)
                    .isEqualTo(single(timeliness));
                assertThat(outcome.status())
                    .isEqualTo(
                        policy.equals(AuditDuePolicy.none())
                            ? OutcomeStatus.NOT_APPLICABLE
                            : timeliness == Timeliness.LATE || timeliness == Timeliness.OVERDUE
                                ? OutcomeStatus.FAIL
                                : OutcomeStatus.PASS);
                assertThat(outcome.hasFlag(AuditDueRuleType.FLAG_OVERDUE))
                    .isEqualTo(timeliness == Timeliness.OVERDUE);
              }
              AuditReport report = ReportAggregate.of(spec, audits).toReport();
              Compliance expected = Compliance.of(byRule[0], byRule[1], byRule[2], byRule[3]);
              assertThat(report.compliance())
                  .isEqualTo(expected)
                  .isEqualTo(QuotaTracker.compliance(audits, EVER, framework, asOfDay));
              for (MonthlyCompliance month : report.complianceByMonth()) {
                DateRange range =
                    DateRange.of(month.month().atDay(1), month.month().atEndOfMonth());
                assertThat(month.compliance())
                    .isEqualTo(QuotaTracker.compliance(audits, range, framework, asOfDay));
              }
            });
  }

  @Test
  void generators_manyDraws_reachEveryTimelinessAndTheEdges() {
    // A property over generators too narrow to find a difference proves nothing: these must all
    // occur.
    Random random = new Random(7L);
    WorkingCalendar england = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);
    AuditDuePolicy tenDays = AuditDuePolicy.workingDays(10);
    long[] seen = new long[Timeliness.values().length];
    int onDueDay = 0;
    int dueBeforeNonWorkingDay = 0;
    int londonDayDiffers = 0;
    for (int n = 0; n < 400; n++) {
      List<Audit> audits = audits(random, 10, tenDays, england);
      Instant asOf = asOf(random, audits, tenDays, england);
      LocalDate day = LocalDate.ofInstant(asOf, WorkingCalendar.LONDON);
      if (!day.equals(LocalDate.ofInstant(asOf, ZoneOffset.UTC))) {
        londonDayDiffers++;
      }
      for (Audit audit : audits) {
        LocalDate due = tenDays.dueOn(audit.allocatedOn(), england).orElseThrow();
        seen[Timeliness.of(audit, tenDays, england, day).ordinal()]++;
        if (audit.completedOn().equals(Optional.of(due))) {
          onDueDay++;
        }
        if (!england.isWorkingDay(due.plusDays(1)) && due.getDayOfWeek().getValue() < 5) {
          dueBeforeNonWorkingDay++;
        }
      }
    }
    assertThat(java.util.Arrays.stream(seen).min().orElseThrow()).isGreaterThan(50);
    assertThat(onDueDay).isGreaterThan(100);
    assertThat(dueBeforeNonWorkingDay).isGreaterThan(20);
    assertThat(londonDayDiffers).isGreaterThan(20);
  }
}
