package org.practiceaudit.core.score;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.practiceaudit.core.AuditParseException;

/**
 * The score an auditor gave one domain: an integer, or "not applicable".
 *
 * <p>A not-applicable score is a value of its own, so that it can be recorded, but it never counts
 * as a score: averages and coverage skip it. The text form is the integer or {@code NA}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DomainScore {

  private static final DomainScore NOT_APPLICABLE = new DomainScore(false, 0);
  private static final Set<String> NA_SPELLINGS = Set.of("na", "n/a", "not applicable");

  /** Compiled once: a file's reader parses millions of scores. */
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");

  private final boolean applicable;
  private final int value;

  private DomainScore(boolean applicable, int value) {
    this.applicable = applicable;
    this.value = value;
  }

  /**
   * Obtains a score.
   *
   * @param value the score; checked against a domain's scale where the audit is checked
   * @return the score, not null
   */
  public static DomainScore of(int value) {
    return new DomainScore(true, value);
  }

  /**
   * Returns the "not applicable" score.
   *
   * @return the singleton not-applicable score
   */
  public static DomainScore notApplicable() {
    return NOT_APPLICABLE;
  }

  /**
   * Obtains a score from text: an integer, or {@code NA}, {@code N/A} or {@code not applicable} in
   * any case.
   *
   * @param text the text; not null
   * @return the score, not null
   * @throws AuditParseException if the text is neither an {@code int} nor a not-applicable spelling
   */
  public static DomainScore parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (INTEGER.matcher(t).matches()) {
      long v = Long.parseLong(t);
      if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
        return of((int) v);
      }
    } else if (NA_SPELLINGS.contains(t.toLowerCase(Locale.ROOT))) {
      return NOT_APPLICABLE;
    }
    throw new AuditParseException("invalid score '" + text + "'; expected an integer or NA", text);
  }

  /**
   * Checks whether this is a score, rather than "not applicable".
   *
   * @return true for a score
   */
  public boolean isApplicable() {
    return applicable;
  }

  /**
   * Returns the score, if there is one.
   *
   * @return the score, or empty when not applicable
   */
  public OptionalInt value() {
    return applicable ? OptionalInt.of(value) : OptionalInt.empty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DomainScore
        && ((DomainScore) obj).applicable == applicable
        && ((DomainScore) obj).value == value;
  }

  @Override
  public int hashCode() {
    return applicable ? Integer.hashCode(value) : -1;
  }

  /**
   * Returns the integer, or {@code NA}; {@link #parse(String)} accepts either.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return applicable ? Integer.toString(value) : "NA";
  }
}
