package org.practiceaudit.rules.grading;

import java.math.BigDecimal;

/**
 * One band of a score-to-grade mapping: averages from {@code from} (inclusive) to {@code to}
 * (exclusive, except for the top band, which includes the top of the scale) get {@code grade}.
 *
 * <p>The one model of a grade band: a configuration's {@code grade_bands} and the {@code grading}
 * rule's {@code bands} parameter are both lists of it, and {@link GradeBands#validate} checks both.
 * Ends are decimals, read exactly as written ({@code 8.5}, {@code 0.35}), so a band's edge is never
 * moved by binary rounding.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param grade the grade's label or alias on the framework's scale, such as {@code Good}; checked
 *     by {@link GradeBands#validate}
 * @param from the lowest average in the band, inclusive; checked by {@link GradeBands#validate}
 * @param to the end of the band, exclusive except for the top band; checked by {@link
 *     GradeBands#validate}
 */
public record GradeBand(String grade, BigDecimal from, BigDecimal to) {

  /**
   * Obtains a band from ends given as doubles, each read as its shortest decimal text ({@code
   * 0.35}).
   *
   * @param grade the grade's label or alias
   * @param from the lowest average in the band; finite
   * @param to the end of the band; finite
   * @return the band
   * @throws NumberFormatException if an end is not finite
   */
  public static GradeBand of(String grade, double from, double to) {
    return new GradeBand(grade, BigDecimal.valueOf(from), BigDecimal.valueOf(to));
  }
}
