package org.practiceaudit.json;

import java.util.Objects;

/**
 * One thing wrong with a configuration document: where it is and what is wrong, in words a
 * configuration author understands.
 *
 * <p>The pointer is an RFC 6901 JSON Pointer into the document ({@code ""} for the whole document),
 * the line and column are 1-based positions in the text, or 0 when the position is not known (a
 * document that cannot be read at all, for example). The text form, {@code POINTER (LINE:COL):
 * MESSAGE}, is what the command line prints.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pointer the JSON Pointer of the offending value, such as {@code /domains/2/id}; not null
 * @param line the 1-based line, or 0 if unknown
 * @param column the 1-based column, or 0 if unknown
 * @param message what is wrong and what is allowed; not blank
 */
public record Problem(String pointer, int line, int column, String message)
    implements Comparable<Problem> {

  /**
   * Checks the components.
   *
   * @param pointer the JSON Pointer; not null
   * @param line the 1-based line, or 0 if unknown; not negative
   * @param column the 1-based column, or 0 if unknown; not negative
   * @param message the message; not blank
   * @throws IllegalArgumentException if a position is negative or the message blank
   */
  public Problem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must not be negative: " + line + ":" + column);
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("problem message must not be blank at '" + pointer + "'");
    }
  }

  /**
   * Orders problems by position in the document, then by pointer and message.
   *
   * @param other the problem to compare with; not null
   * @return negative, zero or positive as this problem comes first, at the same place, or later
   */
  @Override
  public int compareTo(Problem other) {
    int c = Integer.compare(line, other.line);
    if (c == 0) {
      c = Integer.compare(column, other.column);
    }
    if (c == 0) {
      c = pointer.compareTo(other.pointer);
    }
    return c != 0 ? c : message.compareTo(other.message);
  }

  /**
   * Returns {@code POINTER (LINE:COL): MESSAGE}, with {@code (document)} for the empty pointer.
   *
   * @return the text form the command line prints
   */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer)
        + " ("
        + line
        + ":"
        + column
        + "): "
        + message;
  }
}
