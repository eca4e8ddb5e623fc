package org.practiceaudit.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.preset.Presets;

/** Scenarios from Dudley's audit framework 2017, "Raising a Concern" (seed 004, lines 103-124). */
final class EscalationRuleTypeTest {

  private static final LocalFramework DUDLEY = Presets.dudley();

  /** Friday 6 March 2026, 15:00 London (GMT). */
  private static final Instant RAISED = Instant.parse("2026-03-06T15:00:00Z");

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(Audit audit) {
    Rule<Audit> rule =
        (Rule<Audit>)
            new EscalationRuleType()
                .create(
                    "dudley/escalation-category",
                    EscalationParameters.dudley(),
                    DUDLEY.framework());
    return rule.evaluate(audit, Fixtures.context(DUDLEY.framework())).get(0);
  }

  private static org.practiceaudit.core.audit.ImmutableAudit.Builder audit() {
    return Fixtures.audit(DUDLEY.framework()).escalatedAt(RAISED);
  }

  private static RecommendedAction action() {
    return RecommendedAction.builder().description("Update the chronology (synthetic)").build();
  }

  @Test
  void evaluate_immediateRisk_category1Due48HoursLaterServiceManagerToldByEmailWithAudit() {
    Outcome outcome = evaluate(audit().addConcerns(ConcernFlag.IMMEDIATE_RISK).build());

    assertThat(outcome.escalationCategory()).hasValue(1);
    assertThat(outcome.deadline().orElseThrow().dueAt().toInstant())
        .isEqualTo(Instant.parse("2026-03-08T15:00:00Z"));
    assertThat(outcome.notifications())
        .containsExactly(
            Notification.of("practitioner"),
            Notification.builder()
                .recipient("service-manager")
                .channel(Notification.Channel.EMAIL)
                .withAudit(true)
                .inPersonFollowUp(true)
                .build());
  }

  @Test
  void U16_immediateRisk_practitionerActsWithin24HoursBeforeThe48HourCheck() {
    Outcome outcome = evaluate(audit().addConcerns(ConcernFlag.IMMEDIATE_RISK).build());

    assertThat(outcome.inputs()).containsEntry("practitioner-action-due", "2026-03-07T15:00:00Z");
    assertThat(outcome.notifications())
        .extracting(Notification::recipient)
        .contains("practitioner");
    assertThat(evaluate(audit().addConcerns(ConcernFlag.NEEDS_NOT_MET).build()).inputs())
        .doesNotContainKey("practitioner-action-due");
  }

