package org.practiceaudit.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.Suggestions;

/**
 * A CSV file read with commons-csv: a required header row, columns in any order, one {@link Row} per
 * record with its line number, and every problem added to the command's {@link InputProblems} so that all
 * are reported at once (issue 16 items 1 and 2).
 *
 * <p>The header is checked once, on line 1: a blank or duplicate column name, a name close to a missing
 * required column (with a suggestion), a missing column. A row with the wrong number of cells is reported
 * once and its cells are not checked (they would be read against the wrong columns); the rows after it
 * are. Blank lines, and lines of spaces or commas only, are skipped. Cells are described in messages as
 * {@link Cells} allows, never quoted otherwise.
 */
final class CsvFile {

  private static final InputProblems.Kind HEADER =
      new InputProblems.Kind("problem with the header", "problems with the header");
  private static final InputProblems.Kind FIELDS =
      new InputProblems.Kind("row with the wrong number of cells", "rows with the wrong number of cells");
  private static final InputProblems.Kind MALFORMED =
      new InputProblems.Kind("malformed CSV", "malformed CSV");

  private final String name;
  private final long headerLine;
  private final List<String> headers;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final InputProblems problems;

  private CsvFile(String name, long headerLine, List<String> headers, InputProblems problems) {
    this.name = name;
    this.headerLine = headerLine;
    this.headers = headers;
    this.problems = problems;
    for (int i = headers.size() - 1; i >= 0; i--) {
      index.put(headers.get(i), i);
    }
  }

