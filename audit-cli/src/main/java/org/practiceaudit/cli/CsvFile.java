package org.practiceaudit.cli;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.practiceaudit.core.AuditException;

/**
 * A CSV file read as a stream of rows: a required header row, columns in any order, one {@link Row}
 * per record with its line number, handed to the caller as it is read and then forgotten, and every
 * problem added to the command's {@link InputProblems} so that all are reported at once (issue 16
 * items 1 and 2; issue 15 item 3).
 *
 * <p>How to read a file: {@link #read(String, String, List, Predicate, InputProblems, Progress,
 * Rows)} with a {@link Rows} that takes each row in turn; memory does not grow with the number of
 * rows. The file is decoded by {@link TextFiles#open} and parsed by FastCSV, which measured about
 * twice as fast as commons-csv on the project's files (audit-bench {@code CsvReaderBenchmark});
 * quoting is RFC 4180's.
 *
 * <p>The header is checked once, on its line: a blank or duplicate column name, a name close to a
 * missing required column (with a suggestion), a missing column. A row with the wrong number of
 * cells is reported once and not handed on (its cells would be read against the wrong columns); the
 * rows after it are. Blank lines, and lines of spaces or commas only, are skipped. Cells are
 * stripped of white space at both ends. A quote that is not closed, or text after a closing quote,
 * is reported on the line of its record and the rest of the file is not read. A byte that is not of
 * the file's encoding makes the reader drop what it added and report every such byte with its line
 * and column instead ({@link TextFiles}). Cells are described in messages as {@link Cells} allows,
 * never quoted otherwise.
 */
final class CsvFile {

  private static final InputProblems.Kind FIELDS =
      new InputProblems.Kind(
          "row with the wrong number of cells", "rows with the wrong number of cells");

  /**
   * Takes the rows of a file as they are read.
   *
   * <p>A reader of a cases or audits file implements {@link #row}, checking and keeping what it
   * needs of each row (the row itself is not kept by the file). {@link #header} comes first, once
   * the header has been accepted, for a reader that looks up its columns' positions once ({@link
   * CsvFile#index}).
   */
  @FunctionalInterface
  interface Rows {

    /** Takes the file once its header has been accepted, before any row. */
    default void header(CsvFile file) {}

    /** Takes a row with as many cells as the header, in file order. */
    void row(Row row);
  }

  private final String name;
  private final long headerLine;
  private final List<String> headers;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final InputProblems problems;
  private long rowCount;

  CsvFile(String name, long headerLine, List<String> headers, InputProblems problems) {
    this.name = name;
    this.headerLine = headerLine;
    this.headers = headers;
    this.problems = problems;
    for (int i = headers.size() - 1; i >= 0; i--) {
      index.put(headers.get(i), i);
    }
  }

  /**
   * Reads a small file whole, keeping its rows for {@link #rows()}: for the auditors and
   * involvements files and the readers not yet streaming. A large file goes through {@link
   * #read(String, String, List, Predicate, InputProblems, Progress, Rows)}.
   *
   * @param extra tells whether a column name outside {@code required} is allowed (an attribute, a
   *     score)
   * @return the file, or empty if it cannot be read or its header is unusable
   */
  static Optional<CsvFile> read(
      String file,
      String kind,
      List<String> required,
      Predicate<String> extra,
      InputProblems problems) {
    List<Row> kept = new ArrayList<>();
    Optional<CsvFile> csv = read(file, kind, required, extra, problems, Progress.none(), kept::add);
    csv.ifPresent(c -> c.rows.addAll(kept));
    return csv;
  }

