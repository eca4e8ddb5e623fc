package org.practiceaudit.core.agreement;

import java.util.Objects;
import java.util.Optional;

/**
 * A count out of a total, such as "19 of 25 audits completed on time", with its share and its 95%
 * Wilson score interval.
 *
 * <p>The Wilson interval (Wilson 1927) is used because it stays inside [0, 1] and behaves well for
 * the small samples councils report on (Dorset's monthly audit report, section 5: judgements over
 * about 30 audits): {@code (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)} with {@code z =
 * 1.959964}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Proportion {

  /** The two-sided 97.5% standard normal quantile used for 95% intervals. */
  static final double Z95 = 1.959963984540054;

  private final long count;
  private final long total;

  private Proportion(long count, long total) {
    this.count = count;
    this.total = total;
  }

  /**
   * Obtains a proportion.
   *
   * @param count the count, from 0 to {@code total}
   * @param total the total, 0 or more
   * @return the proportion
   * @throws IllegalArgumentException if the count is negative or above the total
   */
  public static Proportion of(long count, long total) {
    if (count < 0 || total < 0 || count > total) {
      throw new IllegalArgumentException(
          "a proportion needs 0 <= count <= total: " + count + " of " + total);
    }
    return new Proportion(count, total);
  }

  /**
   * Returns the count.
   *
   * @return the count, from 0 to the total
   */
  public long count() {
    return count;
  }

  /**
   * Returns the total.
   *
   * @return the total, 0 or more
   */
  public long total() {
    return total;
  }

  /**
   * Returns the share, from 0 to 1.
   *
   * @return the share, or not computable when the total is 0
   */
  public Statistic share() {
    return total == 0
        ? Statistic.notComputable("none to count")
        : Statistic.of((double) count / total);
  }

  /**
   * Returns the 95% Wilson score interval for the share.
   *
   * @return the interval, or empty when the total is 0
   */
  public Optional<ConfidenceInterval> wilson95() {
    if (total == 0) {
      return Optional.empty();
    }
    double n = total;
    double p = count / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    // At p = 0 (or 1) the exact lower (upper) bound is 0 (1); floating point can miss it by an ulp
    // and
    // leave the observed share outside its own interval.
    double lower = count == 0 ? 0.0 : Math.max(0.0, centre - half);
    double upper = count == total ? 1.0 : Math.min(1.0, centre + half);
    return Optional.of(ConfidenceInterval.of(lower, upper));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Proportion
        && ((Proportion) obj).count == count
        && ((Proportion) obj).total == total;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, total);
  }

  /**
   * Returns the proportion as {@code 19/25}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return count + "/" + total;
  }
}
