package org.practiceaudit.json.configuration;

import java.math.BigDecimal;
import java.util.Objects;
import org.practiceaudit.core.grade.Grade;

/**
 * The grade an average domain score implies: from {@code from} (included) up to {@code to} (excluded,
 * except for the top band, which includes it).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param grade the grade the band implies; not null
 * @param from the lowest average in the band; not null
 * @param to the upper limit of the band, greater than {@code from}; not null
 */
public record GradeBand(Grade grade, BigDecimal from, BigDecimal to) {

  /**
   * Checks the band.
   *
   * @param grade the grade; not null
   * @param from the lowest average; not null
   * @param to the upper limit, greater than {@code from}; not null
   * @throws IllegalArgumentException if {@code to} is not greater than {@code from}
   */
  public GradeBand {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.compareTo(from) <= 0) {
      throw new IllegalArgumentException("grade band must end above its start: " + from + " to " + to);
    }
  }
}