  /**
   * Reads a file whose header must name every required column, handing each row with the right
   * number of cells to {@code rows} as it is read and adding every problem found.
   *
   * <p>When the file has a byte that is not of its encoding, found part way through, the problems
   * and warnings added since the start of this file (also by {@code rows}) are taken back, the
   * bytes are reported instead and empty is returned: the caller drops what it kept, as for any
   * problem.
   *
   * @param file the file as the user named it
   * @param kind what the file holds, such as {@code cases}, for messages
   * @param required the columns the header must have, in their usual order
   * @param extra tells whether a column name outside {@code required} is allowed (an attribute, a
   *     score)
   * @param progress counts the rows read
   * @param rows takes the rows
   * @return the file's header and name, or empty if the file cannot be read or its header is
   *     unusable
   */
  static Optional<CsvFile> read(
      String file,
      String kind,
      List<String> required,
      Predicate<String> extra,
      InputProblems problems,
      Progress progress,
      Rows rows) {
    problems.file(file);
    problems.mark();
    Optional<Reader> text = TextFiles.open(file, kind, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return new CsvReading(file, kind, required, extra, problems, rows).read(text.get(), progress);
  }

  /** Hands a record with as many cells as the header (or trailing blanks only) on as a row. */
  void add(long line, String[] cells, Rows rows) {
    if (cells.length != headers.size()) {
      boolean trailingBlanks = cells.length > headers.size() && blankFrom(cells, headers.size());
      if (!trailingBlanks) {
        problems.add(
            name,
            line,
            0,
            "",
            FIELDS,
            "expected "
                + Plurals.count(headers.size(), "cell", "cells")
                + " as in the header, found "
                + cells.length
                + "; this row was not checked further");
        return;
      }
    }
    rowCount++;
    rows.row(new Row(line, cells));
  }

  private static boolean blankFrom(String[] cells, int from) {
    for (int i = from; i < cells.length; i++) {
      if (!cells[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a date as {@link LocalDate#parse(CharSequence)} does: {@code 2026-11-02} read by hand,
   * any other text by {@code LocalDate.parse}, whose answer or exception it then is. A cases file
   * has three dates a row, so a million rows made the formatter's general parsing a tenth of the
   * reading time.
   */
  static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * Returns the number the ASCII digits {@code [from, to)} of text write, or -1 if one is not a
   * digit.
   */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  String name() {
    return name;
  }

  List<String> headers() {
    return headers;
  }

  /**
   * Returns the rows with the right number of cells, whose cells can be checked, of a file read
   * whole by {@link #read(String, String, List, Predicate, InputProblems)}; none for a file read as
   * a stream.
   */
  List<Row> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** Returns the number of rows with the right number of cells read so far. */
  long rowCount() {
    return rowCount;
  }

  /** Returns the column number of a column, from 1, or 0 if the header does not have it. */
  int column(String name) {
    Integer i = index.get(name);
    return i == null ? 0 : i + 1;
  }

  /**
   * Returns the position of a column among the cells of a row, from 0, or -1 if the header does not
   * have it: for {@link Row#cell(int)}, looked up once per file rather than once per row.
   */
  int index(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** Records a problem with the file as a whole. */
  void problem(InputProblems.Kind what, String message) {
    problems.add(name, what, message);
  }

  /** Records a problem with a column of the header, on its line. */
  void headerProblem(String column, String message) {
    problems.add(name, headerLine, column(column), "", CsvHeader.PROBLEM, message);
  }

  /** Records a warning. */
  void warn(String message) {
    problems.warn(name + ": " + message);
  }

  /** One record of the file. */
  final class Row {
    private final long line;
    private final String[] cells;
    private boolean ok = true;

    Row(long line, String[] cells) {
      this.line = line;
      this.cells = cells;
    }

    /** Returns the line the row starts on, from 1. */
    long line() {
      return line;
    }

    /** Returns the file the row is of. */
    CsvFile file() {
      return CsvFile.this;
    }

    /** Returns the stripped cell at a position from {@link CsvFile#index}, empty if absent. */
    String cell(int position) {
      return position < 0 || position >= cells.length ? "" : cells[position];
    }

    /** Tells whether no problem has been found in this row. */
    boolean ok() {
      return ok;
    }

    /** Returns the trimmed cell of a column, empty if the column or the cell is absent. */
    String text(String column) {
      Integer i = index.get(column);
      return i == null || i >= cells.length ? "" : cells[i];
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
      problem(
          column,
          InputProblems.Kind.in(column, expect.noun(), expect.nouns()),
          Cells.describe(text(column), expect) + hint + "; expected " + expect.expected());
    }

    /**
     * Parses a required cell, recording a problem and returning empty if it is blank or invalid.
     */
    <T> Optional<T> required(String column, Function<String, T> parser, Cells.Expect expect) {
      if (text(column).isEmpty()) {
        problem(
            column,
            InputProblems.Kind.in(column, "missing value", "missing values"),
            "missing value; expected " + expect.expected());
        return Optional.empty();
      }
      return optional(column, parser, expect);
    }

    /**
     * Parses a cell that may be blank, recording a problem and returning empty if it is invalid.
     */
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
      return required(column, CsvFile::isoDate, Cells.DATE);
    }

    Optional<LocalDate> optionalDate(String column) {
      return optional(column, CsvFile::isoDate, Cells.DATE_OR_NOTHING);
    }
  }
}
