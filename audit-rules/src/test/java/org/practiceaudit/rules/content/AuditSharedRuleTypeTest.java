package org.practiceaudit.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;

/**
 * A copy of the audit to the practitioner and their manager (London pack, lines 104 and 127) and of
 * the moderated audit to the auditor (Dudley 2017, line 152). Synthetic audits only.
 */
final class AuditSharedRuleTypeTest {

  private static final GradeScale OFSTED = GradeScale.ofsted();
  private static final AuditFramework FRAMEWORK = Fixtures.framework(1);
  private static final LocalDate ALLOCATED = LocalDate.of(2026, 2, 2);

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(AuditSharedParameters parameters, Audit audit) {
    Rule<Audit> rule =
        (Rule<Audit>) new AuditSharedRuleType().create("acme/shared", parameters, FRAMEWORK);
    return rule.evaluate(audit, Fixtures.context(FRAMEWORK)).get(0);
  }

  private static ImmutableAudit completed() {
    return Fixtures.audit(FRAMEWORK, AuditStatus.COMPLETED, ALLOCATED)
        .completedOn(ALLOCATED.plusDays(4))
        .overallGrade(OFSTED.parse("Requires Improvement"))
        .build();
  }

  @Nested
  final class PractitionerAndManager {

    private final AuditSharedParameters london = new AuditSharedParameters(null, null, null);

    @Test
    void L13_completedNotRecordedAsSent_failsWithACopyToEach() {
      Outcome outcome = evaluate(london, completed().withNotified("team-manager"));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason()).isEqualTo("not recorded as shared with [practitioner]");
      assertThat(outcome.notifications())
          .extracting(Notification::recipient)
          .containsExactly("practitioner", "team-manager");
      assertThat(outcome.notifications()).allMatch(Notification::withAudit);
    }

    @Test
    void L13_completedSentToBoth_passes() {
      Outcome outcome = evaluate(london, completed().withNotified("practitioner", "team-manager"));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
    }

    @Test
    void L13_inProgress_notApplicable() {
      Outcome outcome = evaluate(london, Fixtures.audit(FRAMEWORK).build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
      assertThat(outcome.notifications()).isEmpty();
    }
  }

  @Nested
  final class ModeratedToTheAuditor {

    private final AuditSharedParameters dudley =
        new AuditSharedParameters(List.of("auditor"), AuditSharedParameters.AFTER_MODERATION, null);

    @Test
    void U26_completedNotModerated_notApplicable() {
      assertThat(evaluate(dudley, completed()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    }

    @Test
    void U26_moderatedGoodNotShared_failsNamingTheGradingDifference() {
      Audit moderated =
          completed()
              .withStatus(AuditStatus.MODERATED)
              .withModeration(
                  Moderation.of(
                      PersonId.of("P-lead"), OFSTED.parse("Good"), ALLOCATED.plusDays(9)));

      Outcome outcome = evaluate(dudley, moderated);

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason())
          .isEqualTo(
              "not recorded as shared with [auditor], including the grading"
                  + " difference (Requires Improvement by the auditor, Good by the moderator)");
      assertThat(outcome.inputs()).containsEntry("grade-difference", "true");
    }

    @Test
    void U26_moderatedSameGradeShared_passes() {
      Audit moderated =
          completed()
              .withStatus(AuditStatus.MODERATED)
              .withModeration(
                  Moderation.of(
                      PersonId.of("P-lead"),
                      OFSTED.parse("Requires Improvement"),
                      ALLOCATED.plusDays(9)))
              .withNotified("auditor");

      Outcome outcome = evaluate(dudley, moderated);

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.inputs()).containsEntry("grade-difference", "false");
    }
  }

  @Test
  void validate_noRecipientAndUnknownStep_everyProblem() {
    var result =
        new AuditSharedRuleType()
            .validate("acme/s", new AuditSharedParameters(List.of(), "closure", null), FRAMEWORK);

    assertThat(result.getError().asJava())
        .containsExactly(
            ParameterProblem.at("must name at least one recipient", "recipients"),
            ParameterProblem.at("must be 'completion' or 'moderation': 'closure'", "after"));
  }
}
