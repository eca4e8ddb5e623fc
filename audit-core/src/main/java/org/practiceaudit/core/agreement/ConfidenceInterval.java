package org.practiceaudit.core.agreement;

import java.util.Locale;
import java.util.Objects;

/**
 * A two-sided confidence interval for a proportion, with bounds in [0, 1].
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConfidenceInterval {

  private final double lower;
  private final double upper;

  private ConfidenceInterval(double lower, double upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Obtains an interval from its bounds.
   *
   * @param lower the lower bound, from 0 to {@code upper}
   * @param upper the upper bound, from {@code lower} to 1
   * @return the interval
   * @throws IllegalArgumentException if the bounds are out of [0, 1] or in the wrong order
   */
  public static ConfidenceInterval of(double lower, double upper) {
    if (!(lower >= 0.0 && lower <= upper && upper <= 1.0)) {
      throw new IllegalArgumentException(
          "interval bounds must satisfy 0 <= lower <= upper <= 1: [" + lower + ", " + upper + "]");
    }
    return new ConfidenceInterval(lower, upper);
  }

  /**
   * Returns the lower bound.
   *
   * @return the lower bound, from 0 to 1
   */
  public double lower() {
    return lower;
  }

  /**
   * Returns the upper bound.
   *
   * @return the upper bound, from 0 to 1
   */
  public double upper() {
    return upper;
  }

  /**
   * Checks whether a proportion lies in the interval.
   *
   * @param proportion the proportion
   * @return true if {@code lower <= proportion <= upper}
   */
  public boolean contains(double proportion) {
    return lower <= proportion && proportion <= upper;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ConfidenceInterval
        && Double.compare(((ConfidenceInterval) obj).lower, lower) == 0
        && Double.compare(((ConfidenceInterval) obj).upper, upper) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower, upper);
  }

  /**
   * Returns the interval as {@code [0.490, 0.943]}, to three decimal places.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%.3f, %.3f]", lower, upper);
  }
}
