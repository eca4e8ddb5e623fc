package org.practiceaudit.core;

import java.util.Objects;

/**
 * A domain failure raised when a text form cannot be parsed: an unknown UK division, a follow-up policy
 * that is not one of the accepted forms, a grade label that is not on the scale.
 *
 * <p>The rejected text is kept so that a caller can point at it (in a configuration file, for example).
 * The text comes from configuration, never from a case file, so it carries no personal data.
 */
public class AuditParseException extends AuditException {

  private static final long serialVersionUID = 1L;

  /** The text that could not be parsed. */
  private final String rejectedText;

  /**
   * Creates an exception for text that could not be parsed.
   *
   * @param message what was wrong, quoting the text and listing what is allowed; not null
   * @param rejectedText the text that could not be parsed, exactly as given; not null
   * @throws NullPointerException if either argument is null
   */
  public AuditParseException(String message, String rejectedText) {
    super(Objects.requireNonNull(message, "message"));
    this.rejectedText = Objects.requireNonNull(rejectedText, "rejectedText");
  }

  /**
   * Returns the text that could not be parsed, exactly as it was given.
   *
   * @return the rejected text; not null
   */
  public String rejectedText() {
    return rejectedText;
  }
}
