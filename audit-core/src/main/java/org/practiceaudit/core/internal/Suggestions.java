package org.practiceaudit.core.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * "Did you mean" suggestions for misspelt names, by optimal-string-alignment (Damerau) distance:
 * the one home of the suggestions the configuration loader and the command line make.
 *
 * <pre>{@code
 * Suggestions.closest("opend_on", List.of("case_id", "opened_on"));  // Optional[opened_on]
 * }</pre>
 */
public final class Suggestions {

  /** The largest distance still suggested. */
  public static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  /**
   * Returns the closest candidate within {@link #MAX_DISTANCE}, ignoring case; ties go to the
   * first.
   *
   * @param text the misspelt text; not null
   * @param candidates the names allowed; not null
   * @return the closest candidate, or empty if none is within {@link #MAX_DISTANCE}
   */
  public static Optional<String> closest(String text, Collection<String> candidates) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(candidates, "candidates");
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    String lower = text.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - text.length()) > MAX_DISTANCE) {
        continue;
      }
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns "; did you mean 'x'?" when a candidate is close, otherwise "; expected one of [...]",
   * or nothing when there are no candidates.
   *
   * @param text the misspelt text; not null
   * @param candidates the names allowed; not null
   * @return the hint, starting with "; " unless empty
   */
  public static String hint(String text, Collection<String> candidates) {
    Optional<String> closest = closest(text, candidates);
    if (closest.isPresent()) {
      return "; did you mean '" + closest.get() + "'?";
    }
    return candidates.isEmpty() ? "" : "; expected one of " + candidates;
  }

  /**
   * Returns the optimal string alignment distance: insertions, deletions, substitutions and
   * adjacent transpositions each count one.
   *
   * @param a one text; not null
   * @param b the other text; not null
   * @return the distance, 0 when the texts are equal
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
