package org.practiceaudit.rules.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.ImmutableAuditFramework;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.preset.Presets;

final class TimelinessTest {

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(Rule<?> rule, Audit audit, RuleContext context) {
    return ((Rule<Audit>) rule).evaluate(audit, context).get(0);
  }

  @Nested
  final class AuditDue {

    private final AuditFramework hillingdon = Presets.hillingdon().framework();
    private final Rule<?> rule =
        new AuditDueRuleType().create("hillingdon/audit-due", new AuditDueParameters(), hillingdon);

    @Test
    void hillingdonPartA_dueTenWorkingDaysAfterAllocation_overdueFlagged() {
      // Allocated Monday 2 February 2026: due Monday 16 February; the clock says 2 March.
      Outcome outcome =
          evaluate(rule, Fixtures.audit(hillingdon).build(), Fixtures.context(hillingdon));

      assertThat(hillingdon.auditDue()).isEqualTo(AuditDuePolicy.workingDays(10));
      assertThat(outcome.deadline().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 2, 16));
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.hasFlag(AuditDueRuleType.FLAG_OVERDUE)).isTrue();
      assertThat(outcome.inputs())
          .containsEntry(AuditDueRuleType.INPUT_TIMELINESS, "overdue")
          .containsEntry("audit-due", "10wd");
    }

    @Test
    void evaluate_completedOnDueDate_passes() {
      Audit audit =
          Fixtures.audit(hillingdon, AuditStatus.COMPLETED, LocalDate.of(2026, 2, 2))
              .completedOn(LocalDate.of(2026, 2, 16))
              .build();

      Outcome outcome = evaluate(rule, audit, Fixtures.context(hillingdon));
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.inputs()).containsEntry(AuditDueRuleType.INPUT_TIMELINESS, "on-time");
    }

    @Test
    void evaluate_completedTheWorkingDayAfterDueDate_failsLate() {
      Audit audit =
          Fixtures.audit(hillingdon, AuditStatus.COMPLETED, LocalDate.of(2026, 2, 2))
              .completedOn(LocalDate.of(2026, 2, 17))
              .build();

      Outcome outcome = evaluate(rule, audit, Fixtures.context(hillingdon));
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.hasFlag(AuditDueRuleType.FLAG_OVERDUE)).isFalse();
      assertThat(outcome.inputs()).containsEntry(AuditDueRuleType.INPUT_TIMELINESS, "late");
    }

    @Test
    void evaluate_frameworkWithoutDuePolicy_notApplicable() {
      AuditFramework none =
          ImmutableAuditFramework.copyOf(hillingdon).withAuditDue(AuditDuePolicy.none());

      Outcome outcome = evaluate(rule, Fixtures.audit(none).build(), Fixtures.context(none));
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
      assertThat(outcome.deadline()).isEmpty();
      assertThat(outcome.inputs()).containsEntry(AuditDueRuleType.INPUT_TIMELINESS, "pending");
    }

    @Test
    void evaluate_endOfMonthPolicy_dueOnTheLastDayOfTheMonthOfAllocation() {
      AuditFramework monthly =
          ImmutableAuditFramework.copyOf(hillingdon).withAuditDue(AuditDuePolicy.endOfMonth());

      Outcome outcome = evaluate(rule, Fixtures.audit(monthly).build(), Fixtures.context(monthly));
      assertThat(outcome.deadline().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
      assertThat(outcome.hasFlag(AuditDueRuleType.FLAG_OVERDUE)).isTrue();
    }

    @Test
    void evaluate_everyWorkingDayDeadline_landsOnAWorkingDay() {
      WorkingCalendar calendar = hillingdon.calendar();
      qt().withFixedSeed(13L)
          .withExamples(500)
          .forAll(integers().between(0, 365 * 60), integers().between(1, 260))
          .checkAssert(
              (day, workingDays) -> {
                LocalDate allocated = LocalDate.of(2000, 1, 1).plusDays(day);
                AuditFramework framework =
                    ImmutableAuditFramework.copyOf(hillingdon)
                        .withAuditDue(AuditDuePolicy.workingDays(workingDays));
                Outcome outcome =
                    evaluate(
                        rule,
                        Fixtures.audit(framework, AuditStatus.IN_PROGRESS, allocated).build(),
                        Fixtures.context(framework));
                LocalDate dueDate = outcome.deadline().orElseThrow().dueDate();
                assertThat(calendar.isWorkingDay(dueDate))
                    .as("%s + %s wd = %s", allocated, workingDays, dueDate)
                    .isTrue();
                assertThat(calendar.workingDaysBetween(allocated, dueDate))
                    .isEqualTo((long) workingDays);
              });
    }
  }

  @Nested
  final class FollowUp {

    private final AuditFramework dudley = Presets.dudley().framework();
    private final Rule<?> rule =
        new FollowUpRuleType()
            .create("dudley/recommendation-follow-up", new FollowUpParameters(null), dudley);

    private Audit category2(RecommendedAction action) {
      return Fixtures.audit(dudley)
          .escalationCategory(2)
          .escalatedAt(Instant.parse("2026-03-06T15:00:00Z"))
          .addActions(action)
          .build();
    }

    private RuleContext at(String instant) {
      return RuleContext.of(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), dudley);
    }

    @Test
    void evaluate_openRecommendationAfterTenWorkingDays_escalatesToHeadOfService() {
      Audit audit = category2(RecommendedAction.builder().description("Synthetic action").build());

      Outcome before = evaluate(rule, audit, at("2026-03-20T23:00:00Z"));
      Outcome after = evaluate(rule, audit, at("2026-03-21T00:00:00Z"));

      assertThat(before.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(after.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(after.notifications())
          .extracting(n -> n.recipient())
          .containsExactly("head-of-service");
    }

    @Test
    void evaluate_doneRecommendation_passes() {
      Audit audit =
          category2(
              RecommendedAction.builder()
                  .description("Synthetic action")
                  .status(org.practiceaudit.core.audit.ActionStatus.DONE)
                  .closedOn(LocalDate.of(2026, 3, 10))
                  .build());

      assertThat(evaluate(rule, audit, at("2026-04-30T00:00:00Z")).status())
          .isEqualTo(OutcomeStatus.PASS);
    }

    @Test
    void evaluate_category4_notApplicable() {
      Audit audit = Fixtures.audit(dudley).escalationCategory(4).escalatedAt(Fixtures.NOW).build();

      assertThat(List.of(evaluate(rule, audit, Fixtures.context(dudley)).status()))
          .containsExactly(OutcomeStatus.NOT_APPLICABLE);
    }
  }
}
