package org.practiceaudit.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.EscalationDeadline;
import org.practiceaudit.core.report.EscalationLine;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.preset.Presets;
import org.practiceaudit.rules.timeliness.FollowUpParameters;
import org.practiceaudit.rules.timeliness.FollowUpRuleType;
import org.quicktheories.core.Gen;

/**
 * The guard against a second answer to "is this escalation open, overdue, and when is it due?"
 * (issue 12, item 3; seed-fidelity review U19 and U20): over generated audits, frameworks (Dudley's
 * and generated follow-up policies in hours and working days) and report instants, including
 * exactly the due instant, the report and the rules agree audit by audit. Synthetic data only.
 */
final class EscalationAgreementTest {

  private static final Instant BASE = Instant.parse("2026-01-05T00:00:00Z");

  private static final Rule<?> FOLLOW_UP =
      new FollowUpRuleType()
          .create(
              "test/recommendation-follow-up",
              new FollowUpParameters(null),
              Presets.dudley().framework());

  /** The escalation-category rule bound to a framework, as a configuration binds it. */
  private static Rule<?> category(AuditFramework framework) {
    return new EscalationRuleType()
        .create("test/escalation-category", EscalationParameters.dudley(), framework);
  }

  /** One generated case: the framework, the audit and the report instant. */
  private record Case(AuditFramework framework, Audit audit, Instant asOf) {}

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(Rule<?> rule, Audit audit, RuleContext context) {
    return ((Rule<Audit>) rule).evaluate(audit, context).get(0);
  }

  private static Gen<FollowUpPolicy> policies() {
    Gen<FollowUpPolicy> hours = integers().between(1, 24 * 30).map(FollowUpPolicy::elapsedHours);
    Gen<FollowUpPolicy> days = integers().between(1, 40).map(FollowUpPolicy::workingDays);
    Gen<FollowUpPolicy> none = integers().all().map(i -> FollowUpPolicy.none());
    return hours.mix(days, 40).mix(none, 20);
  }

  /** Dudley's bundled framework, or a framework of 1 to 5 categories with generated policies. */
  private static Gen<AuditFramework> frameworks() {
    AuditFramework dudley = Presets.dudley().framework();
    Gen<AuditFramework> generated =
        lists()
            .of(policies())
            .ofSizeBetween(1, 5)
            .map(
                list -> {
                  AuditFramework base = Fixtures.framework(2);
                  var builder =
                      AuditFramework.builder()
                          .id(base.id())
                          .version(base.version())
                          .name(base.name())
                          .calendar(base.calendar())
                          .addAllDomains(base.domains());
                  for (int i = 0; i < list.size(); i++) {
                    builder.addEscalationCategories(
                        EscalationCategory.builder()
                            .level(i + 1)
                            .name("Synthetic category " + (i + 1))
                            .followUp(list.get(i))
                            .build());
                  }
                  return builder.build();
                });
    return integers().all().map(i -> dudley).mix(generated, 60);
  }

  private static Gen<RecommendedAction> actions() {
    return integers()
        .between(0, 2)
        .zip(
            integers().between(0, 40),
            (status, days) -> {
              var action = RecommendedAction.builder().description("SYNTHETIC action");
              ActionStatus s = ActionStatus.values()[status];
              action.status(s);
              if (!s.isOutstanding()) {
                action.closedOn(LocalDate.of(2026, 1, 5).plusDays(days));
              }
              return action.build();
            });
  }

