package org.practiceaudit.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;

/**
 * Dudley's pen picture (seed 004, line 130) and Hillingdon's evidence for each rating (seed 002,
 * line 22).
 */
final class SectionsWrittenRuleTypeTest {

  private static final GradeScale OFSTED = GradeScale.ofsted();

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(SectionsWrittenParameters parameters, Audit audit) {
    Rule<Audit> rule =
        (Rule<Audit>)
            new SectionsWrittenRuleType()
                .create("acme/sections", parameters, Fixtures.framework(2));
    return rule.evaluate(audit, Fixtures.context(Fixtures.framework(2))).get(0);
  }

  @Nested
  final class PenPicture {

    private final SectionsWrittenParameters penPicture =
        new SectionsWrittenParameters(List.of("pen-picture"), null, null);

    @Test
    void U23_evaluate_noPenPicture_failsNamingTheSection() {
      Outcome outcome = evaluate(penPicture, Fixtures.audit(Fixtures.framework(2)).build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason()).isEqualTo("sections not written: [pen-picture]");
    }

    @Test
    void U23_evaluate_penPictureWritten_passes() {
      Outcome outcome =
          evaluate(
              penPicture, Fixtures.audit(Fixtures.framework(2)).addSection("pen-picture").build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
    }

    @Test
    void U23_evaluate_otherAuditType_notApplicable() {
      Outcome outcome =
          evaluate(
              new SectionsWrittenParameters(List.of("pen-picture"), null, List.of("case-file")),
              Fixtures.audit(Fixtures.framework(2)).build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    }
  }

  @Nested
  final class EvidencePerRating {

    private final SectionsWrittenParameters evidence =
        new SectionsWrittenParameters(null, true, null);

    @Test
    void H4_evaluate_areaAndOverallRatedWithEvidenceForTheAreaOnly_failsNamingTheOverall() {
      Outcome outcome =
          evaluate(
              evidence,
              Fixtures.audit(Fixtures.framework(2))
                  .putAreaGrade("d0", OFSTED.parse("Good"))
                  .overallGrade(OFSTED.parse("Good"))
                  .addSection("evidence/d0")
                  .build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason()).isEqualTo("sections not written: [evidence/overall]");
    }

    @Test
    void H4_evaluate_everyRatingEvidenced_passes() {
      Outcome outcome =
          evaluate(
              evidence,
              Fixtures.audit(Fixtures.framework(2))
                  .putAreaGrade("d0", OFSTED.parse("Inadequate"))
                  .putAreaGrade("d1", OFSTED.parse("Good"))
                  .overallGrade(OFSTED.parse("Requires Improvement"))
                  .addSections("evidence/d0", "evidence/d1", "evidence/overall")
                  .build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
    }

    @Test
    void H4_evaluate_noRatingGiven_notApplicable() {
      Outcome outcome = evaluate(evidence, Fixtures.audit(Fixtures.framework(2)).build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    }
  }

  @Test
  void validate_badSectionIdAndNothingRequired_everyProblem() {
    var bad =
        new SectionsWrittenRuleType()
            .validate(
                "acme/s",
                new SectionsWrittenParameters(List.of("Pen Picture"), null, null),
                Fixtures.framework(1));
    var nothing =
        new SectionsWrittenRuleType()
            .validate(
                "acme/s", new SectionsWrittenParameters(null, false, null), Fixtures.framework(1));

    assertThat(bad.getError().asJava())
        .singleElement()
        .satisfies(p -> assertThat(p.path()).containsExactly("sections", 0))
        .satisfies(p -> assertThat(p.message()).contains("'Pen Picture'"));
    assertThat(nothing.getError().asJava())
        .containsExactly(ParameterProblem.of("name at least one section or set evidencePerRating"));
  }
}
