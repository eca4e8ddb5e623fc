package org.practiceaudit.rules.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;

/** The one grade-band validator's laws: cover without gaps or overlaps, one band per average. */
final class GradeBandsTest {

  private static final List<String> WORST_FIRST =
      List.of("Inadequate", "Requires Improvement", "Good", "Outstanding");
  private static final GradeScale OFSTED = GradeScale.ofsted();

  /** Hundredths as a decimal: 250 is 2.50. */
  private static BigDecimal hundredths(int n) {
    return BigDecimal.valueOf(n, 2);
  }

  /**
   * Bands over [low, low + width] (in hundredths) cut at the given offsets, grades never getting
   * worse.
   */
  private static List<GradeBand> bands(
      int low, int width, List<Integer> cuts, List<Integer> gradeSteps) {
    TreeSet<Integer> points = new TreeSet<>();
    for (int c : cuts) {
      int p = low + Math.floorMod(c, width);
      if (p > low) {
        points.add(p);
      }
    }
    List<Integer> edges = new ArrayList<>();
    edges.add(low);
    edges.addAll(points);
    edges.add(low + width);
    List<GradeBand> bands = new ArrayList<>();
    int grade = 0;
    for (int i = 0; i + 1 < edges.size(); i++) {
      grade = Math.min(3, grade + (i < gradeSteps.size() ? gradeSteps.get(i) : 0));
      bands.add(
          new GradeBand(
              WORST_FIRST.get(grade), hundredths(edges.get(i)), hundredths(edges.get(i + 1))));
    }
    return bands;
  }

  @Nested
  final class Laws {

    @Test
    void validate_generatedCoveringBands_everyAverageInExactlyOneBandAndGradesNeverWorsen() {
      qt().withFixedSeed(7L)
          .withExamples(500)
          .forAll(
              integers().between(-100_000, 100_000),
              integers().between(1, 200_000),
              lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 6),
              lists().of(integers().between(0, 1)).ofSizeBetween(0, 7))
          .checkAssert(
              (low, width, cuts, steps) -> {
                List<GradeBand> bands = bands(low, width, cuts, steps);
                java.util.Collections.reverse(bands);
                var result =
                    GradeBands.validate(bands, hundredths(low), hundredths(low + width), OFSTED);
                assertThat(result.isValid()).as("%s", result).isTrue();
                GradeBands valid = result.get();
                Grade previous = null;
                for (int k = 0; k <= width; k += Math.max(1, width / 97)) {
                  BigDecimal x = hundredths(low + k);
                  assertThat(valid.bandsContaining(x)).as("average %s", x).isEqualTo(1);
                  Grade grade = valid.gradeFor(x);
                  assertThat(previous == null || !previous.isBetterThan(grade))
                      .as("grade at %s", x)
                      .isTrue();
                  previous = grade;
                }
                for (GradeBand band : valid.bands()) {
                  assertThat(valid.bandsContaining(band.from())).isEqualTo(1);
                  assertThat(valid.bandsContaining(band.to())).isEqualTo(1);
                }
                assertThat(valid.bandsContaining(hundredths(low - 1))).isZero();
                assertThat(valid.bandsContaining(hundredths(low + width + 1))).isZero();
              });
    }

    @Test
    void validate_oneEdgeMoved_gapOrOverlapReportedAtThatBand() {
      qt().withFixedSeed(8L)
          .withExamples(500)
          .forAll(
              lists().of(integers().between(1, 999)).ofSizeBetween(1, 6),
              integers().between(0, 100),
              integers().between(1, 50),
              integers().between(0, 1))
          .checkAssert(
              (cuts, which, shift, overlap) -> {
                List<GradeBand> bands = new ArrayList<>(bands(0, 1000, cuts, List.of()));
                if (bands.size() < 2) {
                  return;
                }
                int i = 1 + which % (bands.size() - 1);
                GradeBand b = bands.get(i);
                BigDecimal from =
                    overlap == 1
                        ? b.from().subtract(hundredths(shift))
                        : b.from().add(hundredths(shift));
                if (from.compareTo(b.to()) >= 0 || from.compareTo(bands.get(i - 1).from()) <= 0) {
                  return;
                }
                bands.set(i, new GradeBand(b.grade(), from, b.to()));
                var result = GradeBands.validate(bands, BigDecimal.ZERO, hundredths(1000), OFSTED);
                assertThat(result.isInvalid()).isTrue();
                assertThat(result.getError().asJava())
                    .anySatisfy(
                        p -> {
                          assertThat(p.band()).isEqualTo(i);
                          assertThat(p.message()).containsAnyOf(overlap == 1 ? "overlap" : "gap");
                        });
              });
    }
  }

  @Nested
  final class Endpoints {

    @Test
    void validate_bandsPastTheScalesEnds_rejected() {
      var result =
          GradeBands.validate(
              List.of(GradeBand.of("Inadequate", 0, 4), GradeBand.of("Good", 4, 11)),
              BigDecimal.ONE,
              BigDecimal.TEN,
              OFSTED);

      assertThat(result.getError().asJava())
          .extracting(GradeBands.BandProblem::message)
          .containsExactly(
              "grade bands start at 0.0, below the lowest score 1",
              "grade bands end at 11.0, above the highest score 10");
    }

    @Test
    void gradeFor_topOfTheScale_inTheTopBand() {
      GradeBands bands =
          GradeBands.validate(
                  List.of(GradeBand.of("Inadequate", 1, 4), GradeBand.of("Good", 4, 10)),
                  BigDecimal.ONE,
                  BigDecimal.TEN,
                  OFSTED)
              .get();

      assertThat(bands.gradeFor(10).label()).isEqualTo("Good");
      assertThat(bands.gradeFor(4).label()).isEqualTo("Good");
      assertThat(bands.gradeFor(3.99).label()).isEqualTo("Inadequate");
    }
  }

  @Test
  void validate_everyProblemAtOnce_eachWithItsBand() {
    var result =
        GradeBands.validate(
            List.of(
                GradeBand.of("Good", 0.1, 0.5),
                GradeBand.of("Inadequate", 0.6, 0.9),
                GradeBand.of("Excellent", 0.9, 0.95)),
            BigDecimal.ZERO,
            BigDecimal.ONE,
            OFSTED);

    assertThat(result.getError().asJava())
        .anySatisfy(p -> assertThat(p.message()).contains("unknown grade 'Excellent'"))
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .isEqualTo("grade bands leave a gap from 0 (the lowest score) to 0.1"))
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .isEqualTo("grade bands leave a gap from 0.95 to 1 (the highest score)"))
        .anySatisfy(
            p -> {
              assertThat(p.band()).isEqualTo(1);
              assertThat(p.message())
                  .isEqualTo(
                      "grade bands leave a gap from 0.5 to 0.6; every average score needs a grade");
            })
        .anySatisfy(p -> assertThat(p.message()).contains("must not get worse"));
  }
}
