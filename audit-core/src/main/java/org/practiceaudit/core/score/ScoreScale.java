package org.practiceaudit.core.score;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceaudit.core.AuditParseException;

/**
 * An inclusive range of integer scores with labelled anchors, such as Dorset's 1 to 10 where 1
 * means "no evidence found" and 10 "good evidence found".
 *
 * <p>"Not applicable" is not a point on the scale: it is a {@link DomainScore} of its own and never
 * counts as a score. A scale may forbid it ({@link #withoutNotApplicable()}): Dorset scores every
 * domain, "1 being no evidence found" (monthly audit report 2019, 2.1; seed-fidelity review D4), so
 * a domain left N/A is a mistake there, not a domain to leave out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoreScale {

  private static final Pattern TEXT = Pattern.compile("\\s*(-?\\d{1,6})\\s*-\\s*(-?\\d{1,6})\\s*");

  private final int min;
  private final int max;
  private final SortedMap<Integer, String> anchors;
  private final boolean notApplicableAllowed;

  private ScoreScale(
      int min, int max, SortedMap<Integer, String> anchors, boolean notApplicableAllowed) {
    this.min = min;
    this.max = max;
    this.anchors = anchors;
    this.notApplicableAllowed = notApplicableAllowed;
  }

  /**
   * Obtains a scale from its bounds.
   *
   * @param min the lowest score, from -999,999 to 999,999
   * @param max the highest score, greater than {@code min}, at most 999,999
   * @return the scale, without anchors, allowing N/A
   * @throws IllegalArgumentException if {@code max <= min} or a bound is out of range
   */
  public static ScoreScale of(int min, int max) {
    if (min < -999_999 || min > 999_999 || max < -999_999 || max > 999_999) {
      throw new IllegalArgumentException(
          "score bounds must be from -999999 to 999999: " + min + "-" + max);
    }
    if (max <= min) {
      throw new IllegalArgumentException(
          "a score scale's maximum must exceed its minimum: " + min + "-" + max);
    }
    return new ScoreScale(min, max, Collections.unmodifiableSortedMap(new TreeMap<>()), true);
  }

  /**
   * Obtains a scale from its text form, {@code MIN-MAX} such as {@code 1-10}.
   *
   * @param text the text; not null
   * @return the scale, without anchors
   * @throws AuditParseException if the text is not of the form {@code MIN-MAX} with {@code MIN <
   *     MAX}
   */
  public static ScoreScale parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (m.matches()) {
      int min = Integer.parseInt(m.group(1));
      int max = Integer.parseInt(m.group(2));
      if (min < max) {
        return of(min, max);
      }
    }
    throw new AuditParseException(
        "invalid score scale '" + text + "'; expected MIN-MAX with MIN < MAX, such as '1-10'",
        text);
  }

  /**
   * Returns a copy of this scale with a labelled anchor.
   *
   * @param score a score on this scale
   * @param meaning what the score means, such as {@code no evidence found}; not blank
   * @return a scale with the anchor; this scale if the anchor is already there
   * @throws IllegalArgumentException if the score is outside the scale or the meaning is blank
   */
  public ScoreScale withAnchor(int score, String meaning) {
    Objects.requireNonNull(meaning, "meaning");
    requireContains(score);
    if (meaning.isBlank()) {
      throw new IllegalArgumentException("anchor meaning must not be blank for score " + score);
    }
    if (meaning.equals(anchors.get(score))) {
      return this;
    }
    TreeMap<Integer, String> copy = new TreeMap<>(anchors);
    copy.put(score, meaning);
    return new ScoreScale(min, max, Collections.unmodifiableSortedMap(copy), notApplicableAllowed);
  }

  /**
   * Returns a copy of this scale on which every domain must be scored: N/A is not allowed.
   *
   * @return a scale forbidding N/A; this scale if it already does
   */
  public ScoreScale withoutNotApplicable() {
    return notApplicableAllowed ? new ScoreScale(min, max, anchors, false) : this;
  }

  /**
   * Tells whether a domain on this scale may be scored N/A.
   *
   * @return true (the default) if N/A is allowed
   */
  public boolean allowsNotApplicable() {
    return notApplicableAllowed;
  }

  /**
   * Returns the lowest score.
   *
   * @return the minimum
   */
  public int min() {
    return min;
  }

  /**
   * Returns the highest score.
   *
   * @return the maximum
   */
  public int max() {
    return max;
  }

  /**
   * Returns the labelled anchors, by score.
   *
   * @return an unmodifiable sorted map from score to meaning
   */
  public Map<Integer, String> anchors() {
    return anchors;
  }

  /**
   * Checks whether a score lies on this scale.
   *
   * @param score any integer
   * @return true if {@code min() <= score <= max()}
   */
  public boolean contains(int score) {
    return score >= min && score <= max;
  }

  /**
   * Checks that a score lies on this scale.
   *
   * @param score any integer
   * @return the score
   * @throws IllegalArgumentException if it lies outside, naming the score and the range
   */
  public int requireContains(int score) {
    if (!contains(score)) {
      throw new IllegalArgumentException("score must be from " + min + " to " + max + ": " + score);
    }
    return score;
  }

  /**
   * Maps a score onto [0, 1], the minimum to 0 and the maximum to 1, so that scores on different
   * scales can be averaged together.
   *
   * @param score a score on this scale
   * @return the normalised score, from 0 to 1
   * @throws IllegalArgumentException if the score lies outside the scale
   */
  public double normalise(int score) {
    requireContains(score);
    return (score - (double) min) / (max - (double) min);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ScoreScale
        && ((ScoreScale) obj).min == min
        && ((ScoreScale) obj).max == max
        && ((ScoreScale) obj).anchors.equals(anchors)
        && ((ScoreScale) obj).notApplicableAllowed == notApplicableAllowed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max, anchors, notApplicableAllowed);
  }

  /**
   * Returns the bounds as {@code MIN-MAX}, such as {@code 1-10}, which {@link #parse(String)}
   * accepts.
   *
   * @return the text form of the bounds (anchors and whether N/A is allowed are not included)
   */
  @Override
  public String toString() {
    return min + "-" + max;
  }
}
