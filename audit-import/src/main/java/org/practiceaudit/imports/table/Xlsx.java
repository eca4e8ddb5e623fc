package org.practiceaudit.imports.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.practiceaudit.imports.ImportException;

/** Reads an .xlsx workbook with fastexcel-reader, streaming each sheet's rows. */
final class Xlsx {

  private Xlsx() {}

  static Tables open(Path path) {
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(path.toFile());
    } catch (IOException | RuntimeException e) {
      throw corrupt(path, e);
    }
    List<Sheet> sheets;
    try {
      sheets = workbook.getSheets().map(s -> new XlsxSheet(path, s)).collect(Collectors.toList());
    } catch (RuntimeException e) {
      close(workbook);
      throw corrupt(path, e);
    }
    if (sheets.isEmpty()) {
      close(workbook);
      throw new ImportException(path + ": the workbook has no sheet");
    }
    return Tables.of(sheets, workbook.isDate1904(), workbook);
  }

  /**
   * A workbook that cannot be read: said in words, the library's exception kept only as the cause.
   */
  private static ImportException corrupt(Path path, Exception cause) {
    return new ImportException(
        path
            + ": the workbook is corrupt (its contents cannot be read); save it"
            + " again as Excel Workbook (.xlsx)",
        cause);
  }

  private static void close(ReadableWorkbook workbook) {
    try {
      workbook.close();
    } catch (IOException e) {
      // Already failing: the first problem is the one reported.
    }
  }

  /** A worksheet. */
  private static final class XlsxSheet implements Sheet {
    private final Path path;
    private final org.dhatim.fastexcel.reader.Sheet sheet;

    XlsxSheet(Path path, org.dhatim.fastexcel.reader.Sheet sheet) {
      this.path = path;
      this.sheet = sheet;
    }

    @Override
    public String name() {
      return sheet.getName();
    }

    @Override
    public String where() {
      return path.getFileName() + ": sheet '" + name() + "'";
    }

    @Override
    public String at(int row) {
      return where() + ", row " + row;
    }

    @Override
    public Stream<Line> rows() {
      Stream<Row> rows;
      try {
        rows = sheet.openStream();
      } catch (IOException | RuntimeException e) {
        throw corrupt(0, e);
      }
      Iterator<Row> iterator = rows.iterator();
      Spliterator<Line> lines =
          new Spliterators.AbstractSpliterator<Line>(
              Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            private int last;

            @Override
            public boolean tryAdvance(Consumer<? super Line> action) {
              Row row;
              try {
                if (!iterator.hasNext()) {
                  return false;
                }
                row = iterator.next();
              } catch (UncheckedIOException
                  | IllegalStateException
                  | org.dhatim.fastexcel.reader.ExcelReaderException e) {
                throw corrupt(last, e);
              }
              last = row.getRowNum();
              action.accept(new XlsxLine(row));
              return true;
            }
          };
      return StreamSupport.stream(lines, false).onClose(rows::close);
    }

    private ImportException corrupt(int lastRow, Exception e) {
      return new ImportException(
          path.getFileName()
              + ": sheet '"
              + name()
              + "' is corrupt"
              + (lastRow > 0 ? " after row " + lastRow : "")
              + "; save the workbook again as Excel Workbook (.xlsx)",
          e);
    }
  }

  /** A worksheet row. */
  private static final class XlsxLine implements Line {
    private final Row row;

    XlsxLine(Row row) {
      this.row = row;
    }

    @Override
    public int number() {
      return row.getRowNum();
    }

    @Override
    public int width() {
      return row.getCellCount();
    }

    @Override
    public Object value(int column) {
      if (column >= row.getCellCount()) {
        return null;
      }
      Cell cell = row.getCell(column);
      if (cell == null) {
        return null;
      }
      CellType type = cell.getType();
      switch (type) {
        case EMPTY:
          return null;
        case NUMBER:
          return cell.getValue();
        case BOOLEAN:
          return cell.getValue();
        case FORMULA:
          {
            String raw = cell.getRawValue();
            if (raw == null) {
              return null;
            }
            try {
              return new BigDecimal(raw);
            } catch (NumberFormatException e) {
              return raw;
            }
          }
        default:
          {
            Object value = cell.getValue();
            return value == null ? cell.getRawValue() : value.toString();
          }
      }
    }
  }
}
