package org.practiceaudit.imports.table;

import java.time.LocalDate;
import java.util.Optional;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.imports.ImportException;

/**
 * Reads the cells of one sheet below its header, turning a cell that cannot be read into an {@link
 * ImportException} that names the sheet, row and column, never the cell's content.
 */
public final class Located {

  private final Sheet sheet;
  private final HeaderRow header;
  private final boolean date1904;

  /**
   * Reads a sheet's cells.
   *
   * @param sheet the sheet; not null
   * @param header its header row; not null
   * @param date1904 whether the workbook counts dates from 1904
   */
  public Located(Sheet sheet, HeaderRow header, boolean date1904) {
    this.sheet = sheet;
    this.header = header;
    this.date1904 = date1904;
  }

  /**
   * Describes a cell's place.
   *
   * @param line the row
   * @param column the column index
   * @return such as {@code annex-a.xlsx: sheet 'List_6', row 14, column G (CIN Start Date)}
   */
  public String at(Line line, int column) {
    return sheet.at(line.number(), column, header.title(column));
  }

  /**
   * Reads a date cell.
   *
   * @param line the row
   * @param column the column index
   * @return the date, or empty for an empty cell or {@code #N/A}
   * @throws ImportException if the cell holds something else
   */
  public Optional<LocalDate> date(Line line, int column) {
    try {
      return CellValues.date(line.value(column), date1904);
    } catch (CellValues.UnreadableCellException e) {
      throw new ImportException(
          at(line, column)
              + ": cannot read a date (not shown); expected an"
              + " Excel date or text such as 31/03/2026");
    }
  }

  /**
   * Reads a whole number of years.
   *
   * @param line the row
   * @param column the column index
   * @return the years, or empty for an empty cell
   * @throws ImportException if the cell holds something else
   */
  public Optional<Integer> years(Line line, int column) {
    try {
      return CellValues.years(line.value(column));
    } catch (CellValues.UnreadableCellException e) {
      throw new ImportException(
          at(line, column)
              + ": cannot read an age (not shown); expected a whole"
              + " number of years");
    }
  }

  /**
   * Reads a child id: text as written (leading zeros kept), or a whole number without a decimal
   * point.
   *
   * @param line the row
   * @param column the column index
   * @return the id, or empty for an empty cell
   * @throws ImportException if the cell is not an id (the content is not shown: it may be a name)
   */
  public Optional<CaseId> childId(Line line, int column) {
    Optional<String> text = CellValues.text(line.value(column));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CaseId.of(text.get()));
    } catch (AuditParseException e) {
      throw new ImportException(
          at(line, column)
              + ": not a child id (not shown); expected 1 to 64"
              + " letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }
}
