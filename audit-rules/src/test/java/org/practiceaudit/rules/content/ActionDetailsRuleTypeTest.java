package org.practiceaudit.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;

/**
 * The {@code action-details} rule type, used by the London and Camden presets (London audit pack
 * s.3: SMART action plans; Camden s.6): every action that is not cancelled has an owner and a due
 * date.
 */
final class ActionDetailsRuleTypeTest {

  private static final AuditFramework FRAMEWORK = Fixtures.framework(1);

  private static RecommendedAction action(boolean owner, boolean due) {
    var action = RecommendedAction.builder().description("synthetic action");
    if (owner) {
      action.owner(PersonId.of("P-0001"));
    }
    if (due) {
      action.dueOn(LocalDate.of(2026, 4, 1));
    }
    return action.build();
  }

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(
      ActionDetailsParameters parameters, RecommendedAction... actions) {
    Rule<Audit> rule =
        (Rule<Audit>)
            new ActionDetailsRuleType()
                .create("london-multi-agency/action-details", parameters, FRAMEWORK);
    Audit audit = Fixtures.audit(FRAMEWORK).addActions(actions).build();
    List<Outcome> outcomes = rule.evaluate(audit, Fixtures.context(FRAMEWORK));
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }

  @Nested
  final class Evaluate {

    @Test
    void evaluate_everyActionOwnedAndDated_passes() {
      Outcome outcome =
          evaluate(new ActionDetailsParameters(null, null), action(true, true), action(true, true));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.reason()).isEqualTo("all 2 actions have an owner and a due date");
    }

    @Test
    void evaluate_missingOwnerAndDueDate_failsCountingEach() {
      Outcome outcome =
          evaluate(
              new ActionDetailsParameters(null, null),
              action(false, true),
              action(true, false),
              action(false, false));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason())
          .isEqualTo("2 of 3 actions have no owner; 2 of 3 actions have no due date");
      assertThat(outcome.inputs())
          .containsEntry("actions", "3")
          .containsEntry("without-owner", "2")
          .containsEntry("without-due-date", "2");
    }

    @Test
    void evaluate_ownerNotRequired_onlyDueDatesCount() {
      Outcome outcome = evaluate(new ActionDetailsParameters(false, true), action(false, true));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
    }

    @Test
    void evaluate_dueDateNotRequiredAndOwnerMissing_failsOnTheOwnerOnly() {
      Outcome outcome =
          evaluate(
              new ActionDetailsParameters(true, false), action(false, false), action(true, false));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason()).isEqualTo("1 of 2 actions have no owner");
      assertThat(outcome.inputs()).containsEntry("without-due-date", "0");
    }

    @Test
    void evaluate_doneActionWithoutOwner_stillCounts() {
      RecommendedAction done =
          RecommendedAction.builder()
              .description("synthetic")
              .status(ActionStatus.DONE)
              .dueOn(LocalDate.of(2026, 3, 1))
              .closedOn(LocalDate.of(2026, 3, 1))
              .build();

      Outcome outcome = evaluate(new ActionDetailsParameters(null, null), done);

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason()).isEqualTo("1 of 1 actions have no owner");
    }

    @Test
    void evaluate_cancelledActionWithoutDetails_isIgnored() {
      RecommendedAction cancelled =
          RecommendedAction.builder()
              .description("synthetic")
              .status(ActionStatus.CANCELLED)
              .closedOn(LocalDate.of(2026, 3, 1))
              .build();

      Outcome outcome =
          evaluate(new ActionDetailsParameters(null, null), cancelled, action(true, true));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.inputs()).containsEntry("actions", "1");
    }

    @Test
    void evaluate_noActions_notApplicable() {
      Outcome outcome = evaluate(new ActionDetailsParameters(null, null));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    }
  }

  @Nested
  final class Problems {

    @Test
    void problems_neitherRequired_oneProblemOfThePair() {
      assertThat(new ActionDetailsRuleType().problems(new ActionDetailsParameters(false, false)))
          .containsExactly(
              ParameterProblem.of("at least one of requireOwner and requireDueDate must be true"));
    }

    @Test
    void problems_defaults_none() {
      assertThat(new ActionDetailsRuleType().problems(new ActionDetailsParameters(null, null)))
          .isEmpty();
    }
  }
}