  @Test
  void inadequate_category2_due10WorkingDaysLater() {
    Outcome outcome =
        evaluate(
            audit()
                .overallGrade(GradeScale.ofsted().parse("Inadequate"))
                .addActions(action())
                .build());

    assertThat(outcome.escalationCategory()).hasValue(2);
    assertThat(outcome.deadline().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(outcome.notifications())
        .extracting(Notification::recipient)
        .containsExactly("service-manager");
  }

  @Test
  void actionsRecommended_category3_due20WorkingDaysSkippingEaster() {
    Outcome outcome =
        evaluate(
            audit()
                .overallGrade(GradeScale.ofsted().parse("Requires Improvement"))
                .addActions(action())
                .build());

    assertThat(outcome.escalationCategory()).hasValue(3);
    // Good Friday 3 April and Easter Monday 6 April 2026 are not working days.
    assertThat(outcome.deadline().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(outcome.notifications()).isEmpty();
  }

  @Test
  void goodOrder_category4_noFollowUp() {
    Outcome outcome = evaluate(audit().overallGrade(GradeScale.ofsted().parse("Good")).build());

    assertThat(outcome.escalationCategory()).hasValue(4);
    assertThat(outcome.deadline()).isEmpty();
    assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
  }

  @Test
  void evaluate_recordedCategoryDiffers_fails() {
    Outcome outcome =
        evaluate(
            audit().addConcerns(ConcernFlag.PROCEDURES_NOT_FOLLOWED).escalationCategory(3).build());

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
    assertThat(outcome.escalationCategory()).hasValue(2);
    assertThat(outcome.reason()).contains("records category 3", "give 2");
  }

  /**
   * Seed-fidelity review U17 (seed 004, lines 117-119): category 3 "the audit is recommending
   * actions", category 4 "the case is in good order"; an auditor's more severe category is kept.
   */
  @Nested
  final class GoodOrder {

    @Test
    void U17_requiresImprovementWithoutActions_category3NeverGoodOrder() {
      Outcome outcome =
          evaluate(audit().overallGrade(GradeScale.ofsted().parse("Requires Improvement")).build());

      assertThat(outcome.escalationCategory()).hasValue(3);
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.reason()).contains("not in good order");
      assertThat(outcome.deadline().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void U17_requiresImprovementRecordedAs3_passes() {
      Outcome outcome =
          evaluate(
              audit()
                  .overallGrade(GradeScale.ofsted().parse("Requires Improvement"))
                  .escalationCategory(3)
                  .build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.escalationCategory()).hasValue(3);
    }

    @Test
    void U17_inadequateWithActions_category2NeverGoodOrder() {
      Outcome outcome =
          evaluate(
              audit()
                  .overallGrade(GradeScale.ofsted().parse("Inadequate"))
                  .addActions(action())
                  .build());

      assertThat(outcome.escalationCategory()).hasValue(2);
    }

    @Test
    void U17_goodWithActions_category3() {
      Outcome outcome =
          evaluate(
              audit().overallGrade(GradeScale.ofsted().parse("Good")).addActions(action()).build());

      assertThat(outcome.escalationCategory()).hasValue(3);
    }

    @Test
    void U17_outstandingWithoutActions_category4() {
      Outcome outcome =
          evaluate(audit().overallGrade(GradeScale.ofsted().parse("Outstanding")).build());

      assertThat(outcome.escalationCategory()).hasValue(4);
      assertThat(outcome.deadline()).isEmpty();
    }

    @Test
    void U17_notGradedNoActionNoConcern_noCategoryYet() {
      Outcome outcome = evaluate(audit().build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
      assertThat(outcome.escalationCategory()).isEmpty();
      assertThat(outcome.deadline()).isEmpty();
    }

    @Test
    void U17_auditorRecordsMoreSevereCategory_keptWithItsFollowUpAndPasses() {
      // Good with one action derives 3; the auditor, being cautious, records 2 (10 working days).
      Outcome outcome =
          evaluate(
              audit()
                  .overallGrade(GradeScale.ofsted().parse("Good"))
                  .addActions(action())
                  .escalationCategory(2)
                  .build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.escalationCategory()).hasValue(2);
      assertThat(outcome.inputs()).containsEntry("derived-category", "3");
      assertThat(outcome.deadline().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
      assertThat(outcome.notifications())
          .extracting(Notification::recipient)
          .containsExactly("service-manager");
      assertThat(outcome.reason()).contains("more severe than the derived 3");
    }

    @Test
    void U17_auditorRecordsGoodOrderForRequiresImprovement_fails() {
      Outcome outcome =
          evaluate(
              audit()
                  .overallGrade(GradeScale.ofsted().parse("Requires Improvement"))
                  .escalationCategory(4)
                  .build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.escalationCategory()).hasValue(3);
      assertThat(outcome.reason()).contains("records category 4", "give 3");
    }
  }

  @Test
  void validate_unknownConcernsAndCategories_everyProblem() {
    var result =
        new EscalationRuleType()
            .validate(
                "acme/e",
                new EscalationParameters(
                    List.of("PANIC"), List.of("WORRY"), null, null, List.of(5), 0),
                DUDLEY.framework());

    assertThat(result.getError().map(ParameterProblem::toString).asJava())
        .containsExactlyInAnyOrder(
            "/immediateRiskConcerns/0: unknown concern 'PANIC'; expected one of "
                + List.of(ConcernFlag.values()),
            "/actionRequiredConcerns/0: unknown concern 'WORRY'; expected one of "
                + List.of(ConcernFlag.values()),
            "/practitionerActionHours: must be 1 or more: 0",
            "/notifyServiceManagerFor/0: must be a category from 1 to 4: 5");
  }
}
