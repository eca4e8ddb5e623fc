package org.practiceaudit.core.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.practiceaudit.core.AuditParseException;

/**
 * A jurisdiction of the United Kingdom with its own set of bank holidays.
 *
 * <p>The ids are the keys of GOV.UK's {@code bank-holidays.json}: {@code england-and-wales}, {@code
 * scotland} and {@code northern-ireland}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum UkDivision {

  /** England and Wales, id {@code england-and-wales}. */
  ENGLAND_AND_WALES("england-and-wales"),

  /** Scotland, id {@code scotland}. */
  SCOTLAND("scotland"),

  /** Northern Ireland, id {@code northern-ireland}. */
  NORTHERN_IRELAND("northern-ireland");

  private static final String EXPECTED =
      Arrays.stream(values()).map(UkDivision::id).collect(Collectors.joining(", ", "[", "]"));

  private final String id;

  UkDivision(String id) {
    this.id = id;
  }

  /**
   * Returns the id of this division, as used by GOV.UK's {@code bank-holidays.json}.
   *
   * @return {@code england-and-wales}, {@code scotland} or {@code northern-ireland}
   */
  public String id() {
    return id;
  }

  /**
   * Obtains a division from its id, ignoring case.
   *
   * @param text {@code england-and-wales}, {@code scotland} or {@code northern-ireland}, in any
   *     case; not null
   * @return the division with that id
   * @throws NullPointerException if {@code text} is null
   * @throws AuditParseException if {@code text} is not the id of a division
   */
  public static UkDivision parse(String text) {
    Objects.requireNonNull(text, "text");
    String id = text.toLowerCase(Locale.ROOT);
    for (UkDivision division : values()) {
      if (division.id.equals(id)) {
        return division;
      }
    }
    throw new AuditParseException(
        "unknown UK division '" + text + "'; expected one of " + EXPECTED, text);
  }

  /**
   * Returns the id of this division, which {@link #parse(String)} accepts.
   *
   * @return the same as {@link #id()}
   */
  @Override
  public String toString() {
    return id;
  }
}
