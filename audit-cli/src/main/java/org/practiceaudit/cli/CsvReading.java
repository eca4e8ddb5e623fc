package org.practiceaudit.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One reading of a CSV file by {@link CsvFile#read(String, String, List, Predicate, InputProblems,
 * Progress, CsvFile.Rows)}: FastCSV's records, each handled when the next has been read (the first
 * as the header, the others as rows), and what ends a reading early: a quote never closed, a byte
 * not of the file's encoding, a file that cannot be read.
 */
final class CsvReading {

  private static final InputProblems.Kind MALFORMED =
      new InputProblems.Kind("malformed CSV", "malformed CSV");

  private final String file;
  private final String kind;
  private final List<String> required;
  private final Predicate<String> extra;
  private final InputProblems problems;
  private final CsvFile.Rows rows;

  /** The file once its header has been accepted; null before. */
  private CsvFile csv;

  /**
   * The record read last, not yet handled: handled when the next has been read, so that the last,
   * if its quote was never closed, is reported as malformed rather than read as cells.
   */
  private String[] held;

  private long heldLine;

  CsvReading(
      String file,
      String kind,
      List<String> required,
      Predicate<String> extra,
      InputProblems problems,
      CsvFile.Rows rows) {
    this.file = file;
    this.kind = kind;
    this.required = required;
    this.extra = extra;
    this.problems = problems;
    this.rows = rows;
  }

  /** Reads the text, as {@link CsvFile#read} describes. */
  Optional<CsvFile> read(Reader text, Progress progress) {
    CsvRecords.RecordCells cells = new CsvRecords.RecordCells();
    CsvRecords.QuoteTracking tracked = new CsvRecords.QuoteTracking(text);
    try (CsvReader<String[]> reader =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(false)
            .build(cells, tracked)) {
      for (String[] record : reader) {
        if (blank(record)) {
          continue;
        }
        if (held != null) {
          if (!handleHeld()) {
            return Optional.empty();
          }
          progress.row();
        }
        held = record;
        heldLine = cells.line;
      }
      if (held != null && tracked.inQuotes()) {
        problems.add(file, heldLine, 0, "", MALFORMED, unclosed());
        return Optional.ofNullable(csv);
      }
      if (held != null && !handleHeld()) {
        return Optional.empty();
      }
    } catch (UncheckedIOException | CsvParseException | IOException e) {
      return failed(e, cells.line);
    }
    return finish();
  }

  /**
   * Handles the held record: the header, if none came before, or a row. Returns false if the header
   * was unusable.
   */
  private boolean handleHeld() {
    if (csv != null) {
      csv.add(heldLine, held, rows);
      return true;
    }
    int before = problems.count();
    CsvFile header =
        CsvHeader.check(file, kind, heldLine, Arrays.asList(held), required, extra, problems);
    if (problems.count() > before) {
      return false;
    }
    rows.header(header);
    csv = header;
    return true;
  }

  /** Ends a reading that FastCSV or the text under it stopped on {@code line}. */
  private Optional<CsvFile> failed(Exception e, long line) {
    if (causedBy(e, CharacterCodingException.class)) {
      problems.rollBack();
      TextFiles.read(file, kind, problems);
      return Optional.empty();
    }
    if (e instanceof CsvParseException) {
      if (held != null && !handleHeld()) {
        return Optional.empty();
      }
      problems.add(file, line, 0, "", MALFORMED, unclosed());
      return Optional.ofNullable(csv);
    }
    IOException cause =
        e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
    problems.add(
        file, TextFiles.UNREADABLE, TextFiles.reason(cause, "cannot read the " + kind + " file"));
    return Optional.empty();
  }

  /** Ends a reading of the whole text: an empty file is a problem, a file of no rows a warning. */
  private Optional<CsvFile> finish() {
    if (csv == null) {
      problems.add(
          file,
          CsvHeader.PROBLEM,
          "is empty; "
              + CsvHeader.article(kind)
              + " file starts with the header "
              + String.join(",", required));
      return Optional.empty();
    }
    if (csv.rowCount() == 0) {
      problems.warn(file + ": has a header but no rows, so there are no " + kind + " in it");
    }
    return Optional.of(csv);
  }

  private static String unclosed() {
    return "malformed CSV: a quote that is not closed, or text after a closing quote; the rows from here"
        + " on were not read";
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether every cell of a record is empty: a line of spaces or commas only. */
  private static boolean blank(String[] record) {
    for (String cell : record) {
      if (!cell.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
