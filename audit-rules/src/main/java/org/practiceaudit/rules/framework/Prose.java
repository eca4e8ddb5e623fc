package org.practiceaudit.rules.framework;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.workforce.Role;

/**
 * The small words every part shares: counts, percentages, lists joined with {@code and} or {@code
 * or}, sentences, and the names of concerns, feedback sources, roles and months. (Part of {@link
 * FrameworkWords}.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class Prose {

  private Prose() {}

  static String concern(ConcernFlag flag) {
    switch (flag) {
      case IMMEDIATE_RISK:
        return "A child is at immediate risk of significant harm (immediate-risk)";
      case PROCEDURES_NOT_FOLLOWED:
        return "Child protection procedures were not followed (procedures-not-followed)";
      case NEEDS_NOT_MET:
        return "The service offer or risk assessment does not meet the child's needs (needs-not-met)";
      default:
        return "An urgent safeguarding concern (urgent-safeguarding-concern)";
    }
  }

  static String feedbackSource(String id) {
    switch (id) {
      case "child":
        return "the child or young person";
      case "parent-or-carer":
        return "a parent or carer";
      default:
        return id;
    }
  }

  static String role(Role role) {
    return role.id().replace('-', ' ');
  }

  static String month(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String percent(BigDecimal share) {
    return plain(share.movePointRight(2)) + "%";
  }

  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  static String number(double value) {
    return plain(BigDecimal.valueOf(value));
  }

  static String list(List<String> items) {
    return String.join(", ", items);
  }

  static String and(List<String> items) {
    return join(items, " and ");
  }

  static String or(List<String> items) {
    return join(items, " or ");
  }

  private static String join(List<String> items, String last) {
    if (items.isEmpty()) {
      return "none";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + last
        + items.get(items.size() - 1);
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The text as a sentence: capitalised, ending with a full stop unless it ends with punctuation.
   */
  static String sentence(String text) {
    String t = capitalise(text.strip());
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
  }
}
