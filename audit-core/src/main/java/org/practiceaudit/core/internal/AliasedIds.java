package org.practiceaudit.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.practiceaudit.core.AuditParseException;

/**
 * The one way an open set of kebab-case ids with abbreviations is read, shared by {@code
 * CaseCategory} and {@code Role}: an id is lower-case kebab-case; text may also be in any case,
 * with spaces or underscores for hyphens, or an alias such as {@code LAC} or {@code HoS}.
 *
 * <p>A rejected text gets one message form: {@code invalid role 'x y!'; expected lower-case
 * kebab-case such as 'team-manager' or one of [ap, aswp, ...]}, the aliases in alphabetical order.
 *
 * <p>This class is immutable and thread-safe if the values are.
 *
 * @param <T> the value type
 */
public final class AliasedIds<T> {

  private final String noun;
  private final String example;
  private final Map<String, T> aliases;
  private final Map<String, T> asWritten;
  private final Function<String, T> create;
  private final String allowed;

  /**
   * Creates the reading of one value type.
   *
   * @param noun what a value is, for messages, such as {@code case category}; not null
   * @param example a valid id, for messages, such as {@code looked-after}; not null
   * @param aliases the values abbreviations and other names stand for, by lower-case kebab-case
   *     key; not null
   * @param wellKnown the constants, read without work when written exactly as their ids; not null
   * @param idOf a value's id; not null
   * @param create makes the value of a valid id that is not an alias; not null
   */
  public AliasedIds(
      String noun,
      String example,
      Map<String, T> aliases,
      List<T> wellKnown,
      Function<T, String> idOf,
      Function<String, T> create) {
    this.noun = Objects.requireNonNull(noun, "noun");
    this.example = Objects.requireNonNull(example, "example");
    this.aliases = Map.copyOf(aliases);
    this.create = Objects.requireNonNull(create, "create");
    Map<String, T> known = new HashMap<>(this.aliases);
    wellKnown.forEach(value -> known.put(idOf.apply(value), value));
    this.asWritten = Map.copyOf(known);
    this.allowed =
        "; expected lower-case kebab-case such as '"
            + example
            + "'"
            + (aliases.isEmpty() ? "" : " or one of " + new TreeSet<>(aliases.keySet()));
  }

  /**
   * Reads an id: lower-case kebab-case, or an alias as written in the alias table.
   *
   * @param id the id; not null
   * @return the value, not null
   * @throws AuditParseException naming the id and what is allowed, if it is neither
   */
  public T of(String id) {
    Objects.requireNonNull(id, "id");
    return resolve(id, id);
  }

  /**
   * Reads text: an id in any case, with spaces or underscores for hyphens, or an alias.
   *
   * @param text the text; not null
   * @return the value, not null
   * @throws AuditParseException naming the text and what is allowed, if it is neither
   */
  public T parse(String text) {
    Objects.requireNonNull(text, "text");
    T known = asWritten.get(text);
    if (known != null) {
      return known;
    }
    return resolve(text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-"), text);
  }

  /** Returns the value an alias stands for, or the value of a valid id; {@code text} as given. */
  private T resolve(String key, String text) {
    T alias = aliases.get(key);
    if (alias != null) {
      return alias;
    }
    if (!KebabCase.isId(key)) {
      throw new AuditParseException("invalid " + noun + " '" + text + "'" + allowed, text);
    }
    return create.apply(key);
  }

  /**
   * Returns the reading's description.
   *
   * @return such as {@code case category ids such as 'looked-after'}
   */
  @Override
  public String toString() {
    return noun + " ids such as '" + example + "'";
  }
}
