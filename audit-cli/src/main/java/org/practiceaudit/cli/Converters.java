package org.practiceaudit.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * The conversions of option values, each failure saying what was wrong and what is allowed, never a
 * Java class name (issue 16 item 7). Picocli adds "Invalid value for option '--as-of': " in front.
 */
final class Converters {

  private Converters() {}

  /** Registers every converter on a command line and its subcommands. */
  static void register(CommandLine commandLine) {
    commandLine.registerConverter(LocalDate.class, Converters::date);
    commandLine.registerConverter(Period.class, Converters::period);
    commandLine.registerConverter(BigDecimal.class, Converters::decimal);
    commandLine.registerConverter(Long.class, Converters::wholeNumber);
    commandLine.registerConverter(Long.TYPE, Converters::wholeNumber);
    commandLine.registerConverter(Integer.class, Converters::integer);
    commandLine.registerConverter(Integer.TYPE, Converters::integer);
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'"
              + text
              + "' is not a date; expected an ISO date such as"
              + " 2026-11-02 (year-month-day)");
    }
  }

  static Period period(String text) {
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'"
              + text
              + "' is not a period; expected an ISO-8601 period"
              + " such as P6M (six months) or P1Y");
    }
  }

  static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a number; expected a decimal number such" + " as 0.1");
    }
  }

  static Long wholeNumber(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a whole number; expected digits such as" + " 20261102");
    }
  }

  static Integer integer(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a whole number; expected digits such as" + " 25");
    }
  }
}
