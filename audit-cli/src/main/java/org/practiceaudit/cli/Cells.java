package org.practiceaudit.cli;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.practiceaudit.core.internal.FileProblems;
import org.practiceaudit.core.internal.Suggestions;

/**
 * The quoting policy of the command line, in one place (issue 16 item 3): what a column expects,
 * and how a message speaks of a cell that is not that.
 *
 * <p>A message quotes a cell only when the cell has the shape of what the column expects: an id in
 * an id column, a lower-case code in a code column, digits and separators in a date or number
 * column. Any other cell is described, never shown ("a value that is not a date"), so that a name
 * or free text typed into the wrong column never reaches the terminal or a log. A cell holding a
 * line break or another control character is refused in every column that holds a code, a team, a
 * role or an id.
 */
final class Cells {

  /** Pseudonymous ids: 1 to 64 letters, digits, {@code . _ -}, starting with a letter or digit. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Lower-case codes such as {@code child-in-need} or {@code case-file}. */
  static final Pattern CODE = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");

  /**
   * Text shaped like a date in any common order, such as {@code 2024-13-11} or {@code 02/11/2026}.
   */
  static final Pattern DATE_LIKE = Pattern.compile("[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}");

  /** Text shaped like a number, such as {@code -1}, {@code 2.5} or {@code 1,000}. */
  static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9][0-9,]{0,11}(\\.[0-9]{1,6})?%?");

  /** A team's name: letters, digits, spaces and {@code & ' ( ) , . / -}, at most 80 characters. */
  static final Pattern TEAM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} &'(),./-]{0,79}");

  /** The text that tells the user how to mend a file that is not UTF-8. */
  static final String SAVE_AS_UTF8 = FileProblems.SAVE_AS_UTF8;

  private Cells() {}

  /**
   * What a column expects: a phrase for a value that is not it ({@code "a date"}), the nouns that
   * count such problems ({@code "bad date"}, {@code "bad dates"}), the shape of cells that may be
   * quoted and the text of what is allowed.
   */
  record Expect(String what, String noun, String nouns, Pattern quotable, String expected) {

    /** The same expectation, saying a different thing is allowed. */
    Expect expecting(String text) {
      return new Expect(what, noun, nouns, quotable, text);
    }

    /** The same expectation, with "or nothing" added to what is allowed. */
    Expect orNothing() {
      return expecting(expected + ", or nothing");
    }

    /** Tells whether a cell of this column may appear in a message. */
    boolean quotable(String cell) {
      return quotable.matcher(cell).matches();
    }
  }

  static final Expect DATE =
      new Expect("a date", "bad date", "bad dates", DATE_LIKE, "an ISO date such as 2026-03-31");
  static final Expect IDENTIFIER =
      new Expect(
          "an id",
          "bad id",
          "bad ids",
          ID,
          "an id of letters, digits, '.', '_' or '-' (at most 64)");

  /** A date or nothing, made once rather than on each row. */
  static final Expect DATE_OR_NOTHING = DATE.orNothing();

  /** An id or nothing, made once rather than on each row. */
  static final Expect IDENTIFIER_OR_NOTHING = IDENTIFIER.orNothing();

  static final Expect WHOLE_NUMBER =
      new Expect("a whole number", "bad number", "bad numbers", NUMBER_LIKE, "a whole number");
  static final Expect SCORE =
      new Expect(
          "a score",
          "bad score",
          "bad scores",
          Pattern.compile(NUMBER_LIKE.pattern() + "|(?i)n/?a"),
          "a whole number");
  static final Expect CATEGORY =
      new Expect(
          "a known case category",
          "unknown category",
          "unknown categories",
          CODE,
          "a case category such as child-in-need, child-protection, looked-after or CIN, CP, LAC");
  static final Expect ROLE =
      new Expect("a known role", "unknown role", "unknown roles", CODE, Roles.EXPECTED);
  static final Expect DATE_TIME =
      new Expect(
          "a date-time",
          "bad date-time",
          "bad date-times",
          Pattern.compile(
              "[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}[T ][0-9:.]{1,15}(Z|[+-][0-9:]{1,6})?"),
          "an ISO date-time such as 2026-12-18T15:00 (Europe/London) or 2026-12-18T15:00Z");
  static final Expect GRADE =
      new Expect(
          "a grade of the framework",
          "bad grade",
          "bad grades",
          Pattern.compile("(?!)"),
          "a grade");
  static final Expect CODE_VALUE =
      new Expect("a known code", "bad code", "bad codes", CODE, "a code");
  static final Expect TEAM_NAME =
      new Expect(
          "a team's name",
          "bad team",
          "bad teams",
          Pattern.compile("(?!)"),
          "the team's name: letters, digits, spaces and & ' ( ) , . / -");

  /**
   * Describes a cell the column does not accept: {@code '2024-13-11' is not a date} when its shape
   * may be shown, otherwise {@code a value that is not a date}.
   */
  static String describe(String cell, Expect expect) {
    if (hasControlCharacter(cell)) {
      return "a value with a line break or control character, which is not " + expect.what();
    }
    return expect.quotable(cell)
        ? "'" + cell + "' is not " + expect.what()
        : "a value that is not " + expect.what();
  }

  /**
   * Appends a "did you mean" suggestion from the known values, or the list of them; never the cell.
   */
  static String suggestion(String cell, Collection<String> known) {
    return Suggestions.hint(cell, List.copyOf(known));
  }

  /** A quoted fragment of a message from another library, such as {@code 'Jane'}. */
  private static final Pattern QUOTED = Pattern.compile("'([^'\\r\\n]{0,200})'");

  /**
   * Applies the quoting policy to a message written by another library (a JSON binding error): a
   * quoted fragment stays only when it has the shape of a code, an id, a date or a number (a
   * property name, an enumeration value, a date); any other is replaced by {@code a value}, so that
   * a name or free text from the file never reaches the terminal.
   */
  static String redact(String message) {
    java.util.regex.Matcher m = QUOTED.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1);
      boolean quotable =
          CODE.matcher(inner).matches()
              || Pattern.matches("[a-z][a-z0-9_]*", inner)
              || DATE_LIKE.matcher(inner).matches()
              || NUMBER_LIKE.matcher(inner).matches()
              || DATE_TIME.quotable(inner)
              || Pattern.matches("[\\[\\]{}:,\"]", inner);
      m.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(quotable ? m.group() : "a value"));
    }
    m.appendTail(out);
    String text = out.toString();
    return hasControlCharacter(text) ? text.replaceAll("\\p{Cntrl}", " ") : text;
  }

  /**
   * Tells whether text is a team's name, as {@link #TEAM} matches it: ASCII text checked character
   * by character (a cases file names a team on each of a million rows), any other by the pattern.
   */
  static boolean isTeamName(String text) {
    int length = text.length();
    if (length == 0 || length > 80) {
      return length > 0 && TEAM.matcher(text).matches();
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return TEAM.matcher(text).matches();
      }
      boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!letterOrDigit && (i == 0 || " &'(),./-".indexOf(c) < 0)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether text holds a line break or another control character. */
  static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /**
   * Quotes a column name when it has the shape of a column name ({@code 'opend_on'}); otherwise
   * says {@code a column name}, since a file without a header has a row of case data on line 1.
   */
  static String columnName(String name) {
    return ID.matcher(name).matches() || CODE.matcher(name).matches()
        ? "'" + name + "'"
        : "a column name";
  }
}
