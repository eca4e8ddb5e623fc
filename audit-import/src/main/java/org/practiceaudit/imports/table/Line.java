package org.practiceaudit.imports.table;

/**
 * One row of a sheet or CSV file: its row number as the user sees it (1 for the first) and its
 * cells.
 *
 * <p>A cell's value is a {@link String} (text, or an error such as {@code #N/A}), a {@link
 * java.math.BigDecimal} (a number or an Excel date), a {@link Boolean}, or null when empty.
 */
public interface Line {

  /**
   * Returns the row number, as the spreadsheet or a text editor shows it.
   *
   * @return 1 or more
   */
  int number();

  /**
   * Returns one cell's value.
   *
   * @param column the column index, 0 for column A; 0 or more
   * @return the value, or null if the cell is empty or beyond the row's last cell
   */
  Object value(int column);

  /**
   * Returns how many cells the row has, counting empty ones before its last cell.
   *
   * @return 0 or more
   */
  int width();

  /**
   * Tells whether every cell of the row is empty or blank text.
   *
   * @return true for a blank row
   */
  default boolean isBlank() {
    for (int c = 0; c < width(); c++) {
      Object value = value(c);
      if (value != null && !(value instanceof String && ((String) value).isBlank())) {
        return false;
      }
    }
    return true;
  }
}