  private static Gen<Case> cases() {
    Gen<Integer> offsets = integers().between(0, 24 * 60 * 60 * 5);
    return frameworks()
        .flatMap(
            framework -> {
              int levels = framework.escalationCategories().size();
              Gen<Integer> category = integers().between(1, levels);
              Gen<Integer> escalatedMinutes = integers().between(-1, 60 * 24 * 20);
              Gen<Integer> completedDays = integers().between(-1, 20);
              Gen<List<RecommendedAction>> actionLists = lists().of(actions()).ofSizeBetween(0, 3);
              Gen<Boolean> followedUp = booleans().all();
              // The report instant: exactly the due instant, a second either side, or anywhere in
              // 90 days.
              Gen<Integer> asOfMode = integers().between(0, 4);
              return category
                  .zip(
                      escalatedMinutes,
                      completedDays,
                      actionLists,
                      (level, minutes, days, actions) -> {
                        ImmutableAudit.Builder b =
                            Fixtures.audit(
                                    framework,
                                    days < 0 ? AuditStatus.IN_PROGRESS : AuditStatus.COMPLETED,
                                    LocalDate.of(2026, 1, 5))
                                .escalationCategory(level)
                                .addAllActions(actions);
                        if (days >= 0) {
                          b.completedOn(LocalDate.of(2026, 1, 5).plusDays(days));
                        }
                        if (minutes >= 0) {
                          b.escalatedAt(BASE.plus(Duration.ofMinutes(minutes)));
                        }
                        return b;
                      })
                  .zip(
                      followedUp,
                      asOfMode,
                      offsets,
                      (b, checked, mode, offset) -> {
                        if (checked) {
                          b.followedUpAt(BASE.plus(Duration.ofDays(3)));
                        }
                        Audit audit = b.build();
                        Optional<Instant> due =
                            EscalationDeadline.followUps(framework).dueAt(audit);
                        Instant anywhere = BASE.plus(Duration.ofSeconds(offset * 18L));
                        Instant asOf =
                            due.isEmpty() || mode >= 3
                                ? anywhere
                                : mode == 0
                                    ? due.get()
                                    : mode == 1
                                        ? due.get().minusSeconds(1)
                                        : due.get().plusSeconds(1);
                        return new Case(framework, audit, asOf);
                      });
            });
  }

  private static AuditReport report(AuditFramework framework, Audit audit, Instant asOf) {
    ReportSpec spec =
        ReportSpec.builder()
            .addAllDomains(framework.domains())
            .gradeScale(framework.gradeScale())
            .asOf(asOf)
            .escalationDeadline(EscalationDeadline.followUps(framework))
            .build();
    return ReportAggregate.of(spec, List.of(audit)).toReport();
  }

