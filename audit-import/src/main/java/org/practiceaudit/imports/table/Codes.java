package org.practiceaudit.imports.table;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values an import keeps as attributes: short codes such as {@code N1}, {@code C2}, {@code
 * Neglect} or {@code Foster placement}, never free text.
 */
public final class Codes {

  private static final Pattern CODE =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/&()+'-]{0,59}");

  private Codes() {}

  /**
   * Tells whether text is a short code: at most 60 letters, digits, spaces and {@code . _ / & ( ) +
   * ' -}, starting with a letter or digit, without a line break.
   *
   * @param text the text; not null
   * @return true if it may be kept as an attribute value
   */
  public static boolean isCode(String text) {
    return CODE.matcher(text).matches();
  }

  /**
   * Returns a cell as a code, if it is one.
   *
   * @param value the cell's value, possibly null
   * @return the code; empty if the cell is empty or is not a short code
   */
  public static Optional<String> of(Object value) {
    return CellValues.text(value).filter(Codes::isCode);
  }
}
