package org.practiceaudit.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;

final class ScoreAverageTest {

  @Nested
  final class Laws {

    @Test
    void of_notApplicableDomains_neverChangeTheAverage() {
      // scales from 0-1 to -50..1000, scores anywhere on them, any subset of domains marked N/A
      qt().withFixedSeed(4L)
          .withExamples(1000)
          .forAll(
              lists().of(integers().between(-50, 900)).ofSizeBetween(1, 9),
              lists().of(integers().between(1, 100)).ofSizeBetween(1, 9),
              lists().of(booleans().all()).ofSizeBetween(1, 9),
              booleans().all())
          .checkAssert(
              (mins, widths, notApplicable, normalise) -> {
                int n = Math.min(mins.size(), widths.size());
                List<ScoreScale> scales = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                  scales.add(ScoreScale.of(mins.get(i), mins.get(i) + widths.get(i)));
                }
                AuditFramework withNa = Fixtures.framework(scales);
                Map<String, DomainScore> all = new LinkedHashMap<>();
                Map<String, DomainScore> applicableOnly = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                  boolean na = i < notApplicable.size() && notApplicable.get(i);
                  DomainScore score =
                      na
                          ? DomainScore.notApplicable()
                          : DomainScore.of(mins.get(i) + (i * 7) % (widths.get(i) + 1));
                  all.put("d" + i, score);
                  if (!na) {
                    applicableOnly.put("d" + i, score);
                  }
                }
                ScoreAverage with = ScoreAverage.of(withNa.domains(), all, Map.of(), normalise);
                ScoreAverage without =
                    ScoreAverage.of(withNa.domains(), applicableOnly, Map.of(), normalise);
                assertThat(with.average()).isEqualTo(without.average());
                assertThat(with.scored()).isEqualTo(applicableOnly.size());
              });
    }
  }

  @Nested
  final class Scenarios {

    @Test
    void dorset_sevenDomainsOneToTen_averagesAndCoverage() {
      AuditFramework dorset = Fixtures.framework(7);
      Map<String, DomainScore> scores = new LinkedHashMap<>();
      int[] values = {7, 6, 8, 7, 6, 7, 0};
      for (int i = 0; i < 6; i++) {
        scores.put("d" + i, DomainScore.of(values[i]));
      }
      scores.put("d6", DomainScore.notApplicable());

      ScoreAverage average = ScoreAverage.of(dorset.domains(), scores, Map.of(), false);

      assertThat(average.average().getAsDouble()).isEqualTo(41.0 / 6);
      assertThat(average.coverage()).isEqualTo(6.0 / 7);
      assertThat(average.problems()).isEmpty();
    }

    @Test
    void average_weightsAcrossScales_normalised() {
      AuditFramework mixed = Fixtures.framework(List.of(ScoreScale.of(1, 10), ScoreScale.of(0, 4)));
      Map<String, DomainScore> scores = Map.of("d0", DomainScore.of(10), "d1", DomainScore.of(0));

      assertThat(
              ScoreAverage.of(mixed.domains(), scores, Map.of("d0", 3.0), true)
                  .average()
                  .getAsDouble())
          .isEqualTo(0.75);
      assertThat(ScoreAverage.of(mixed.domains(), scores, Map.of(), false).hasMixedScales())
          .isTrue();
    }

    @Test
    void rule_coverageBelowMinimum_fails() {
      AuditFramework framework = Fixtures.framework(4);
      Rule<?> rule =
          new ScoringRuleType()
              .create("dorset/domain-average", new ScoringParameters(null, false, 0.75), framework);
      var audit =
          Fixtures.audit(framework)
              .putScore("d0", DomainScore.of(5))
              .putScore("d1", DomainScore.of(9))
              .build();

      @SuppressWarnings("unchecked")
      List<Outcome> outcomes =
          ((Rule<org.practiceaudit.core.audit.Audit>) rule)
              .evaluate(audit, Fixtures.context(framework));

      assertThat(outcomes)
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.status()).isEqualTo(OutcomeStatus.FAIL);
                assertThat(o.score().getAsDouble()).isEqualTo(7.0);
                assertThat(o.coverage().getAsDouble()).isEqualTo(0.5);
                assertThat(o.inputs())
                    .containsEntry("scored-domains", "2")
                    .containsEntry("total-domains", "4");
              });
    }

    @Test
    void type_invalidParameters_everyProblem() {
      var result =
          new ScoringRuleType()
              .validate(
                  "acme/s",
                  new ScoringParameters(Map.of("d0", -1.0, "nope", 1.0), true, 1.5),
                  Fixtures.framework(1));

      assertThat(result.getError().asJava())
          .containsExactlyInAnyOrder(
              ParameterProblem.at("weight of domain 'd0' must be above 0: -1.0", "weights", "d0"),
              ParameterProblem.at("must be from 0 to 1: 1.5", "minimumCoverage"),
              ParameterProblem.at(
                  "unknown domain 'nope'; expected one of [d0]", "weights", "nope"));
    }
  }
}
