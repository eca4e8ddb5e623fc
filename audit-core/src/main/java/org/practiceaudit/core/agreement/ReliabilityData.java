package org.practiceaudit.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.practiceaudit.core.AuditParseException;

/**
 * A reliability data matrix in Krippendorff's layout: one row per observer, one column per unit,
 * each cell an integer value on an ordered scale or missing.
 *
 * <p>The text form has one line per observer and whitespace between cells, with {@code .} for a
 * missing value, as in Hayes and Krippendorff (2007), table 1 (transposed there: units in rows):
 *
 * <pre>
 * 1 2 3 3 2 1 4 1 2 . . .
 * 1 2 3 3 2 2 4 1 2 5 . 3
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReliabilityData {

  private static final Pattern LINES = Pattern.compile("\\R");
  private static final Pattern CELLS = Pattern.compile("\\s+");
  private static final String MISSING = ".";

  private final int[][] values;
  private final boolean[][] present;

  private ReliabilityData(int[][] values, boolean[][] present) {
    this.values = values;
    this.present = present;
  }

  /**
   * Obtains reliability data from its text form.
   *
   * @param text one line per observer, cells separated by whitespace, {@code .} for missing; not
   *     null
   * @return the data
   * @throws AuditParseException if a cell is not an integer or {@code .}, rows differ in length, or
   *     there are no rows
   */
  public static ReliabilityData parse(String text) {
    Objects.requireNonNull(text, "text");
    List<String[]> rows = new ArrayList<>();
    for (String line : LINES.split(text.strip())) {
      if (!line.isBlank()) {
        rows.add(CELLS.split(line.strip()));
      }
    }
    if (rows.isEmpty()) {
      throw new AuditParseException("reliability data needs at least one observer row", text);
    }
    int units = rows.get(0).length;
    int[][] values = new int[rows.size()][units];
    boolean[][] present = new boolean[rows.size()][units];
    for (int o = 0; o < rows.size(); o++) {
      String[] cells = rows.get(o);
      if (cells.length != units) {
        throw new AuditParseException(
            "every observer row needs " + units + " cells; row " + (o + 1) + " has " + cells.length,
            text);
      }
      for (int u = 0; u < units; u++) {
        if (!cells[u].equals(MISSING)) {
          try {
            values[o][u] = Integer.parseInt(cells[u]);
            present[o][u] = true;
          } catch (NumberFormatException e) {
            throw new AuditParseException(
                "cell '" + cells[u] + "' in row " + (o + 1) + " is neither an integer nor '.'",
                text);
          }
        }
      }
    }
    return new ReliabilityData(values, present);
  }

  /**
   * Obtains two observers' data, one unit per pair, from an agreement table (ranks as values).
   *
   * @param table the table; not null
   * @return the data, with {@code table.total()} units and no missing values
   * @throws IllegalArgumentException if the table holds more than {@code Integer.MAX_VALUE} pairs
   */
  public static ReliabilityData from(AgreementTable table) {
    Objects.requireNonNull(table, "table");
    long total = table.total();
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many pairs for a data matrix: " + total);
    }
    int[][] values = new int[2][(int) total];
    boolean[][] present = new boolean[2][(int) total];
    int u = 0;
    for (int i = 0; i < table.categories(); i++) {
      for (int j = 0; j < table.categories(); j++) {
        for (long c = table.count(i, j); c > 0; c--, u++) {
          values[0][u] = i;
          values[1][u] = j;
          present[0][u] = true;
          present[1][u] = true;
        }
      }
    }
    return new ReliabilityData(values, present);
  }

  /**
   * Returns the number of observers.
   *
   * @return the number of rows, 1 or more
   */
  public int observers() {
    return values.length;
  }

  /**
   * Returns the number of units.
   *
   * @return the number of columns
   */
  public int units() {
    return values[0].length;
  }

  /**
   * Returns the values recorded for one unit, missing ones left out, in observer order.
   *
   * @param unit the unit, from 0 to {@code units() - 1}
   * @return the values
   * @throws IllegalArgumentException if the unit is out of range
   */
  public int[] unit(int unit) {
    if (unit < 0 || unit >= units()) {
      throw new IllegalArgumentException("unit must be from 0 to " + (units() - 1) + ": " + unit);
    }
    int[] out = new int[observers()];
    int n = 0;
    for (int o = 0; o < observers(); o++) {
      if (present[o][unit]) {
        out[n++] = values[o][unit];
      }
    }
    return Arrays.copyOf(out, n);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReliabilityData
        && Arrays.deepEquals(((ReliabilityData) obj).present, present)
        && Arrays.deepEquals(((ReliabilityData) obj).values, values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.deepHashCode(values) + Arrays.deepHashCode(present);
  }

  /**
   * Returns the text form that {@link #parse} accepts.
   *
   * @return one line per observer
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int o = 0; o < observers(); o++) {
      if (o > 0) {
        text.append('\n');
      }
      for (int u = 0; u < units(); u++) {
        text.append(u == 0 ? "" : " ")
            .append(present[o][u] ? Integer.toString(values[o][u]) : MISSING);
      }
    }
    return text.toString();
  }
}
