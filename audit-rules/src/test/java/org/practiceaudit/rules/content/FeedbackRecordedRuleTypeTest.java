package org.practiceaudit.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.FeedbackSource;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;

/** Camden's practice week feedback forms (seed 000, line 76). Synthetic audits only. */
final class FeedbackRecordedRuleTypeTest {

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(FeedbackRecordedParameters parameters, Audit audit) {
    Rule<Audit> rule =
        (Rule<Audit>)
            new FeedbackRecordedRuleType()
                .create("acme/feedback", parameters, Fixtures.framework(1));
    return rule.evaluate(audit, Fixtures.context(Fixtures.framework(1))).get(0);
  }

  @Test
  void C19_evaluate_childOnly_failsNamingTheFamily() {
    Outcome outcome =
        evaluate(
            new FeedbackRecordedParameters(null, null),
            Fixtures.audit(Fixtures.framework(1)).addFeedbackFrom(FeedbackSource.CHILD).build());

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
    assertThat(outcome.reason()).isEqualTo("no feedback recorded from [parent-or-carer]");
    assertThat(outcome.inputs()).containsEntry("feedback-from", "[child]");
  }

  @Test
  void C19_evaluate_both_passes() {
    Outcome outcome =
        evaluate(
            new FeedbackRecordedParameters(null, null),
            Fixtures.audit(Fixtures.framework(1))
                .addFeedbackFrom(FeedbackSource.PARENT_OR_CARER, FeedbackSource.CHILD)
                .build());

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
  }

  @Test
  void C19_evaluate_otherAuditType_notApplicable() {
    Outcome outcome =
        evaluate(
            new FeedbackRecordedParameters(List.of("child"), List.of("practice-week")),
            Fixtures.audit(Fixtures.framework(1)).build());

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void validate_unknownOrNoSource_everyProblem() {
    var result =
        new FeedbackRecordedRuleType()
            .validate(
                "acme/f",
                new FeedbackRecordedParameters(List.of("parent"), null),
                Fixtures.framework(1));
    var empty =
        new FeedbackRecordedRuleType()
            .validate(
                "acme/f", new FeedbackRecordedParameters(List.of(), null), Fixtures.framework(1));

    assertThat(result.getError().asJava())
        .containsExactly(
            ParameterProblem.at(
                "unknown feedback source 'parent'; expected one of [child, parent-or-carer]",
                "from",
                0));
    assertThat(empty.getError().asJava())
        .singleElement()
        .satisfies(p -> assertThat(p.path()).containsExactly("from"))
        .satisfies(p -> assertThat(p.message()).contains("at least one"));
  }
}
