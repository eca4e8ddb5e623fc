package org.practiceaudit.rules.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.preset.Presets;

/** Dudley audit framework 2017, "Moderation" (seed 004, line 150): a 20% sample is moderated. */
final class ModerationShareRuleTypeTest {

  private static final LocalFramework DUDLEY = Presets.dudley();
  private static final GradeScale OFSTED = GradeScale.ofsted();

  private static List<Audit> audits(int completed, int moderated) {
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < completed; i++) {
      var builder =
          Fixtures.audit(DUDLEY.framework(), AuditStatus.COMPLETED, LocalDate.of(2026, 2, 2))
              .completedOn(LocalDate.of(2026, 2, 10))
              .overallGrade(OFSTED.parse("Good"));
      if (i < moderated) {
        builder.moderation(
            Moderation.of(
                PersonId.of("P-lead"),
                OFSTED.parse(i == 0 ? "Requires Improvement" : "Good"),
                LocalDate.of(2026, 2, 20)));
      }
      audits.add(builder.build().withId(AuditId.of("A-" + i)));
    }
    audits.add(Fixtures.audit(DUDLEY.framework()).build().withId(AuditId.of("A-open")));
    return audits;
  }

  private static Outcome evaluate(List<Audit> audits) {
    List<Outcome> outcomes =
        DUDLEY
            .ruleSet(RuleRegistry.load())
            .get()
            .evaluate(
                SubjectType.AUDITS,
                (Collection<Audit>) audits,
                Fixtures.context(DUDLEY.framework()));
    return outcomes.stream()
        .filter(o -> o.ruleId().equals("dudley/moderation-share"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void sixtyOfThreeHundred_passes_andCountsGradingDifferences() {
    Outcome outcome = evaluate(audits(300, 60));

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
    assertThat(outcome.inputs())
        .containsEntry("completed", "300")
        .containsEntry("required", "60")
        .containsEntry("grade-differences", "1");
  }

  @Test
  void evaluate_fiftyNineOfThreeHundred_fails() {
    assertThat(evaluate(audits(300, 59)).status()).isEqualTo(OutcomeStatus.FAIL);
  }

  @Test
  void evaluate_shareOfAFraction_roundsUp() {
    assertThat(evaluate(audits(11, 2)).status()).isEqualTo(OutcomeStatus.FAIL);
    assertThat(evaluate(audits(11, 3)).status()).isEqualTo(OutcomeStatus.PASS);
  }
}
