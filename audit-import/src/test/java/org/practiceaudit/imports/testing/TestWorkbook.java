package org.practiceaudit.imports.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the SYNTHETIC workbooks the tests read, with fastexcel's writer: sheets of rows whose
 * cells are text, numbers, dates (as Excel dates, formatted), date-times or empty (null).
 */
public final class TestWorkbook {

  private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

  /**
   * Adds a sheet.
   *
   * @param name the sheet's name
   * @param rows its rows from row 1
   * @return this workbook
   */
  public TestWorkbook sheet(String name, List<Object[]> rows) {
    sheets.put(name, new ArrayList<>(rows));
    return this;
  }

  /**
   * Adds a sheet.
   *
   * @param name the sheet's name
   * @param rows its rows from row 1
   * @return this workbook
   */
  public TestWorkbook sheet(String name, Object[]... rows) {
    return sheet(name, List.of(rows));
  }

  /**
   * Writes the workbook.
   *
   * @param path where
   * @return the path
   */
  public Path write(Path path) {
    try (OutputStream out = Files.newOutputStream(path)) {
      Workbook workbook = new Workbook(out, "PracticeAuditTests", "1.0");
      for (Map.Entry<String, List<Object[]>> sheet : sheets.entrySet()) {
        Worksheet ws = workbook.newWorksheet(sheet.getKey());
        List<Object[]> rows = sheet.getValue();
        for (int r = 0; r < rows.size(); r++) {
          Object[] row = rows.get(r);
          for (int c = 0; c < row.length; c++) {
            Object value = row[c];
            if (value == null) {
              continue;
            } else if (value instanceof String) {
              ws.value(r, c, (String) value);
            } else if (value instanceof Number) {
              ws.value(r, c, (Number) value);
            } else if (value instanceof LocalDate) {
              ws.value(r, c, (LocalDate) value);
              ws.style(r, c).format("dd/mm/yyyy").set();
            } else if (value instanceof LocalDateTime) {
              ws.value(r, c, (LocalDateTime) value);
              ws.style(r, c).format("dd/mm/yyyy hh:mm").set();
            } else if (value instanceof Boolean) {
              ws.value(r, c, (Boolean) value);
            } else {
              throw new IllegalArgumentException("cell type " + value.getClass());
            }
          }
        }
        ws.finish();
      }
      workbook.finish();
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shorthand for a row. */
  public static Object[] row(Object... cells) {
    return cells;
  }
}
