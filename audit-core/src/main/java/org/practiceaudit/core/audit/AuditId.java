package org.practiceaudit.core.audit;

import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.pseudonym.PseudonymousIds;

/**
 * The pseudonymous id of an audit, such as {@code A-2026-11-0007}.
 *
 * <p>Ids are 1 to 64 characters: letters, digits, and {@code . _ -} after the first character. They
 * are pseudonymous by design: the only personal data this library ever writes into a message or a
 * log.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditId implements Comparable<AuditId> {

  private final String value;

  private AuditId(String value) {
    this.value = value;
  }

  /**
   * Obtains an id from its text.
   *
   * @param value 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}, starting with a letter
   *     or digit
   * @return the id, not null
   * @throws AuditParseException if the text is not of that form
   */
  public static AuditId of(String value) {
    return new AuditId(PseudonymousIds.require(value, "audit"));
  }

  /**
   * Obtains an id from its text form; the same as {@link #of(String)}.
   *
   * @param text the text, as {@link #toString()} writes it; not null
   * @return the id, not null
   * @throws AuditParseException if the text is not a valid id
   */
  public static AuditId parse(String text) {
    return of(text);
  }

  /**
   * Returns the id's text.
   *
   * @return the text, not null
   */
  public String value() {
    return value;
  }

  /**
   * Orders ids by their text, character by character.
   *
   * @param other the other id; not null
   * @return the comparison of the texts
   */
  @Override
  public int compareTo(AuditId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AuditId && ((AuditId) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the id's text, which {@link #parse(String)} accepts.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return value;
  }
}
