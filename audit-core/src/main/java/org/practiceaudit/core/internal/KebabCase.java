package org.practiceaudit.core.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one definition of the ids Practice Audit uses for categories, roles, scales, domains, rules
 * and attributes: lower-case kebab-case, such as {@code looked-after} (words of {@code a-z} and
 * {@code 0-9} joined by single hyphens), and the namespaced form, such as {@code
 * dudley/escalation-category}. The same test as the pattern {@code [a-z0-9]+(-[a-z0-9]+)*}, without
 * a regular expression, since rules check ids on every evaluation.
 */
public final class KebabCase {

  /** Attribute names: lower-case words joined by single hyphens, underscores or dots. */
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z0-9]+([_.-][a-z0-9]+)*");

  private KebabCase() {}

  /**
   * Tells whether a text is an attribute name, the looser form that case files, auditors, sampling
   * strata and the cases CSV's extra columns use: words of {@code a-z} and {@code 0-9} joined by
   * single hyphens, underscores or dots, such as {@code age-band}, {@code legal_status} or {@code
   * ofsted.theme}.
   *
   * @param text the text; not null
   * @return true for such a name; false for an empty text, upper case, spaces, or a separator at
   *     either end or doubled
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isAttributeName(String text) {
    return ATTRIBUTE_NAME.matcher(Objects.requireNonNull(text, "text")).matches();
  }

  /**
   * Tells whether a text is a lower-case kebab-case id.
   *
   * @param text the text; not null
   * @return true for such as {@code head-of-service}; false for an empty text, upper case, spaces,
   *     underscores, or a hyphen at either end or doubled
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isId(String text) {
    return isId(Objects.requireNonNull(text, "text"), 0, text.length());
  }

  /**
   * Tells whether a text is a kebab-case id with a namespace, such as {@code
   * dudley/escalation-category}.
   *
   * @param text the text; not null
   * @return true if it is two kebab-case ids joined by one {@code /}
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isNamespacedId(String text) {
    int slash = Objects.requireNonNull(text, "text").indexOf('/');
    return slash > 0 && isId(text, 0, slash) && isId(text, slash + 1, text.length());
  }

  /**
   * Tells whether a text is a kebab-case id, with or without a namespace.
   *
   * @param text the text; not null
   * @return true for {@code grading} and for {@code acme/chronology-present}
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isIdOptionallyNamespaced(String text) {
    return text.indexOf('/') < 0 ? isId(text) : isNamespacedId(text);
  }

  private static boolean isId(String text, int from, int to) {
    if (from >= to || text.charAt(from) == '-' || text.charAt(to - 1) == '-') {
      return false;
    }
    char previous = 'a';
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return true;
  }
}
