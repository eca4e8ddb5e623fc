package org.practiceaudit.core;

import java.util.Objects;

/**
 * Thrown when text cannot be read as a value of this library: a grade label, a case id, a score.
 *
 * <p>The rejected text is kept so that a caller (a form, a CSV reader) can point at it. The text is
 * a configuration value or a pseudonymous id, never free text from a case file.
 */
public class AuditParseException extends AuditException {

  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed. */
  private final String rejectedText;

  /**
   * Creates an exception for rejected text.
   *
   * @param message what was wrong, quoting the text and listing what is allowed; not null
   * @param rejectedText the text that was rejected; not null
   */
  public AuditParseException(String message, String rejectedText) {
    super(Objects.requireNonNull(message, "message"));
    this.rejectedText = Objects.requireNonNull(rejectedText, "rejectedText");
  }

  /**
   * Returns the text that could not be parsed.
   *
   * @return the rejected text, not null
   */
  public String rejectedText() {
    return rejectedText;
  }
}
