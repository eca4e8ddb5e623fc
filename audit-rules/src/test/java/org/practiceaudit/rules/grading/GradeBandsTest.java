package org.practiceaudit.rules.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.grade.GradeScale;

final class GradeBandsTest {

  private static final List<String> WORST_FIRST = List.of("Inadequate", "Requires Improvement", "Good", "Outstanding");

  /** Bands over [low, high] cut at the given fractions, grades non-decreasing. */
  private static List<GradeBand> bands(double low, double high, List<Double> cuts, List<Integer> gradeSteps) {
    TreeSet<Double> points = new TreeSet<>();
    for (double c : cuts) {
      double p = low + c * (high - low);
      if (p > low && p < high) {
        points.add(p);
      }
    }
    List<Double> edges = new ArrayList<>();
    edges.add(low);
    edges.addAll(points);
    edges.add(high);
    List<GradeBand> bands = new ArrayList<>();
    int grade = 0;
    for (int i = 0; i + 1 < edges.size(); i++) {
      grade = Math.min(3, grade + (i < gradeSteps.size() ? gradeSteps.get(i) : 0));
      bands.add(new GradeBand(WORST_FIRST.get(grade), edges.get(i), edges.get(i + 1)));
    }
    return bands;
  }

  @Test
  void validate_generatedValidBands_coverEveryAverageExactlyOnce() {
    qt().withFixedSeed(7L)
        .withExamples(500)
        .forAll(
            doubles().between(-1000, 1000),
            doubles().between(0.001, 2000),
            lists().of(doubles().between(0, 1)).ofSizeBetween(0, 6),
            lists().of(integers().between(0, 1)).ofSizeBetween(0, 7))
        .checkAssert(
            (low, width, cuts, steps) -> {
              double high = low + width;
              List<GradeBand> bands = bands(low, high, cuts, steps);
              var result = GradeBands.validate(bands, low, high, GradeScale.ofsted());
              assertThat(result.isValid()).as("%s", result).isTrue();
              GradeBands valid = result.get();
              for (int k = 0; k <= 50; k++) {
                double x = k == 50 ? high : low + (high - low) * k / 50.0;
                assertThat(valid.bandsContaining(x)).as("average %s", x).isEqualTo(1);
              }
              for (GradeBand band : valid.bands()) {
                assertThat(valid.bandsContaining(band.from())).isEqualTo(1);
              }
            });
  }

  @Test
  void validate_gapOrOverlap_rejected() {
    qt().withFixedSeed(8L)
        .withExamples(500)
        .forAll(
            lists().of(doubles().between(0, 1)).ofSizeBetween(1, 6),
            integers().between(0, 100),
            doubles().between(1e-6, 0.2),
            integers().between(0, 1))
        .checkAssert(
            (cuts, which, shift, overlap) -> {
              List<GradeBand> bands = new ArrayList<>(bands(0, 1, cuts, List.of()));
              if (bands.size() < 2) {
                return;
              }
              int i = 1 + which % (bands.size() - 1);
              GradeBand b = bands.get(i);
              double from = overlap == 1 ? b.from() - shift : b.from() + shift;
              if (!(from < b.to()) || from <= 0) {
                return;
              }
              bands.set(i, new GradeBand(b.grade(), from, b.to()));
              var result = GradeBands.validate(bands, 0, 1, GradeScale.ofsted());
              assertThat(result.isInvalid()).isTrue();
              assertThat(String.join(" ", result.getError().asJava())).containsAnyOf("gap", "overlap");
            });
  }

  @Test
  void validate_everyProblemAtOnce() {
    var result =
        GradeBands.validate(
            List.of(
                new GradeBand("Good", 0.1, 0.5),
                new GradeBand("Inadequate", 0.6, 0.9),
                new GradeBand("Excellent", 0.9, 0.95)),
            0,
            1,
            GradeScale.ofsted());

    assertThat(result.getError().asJava())
        .anySatisfy(p -> assertThat(p).contains("unknown grade 'Excellent'"))
        .anySatisfy(p -> assertThat(p).contains("start at the scale's bottom 0.0"))
        .anySatisfy(p -> assertThat(p).contains("end at the scale's top 1.0"))
        .anySatisfy(p -> assertThat(p).contains("gap between 0.5 and 0.6"))
        .anySatisfy(p -> assertThat(p).contains("must not get worse"));
  }
}
