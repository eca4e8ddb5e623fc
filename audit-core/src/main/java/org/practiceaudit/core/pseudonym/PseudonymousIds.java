package org.practiceaudit.core.pseudonym;

import java.util.Objects;
import org.practiceaudit.core.AuditParseException;

/**
 * The one form every pseudonymous id in the library takes: 1 to 64 letters, digits, {@code .},
 * {@code _} or {@code -}, starting with a letter or digit. Case, person and audit ids check their
 * text here.
 */
public final class PseudonymousIds {

  /** The most characters an id has. */
  private static final int MAX_LENGTH = 64;

  private PseudonymousIds() {}

  /**
   * Checks the text of an id.
   *
   * @param value the text; not null
   * @param noun what the id names, for the message, such as {@code case}
   * @return the text
   * @throws AuditParseException if the text is not of the id form, quoting it
   */
  public static String require(String value, String noun) {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new AuditParseException(
          "invalid "
              + noun
              + " id '"
              + value
              + "'; expected 1 to 64 letters, digits, '.', '_' or '-',"
              + " starting with a letter or digit",
          value);
    }
    return value;
  }

  /**
   * Tells whether text is of the id form, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}, checked
   * character by character: readers check an id on every row of a file of a million cases (issue 15
   * item 2).
   */
  private static boolean isValid(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