  @Test
  void reportAndRules_generatedAuditsFrameworksAndInstants_agreeAuditByAudit() {
    qt().withFixedSeed(20261206L)
        .withExamples(3000)
        .forAll(cases())
        .checkAssert(
            c -> {
              RuleContext context =
                  RuleContext.of(Clock.fixed(c.asOf(), ZoneOffset.UTC), c.framework());
              Audit audit = c.audit();
              int level = audit.escalationCategory().getAsInt();
              FollowUpPolicy policy =
                  c.framework().escalationCategory(level).orElseThrow().followUp();
              AuditReport report = report(c.framework(), audit, c.asOf());
              Outcome followUp = evaluate(FOLLOW_UP, audit, context);
              Optional<EscalationLine> line =
                  report.escalations().stream().filter(l -> l.category() == level).findFirst();

              if (policy.kind() == FollowUpPolicy.Kind.NONE) {
                // Never tracked, open or overdue, and in no escalation count.
                assertThat(report.escalations()).as("%s", c).isEmpty();
                assertThat(followUp.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
                assertThat(followUp.deadline()).isEmpty();
                return;
              }
              assertThat(line).as("%s", c).isPresent();
              assertThat(report.escalations()).hasSize(1);
              String state = followUp.inputs().get("escalation");
              assertThat(line.get().raised()).isEqualTo(1);
              assertThat(line.get().open() == 1)
                  .as("open: report %s, rule %s for %s", line.get(), state, c)
                  .isEqualTo("open".equals(state) || "overdue".equals(state));
              assertThat(line.get().overdue() == 1)
                  .as("overdue: report %s, rule %s for %s", line.get(), followUp, c)
                  .isEqualTo("overdue".equals(state));
              // Due dates: what the report counts by is what the rule reports.
              assertThat(EscalationDeadline.followUps(c.framework()).dueAt(audit))
                  .isEqualTo(followUp.deadline().map(d -> d.dueAt().toInstant()));
              // Counted from the completion day exactly when the escalation time is missing, and
              // both say so.
              boolean fromCompletionDay =
                  audit.escalatedAt().isEmpty() && audit.completedOn().isPresent();
              assertThat(line.get().countedFromCompletionDay())
                  .isEqualTo(fromCompletionDay ? 1 : 0);
              assertThat(
                      followUp
                          .reason()
                          .contains(
                              "escalation time not recorded; counted from the completion day"))
                  .isEqualTo(fromCompletionDay);
              // An escalation that needs follow-up and recommends nothing fails, and is open unless
              // checked.
              if (audit.actions().isEmpty()) {
                assertThat(line.get().open()).isEqualTo(audit.followedUpAt().isPresent() ? 0 : 1);
                if (followUp.deadline().isPresent()) {
                  assertThat(followUp.status()).isEqualTo(OutcomeStatus.FAIL);
                }
              }
            });
  }

  @Test
  void escalationCategoryRule_anyClock_deadlineOfTheDerivedCategoryAsTheReportCounts() {
    qt().withFixedSeed(20261207L)
        .withExamples(1500)
        .forAll(cases(), integers().between(0, 1000))
        .checkAssert(
            (c, hours) -> {
              Instant clock = c.asOf().plus(Duration.ofHours(hours));
              Outcome outcome =
                  evaluate(
                      category(c.framework()),
                      c.audit(),
                      RuleContext.of(Clock.fixed(clock, ZoneOffset.UTC), c.framework()));
              int derived = outcome.escalationCategory().getAsInt();
              Audit asDerived = ImmutableAudit.copyOf(c.audit()).withEscalationCategory(derived);
              Optional<Instant> reportDue =
                  EscalationDeadline.followUps(c.framework()).dueAt(asDerived);
              assertThat(outcome.deadline().map(d -> d.dueAt().toInstant()))
                  .as("%s", c)
                  .isEqualTo(reportDue);
            });
  }

  @Nested
  final class DueInstant {

    @Test
    void followUpAndReport_exactlyAtTheDueInstant_bothOverdue() {
      AuditFramework dudley = Presets.dudley().framework();
      Audit audit =
          Fixtures.audit(dudley)
              .escalationCategory(1)
              .escalatedAt(Instant.parse("2026-03-02T09:00:00Z"))
              .addActions(RecommendedAction.builder().description("SYNTHETIC action").build())
              .build();
      Instant due = Instant.parse("2026-03-04T09:00:00Z");

      Outcome outcome =
          evaluate(FOLLOW_UP, audit, RuleContext.of(Clock.fixed(due, ZoneOffset.UTC), dudley));
      EscalationLine line = report(dudley, audit, due).escalations().get(0);

      assertThat(outcome.deadline().map(Deadline::dueAt).orElseThrow().toInstant()).isEqualTo(due);
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(line.overdue()).isEqualTo(1);
      assertThat(report(dudley, audit, due.minusNanos(1)).escalations().get(0).overdue()).isZero();
    }
  }

  /** Issue 12, "Escalation follow-up", first bullet (U19): no escalated_at. */
  @Nested
  final class MissingEscalationTime {

    private final AuditFramework dudley = Presets.dudley().framework();

    // Completed Friday 27 February 2026, escalation time not recorded, category 2 (10 working
    // days):
    // counted from 00:00 London on the 27th, due by the end of Friday 13 March.
    private final Audit audit =
        Fixtures.audit(dudley, AuditStatus.COMPLETED, LocalDate.of(2026, 2, 2))
            .completedOn(LocalDate.of(2026, 2, 27))
            .addConcerns(ConcernFlag.NEEDS_NOT_MET)
            .escalationCategory(2)
            .addActions(RecommendedAction.builder().description("SYNTHETIC action").build())
            .build();
    private final Instant due = Instant.parse("2026-03-14T00:00:00Z");

    private RuleContext at(Instant now) {
      return RuleContext.of(Clock.fixed(now, ZoneOffset.UTC), dudley);
    }

    @Test
    void U19_escalationCategoryRule_twoClocks_sameDeadlineFromTheCompletionDay() {
      Outcome early = evaluate(category(dudley), audit, at(Instant.parse("2026-03-02T09:00:00Z")));
      Outcome late = evaluate(category(dudley), audit, at(Instant.parse("2026-06-30T09:00:00Z")));

      assertThat(early.deadline()).isEqualTo(late.deadline());
      assertThat(early.deadline().orElseThrow().dueAt().toInstant()).isEqualTo(due);
      assertThat(early.inputs()).containsEntry("raised-at", "2026-02-27T00:00:00Z");
      assertThat(early.reason())
          .contains("escalation time not recorded; counted from the completion day");
    }

    @Test
    void U19_bothEscalationRules_oneDueDateForOneAudit() {
      Outcome category =
          evaluate(category(dudley), audit, at(Instant.parse("2026-05-01T09:00:00Z")));
      Outcome followUp = evaluate(FOLLOW_UP, audit, at(Instant.parse("2026-03-02T09:00:00Z")));

      assertThat(category.deadline()).isPresent().isEqualTo(followUp.deadline());
    }

    @Test
    void U19_followUpRuleAndReport_sameDeadline_bothSayItCountsFromTheCompletionDay() {
      Outcome outcome = evaluate(FOLLOW_UP, audit, at(due));
      EscalationLine line = report(dudley, audit, due).escalations().get(0);

      assertThat(outcome.deadline().orElseThrow().dueAt().toInstant()).isEqualTo(due);
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason())
          .contains("escalation time not recorded; counted from the completion day");
      assertThat(line.overdue()).isEqualTo(1);
      assertThat(line.countedFromCompletionDay()).isEqualTo(1);
    }
  }

