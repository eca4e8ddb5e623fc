package org.practiceaudit.imports.table;

import java.util.stream.Stream;

/** A named table of rows: a worksheet of a workbook, or a CSV file (named for the file). */
public interface Sheet {

  /**
   * Returns the sheet's name, or the CSV file's name without its extension.
   *
   * @return the name, not null
   */
  String name();

  /**
   * Opens the sheet's rows from the first, skipping none; close the stream when done.
   *
   * @return the rows, in order
   * @throws org.practiceaudit.imports.ImportException if the sheet cannot be read
   */
  Stream<Line> rows();

  /**
   * Describes the sheet's place for a message, such as {@code annex-a.xlsx: sheet 'List_6'} or
   * {@code List 6.csv}.
   *
   * @return the description, naming the file and the sheet
   */
  String where();

  /**
   * Describes a row's place for a message, such as {@code sheet 'List_6', row 14}.
   *
   * @param row the row number, 1 or more
   * @return the description, naming the file or sheet and the row
   */
  String at(int row);

  /**
   * Describes a cell's place for a message, such as {@code sheet 'List_6', row 14, column G (CIN
   * Start Date)}.
   *
   * @param row the row number, 1 or more
   * @param column the column index, 0 for A
   * @param header the column's title as written, for the reader
   * @return the description, naming the file or sheet, the row and the column
   */
  default String at(int row, int column, String header) {
    return at(row) + ", column " + Columns.letter(column) + " (" + header.strip() + ")";
  }
}
