package org.practiceaudit.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.lifecycle.AuditLifecycle;
import org.practiceaudit.rules.lifecycle.UnmetRequirement;

/**
 * Camden's Head of Service sign-off of an inadequate audit's actions (seed 000, line 86). Synthetic
 * audits.
 */
final class SignOffRuleTypeTest {

  private static final GradeScale OFSTED = GradeScale.ofsted();
  private static final AuditFramework FRAMEWORK = Fixtures.framework(1);
  private static final LocalDate ALLOCATED = LocalDate.of(2026, 2, 2);

  @SuppressWarnings("unchecked")
  private static Rule<Audit> rule() {
    return (Rule<Audit>)
        new SignOffRuleType()
            .create("camden/sign-off", new SignOffParameters(null, null), FRAMEWORK);
  }

  private static Outcome evaluate(Audit audit) {
    return rule().evaluate(audit, Fixtures.context(FRAMEWORK)).get(0);
  }

  private static Audit inadequate(AuditStatus status) {
    return Fixtures.audit(FRAMEWORK, status, ALLOCATED)
        .completedOn(
            status.isCompleted()
                ? java.util.Optional.of(ALLOCATED.plusDays(5))
                : java.util.Optional.empty())
        .overallGrade(OFSTED.parse("Inadequate"))
        .build();
  }

  @Nested
  final class Evaluate {

    @Test
    void C23_completedInadequateNotSignedOff_awaitingWithANotificationToTheHeadOfService() {
      Outcome outcome = evaluate(inadequate(AuditStatus.COMPLETED));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
      assertThat(outcome.reason())
          .isEqualTo(
              "graded Inadequate: awaiting sign-off by [head-of-service] before the audit is closed");
      assertThat(outcome.notifications())
          .extracting(Notification::recipient)
          .containsExactly("head-of-service");
    }

    @Test
    void C23_closedInadequateNotSignedOff_fails() {
      Outcome outcome = evaluate(inadequate(AuditStatus.CLOSED));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason())
          .isEqualTo("graded Inadequate and closed without sign-off by [head-of-service]");
    }

    @Test
    void C23_closedInadequateSignedOff_passes() {
      Outcome outcome = evaluate(inadequate(AuditStatus.CLOSED));
      Outcome signed =
          evaluate(
              org.practiceaudit.core.audit.ImmutableAudit.copyOf(inadequate(AuditStatus.CLOSED))
                  .withSignedOffBy("head-of-service"));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(signed.status()).isEqualTo(OutcomeStatus.PASS);
    }

    @Test
    void C23_requiresImprovement_notApplicable() {
      Outcome outcome =
          evaluate(
              Fixtures.audit(FRAMEWORK).overallGrade(OFSTED.parse("Requires Improvement")).build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
      assertThat(outcome.notifications()).isEmpty();
    }

    @Test
    void C23_auditorGoodModeratorInadequate_needsTheSignOff() {
      Audit audit =
          org.practiceaudit.core.audit.ImmutableAudit.copyOf(inadequate(AuditStatus.CLOSED))
              .withOverallGrade(OFSTED.parse("Good"))
              .withModeration(
                  Moderation.of(
                      PersonId.of("P-moderator"),
                      OFSTED.parse("Inadequate"),
                      ALLOCATED.plusDays(9)));

      assertThat(evaluate(audit).status()).isEqualTo(OutcomeStatus.FAIL);
    }
  }

  @Nested
  final class Lifecycle {

    private final AuditLifecycle lifecycle =
        AuditLifecycle.of(RuleSet.of(List.of(rule())), Fixtures.context(FRAMEWORK));

    @Test
    void C23_completeInadequateWithoutSignOff_completes() {
      Audit inProgress = inadequate(AuditStatus.IN_PROGRESS);

      assertThat(lifecycle.complete(inProgress, ALLOCATED.plusDays(5)).isValid()).isTrue();
    }

    @Test
    void C23_closeInadequateWithoutSignOff_refusedNamingTheRule() {
      var closed = lifecycle.close(inadequate(AuditStatus.COMPLETED));

      assertThat(closed.isInvalid()).isTrue();
      assertThat(closed.getError().asJava())
          .extracting(UnmetRequirement::ruleId)
          .containsExactly("camden/sign-off");
    }

    @Test
    void C23_closeInadequateSignedOff_closes() {
      Audit signed =
          org.practiceaudit.core.audit.ImmutableAudit.copyOf(inadequate(AuditStatus.COMPLETED))
              .withSignedOffBy("head-of-service");

      assertThat(lifecycle.close(signed).map(Audit::status).get()).isEqualTo(AuditStatus.CLOSED);
    }
  }
}