  /** Issue 12, "Escalation follow-up", second bullet: an escalation with no actions. */
  @Nested
  final class NoRecommendedAction {

    private final AuditFramework dudley = Presets.dudley().framework();
    private final Audit audit =
        Fixtures.audit(dudley)
            .escalationCategory(1)
            .escalatedAt(Instant.parse("2026-03-02T09:00:00Z"))
            .build();

    @Test
    void followUpRule_categoryNeedingFollowUpWithoutAction_fails() {
      Outcome outcome = evaluate(FOLLOW_UP, audit, Fixtures.context(dudley));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason())
          .isEqualTo("category 1 needs follow-up but the audit recommends no action");
      assertThat(outcome.inputs()).containsEntry("escalation", "open");
    }

    @Test
    void report_categoryNeedingFollowUpWithoutAction_open() {
      EscalationLine line = report(dudley, audit, Fixtures.NOW).escalations().get(0);

      assertThat(line.open()).isEqualTo(1);
      assertThat(line.overdue()).isZero();
    }

    @Test
    void reportAndRule_followUpCheckRecorded_closed() {
      Audit checked =
          ImmutableAudit.copyOf(audit)
              .withActions(RecommendedAction.builder().description("SYNTHETIC action").build())
              .withFollowedUpAt(Instant.parse("2026-03-03T09:00:00Z"));
      Instant late = Instant.parse("2026-04-01T00:00:00Z");

      assertThat(report(dudley, checked, late).escalations().get(0).open()).isZero();
      Outcome outcome =
          evaluate(FOLLOW_UP, checked, RuleContext.of(Clock.fixed(late, ZoneOffset.UTC), dudley));
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.inputs()).containsEntry("escalation", "closed");
    }
  }

  /** Issue 12, "Escalation follow-up", fourth bullet (U20): Dudley's category 4. */
  @Nested
  final class CategoryWithoutFollowUp {

    private final AuditFramework dudley = Presets.dudley().framework();

    @Test
    void U20_reportAndRules_dudleyCategory4_inNoCountAndNeverTracked() {
      Audit audit =
          Fixtures.audit(dudley, AuditStatus.COMPLETED, LocalDate.of(2026, 2, 2))
              .completedOn(LocalDate.of(2026, 2, 3))
              .escalationCategory(4)
              .build();
      Instant muchLater = Instant.parse("2027-01-01T00:00:00Z");
      RuleContext context = RuleContext.of(Clock.fixed(muchLater, ZoneOffset.UTC), dudley);

      assertThat(report(dudley, audit, muchLater).escalations()).isEmpty();
      assertThat(evaluate(FOLLOW_UP, audit, context).status())
          .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
      Outcome category = evaluate(category(dudley), audit, context);
      assertThat(category.escalationCategory()).hasValue(4);
      assertThat(category.deadline()).isEmpty();
    }
  }
}
