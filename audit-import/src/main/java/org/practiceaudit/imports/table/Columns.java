package org.practiceaudit.imports.table;

/** Spreadsheet column letters: A for the first column, Z, AA, AB and so on. */
public final class Columns {

  private Columns() {}

  /**
   * Returns the letters of a column.
   *
   * @param index the column index, 0 for A; 0 or more
   * @return the letters, such as {@code AB} for 27
   */
  public static String letter(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
