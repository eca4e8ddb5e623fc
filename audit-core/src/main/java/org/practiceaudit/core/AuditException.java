package org.practiceaudit.core;

/**
 * The root of the domain failures this library reports: a value that cannot be parsed, a
 * configuration that does not hold together, a calendar asked about a year it does not cover.
 *
 * <p>Caller bugs (a {@code null} argument, a negative count) are reported with the JDK's {@link
 * NullPointerException} and {@link IllegalArgumentException} instead. Messages never contain
 * personal data: only pseudonymous case ids, counts and the configuration values concerned.
 */
public class AuditException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, quoting the value and what is allowed; not null
   */
  public AuditException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, quoting the value and what is allowed; not null
   * @param cause the underlying failure; may be null
   */
  public AuditException(String message, Throwable cause) {
    super(message, cause);
  }
}