  /**
   * Reads a file whose header must name every required column, adding every problem found; returns empty
   * if the file cannot be read or its header is unusable, so that its rows cannot be checked.
   *
   * @param extra tells whether a column name outside {@code required} is allowed (an attribute, a score)
   */
  static Optional<CsvFile> read(String file, String kind, List<String> required,
      Predicate<String> extra, InputProblems problems) {
    problems.file(file);
    Optional<String> text = TextFiles.read(file, kind, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return parse(file, kind, text.get(), required, extra, problems);
  }

  /** Parses the decoded text of a file, as {@link #read} does. */
  static Optional<CsvFile> parse(String file, String kind, String text, List<String> required,
      Predicate<String> extra, InputProblems problems) {
    int[] lineStarts = lineStarts(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    int before = problems.count();
    CsvFile csv = null;
    long lastLine = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        // Strips white space only: a control character at the end of a cell must stay to be refused.
        List<String> cells = record.stream().map(String::strip).collect(Collectors.toList());
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        long line = lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition()));
        lastLine = parser.getCurrentLineNumber();
        if (csv == null) {
          csv = header(file, kind, line, cells, required, extra, problems);
          if (problems.count() > before) {
            return Optional.empty();
          }
          continue;
        }
        csv.add(line, cells);
      }
    } catch (UncheckedIOException | IOException e) {
      problems.add(file, lastLine + 1, 0, "", MALFORMED, "malformed CSV: a quote that is not closed,"
          + " or text after a closing quote; the rows from here on were not read");
      return csv == null ? Optional.empty() : Optional.of(csv);
    }
    if (csv == null) {
      problems.add(file, HEADER, "is empty; a " + kind + " file starts with the header "
          + String.join(",", required));
      return Optional.empty();
    }
    if (csv.rows.isEmpty()) {
      problems.warn(file + ": has a header but no rows, so there are no " + kind + " in it");
    }
    return Optional.of(csv);
  }

  /** Checks the header (issue 16 item 2): every problem once, on its line, with its column number. */
  private static CsvFile header(String file, String kind, long line, List<String> names,
      List<String> required, Predicate<String> extra, InputProblems problems) {
    Map<String, Integer> first = new HashMap<>();
    List<String> missing = new ArrayList<>(required);
    missing.removeAll(names);
    if (missing.size() == required.size() && !required.isEmpty()) {
      problems.add(file, line, 0, "", HEADER, "this is not a " + kind + " header; a " + kind
          + " file starts with the header " + String.join(",", required));
      return new CsvFile(file, line, List.copyOf(names), problems);
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int column = i + 1;
      if (name.isEmpty()) {
        problems.add(file, line, column, "", HEADER, "blank column name; every column needs one");
        continue;
      }
      Integer earlier = first.putIfAbsent(name, column);
      if (earlier != null) {
        problems.add(file, line, column, "", HEADER, "column name " + Cells.columnName(name)
            + " again (first in column " + earlier + "); each column name must appear once");
        continue;
      }
      if (required.contains(name)) {
        continue;
      }
      Optional<String> near = Suggestions.closest(name, missing);
      if (near.isPresent()) {
        missing.remove(near.get());
        problems.add(file, line, column, "", HEADER, "unknown column name " + Cells.columnName(name)
            + "; did you mean '" + near.get() + "'?");
      } else if (!extra.test(name)) {
        problems.add(file, line, column, "", HEADER, "unknown column name " + Cells.columnName(name)
            + "; expected " + String.join(", ", required)
            + " and further columns named with lower-case letters and digits joined by '-', '_' or '.'");
      }
    }
    if (!missing.isEmpty()) {
      problems.add(file, line, 0, "", HEADER, "missing "
          + (missing.size() == 1 ? "column " : "columns ") + String.join(", ", missing)
          + "; a " + kind + " file has the columns " + String.join(",", required));
    }
    return new CsvFile(file, line, List.copyOf(names), problems);
  }

  private void add(long line, List<String> cells) {
    Row row = new Row(line, cells);
    if (cells.size() != headers.size()) {
      boolean trailingBlanks = cells.size() > headers.size()
          && cells.subList(headers.size(), cells.size()).stream().allMatch(String::isEmpty);
      if (!trailingBlanks) {
        row.checkable = false;
        problems.add(name, line, 0, "", FIELDS, "expected "
            + Plurals.count(headers.size(), "cell", "cells") + " as in the header, found "
            + cells.size() + "; this row was not checked further");
      }
    }
    rows.add(row);
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

  /** Skips the blank lines commons-csv counts into the record that follows them. */
  private static long firstCharacter(String text, long position) {
    long p = position;
    while (p < text.length() && Character.isWhitespace(text.charAt((int) p))
        && text.charAt((int) p) != ',') {
      p++;
    }
    return p;
  }

  private static int lineOf(int[] lineStarts, long position) {
    int index = Arrays.binarySearch(lineStarts, (int) position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  String name() {
    return name;
  }

  List<String> headers() {
    return headers;
  }

  /** Returns the rows with the right number of cells, whose cells can be checked. */
  List<Row> rows() {
    return Collections.unmodifiableList(rows.stream().filter(r -> r.checkable).toList());
  }

  /** Returns the column number of a column, from 1, or 0 if the header does not have it. */
  int column(String name) {
    Integer i = index.get(name);
    return i == null ? 0 : i + 1;
  }

  /** Records a problem with the file as a whole. */
  void problem(InputProblems.Kind what, String message) {
    problems.add(name, what, message);
  }

  /** Records a problem with a column of the header, on its line. */
  void headerProblem(String column, String message) {
    problems.add(name, headerLine, column(column), "", HEADER, message);
  }

  /** Records a warning. */
  void warn(String message) {
    problems.warn(name + ": " + message);
  }

  /** One record of the file. */
  final class Row {
    private final long line;
    private final List<String> cells;
    private boolean ok = true;
    private boolean checkable = true;

    Row(long line, List<String> cells) {
      this.line = line;
      this.cells = cells;
    }

    long line() {
      return line;
    }

    /** Tells whether no problem has been found in this row. */
    boolean ok() {
      return ok;
    }

    /** Returns the trimmed cell of a column, empty if the column or the cell is absent. */
    String text(String column) {
      Integer i = index.get(column);
      return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    /** Returns the cells of the columns not in {@code known}, by column name, in header order. */
    Map<String, String> others(List<String> known) {
      Map<String, String> others = new LinkedHashMap<>();
      for (String header : headers) {
        if (!header.isEmpty() && !known.contains(header) && !text(header).isEmpty()) {
          others.put(header, text(header));
        }
      }
      return others;
    }

    /** Records a problem with the row as a whole. */
    void problem(InputProblems.Kind what, String message) {
      ok = false;
      problems.add(name, line, 0, "", what, message);
    }

    /** Records a problem with one cell; the message must follow {@link Cells}' quoting policy. */
    void problem(String column, InputProblems.Kind what, String message) {
      ok = false;
      problems.add(name, line, column(column), column, what, message);
    }

    /** Records a cell the column does not accept, described as {@link Cells#describe} allows. */
    void invalid(String column, Cells.Expect expect, String hint) {
      problem(column, InputProblems.Kind.in(column, expect.noun(), expect.nouns()),
          Cells.describe(text(column), expect) + hint + "; expected " + expect.expected());
    }

    /** Parses a required cell, recording a problem and returning empty if it is blank or invalid. */
    <T> Optional<T> required(String column, Function<String, T> parser, Cells.Expect expect) {
      if (text(column).isEmpty()) {
        problem(column, InputProblems.Kind.in(column, "missing value", "missing values"),
            "missing value; expected " + expect.expected());
        return Optional.empty();
      }
      return optional(column, parser, expect);
    }

    /** Parses a cell that may be blank, recording a problem and returning empty if it is invalid. */
    <T> Optional<T> optional(String column, Function<String, T> parser, Cells.Expect expect) {
      String cell = text(column);
      if (cell.isEmpty()) {
        return Optional.empty();
      }
      if (Cells.hasControlCharacter(cell)) {
        invalid(column, expect, "");
        return Optional.empty();
      }
      try {
        return Optional.ofNullable(parser.apply(cell));
      } catch (AuditException | IllegalArgumentException | DateTimeParseException e) {
        invalid(column, expect, "");
        return Optional.empty();
      }
    }

    Optional<LocalDate> requiredDate(String column) {
      return required(column, LocalDate::parse, Cells.DATE);
    }

    Optional<LocalDate> optionalDate(String column) {
      return optional(column, LocalDate::parse, Cells.DATE.orNothing());
    }
  }
}
