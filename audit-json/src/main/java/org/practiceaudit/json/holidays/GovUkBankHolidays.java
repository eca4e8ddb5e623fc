package org.practiceaudit.json.holidays;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.json.AuditJson;
import org.practiceaudit.json.ConfigurationException;
import org.practiceaudit.json.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads GOV.UK's {@code bank-holidays.json} (https://www.gov.uk/bank-holidays.json) into a working
 * calendar per UK division, as an alternative to the bank holidays audit-core generates by rule.
 *
 * <p>Each calendar covers 1 January of the first year listed to 31 December of the last, and knows
 * nothing outside that range. Unknown properties in the file are tolerated (GOV.UK may add some);
 * the division keys, the {@code events} lists and their ISO {@code date}s are required.
 *
 * <pre>{@code
 * Map<UkDivision, WorkingCalendar> calendars = GovUkBankHolidays.read(Files.readString(path));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GovUkBankHolidays {

  private GovUkBankHolidays() {}

  /**
   * Reads the file's text into one calendar per division found in it.
   *
   * @param json the file's content; not null
   * @return an unmodifiable map from division to calendar, for every division the file lists
   * @throws ConfigurationException holding every problem, if the text is not a valid bank-holidays
   *     file
   */
  public static Map<UkDivision, WorkingCalendar> read(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root = tree(json);
    List<Problem> problems = new ArrayList<>();
    Map<UkDivision, WorkingCalendar> calendars = new EnumMap<>(UkDivision.class);
    if (root == null || !root.isObject()) {
      throw new ConfigurationException(
          "bank-holidays.json",
          List.of(new Problem("", 0, 0, "the file must be an object keyed by division")));
    }
    for (UkDivision division : UkDivision.values()) {
      JsonNode node = root.get(division.id());
      if (node == null) {
        continue;
      }
      String at = "/" + division.id() + "/events";
      JsonNode events = node.path("events");
      if (!events.isArray() || events.isEmpty()) {
        problems.add(new Problem(at, 0, 0, "expected a non-empty list of events"));
        continue;
      }
      TreeSet<LocalDate> dates = dates(at, events, problems);
      if (!dates.isEmpty()) {
        calendars.put(
            division,
            WorkingCalendar.ofHolidays(
                "gov.uk " + division.id(),
                dates,
                LocalDate.of(dates.first().getYear(), 1, 1),
                LocalDate.of(dates.last().getYear(), 12, 31)));
      }
    }
    if (calendars.isEmpty() && problems.isEmpty()) {
      problems.add(
          new Problem(
              "",
              0,
              0,
              "no division found; expected england-and-wales, scotland or northern-ireland"));
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException("bank-holidays.json", problems);
    }
    return Collections.unmodifiableMap(calendars);
  }

  private static JsonNode tree(String json) {
    try {
      return AuditJson.mapper().readTree(json);
    } catch (JacksonException e) {
      throw new ConfigurationException(
          "bank-holidays.json",
          List.of(
              new Problem(
                  "",
                  0,
                  0,
                  "the file is not valid JSON: "
                      + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""))));
    }
  }

  /** The dates of a division's events, adding a problem for each that is not an ISO date. */
  private static TreeSet<LocalDate> dates(String at, JsonNode events, List<Problem> problems) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    int i = 0;
    for (JsonNode event : events) {
      JsonNode date = event.path("date");
      try {
        dates.add(LocalDate.parse(date.asString("")));
      } catch (DateTimeParseException e) {
        problems.add(
            new Problem(
                at + "/" + i + "/date",
                0,
                0,
                "expected an ISO date such as 2026-12-25, not " + date));
      }
      i++;
    }
    return dates;
  }
}
