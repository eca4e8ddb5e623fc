package org.practiceaudit.core.pseudonym;

import java.util.Objects;
import java.util.regex.Pattern;
import org.practiceaudit.core.AuditParseException;

/**
 * The one form every pseudonymous id in the library takes: 1 to 64 letters, digits, {@code .}, {@code _}
 * or {@code -}, starting with a letter or digit. Case, person and audit ids check their text here.
 */
public final class PseudonymousIds {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

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
    if (!FORM.matcher(value).matches()) {
      throw new AuditParseException(
          "invalid " + noun + " id '" + value + "'; expected 1 to 64 letters, digits, '.', '_' or '-',"
              + " starting with a letter or digit",
          value);
    }
    return value;
  }
}
