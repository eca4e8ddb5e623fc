package org.practiceaudit.rules.grading;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;

/**
 * A validated mapping of averages to grades: bands that cover a scale from its bottom to its top with no
 * gap and no overlap, whose grades never get worse as the average rises.
 *
 * <p>Each band covers [from, to); the top band also covers the top of the scale. So every average on the
 * scale falls in exactly one band, and a higher average never gets a worse grade.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradeBands {

  private final List<GradeBand> bands;
  private final List<Grade> grades;
  private final double low;
  private final double high;

  private GradeBands(List<GradeBand> bands, List<Grade> grades, double low, double high) {
    this.bands = bands;
    this.grades = grades;
    this.low = low;
    this.high = high;
  }

  /**
   * Validates bands over a scale, reporting every problem at once: unknown grades, empty or reversed
   * bands, gaps, overlaps, ends that miss the scale's ends, and grades that get worse as averages rise.
   *
   * @param bands the bands, in any order; not null
   * @param low the bottom of the scale, such as 0 for normalised averages or 1 for a 1-10 scale
   * @param high the top of the scale, above {@code low}
   * @param scale the grade scale the bands' labels are on; not null
   * @return the bands, or every problem
   * @throws NullPointerException if {@code bands}, a band or {@code scale} is null
   */
  public static Validation<Seq<String>, GradeBands> validate(
      List<GradeBand> bands, double low, double high, GradeScale scale) {
    Objects.requireNonNull(bands, "bands");
    Objects.requireNonNull(scale, "scale");
    List<String> problems = new ArrayList<>();
    if (!(low < high) || Double.isInfinite(low) || Double.isInfinite(high)) {
      problems.add("the scale's bottom must be below its top: " + low + " to " + high);
    }
    if (bands.isEmpty()) {
      problems.add("at least one band is needed");
    }
    List<GradeBand> sorted = new ArrayList<>(bands);
    for (GradeBand band : sorted) {
      Objects.requireNonNull(band, "band");
    }
    sorted.sort(Comparator.comparingDouble(GradeBand::from).thenComparingDouble(GradeBand::to));
    List<Grade> grades = new ArrayList<>();
    for (GradeBand band : sorted) {
      Optional<Grade> grade = band.grade() == null ? Optional.empty() : scale.find(band.grade());
      if (grade.isEmpty()) {
        problems.add(
            "unknown grade '" + band.grade() + "' in band " + band.from() + " to " + band.to()
                + "; expected one of " + scale.grades());
      }
      grades.add(grade.orElse(null));
      if (!(band.from() < band.to()) || Double.isInfinite(band.from()) || Double.isInfinite(band.to())) {
        problems.add("band '" + band.grade() + "' must start below its end: " + band.from() + " to " + band.to());
      }
    }
    if (!sorted.isEmpty()) {
      if (sorted.get(0).from() != low) {
        problems.add("the lowest band must start at the scale's bottom " + low + ": " + sorted.get(0).from());
      }
      if (sorted.get(sorted.size() - 1).to() != high) {
        problems.add(
            "the highest band must end at the scale's top " + high + ": " + sorted.get(sorted.size() - 1).to());
      }
    }
    for (int i = 1; i < sorted.size(); i++) {
      GradeBand before = sorted.get(i - 1);
      GradeBand band = sorted.get(i);
      if (before.to() < band.from()) {
        problems.add("gap between " + before.to() + " and " + band.from());
      } else if (before.to() > band.from()) {
        problems.add("bands overlap from " + band.from() + " to " + before.to());
      }
      Grade lower = grades.get(i - 1);
      Grade higher = grades.get(i);
      if (lower != null && higher != null && lower.isBetterThan(higher)) {
        problems.add(
            "grades must not get worse as the average rises: '" + lower.label() + "' below '" + higher.label()
                + "' from " + band.from());
      }
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(new GradeBands(List.copyOf(sorted), List.copyOf(grades), low, high));
  }

  /**
   * Returns the grade for an average.
   *
   * @param average the average, from the scale's bottom to its top
   * @return the grade of the one band containing it
   * @throws IllegalArgumentException if {@code average} is off the scale
   */
  public Grade gradeFor(double average) {
    if (!(average >= low && average <= high)) {
      throw new IllegalArgumentException("average must be from " + low + " to " + high + ": " + average);
    }
    for (int i = 0; i < bands.size(); i++) {
      GradeBand band = bands.get(i);
      if (average >= band.from() && (average < band.to() || i == bands.size() - 1)) {
        return grades.get(i);
      }
    }
    throw new IllegalStateException("validated bands miss " + average);
  }

  /**
   * Counts the bands containing an average; exactly one for any average on the scale.
   *
   * @param average the average
   * @return the number of bands containing it
   */
  public int bandsContaining(double average) {
    int n = 0;
    for (int i = 0; i < bands.size(); i++) {
      GradeBand band = bands.get(i);
      if (average >= band.from() && (average < band.to() || (i == bands.size() - 1 && average == band.to()))) {
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
  public double low() {
    return low;
  }

  /**
   * Returns the top of the scale.
   *
   * @return the top
   */
  public double high() {
    return high;
  }

  @Override
  public String toString() {
    return "GradeBands" + bands;
  }
}
