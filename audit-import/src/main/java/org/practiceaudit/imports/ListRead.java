package org.practiceaudit.imports;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * What was read of one list or file: its name, where it was found and how many rows it had.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ListRead {

  ListRead() {}

  /**
   * Returns the list's name, such as {@code List 6} or {@code episodes}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String list();

  /**
   * Returns where the list was found, such as {@code sheet 'List_6'} or a file's name.
   *
   * @return the place
   */
  @Value.Parameter
  public abstract String source();

  /**
   * Returns the number of rows read below the header, blank rows not counted.
   *
   * @return 0 or more
   */
  @Value.Parameter
  public abstract int rows();

  /**
   * Obtains a record of a list read.
   *
   * @param list the list's name; not null
   * @param source where it was found; not null
   * @param rows the rows read, 0 or more
   * @return the record
   */
  public static ListRead of(String list, String source, int rows) {
    return ImmutableListRead.of(list, source, rows);
  }

  @Value.Check
  void check() {
    if (rows() < 0) {
      throw new IllegalArgumentException("rows read must not be negative: " + rows());
    }
  }
}
