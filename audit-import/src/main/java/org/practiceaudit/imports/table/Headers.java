package org.practiceaudit.imports.table;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Header matching that tolerates how councils write column titles: case, spacing, punctuation,
 * curly quotes and apostrophes, CamelCase and underscores all reduce to the same key, so that
 * {@code "Child Unique ID"}, {@code "ChildUniqueID"}, {@code "child_unique_id "} and {@code "CHILD
 * UNIQUE ID"} are one column.
 */
public final class Headers {

  private Headers() {}

  /**
   * Returns the key of a header: its letters and digits only, lower case.
   *
   * @param header the header as written; not null
   * @return the key, such as {@code childuniqueid}; empty for a header with no letter or digit
   */
  public static String key(String header) {
    String text = Normalizer.normalize(header, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /**
   * Returns the key of a cell that may be a header: text as {@link #key(String)}, anything else
   * empty.
   *
   * @param value a cell's value, possibly null
   * @return the key, empty if the cell holds no text
   */
  public static String keyOf(Object value) {
    return value instanceof String ? key((String) value) : "";
  }
}
