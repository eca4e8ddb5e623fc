package org.practiceaudit.core.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Each part of a region beside the whole (council against region, team against council), with the
 * counts a {@link SmallCountSuppression} rule does not allow to be published hidden.
 *
 * <p>Rows are the parts in the order given, then the whole, whose every count is the sum of the
 * parts'. What is hidden, and why:
 *
 * <ul>
 *   <li>every {@link Figure} count from 1 to the threshold − 1 (primary suppression);
 *   <li>further counts wherever a published relation would let a reader work out a hidden count or
 *       a small sum of hidden counts by subtraction (secondary suppression): in each row, audits =
 *       completed + overdue + not yet due, completed = on time + late, audits = on time + late +
 *       overdue + not yet due and graded = good or better + below good; in each column, the whole =
 *       the sum of the parts;
 *   <li>a share (compliance, good or better) whenever its count or its base is hidden, since the
 *       share times the base gives the count back; the complement of a share (audits not on time,
 *       graded below good) is protected by the relations above;
 *   <li>an average score whenever its count of scored audits is hidden.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionalComparison {

  private static final Figure[] FIGURES = Figure.values();

  private final List<PartFigures> parts;
  private final PartFigures whole;
  private final SmallCountSuppression rule;
  private final boolean[] hidden;

  private RegionalComparison(
      List<PartFigures> parts, PartFigures whole, SmallCountSuppression rule, boolean[] hidden) {
    this.parts = parts;
    this.whole = whole;
    this.rule = rule;
    this.hidden = hidden;
  }

  /**
   * Obtains the comparison of parts with their whole.
   *
   * @param parts the parts, at least one, with distinct names; not null
   * @param whole the whole; each of its counts is the sum of the parts'; not null
   * @param rule the suppression rule; {@link SmallCountSuppression#none()} publishes every count
   * @return the comparison
   * @throws IllegalArgumentException if there is no part, two parts share a name, or a count of the
   *     whole is not the sum of the parts', quoting the figure and the values
   */
  public static RegionalComparison of(
      List<PartFigures> parts, PartFigures whole, SmallCountSuppression rule) {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(rule, "rule");
    List<PartFigures> copy = List.copyOf(parts);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a comparison needs at least one part");
    }
    requireParts(copy, whole);
    int rows = copy.size() + 1;
    long[] cells = new long[rows * FIGURES.length];
    List<int[]> relations = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      PartFigures row = r < copy.size() ? copy.get(r) : whole;
      for (Figure figure : FIGURES) {
        cells[cell(r, figure)] = row.count(figure);
      }
      relations.add(
          new int[] {
            cell(r, Figure.AUDITS),
            cell(r, Figure.COMPLETED),
            cell(r, Figure.OVERDUE),
            cell(r, Figure.PENDING)
          });
      relations.add(
          new int[] {
            cell(r, Figure.COMPLETED),
            cell(r, Figure.COMPLETED_ON_TIME),
            cell(r, Figure.COMPLETED_LATE)
          });
      relations.add(
          new int[] {
            cell(r, Figure.AUDITS),
            cell(r, Figure.COMPLETED_ON_TIME),
            cell(r, Figure.COMPLETED_LATE),
            cell(r, Figure.OVERDUE),
            cell(r, Figure.PENDING)
          });
      relations.add(
          new int[] {
            cell(r, Figure.GRADED), cell(r, Figure.GOOD_OR_BETTER), cell(r, Figure.BELOW_GOOD)
          });
    }
    if (copy.size() > 1) {
      for (Figure figure : FIGURES) {
        int[] column = new int[rows];
        column[0] = cell(copy.size(), figure);
        for (int r = 0; r < copy.size(); r++) {
          column[r + 1] = cell(r, figure);
        }
        relations.add(column);
      }
    }
    return new RegionalComparison(copy, whole, rule, rule.hide(cells, relations));
  }

  /** Requires the parts to have distinct names and their figures to add up to the whole's. */
  private static void requireParts(List<PartFigures> copy, PartFigures whole) {
    Set<String> names = new HashSet<>();
    for (PartFigures part : copy) {
      if (!names.add(part.name())) {
        throw new IllegalArgumentException("two parts are named '" + part.name() + "'");
      }
    }
    for (Figure figure : FIGURES) {
      long sum = copy.stream().mapToLong(p -> p.count(figure)).sum();
      if (sum != whole.count(figure)) {
        throw new IllegalArgumentException(
            "the parts' "
                + figure.id()
                + " add up to "
                + sum
                + ", the whole's is "
                + whole.count(figure));
      }
    }
  }

  private static int cell(int row, Figure figure) {
    return row * FIGURES.length + figure.ordinal();
  }

  /**
   * Returns the parts, in the order given.
   *
   * @return the parts
   */
  public List<PartFigures> parts() {
    return parts;
  }

  /**
   * Returns the whole.
   *
   * @return the whole, whose counts are the sums of the parts'
   */
  public PartFigures whole() {
    return whole;
  }

  /**
   * Returns the rows of the table: the parts, then the whole.
   *
   * @return the rows; row {@code parts().size()} is the whole
   */
  public List<PartFigures> rows() {
    List<PartFigures> rows = new ArrayList<>(parts);
    rows.add(whole);
    return List.copyOf(rows);
  }

  /**
   * Returns the suppression rule applied.
   *
   * @return the rule
   */
  public SmallCountSuppression rule() {
    return rule;
  }

  /**
   * Tells whether a count must not be published.
   *
   * @param row the row index, from 0 to {@code parts().size()} (the whole)
   * @param figure the figure; not null
   * @return true if the count is hidden
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public boolean isHidden(int row, Figure figure) {
    Objects.checkIndex(row, parts.size() + 1);
    return hidden[cell(row, Objects.requireNonNull(figure, "figure"))];
  }

  /**
   * Returns a count as it may be published.
   *
   * @param row the row index, from 0 to {@code parts().size()} (the whole)
   * @param figure the figure; not null
   * @return the count, or empty where it is hidden
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public OptionalLong published(int row, Figure figure) {
    return isHidden(row, figure)
        ? OptionalLong.empty()
        : OptionalLong.of(rows().get(row).count(figure));
  }

  /**
   * Returns the share of audits completed on time, as it may be published.
   *
   * @param row the row index, from 0 to {@code parts().size()} (the whole)
   * @return completed on time ÷ audits, or empty where either is hidden or there is no audit
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public OptionalDouble compliance(int row) {
    return share(row, Figure.COMPLETED_ON_TIME, Figure.AUDITS);
  }

  /**
   * Returns the share of graded audits graded good or better, as it may be published.
   *
   * @param row the row index, from 0 to {@code parts().size()} (the whole)
   * @return good or better ÷ graded, or empty where either is hidden or nothing is graded
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public OptionalDouble goodOrBetter(int row) {
    return share(row, Figure.GOOD_OR_BETTER, Figure.GRADED);
  }

  /**
   * Returns the average domain score, as it may be published.
   *
   * @param row the row index, from 0 to {@code parts().size()} (the whole)
   * @return the average, or empty where the count of scored audits is hidden or none was scored
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public OptionalDouble average(int row) {
    return isHidden(row, Figure.SCORED_AUDITS) ? OptionalDouble.empty() : rows().get(row).average();
  }

  private OptionalDouble share(int row, Figure count, Figure base) {
    if (isHidden(row, count) || isHidden(row, base) || rows().get(row).count(base) == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) rows().get(row).count(count) / rows().get(row).count(base));
  }
}
