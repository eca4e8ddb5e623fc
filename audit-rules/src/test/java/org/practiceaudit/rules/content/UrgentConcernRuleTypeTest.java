package org.practiceaudit.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;

/**
 * Urgent concerns raised (Dorset 2.4; Hillingdon line 25; London pack line 127). Synthetic audits
 * only.
 */
final class UrgentConcernRuleTypeTest {

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(UrgentConcernParameters parameters, Audit audit) {
    Rule<Audit> rule =
        (Rule<Audit>)
            new UrgentConcernRuleType().create("acme/urgent", parameters, Fixtures.framework(1));
    return rule.evaluate(audit, Fixtures.context(Fixtures.framework(1))).get(0);
  }

  @Test
  void L18_evaluate_alsoNotifyPractitioner_managerAndPractitionerToldAndUnescalatedFails() {
    Outcome outcome =
        evaluate(
            new UrgentConcernParameters(null, "team-manager", List.of("practitioner")),
            Fixtures.audit(Fixtures.framework(1)).addConcern(ConcernFlag.IMMEDIATE_RISK).build());

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
    assertThat(outcome.notifications())
        .extracting(Notification::recipient)
        .containsExactly("team-manager", "practitioner");
  }

  @Test
  void evaluate_twoParameterForm_tellsOnlyTheRoleEscalatedTo() {
    Outcome outcome =
        evaluate(
            new UrgentConcernParameters(null, "safeguarding-and-standards"),
            Fixtures.audit(Fixtures.framework(1))
                .addConcern(ConcernFlag.URGENT_SAFEGUARDING_CONCERN)
                .escalatedAt(Fixtures.NOW)
                .build());

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
    assertThat(outcome.notifications())
        .extracting(Notification::recipient)
        .containsExactly("safeguarding-and-standards");
  }

  @Test
  void validate_alsoNotifyNotARoleId_problemAtItsIndex() {
    var result =
        new UrgentConcernRuleType()
            .validate(
                "acme/u",
                new UrgentConcernParameters(null, null, List.of("practitioner", "Line Manager")),
                Fixtures.framework(1));

    assertThat(result.getError().asJava())
        .containsExactly(
            ParameterProblem.at(
                "must be a lower-case role id such as 'head-of-service': 'Line Manager'",
                "alsoNotify",
                1));
  }
}
