package org.practiceaudit.imports.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cell values as they arrive in councils' files: text with stray spaces, {@code #N/A} and
 * other spreadsheet errors for "nothing", ids typed as numbers, and dates as Excel serial numbers,
 * as {@code DD/MM/YYYY} text or as date-times.
 */
public final class CellValues {

  /** What councils write for "nothing": compared in lower case, after stripping. */
  private static final Set<String> NOTHING =
      Set.of(
          "", "#n/a", "n/a", "na", "#null!", "null", "#ref!", "#value!", "#div/0!", "#name?",
          "#num!", "-", "--", "none");

  private static final int LONGEST_NOTHING = 8;

  private static final Pattern DATE_TIME =
      Pattern.compile("(.+?)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[AaPp][Mm])?Z?)?");

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          pattern("d/M/uuuu"),
          pattern("uuuu-M-d"),
          pattern("d-M-uuuu"),
          pattern("d.M.uuuu"),
          pattern("d MMM uuuu"),
          pattern("d-MMM-uuuu"),
          pattern("d MMMM uuuu"),
          pattern("uuuu/M/d"));

  /** Excel's day 0 in the 1900 date system, for serial numbers from 61 (1 March 1900) on. */
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  private CellValues() {}

  private static DateTimeFormatter pattern(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.UK)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Returns a cell as text: stripped, with runs of spaces as one, and whole numbers without a
   * decimal point (an id typed as {@code 12345} never becomes {@code 12345.0}).
   *
   * @param value the cell's value, possibly null
   * @return the text, or empty for an empty cell, blank text or a "nothing" such as {@code #N/A}
   */
  public static Optional<String> text(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    String text;
    if (value instanceof BigDecimal) {
      BigDecimal number = (BigDecimal) value;
      text = number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    } else if (value instanceof Boolean) {
      text = ((Boolean) value) ? "TRUE" : "FALSE";
    } else {
      text = tidy(value.toString());
    }
    return text.length() <= LONGEST_NOTHING && NOTHING.contains(text.toLowerCase(Locale.ROOT))
        ? Optional.empty()
        : Optional.of(text);
  }

  /** Strips text and turns every run of spaces (no-break spaces included) into one space. */
  private static String tidy(String text) {
    boolean clean = true;
    for (int i = 0; i < text.length() && clean; i++) {
      char c = text.charAt(i);
      clean =
          c > ' ' && c != '\u00A0'
              || c == ' '
                  && i > 0
                  && i + 1 < text.length()
                  && text.charAt(i + 1) > ' '
                  && text.charAt(i + 1) != '\u00A0';
    }
    if (clean) {
      return text;
    }
    return text.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
  }

  /**
   * Returns a cell as a date.
   *
   * @param value the cell's value, possibly null: an Excel serial number (the time of day ignored),
   *     or text as {@code DD/MM/YYYY}, {@code YYYY-MM-DD}, {@code DD-MM-YYYY}, {@code DD.MM.YYYY},
   *     {@code 5 Mar 2024} or {@code 5-Mar-2024}, each optionally followed by a time
   * @param date1904 whether serial numbers count from 1904 (a workbook setting of old Mac Excel)
   * @return the date, or empty for an empty cell or a "nothing" such as {@code #N/A}
   * @throws UnreadableCellException if the cell holds something else
   */
  public static Optional<LocalDate> date(Object value, boolean date1904) {
    if (value instanceof BigDecimal) {
      return Optional.of(serial((BigDecimal) value, date1904));
    }
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = DATE_TIME.matcher(text.get());
    String date = matcher.matches() ? matcher.group(1).strip() : text.get();
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(date, format));
      } catch (DateTimeParseException e) {
        // Try the next form.
      }
    }
    if (date.matches("\\d{1,6}(\\.\\d+)?")) {
      return Optional.of(serial(new BigDecimal(date), date1904));
    }
    throw new UnreadableCellException();
  }

  private static LocalDate serial(BigDecimal serial, boolean date1904) {
    if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465L)) > 0) {
      throw new UnreadableCellException();
    }
    long day = serial.longValue();
    if (date1904) {
      return EPOCH_1904.plusDays(day);
    }
    // Excel counts a 29 February 1900 that never was: serial numbers below 60 are one day later.
    return day < 60 ? EPOCH_1900.plusDays(day + 1) : EPOCH_1900.plusDays(day);
  }

  /**
   * Returns a cell as a whole number of years, such as an age.
   *
   * @param value the cell's value, possibly null
   * @return the number, or empty for an empty cell
   * @throws UnreadableCellException if the cell holds something other than a whole number from 0 to
   *     150
   */
  public static Optional<Integer> years(Object value) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigDecimal number = new BigDecimal(text.get());
      int years = number.intValue();
      if (number.signum() < 0 || years > 150) {
        throw new UnreadableCellException();
      }
      return Optional.of(years);
    } catch (NumberFormatException e) {
      throw new UnreadableCellException();
    }
  }

  /**
   * Thrown when a cell cannot be read as the column requires. It carries no message and no value:
   * the caller names the place, never the content.
   */
  public static final class UnreadableCellException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableCellException() {
      super(null, null, false, false);
    }
  }
}
