package org.practiceaudit.core.agreement;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A computed statistic, or the plain reason why it could not be computed; never NaN.
 *
 * <p>Agreement coefficients, averages and shares are undefined on degenerate input (no pairs, one
 * grade only, no scores). Such a result says why, in words a report can print, instead of carrying
 * NaN or throwing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Statistic {

  private final double value;
  private final String reason;

  private Statistic(double value, String reason) {
    this.value = value;
    this.reason = reason;
  }

  /**
   * Obtains a computed value.
   *
   * @param value the value; finite
   * @return the statistic
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static Statistic of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a statistic must be finite: " + value);
    }
    return new Statistic(value == 0.0 ? 0.0 : value, "");
  }

  /**
   * Obtains a statistic that could not be computed, with the reason.
   *
   * @param reason why, in plain words such as {@code "fewer than 2 pairs"}; not blank
   * @return the statistic
   * @throws IllegalArgumentException if the reason is blank
   */
  public static Statistic notComputable(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("the reason must not be blank: '" + reason + "'");
    }
    return new Statistic(0.0, reason);
  }

  /**
   * Checks whether the statistic has a value.
   *
   * @return true if computed
   */
  public boolean isComputable() {
    return reason.isEmpty();
  }

  /**
   * Returns the value, if computed.
   *
   * @return the value, or empty if not computable
   */
  public OptionalDouble value() {
    return isComputable() ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * Returns the value, or a fallback if not computable.
   *
   * @param other the fallback
   * @return the value or {@code other}
   */
  public double orElse(double other) {
    return isComputable() ? value : other;
  }

  /**
   * Returns why the statistic could not be computed.
   *
   * @return the reason, or empty if computed
   */
  public Optional<String> reason() {
    return isComputable() ? Optional.empty() : Optional.of(reason);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Statistic
        && Double.compare(((Statistic) obj).value, value) == 0
        && ((Statistic) obj).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, reason);
  }

  /**
   * Returns the value as Java prints a double, or {@code not computable: } and the reason.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return isComputable() ? Double.toString(value) : "not computable: " + reason;
  }
}
