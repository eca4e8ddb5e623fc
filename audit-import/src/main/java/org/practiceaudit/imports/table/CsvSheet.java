package org.practiceaudit.imports.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.practiceaudit.core.internal.FileProblems;
import org.practiceaudit.imports.ImportException;

/**
 * A CSV file as a sheet: every record a row numbered as its first line, every cell text. A
 * byte-order mark is skipped; the header is whichever row the reader finds it on.
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
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ImportException(path + ": not UTF-8 text; save it as CSV UTF-8");
    } catch (IOException e) {
      throw new ImportException(path + ": " + FileProblems.reason(e, "cannot read the file"), e);
    }
    List<Line> lines = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(false)
            .ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        String[] cells =
            record.getFieldCount() == 0
                ? new String[] {""}
                : record.getFields().toArray(new String[0]);
        if (lines.isEmpty() && cells[0].startsWith("\uFEFF")) {
          cells[0] = cells[0].substring(1);
        }
        lines.add(new CsvLine((int) record.getStartingLineNumber(), cells));
      }
    } catch (CsvParseException | UncheckedIOException e) {
      throw malformed(path, lines);
    } catch (IOException e) {
      throw new ImportException(path + ": " + FileProblems.reason(e, "cannot read the file"), e);
    }
    if (endsInQuotes(text)) {
      lines.remove(lines.size() - 1);
      throw malformed(path, lines);
    }
    return new CsvSheet(path, lines);
  }

  private static ImportException malformed(Path path, List<Line> read) {
    int lastLine = read.isEmpty() ? 0 : read.get(read.size() - 1).number();
    return new ImportException(
        path + ": malformed CSV after line " + lastLine + " (an unclosed or stray quote?)");
  }

  /**
   * Tells whether text ends inside a quoted cell, a quote never closed, which FastCSV reads as
   * running to the end of the file: a quote opens a quoted cell at the start of a cell only; inside
   * one, two quotes are one quote and a single quote closes it.
   */
  private static boolean endsInQuotes(String text) {
    boolean inside = false;
    for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
      if (inside) {
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i++;
        } else {
          inside = false;
        }
      } else {
        char before = i == 0 ? '\n' : text.charAt(i - 1);
        inside = before == ',' || before == '\n' || before == '\r' || i == 1 && before == '\uFEFF';
      }
    }
    return inside;
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
