package org.practiceaudit.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.practiceaudit.core.AuditException;

/**
 * A CSV file read with commons-csv: a required header row, columns in any order, one {@link Row} per
 * record with its line number, and every problem collected so that all are reported at once.
 *
 * <p>Problems name the file, line and column. They quote a rejected cell only when it looks like a code
 * or an id (one short token of letters, digits and {@code . _ : / -}), so that free text from a case
 * record, which could identify a child, never reaches the terminal or a log.
 */
final class CsvFile {

  private static final Pattern QUOTABLE = Pattern.compile("[A-Za-z0-9._:/+-]{1,40}");

  private final String name;
  private final List<String> headers;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private CsvFile(String name, List<String> headers) {
    this.name = name;
    this.headers = headers;
  }

  /**
   * Reads a file whose header must name every required column.
   *
   * @throws InputException if the file cannot be read, is not CSV or lacks a required column
   */
  static CsvFile read(Path path, String kind, List<String> required) {
    String name = path.toString();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such " + kind + " file");
    } catch (MalformedInputException e) {
      throw new InputException(name + ": not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(name + ": cannot read the " + kind + " file: "
          + e.getClass().getSimpleName());
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int[] lineStarts = lineStarts(text);
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setTrim(true)
        .setIgnoreEmptyLines(true)
        .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> headers = parser.getHeaderNames();
      if (headers.isEmpty()) {
        throw new InputException(name + ": empty; a " + kind + " file starts with the header "
            + String.join(",", required));
      }
      CsvFile file = new CsvFile(name, List.copyOf(headers));
      List<String> missing = new ArrayList<>(required);
      missing.removeAll(headers);
      if (!missing.isEmpty()) {
        throw new InputException(name + ": line 1: missing column(s) " + String.join(", ", missing)
            + "; a " + kind + " file has the columns " + String.join(",", required));
      }
      long lastLine = 1;
      try {
        for (CSVRecord record : parser) {
          int line = lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition()));
          lastLine = line;
          Row row = file.new Row(line, record);
          if (!record.isConsistent()) {
            row.problem("expected " + headers.size() + " fields, found " + record.size());
          }
          file.rows.add(row);
        }
      } catch (UncheckedIOException e) {
        throw new InputException(name + ": malformed CSV after line " + lastLine
            + " (an unclosed or stray quote?)");
      }
      return file;
    } catch (IllegalArgumentException e) {
      // commons-csv rejects duplicate or blank header names this way.
      throw new InputException(name + ": line 1: the header has a blank or duplicate column name");
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(name + ": malformed CSV header");
    }
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Skips the empty lines commons-csv counts into the record that follows them. */
  private static long firstCharacter(String text, long position) {
    long p = position;
    while (p < text.length() && (text.charAt((int) p) == '\n' || text.charAt((int) p) == '\r')) {
      p++;
    }
    return p;
  }

  private static int lineOf(int[] lineStarts, long position) {
    int index = Arrays.binarySearch(lineStarts, (int) position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  /** Quotes a rejected cell if it is safe to show, in the form {@code 'x'} with a leading space. */
  static String quote(String cell) {
    return QUOTABLE.matcher(cell).matches() ? " '" + cell + "'" : "";
  }

  String name() {
    return name;
  }

  List<String> headers() {
    return headers;
  }

  List<Row> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** Records a problem with the file as a whole. */
  void problem(String message) {
    problems.add(name + ": " + message);
  }

  /**
   * Throws if any problem was found in the file.
   *
   * @throws InputException with every problem, in line order
   */
  void throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** One record of the file. */
  final class Row {
    private final int line;
    private final CSVRecord record;
    private boolean ok = true;

    Row(int line, CSVRecord record) {
      this.line = line;
      this.record = record;
    }

    int line() {
      return line;
    }

    /** Tells whether no problem has been found in this row. */
    boolean ok() {
      return ok;
    }

    /** Returns the trimmed cell of a column, empty if the column or the cell is absent. */
    String text(String column) {
      return record.isSet(column) ? record.get(column) : "";
    }

    /** Returns the cells of the columns not in {@code known}, by column name, in header order. */
    Map<String, String> others(List<String> known) {
      Map<String, String> others = new LinkedHashMap<>();
      for (String header : headers) {
        if (!known.contains(header) && !text(header).isEmpty()) {
          others.put(header, text(header));
        }
      }
      return others;
    }

    void problem(String message) {
      ok = false;
      problems.add(name + ": line " + line + ": " + message);
    }

    void problem(String column, String message) {
      problem("column " + column + ": " + message);
    }

    /** Parses a required cell, recording a problem and returning empty if it is blank or invalid. */
    <T> Optional<T> required(String column, Function<String, T> parser, String expected) {
      if (text(column).isEmpty()) {
        problem(column, "missing value; expected " + expected);
        return Optional.empty();
      }
      return optional(column, parser, expected);
    }

    /** Parses a cell that may be blank, recording a problem and returning empty if it is invalid. */
    <T> Optional<T> optional(String column, Function<String, T> parser, String expected) {
      String cell = text(column);
      if (cell.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(cell));
      } catch (AuditException | IllegalArgumentException | DateTimeParseException e) {
        problem(column, "invalid value" + quote(cell) + "; expected " + expected);
        return Optional.empty();
      }
    }

    Optional<LocalDate> requiredDate(String column) {
      return required(column, LocalDate::parse, "an ISO date such as 2026-03-31");
    }

    Optional<LocalDate> optionalDate(String column) {
      return optional(column, LocalDate::parse, "an ISO date such as 2026-03-31, or nothing");
    }
  }
}
