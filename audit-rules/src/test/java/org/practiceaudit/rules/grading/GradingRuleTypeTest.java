package org.practiceaudit.rules.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;

final class GradingRuleTypeTest {

  private static final GradeScale OFSTED = GradeScale.ofsted();
  private static final List<GradeBand> BANDS =
      List.of(
          GradeBand.of("Inadequate", 0, 0.35),
          GradeBand.of("Requires Improvement", 0.35, 0.6),
          GradeBand.of("Good", 0.6, 0.85),
          GradeBand.of("Outstanding", 0.85, 1));

  @SuppressWarnings("unchecked")
  private static Outcome evaluate(
      GradingParameters parameters, Audit audit, AuditFramework framework) {
    Rule<Audit> rule =
        (Rule<Audit>) new GradingRuleType().create("acme/grade", parameters, framework);
    List<Outcome> outcomes = rule.evaluate(audit, Fixtures.context(framework));
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }

  @Nested
  final class Laws {

    @Test
    void scoreBandsWithFloors_raisingOneDomain_neverLowersTheGrade() {
      AuditFramework framework = Fixtures.framework(6);
      GradingParameters parameters =
          GradingParameters.of(GradingParameters.SCORE_BANDS)
              .withBands("normalised", null, BANDS)
              .withWeights(Map.of("d0", 2.5, "d3", 0.4))
              .withFloors(
                  List.of(
                      new GradeFloor("*", 2, "Requires Improvement"),
                      new GradeFloor("d1", 4, "Good")));
      qt().withFixedSeed(11L)
          .withExamples(1000)
          .forAll(
              lists().of(integers().between(0, 10)).ofSize(6),
              integers().between(0, 5),
              integers().between(1, 9))
          .checkAssert(
              (values, domain, raise) -> {
                Map<String, DomainScore> before = new LinkedHashMap<>();
                for (int i = 0; i < 6; i++) {
                  before.put(
                      "d" + i,
                      values.get(i) == 0
                          ? DomainScore.notApplicable()
                          : DomainScore.of(values.get(i)));
                }
                if (!before.get("d" + domain).isApplicable()) {
                  return;
                }
                Map<String, DomainScore> after = new LinkedHashMap<>(before);
                int raised = Math.min(10, before.get("d" + domain).value().getAsInt() + raise);
                after.put("d" + domain, DomainScore.of(raised));
                Grade g1 =
                    evaluate(
                            parameters,
                            Fixtures.audit(framework).putAllScores(before).build(),
                            framework)
                        .grade()
                        .orElseThrow();
                Grade g2 =
                    evaluate(
                            parameters,
                            Fixtures.audit(framework).putAllScores(after).build(),
                            framework)
                        .grade()
                        .orElseThrow();
                assertThat(g2.isAtLeast(g1)).as("%s -> %s", before, after).isTrue();
              });
    }

    @Test
    void validate_bandsThatDoNotCoverTheScale_rejected() {
      qt().withFixedSeed(12L)
          .withExamples(300)
          .forAll(doubles().between(0.01, 0.99))
          .checkAssert(
              end -> {
                var result =
                    new GradingRuleType()
                        .validate(
                            "acme/g",
                            GradingParameters.of("score-bands")
                                .withBands(
                                    "normalised", null, List.of(GradeBand.of("Good", 0, end))),
                            Fixtures.framework(1));
                assertThat(result.isInvalid()).isTrue();
              });
    }
  }

  @Nested
  final class Methods {

    private final AuditFramework framework = Fixtures.framework(2);

    @Test
    void scoreBands_divergentAuditorGrade_recordsBothAndFlags() {
      Audit audit =
          Fixtures.audit(framework)
              .putScore("d0", DomainScore.of(10))
              .putScore("d1", DomainScore.of(9))
              .overallGrade(OFSTED.parse("Requires Improvement"))
              .build();

      Outcome outcome =
          evaluate(
              GradingParameters.of("score-bands").withBands("normalised", null, BANDS),
              audit,
              framework);

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.grade()).contains(OFSTED.parse("Outstanding"));
      assertThat(outcome.hasFlag(Outcome.FLAG_GRADE_DIVERGENCE)).isTrue();
      assertThat(outcome.inputs())
          .containsEntry("auditor-grade", "Requires Improvement")
          .containsEntry("derived-grade", "Outstanding");
    }

    @Test
    void evaluate_rawBasis_bandsOverOneToTen() {
      List<GradeBand> raw =
          List.of(
              GradeBand.of("Inadequate", 1, 4),
              GradeBand.of("Requires Improvement", 4, 6),
              GradeBand.of("Good", 6, 8.5),
              GradeBand.of("Outstanding", 8.5, 10));
      Audit audit =
          Fixtures.audit(framework)
              .putScore("d0", DomainScore.of(7))
              .putScore("d1", DomainScore.of(6))
              .build();

      Outcome outcome =
          evaluate(
              GradingParameters.of("score-bands").withBands("raw", "1-10", raw), audit, framework);

      assertThat(outcome.grade()).contains(OFSTED.parse("Good"));
      assertThat(outcome.hasFlag(Outcome.FLAG_GRADE_DIVERGENCE)).isFalse();
    }

    @Test
    void evaluate_floors_capTheAuditorsGrade() {
      Audit audit =
          Fixtures.audit(framework)
              .putScore("d0", DomainScore.of(2))
              .overallGrade(OFSTED.parse("Good"))
              .build();

      Outcome outcome =
          evaluate(
              GradingParameters.of("floors")
                  .withFloors(List.of(new GradeFloor("d0", 3, "Inadequate"))),
              audit,
              framework);

      assertThat(outcome.grade()).contains(OFSTED.parse("Inadequate"));
      assertThat(outcome.inputs()).containsEntry("capped-by-domain", "d0");
      assertThat(outcome.hasFlag(Outcome.FLAG_GRADE_DIVERGENCE)).isTrue();
    }

    @Test
    void auditorJudgement_ungraded_notApplicable() {
      Outcome outcome =
          evaluate(
              GradingParameters.of("auditor-judgement"),
              Fixtures.audit(framework).build(),
              framework);

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    }

    @Test
    void validate_unknownMethodAndGrades_everyProblem() {
      var result =
          new GradingRuleType()
              .validate(
                  "acme/g",
                  GradingParameters.of("vibes").withFloors(List.of(new GradeFloor("*", 1, "Meh"))),
                  Fixtures.framework(1));

      assertThat(result.getError().map(ParameterProblem::toString).asJava())
          .anySatisfy(p -> assertThat(p).contains("unknown method 'vibes'"))
          .anySatisfy(p -> assertThat(p).contains("unknown grade 'Meh'"));
    }
  }
}
