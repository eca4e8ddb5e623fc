package org.practiceaudit.imports.table;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A column a reader looks for: its title as the official template writes it, and every title that
 * {@link Headers#key(String) reduces} to one of its keys matches.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Field {

  private final String label;
  private final List<String> keys;

  private Field(String label, List<String> keys) {
    this.label = label;
    this.keys = keys;
  }

  /**
   * Obtains a field.
   *
   * @param label the official title, such as {@code CIN Start Date}; not null
   * @param aliases other titles councils write, such as {@code CINStart}; not null
   * @return the field, matching the label's key and each alias's key
   */
  public static Field of(String label, String... aliases) {
    Objects.requireNonNull(label, "label");
    List<String> keys =
        Stream.concat(Stream.of(label), Stream.of(aliases))
            .map(Headers::key)
            .distinct()
            .collect(Collectors.toUnmodifiableList());
    return new Field(label, keys);
  }

  /**
   * Returns the official title.
   *
   * @return the title
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether a header key is one of this field's.
   *
   * @param key a key made by {@link Headers#key(String)}; not null
   * @return true if it matches
   */
  public boolean matches(String key) {
    return keys.contains(key);
  }

  /**
   * Returns the label.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label;
  }
}
