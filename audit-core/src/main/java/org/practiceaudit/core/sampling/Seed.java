package org.practiceaudit.core.sampling;

import java.util.Objects;
import org.practiceaudit.core.AuditParseException;

/**
 * The seed of a reproducible random draw, such as {@code 20261124}.
 *
 * <p>A seed is any 64-bit signed integer; every bit of it matters to the draw. Its text form is the
 * decimal number, so it can be written into an audit trail and typed in again next year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Seed {

  private final long value;

  private Seed(long value) {
    this.value = value;
  }

  /**
   * Obtains a seed from its number.
   *
   * @param value any long
   * @return the seed, not null
   */
  public static Seed of(long value) {
    return new Seed(value);
  }

  /**
   * Obtains a seed from its decimal text, as {@link #toString()} writes it.
   *
   * @param text an optionally signed decimal integer in the range of a long, such as {@code
   *     20261124}; not null
   * @return the seed, not null
   * @throws AuditParseException if the text is not such a number
   */
  public static Seed parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return new Seed(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      throw new AuditParseException(
          "invalid seed '"
              + text
              + "'; expected a decimal integer from "
              + Long.MIN_VALUE
              + " to "
              + Long.MAX_VALUE,
          text);
    }
  }

  /**
   * Returns the seed's number.
   *
   * @return the number
   */
  public long value() {
    return value;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Seed && ((Seed) obj).value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /**
   * Returns the seed's decimal text, which {@link #parse(String)} accepts.
   *
   * @return the text, such as {@code 20261124}
   */
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
