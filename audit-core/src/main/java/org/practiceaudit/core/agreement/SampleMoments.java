package org.practiceaudit.core.agreement;

import java.util.Objects;

/**
 * The count, sum and sum of squares of a sample: enough for its mean and variance, and mergeable by
 * adding.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleMoments {

  private static final SampleMoments EMPTY = new SampleMoments(0, 0.0, 0.0);

  private final long count;
  private final double sum;
  private final double sumOfSquares;

  private SampleMoments(long count, double sum, double sumOfSquares) {
    this.count = count;
    this.sum = sum;
    this.sumOfSquares = sumOfSquares;
  }

  /**
   * Obtains sample moments.
   *
   * @param count the number of observations, 0 or more
   * @param sum their sum, finite (0 when the count is 0)
   * @param sumOfSquares the sum of their squares, finite and not negative
   * @return the moments
   * @throws IllegalArgumentException if a value is out of range
   */
  public static SampleMoments of(long count, double sum, double sumOfSquares) {
    if (count < 0 || !Double.isFinite(sum) || !Double.isFinite(sumOfSquares) || sumOfSquares < 0) {
      throw new IllegalArgumentException(
          "moments need count >= 0 and finite sums, squares >= 0: count "
              + count
              + ", sum "
              + sum
              + ", sum of squares "
              + sumOfSquares);
    }
    if (count == 0 && (sum != 0.0 || sumOfSquares != 0.0)) {
      throw new IllegalArgumentException("an empty sample has zero sums: sum " + sum);
    }
    return count == 0 ? EMPTY : new SampleMoments(count, sum, sumOfSquares);
  }

  /**
   * Obtains the moments of some values.
   *
   * @param values the values, finite
   * @return the moments
   * @throws IllegalArgumentException if a value is not finite
   */
  public static SampleMoments ofValues(double... values) {
    Objects.requireNonNull(values, "values");
    double sum = 0;
    double squares = 0;
    for (double v : values) {
      sum += v;
      squares += v * v;
    }
    return of(values.length, sum, squares);
  }

  /**
   * Returns the number of observations.
   *
   * @return the count, 0 or more
   */
  public long count() {
    return count;
  }

  /**
   * Returns the sum.
   *
   * @return the sum
   */
  public double sum() {
    return sum;
  }

  /**
   * Returns the sum of squares.
   *
   * @return the sum of squares, 0 or more
   */
  public double sumOfSquares() {
    return sumOfSquares;
  }

  /**
   * Returns the mean.
   *
   * @return the mean, or not computable for an empty sample
   */
  public Statistic mean() {
    return count == 0 ? Statistic.notComputable("no scores") : Statistic.of(sum / count);
  }

  /**
   * Returns the sample variance, with {@code count - 1} in the denominator.
   *
   * @return the variance, 0 or more, or not computable with fewer than 2 observations
   */
  public Statistic variance() {
    if (count < 2) {
      return Statistic.notComputable("fewer than 2 observations (" + count + ")");
    }
    double mean = sum / count;
    return Statistic.of(Math.max(0.0, (sumOfSquares - count * mean * mean) / (count - 1)));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SampleMoments
        && ((SampleMoments) obj).count == count
        && Double.compare(((SampleMoments) obj).sum, sum) == 0
        && Double.compare(((SampleMoments) obj).sumOfSquares, sumOfSquares) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, sum, sumOfSquares);
  }

  /**
   * Returns the moments as {@code n=31 sum=192.0 sumsq=1220.0}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return "n=" + count + " sum=" + sum + " sumsq=" + sumOfSquares;
  }
}
