package org.practiceaudit.imports;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The age bands an import keeps instead of a date of birth: {@code 0-4}, {@code 5-9}, {@code
 * 10-15}, {@code 16+}, and {@code unborn} for a child whose date of birth is after the as-of day
 * (the age groups of the Children in Need census and Ofsted's Annex A guidance).
 */
public final class AgeBands {

  /** The name of the attribute that carries the band. */
  public static final String ATTRIBUTE = "age-band";

  private AgeBands() {}

  /**
   * Returns the band of an age in whole years.
   *
   * @param years the age, 0 or more
   * @return the band, such as {@code 5-9}
   * @throws IllegalArgumentException if the age is negative
   */
  public static String ofYears(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("an age must not be negative: " + years);
    }
    if (years <= 4) {
      return "0-4";
    }
    if (years <= 9) {
      return "5-9";
    }
    return years <= 15 ? "10-15" : "16+";
  }

  /**
   * Returns the band of a child on a day.
   *
   * @param birth the date of birth; not null; used and forgotten
   * @param asOf the day; not null
   * @return the band, or {@code unborn} if the date of birth is after the day
   */
  public static String of(LocalDate birth, LocalDate asOf) {
    Objects.requireNonNull(birth, "birth");
    Objects.requireNonNull(asOf, "asOf");
    if (birth.isAfter(asOf)) {
      return "unborn";
    }
    return ofYears(Period.between(birth, asOf).getYears());
  }
}
