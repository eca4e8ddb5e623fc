package org.practiceaudit.core.region;

import java.util.List;
import java.util.Objects;

/**
 * The small-count rule of official statistics: a count from 1 to {@code threshold − 1} is not
 * published, and neither is any cell that would let a reader work it out by subtraction.
 *
 * <p>Primary suppression hides every count {@link #isSmall small}; zero is shown (that no audit of
 * a kind exists identifies no one). Secondary suppression then works on the linear relations a
 * table publishes, each a total and the cells that add up to it (a row's parts, or a column's parts
 * and their whole). A relation with exactly one hidden member would give that member away, and one
 * whose hidden members add up to a small number would give away that small number: in either case
 * the smallest shown non-zero cell of the relation (or, when there is none, its total) is hidden
 * too, until no relation gives anything away. The same cells always give the same result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SmallCountSuppression {

  private static final SmallCountSuppression NONE = new SmallCountSuppression(1);

  private final int threshold;

  private SmallCountSuppression(int threshold) {
    this.threshold = threshold;
  }

  /**
   * Obtains the rule that hides counts below a threshold.
   *
   * @param threshold the smallest count published, 1 or more (1 hides nothing; 5 and 10 are usual)
   * @return the rule
   * @throws IllegalArgumentException if the threshold is less than 1
   */
  public static SmallCountSuppression below(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException(
          "the suppression threshold must be 1 or more: " + threshold);
    }
    return threshold == 1 ? NONE : new SmallCountSuppression(threshold);
  }

  /**
   * Obtains a rule from its text form.
   *
   * @param text such as {@code suppress-below-5}, as {@link #toString()} writes it; not null
   * @return the rule
   * @throws IllegalArgumentException if the text is not of that form, quoting it, or the threshold
   *     is less than 1
   */
  public static SmallCountSuppression parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.matches("suppress-below-[0-9]{1,9}")) {
      throw new IllegalArgumentException(
          "not a small-count rule: '"
              + text
              + "'; expected suppress-below-N,"
              + " such as suppress-below-5");
    }
    return below(Integer.parseInt(text.substring("suppress-below-".length())));
  }

  /**
   * Obtains the rule that hides nothing.
   *
   * @return the rule with threshold 1
   */
  public static SmallCountSuppression none() {
    return NONE;
  }

  /**
   * Returns the smallest count published.
   *
   * @return 1 or more
   */
  public int threshold() {
    return threshold;
  }

  /**
   * Tells whether this rule hides anything.
   *
   * @return true if the threshold is more than 1
   */
  public boolean isActive() {
    return threshold > 1;
  }

  /**
   * Tells whether a count is too small to publish.
   *
   * @param count the count, 0 or more
   * @return true if it is from 1 to {@code threshold − 1}
   */
  public boolean isSmall(long count) {
    return count > 0 && count < threshold;
  }

  /**
   * Decides which cells of a table to hide.
   *
   * @param cells the counts, each 0 or more, indexed as the relations index them; not null
   * @param relations the linear relations the table publishes, each {@code {total, part, part,
   *     ...}}: the indexes of a total and of the cells that add up to it; not null
   * @return a flag per cell, true where the cell must not be published
   * @throws IllegalArgumentException if a count is negative, an index is out of range or a
   *     relation's parts do not add up to its total
   */
  public boolean[] hide(long[] cells, List<int[]> relations) {
    Objects.requireNonNull(cells, "cells");
    Objects.requireNonNull(relations, "relations");
    for (long cell : cells) {
      if (cell < 0) {
        throw new IllegalArgumentException("counts must not be negative: " + cell);
      }
    }
    for (int[] relation : relations) {
      long sum = 0;
      for (int i = 1; i < relation.length; i++) {
        sum += cells[index(cells, relation[i])];
      }
      if (relation.length < 2 || sum != cells[index(cells, relation[0])]) {
        throw new IllegalArgumentException(
            "the parts of total cell "
                + relation[0]
                + " add up to "
                + sum
                + ", not "
                + cells[relation[0]]);
      }
    }
    boolean[] hidden = new boolean[cells.length];
    for (int i = 0; i < cells.length; i++) {
      hidden[i] = isSmall(cells[i]);
    }
    boolean changed = isActive();
    while (changed) {
      changed = false;
      for (int[] relation : relations) {
        if (givesAway(cells, hidden, relation)) {
          hidden[nextToHide(cells, hidden, relation)] = true;
          changed = true;
        }
      }
    }
    return hidden;
  }

  private static int index(long[] cells, int index) {
    if (index < 0 || index >= cells.length) {
      throw new IllegalArgumentException(
          "cell index " + index + " out of range 0-" + (cells.length - 1));
    }
    return index;
  }

  /**
   * Whether the relation lets a reader work out one hidden cell, or a small sum of hidden cells.
   */
  private boolean givesAway(long[] cells, boolean[] hidden, int[] relation) {
    int hiddenMembers = 0;
    for (int member : relation) {
      if (hidden[member]) {
        hiddenMembers++;
      }
    }
    if (hiddenMembers == 0) {
      return false;
    }
    if (hiddenMembers == 1) {
      return true;
    }
    if (hidden[relation[0]]) {
      return false;
    }
    long residual = cells[relation[0]];
    for (int i = 1; i < relation.length; i++) {
      if (!hidden[relation[i]]) {
        residual -= cells[relation[i]];
      }
    }
    return isSmall(residual);
  }

  /**
   * The smallest shown non-zero part (the first of equals), else the total, else any shown part.
   */
  private static int nextToHide(long[] cells, boolean[] hidden, int[] relation) {
    int best = -1;
    for (int i = 1; i < relation.length; i++) {
      int cell = relation[i];
      if (!hidden[cell] && cells[cell] > 0 && (best < 0 || cells[cell] < cells[best])) {
        best = cell;
      }
    }
    if (best >= 0) {
      return best;
    }
    if (!hidden[relation[0]]) {
      return relation[0];
    }
    for (int i = 1; i < relation.length; i++) {
      if (!hidden[relation[i]]) {
        return relation[i];
      }
    }
    throw new IllegalStateException("a relation with every member hidden gives nothing away");
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SmallCountSuppression
        && ((SmallCountSuppression) obj).threshold == threshold;
  }

  @Override
  public int hashCode() {
    return threshold;
  }

  /**
   * Returns the rule as text, which {@link #parse} reads back.
   *
   * @return such as {@code suppress-below-5}
   */
  @Override
  public String toString() {
    return "suppress-below-" + threshold;
  }
}
