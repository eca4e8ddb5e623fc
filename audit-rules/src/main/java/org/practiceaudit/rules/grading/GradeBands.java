package org.practiceaudit.rules.grading;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;

/**
 * A validated mapping of averages to grades: bands that cover a scale from its bottom to its top
 * with no gap and no overlap, whose grades never get worse as the average rises. The one validator
 * of grade bands, used by the configuration's {@code grade_bands} and by the {@code grading} rule's
 * {@code bands}.
 *
 * <p>The endpoint rule: each band covers [from, to); the top band also covers its {@code to}. The
 * lowest band starts at the scale's bottom and the highest ends at its top, exactly; each band
 * starts where the one below ends. So every average on the scale falls in exactly one band, and a
 * higher average never gets a worse grade. Ends are compared as decimals, exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradeBands {

  /**
   * One thing wrong with a list of bands.
   *
   * @param band the index of the band concerned in the list as given, or -1 for the list as a whole
   * @param field the band's field concerned ({@code grade}, {@code from} or {@code to}), or empty
   *     for the band as a whole
   * @param message what is wrong, quoting the values
   */
  public record BandProblem(int band, String field, String message) {

    /**
     * Checks the problem.
     *
     * @param band the band's index, or -1
     * @param field the field, or empty; not null
     * @param message the message; not null
     * @throws IllegalArgumentException if {@code band} is below -1
     */
    public BandProblem {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
      if (band < -1) {
        throw new IllegalArgumentException("band index must be -1 or more: " + band);
      }
    }

    @Override
    public String toString() {
      return message;
    }
  }

  private final List<GradeBand> bands;
  private final List<Grade> grades;
  private final BigDecimal low;
  private final BigDecimal high;

  private GradeBands(List<GradeBand> bands, List<Grade> grades, BigDecimal low, BigDecimal high) {
    this.bands = bands;
    this.grades = grades;
    this.low = low;
    this.high = high;
  }

  private record Indexed(int index, GradeBand band) {}

  /**
   * Validates bands over a scale, reporting every problem at once, each with the band it concerns:
   * unknown grades, empty or reversed bands, gaps, overlaps, ends that miss the scale's ends, and
   * grades that get worse as averages rise.
   *
   * @param bands the bands, in any order; not null, no null band
   * @param low the bottom of the scale, such as 0 for normalised averages or 1 for a 1-10 scale;
   *     not null
   * @param high the top of the scale, above {@code low}; not null
   * @param scale the grade scale the bands' labels are on; not null
   * @return the bands, or every problem
   * @throws NullPointerException if an argument or a band is null
   */
  public static Validation<Seq<BandProblem>, GradeBands> validate(
      List<GradeBand> bands, BigDecimal low, BigDecimal high, GradeScale scale) {
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(scale, "scale");
    List<BandProblem> problems = new ArrayList<>();
    if (low.compareTo(high) >= 0) {
      problems.add(
          new BandProblem(
              -1,
              "",
              "the scale's bottom must be below its top: " + plain(low) + " to " + plain(high)));
    }
    if (bands.isEmpty()) {
      problems.add(new BandProblem(-1, "", "at least one grade band is needed"));
    }
    List<Indexed> sorted = new ArrayList<>();
    List<Grade> gradeOf = new ArrayList<>();
    checkEach(bands, scale, problems, sorted, gradeOf);
    sorted.sort(
        Comparator.comparing((Indexed x) -> x.band().from()).thenComparing(x -> x.band().to()));
    if (!sorted.isEmpty()) {
      checkEnds(sorted, low, high, problems);
    }
    checkNeighbours(sorted, gradeOf, problems);
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    List<GradeBand> ordered = new ArrayList<>();
    List<Grade> grades = new ArrayList<>();
    for (Indexed x : sorted) {
      ordered.add(x.band());
      grades.add(gradeOf.get(x.index()));
    }
    return Validation.valid(new GradeBands(List.copyOf(ordered), List.copyOf(grades), low, high));
  }

  /**
   * Checks each band on its own (a grade of the scale, a start below its end), adding the well
   * formed ones to {@code sorted} and every band's grade, or null, to {@code gradeOf}.
   */
  private static void checkEach(
      List<GradeBand> bands,
      GradeScale scale,
      List<BandProblem> problems,
      List<Indexed> sorted,
      List<Grade> gradeOf) {
    for (int i = 0; i < bands.size(); i++) {
      GradeBand band = Objects.requireNonNull(bands.get(i), "band");
      Optional<Grade> grade = band.grade() == null ? Optional.empty() : scale.find(band.grade());
      gradeOf.add(grade.orElse(null));
      if (grade.isEmpty()) {
        List<String> labels = new ArrayList<>();
        scale.grades().forEach(g -> labels.add(g.label()));
        problems.add(
            new BandProblem(
                i, "grade", "unknown grade '" + band.grade() + "'; expected one of " + labels));
      }
      if (band.from() == null || band.to() == null) {
        problems.add(
            new BandProblem(
                i, band.from() == null ? "from" : "to", "a grade band needs 'from' and 'to'"));
      } else if (band.to().compareTo(band.from()) <= 0) {
        problems.add(
            new BandProblem(
                i,
                "to",
                "a grade band must end above its start: from "
                    + plain(band.from())
                    + " to "
                    + plain(band.to())));
      } else {
        sorted.add(new Indexed(i, band));
      }
    }
  }

  /** Checks that the sorted bands start at the lowest score and end at the highest. */
  private static void checkEnds(
      List<Indexed> sorted, BigDecimal low, BigDecimal high, List<BandProblem> problems) {
    Indexed first = sorted.get(0);
    Indexed last = sorted.get(sorted.size() - 1);
    int start = first.band().from().compareTo(low);
    if (start > 0) {
      problems.add(
          new BandProblem(
              first.index(),
              "from",
              "grade bands leave a gap from "
                  + plain(low)
                  + " (the lowest score) to "
                  + plain(first.band().from())));
    } else if (start < 0) {
      problems.add(
          new BandProblem(
              first.index(),
              "from",
              "grade bands start at "
                  + plain(first.band().from())
                  + ", below the lowest score "
                  + plain(low)));
    }
    int end = last.band().to().compareTo(high);
    if (end < 0) {
      problems.add(
          new BandProblem(
              last.index(),
              "to",
              "grade bands leave a gap from "
                  + plain(last.band().to())
                  + " to "
                  + plain(high)
                  + " (the highest score)"));
    } else if (end > 0) {
      problems.add(
          new BandProblem(
              last.index(),
              "to",
              "grade bands end at "
                  + plain(last.band().to())
                  + ", above the highest score "
                  + plain(high)));
    }
  }

  /** Checks that neighbouring bands meet, without gap or overlap, and grades do not get worse. */
  private static void checkNeighbours(
      List<Indexed> sorted, List<Grade> gradeOf, List<BandProblem> problems) {
    for (int k = 1; k < sorted.size(); k++) {
      Indexed before = sorted.get(k - 1);
      Indexed next = sorted.get(k);
      int c = next.band().from().compareTo(before.band().to());
      if (c < 0) {
        problems.add(
            new BandProblem(
                next.index(),
                "",
                "grade bands overlap: " + range(before.band()) + " and " + range(next.band())));
      } else if (c > 0) {
        problems.add(
            new BandProblem(
                next.index(),
                "",
                "grade bands leave a gap from "
                    + plain(before.band().to())
                    + " to "
                    + plain(next.band().from())
                    + "; every average score needs a grade"));
      }
      Grade lower = gradeOf.get(before.index());
      Grade higher = gradeOf.get(next.index());
      if (lower != null && higher != null && lower.isBetterThan(higher)) {
        problems.add(
            new BandProblem(
                next.index(),
                "grade",
                "grades must not get worse as the average rises: '"
                    + lower.label()
                    + "' below '"
                    + higher.label()
                    + "' from "
                    + plain(next.band().from())));
      }
    }
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static String range(GradeBand band) {
    return plain(band.from()) + " to " + plain(band.to());
  }

  /**
   * Returns the grade for an average.
   *
   * @param average the average, from the scale's bottom to its top
   * @return the grade of the one band containing it
   * @throws IllegalArgumentException if {@code average} is off the scale or not finite
   */
  public Grade gradeFor(double average) {
    if (!Double.isFinite(average)) {
      throw new IllegalArgumentException("average must be finite: " + average);
    }
    return gradeFor(BigDecimal.valueOf(average));
  }

  /**
   * Returns the grade for an average.
   *
   * @param average the average, from the scale's bottom to its top; not null
   * @return the grade of the one band containing it
   * @throws IllegalArgumentException if {@code average} is off the scale
   */
  public Grade gradeFor(BigDecimal average) {
    Objects.requireNonNull(average, "average");
    if (average.compareTo(low) < 0 || average.compareTo(high) > 0) {
      throw new IllegalArgumentException(
          "average must be from " + plain(low) + " to " + plain(high) + ": " + plain(average));
    }
    for (int i = 0; i < bands.size(); i++) {
      if (contains(i, average)) {
        return grades.get(i);
      }
    }
    throw new IllegalStateException("validated bands miss " + plain(average));
  }

  private boolean contains(int i, BigDecimal average) {
    GradeBand band = bands.get(i);
    return average.compareTo(band.from()) >= 0
        && (average.compareTo(band.to()) < 0
            || (i == bands.size() - 1 && average.compareTo(band.to()) == 0));
  }

  /**
   * Counts the bands containing an average; exactly one for any average on the scale.
   *
   * @param average the average; not null
   * @return the number of bands containing it
   */
  public int bandsContaining(BigDecimal average) {
    Objects.requireNonNull(average, "average");
    int n = 0;
    for (int i = 0; i < bands.size(); i++) {
      if (contains(i, average)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the bands, lowest first.
   *
   * @return an unmodifiable list
   */
  public List<GradeBand> bands() {
    return bands;
  }

  /**
   * Returns the bottom of the scale.
   *
   * @return the bottom
   */
  public BigDecimal low() {
    return low;
  }

  /**
   * Returns the top of the scale.
   *
   * @return the top
   */
  public BigDecimal high() {
    return high;
  }

  @Override
  public String toString() {
    return "GradeBands" + bands;
  }
}
