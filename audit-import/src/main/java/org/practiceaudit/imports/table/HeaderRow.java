package org.practiceaudit.imports.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The header row of a sheet, found among its first rows: the first row holding the id column's
 * title.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HeaderRow {

  /** How many rows from the top are searched for the header. */
  public static final int SEARCHED_ROWS = 30;

  private final int row;
  private final List<String> titles;
  private final List<String> keys;

  private HeaderRow(int row, List<String> titles, List<String> keys) {
    this.row = row;
    this.titles = titles;
    this.keys = keys;
  }

  /**
   * Finds the header row among a sheet's first rows.
   *
   * @param lines the first rows of the sheet, in order; not null
   * @param id the id column, which the header row must hold; not null
   * @return the header row, or empty if no row holds the id column's title
   */
  public static Optional<HeaderRow> find(List<Line> lines, Field id) {
    for (Line line : lines) {
      List<String> titles = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      boolean hasId = false;
      for (int c = 0; c < line.width(); c++) {
        Object value = line.value(c);
        String title = value instanceof String ? (String) value : "";
        String key = Headers.keyOf(value);
        titles.add(title);
        keys.add(key);
        hasId |= id.matches(key);
      }
      if (hasId) {
        return Optional.of(new HeaderRow(line.number(), List.copyOf(titles), List.copyOf(keys)));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the header's row number.
   *
   * @return 1 or more
   */
  public int row() {
    return row;
  }

  /**
   * Returns the column of a field: the first whose title matches.
   *
   * @param field the field; not null
   * @return the column index, or empty if no title matches
   */
  public OptionalInt column(Field field) {
    for (int c = 0; c < keys.size(); c++) {
      if (field.matches(keys.get(c))) {
        return OptionalInt.of(c);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the column whose title has a key.
   *
   * @param key a key made by {@link Headers#key(String)}; not null
   * @return the column index, or empty if no title has the key
   */
  public OptionalInt column(String key) {
    int c = keys.indexOf(key);
    return c < 0 ? OptionalInt.empty() : OptionalInt.of(c);
  }

  /**
   * Tells whether any of some fields has a column.
   *
   * @param fields the fields; not null
   * @return true if at least one matches a title
   */
  public boolean hasAny(Collection<Field> fields) {
    return fields.stream().anyMatch(f -> column(f).isPresent());
  }

  /**
   * Returns a column's title as written.
   *
   * @param column the column index
   * @return the title, empty if the column has none
   */
  public String title(int column) {
    return column < titles.size() ? titles.get(column) : "";
  }

  /**
   * Returns the keys of every title, in column order.
   *
   * @return the keys, empty strings for untitled columns
   */
  public List<String> keys() {
    return keys;
  }
}
