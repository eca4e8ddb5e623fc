package org.practiceaudit.imports.table;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.practiceaudit.core.FileProblems;
import org.practiceaudit.imports.ImportException;

/**
 * A CSV file as a sheet: every record a row numbered as its first line, every cell text. A byte-order
 * mark is skipped; the header is whichever row the reader finds it on.
 */
public final class CsvSheet implements Sheet {

  private final Path path;
  private final String name;
  private final List<Line> lines;

  private CsvSheet(Path path, List<Line> lines) {
    this.path = path;
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    this.name = dot > 0 ? file.substring(0, dot) : file;
    this.lines = List.copyOf(lines);
  }

  /**
   * Reads a CSV file, UTF-8 (or its ASCII subset), records separated by line breaks.
   *
   * @param path the file; not null
   * @return the sheet
   * @throws ImportException if the file cannot be read, is not UTF-8 or is malformed CSV
   */
  public static CsvSheet read(Path path) {
    List<Line> lines = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    long lastLine = 0;
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord record : parser) {
        int line = (int) parser.getCurrentLineNumber();
        String[] cells = record.values();
        if (lines.isEmpty() && cells.length > 0 && cells[0].startsWith("\uFEFF")) {
          cells[0] = cells[0].substring(1);
        }
        lastLine = line;
        lines.add(new CsvLine(line, cells));
      }
    } catch (CharacterCodingException e) {
      throw new ImportException(path + ": not UTF-8 text; save it as CSV UTF-8");
    } catch (UncheckedIOException e) {
      throw new ImportException(path + ": malformed CSV after line " + lastLine
          + " (an unclosed or stray quote?)");
    } catch (IOException e) {
      throw new ImportException(path + ": " + FileProblems.reason(e, "cannot read the file"), e);
    }
    return new CsvSheet(path, lines);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String where() {
    return path.getFileName().toString();
  }

  @Override
  public String at(int row) {
    return path.getFileName() + ": line " + row;
  }

  @Override
  public String at(int row, int column, String header) {
    return at(row) + ", column " + header.strip();
  }

  @Override
  public Stream<Line> rows() {
    return lines.stream();
  }

  /** A CSV record. */
  private static final class CsvLine implements Line {
    private final int number;
    private final String[] cells;

    CsvLine(int number, String[] cells) {
      this.number = number;
      this.cells = cells;
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public int width() {
      return cells.length;
    }

    @Override
    public Object value(int column) {
      return column < cells.length ? cells[column] : null;
    }
  }
}
