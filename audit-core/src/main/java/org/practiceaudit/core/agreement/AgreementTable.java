package org.practiceaudit.core.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;

/**
 * A square table of how often a first rater (the auditor) and a second rater (the moderator) gave
 * each pair of grades, by rank (0 = best) on a scale of {@code k} grades.
 *
 * <p>Tables over disjoint sets of pairs add up: {@link #merge} is associative and commutative, with
 * {@link #empty} as identity, so moderation agreement can be computed per team and combined.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgreementTable {

  private final int categories;
  private final long[] counts;

  private AgreementTable(int categories, long[] counts) {
    this.categories = categories;
    this.counts = counts;
  }

  /**
   * Obtains an empty table.
   *
   * @param categories the number of grades on the scale, 2 or more
   * @return the table
   * @throws IllegalArgumentException if fewer than 2 categories
   */
  public static AgreementTable empty(int categories) {
    if (categories < 2 || categories > 1000) {
      throw new IllegalArgumentException("categories must be from 2 to 1000: " + categories);
    }
    return new AgreementTable(categories, new long[categories * categories]);
  }

  /**
   * Obtains a table from counts, {@code counts[first][second]}.
   *
   * @param counts a square array of non-negative counts, 2 × 2 or larger
   * @return the table
   * @throws IllegalArgumentException if not square or a count is negative
   */
  public static AgreementTable of(long[][] counts) {
    Objects.requireNonNull(counts, "counts");
    int k = counts.length;
    AgreementTable table = empty(k);
    for (int i = 0; i < k; i++) {
      if (counts[i].length != k) {
        throw new IllegalArgumentException(
            "counts must be square: row "
                + i
                + " has "
                + counts[i].length
                + " columns, expected "
                + k);
      }
      for (int j = 0; j < k; j++) {
        if (counts[i][j] < 0) {
          throw new IllegalArgumentException("counts must not be negative: " + counts[i][j]);
        }
        table.counts[i * k + j] = counts[i][j];
      }
    }
    return table;
  }

  /**
   * Obtains a table from paired ranks.
   *
   * @param categories the number of grades, 2 or more
   * @param first the first rater's ranks, each from 0 to {@code categories - 1}
   * @param second the second rater's ranks, as many as {@code first}
   * @return the table
   * @throws IllegalArgumentException if the arrays differ in length or a rank is out of range
   */
  public static AgreementTable ofRanks(int categories, int[] first, int[] second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.length != second.length) {
      throw new IllegalArgumentException(
          "both raters need the same number of ratings: " + first.length + " and " + second.length);
    }
    AgreementTable table = empty(categories);
    for (int i = 0; i < first.length; i++) {
      table.counts[table.index(first[i], second[i])]++;
    }
    return table;
  }

  /**
   * Obtains a table from paired grades on one scale.
   *
   * @param scale the scale; not null
   * @param first the first rater's grades, on {@code scale}
   * @param second the second rater's grades, on {@code scale}, as many as {@code first}
   * @return the table
   * @throws IllegalArgumentException if the lists differ in length or a grade is not on the scale
   */
  public static AgreementTable ofGrades(GradeScale scale, List<Grade> first, List<Grade> second) {
    Objects.requireNonNull(scale, "scale");
    int[] a = ranks(scale, first, "first");
    int[] b = ranks(scale, second, "second");
    return ofRanks(scale.size(), a, b);
  }

  private static int[] ranks(GradeScale scale, List<Grade> grades, String name) {
    Objects.requireNonNull(grades, name);
    int[] ranks = new int[grades.size()];
    for (int i = 0; i < ranks.length; i++) {
      Grade grade = Objects.requireNonNull(grades.get(i), "grade");
      if (!scale.contains(grade)) {
        throw new IllegalArgumentException(
            "grade '"
                + grade
                + "' is not on scale '"
                + scale.id()
                + "'; expected one of "
                + scale.grades());
      }
      ranks[i] = grade.rank();
    }
    return ranks;
  }

  private int index(int first, int second) {
    if (first < 0 || first >= categories || second < 0 || second >= categories) {
      throw new IllegalArgumentException(
          "ranks must be from 0 to " + (categories - 1) + ": (" + first + ", " + second + ")");
    }
    return first * categories + second;
  }

  /**
   * Returns the table with one more pair.
   *
   * @param first the first rater's rank, from 0 to {@code categories() - 1}
   * @param second the second rater's rank, from 0 to {@code categories() - 1}
   * @return a new table
   * @throws IllegalArgumentException if a rank is out of range
   */
  public AgreementTable plus(int first, int second) {
    int index = index(first, second);
    long[] copy = counts.clone();
    copy[index]++;
    return new AgreementTable(categories, copy);
  }

  /**
   * Returns the table of both tables' pairs.
   *
   * @param other a table with as many categories; not null
   * @return the sum
   * @throws IllegalArgumentException if the tables have different numbers of categories
   */
  public AgreementTable merge(AgreementTable other) {
    Objects.requireNonNull(other, "other");
    if (other.categories != categories) {
      throw new IllegalArgumentException(
          "cannot merge tables of " + categories + " and " + other.categories + " categories");
    }
    long[] sum = counts.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.counts[i];
    }
    return new AgreementTable(categories, sum);
  }

  /**
   * Returns the number of grades on the scale.
   *
   * @return the number of categories, 2 or more
   */
  public int categories() {
    return categories;
  }

  /**
   * Returns how often the first rater gave rank {@code first} and the second rank {@code second}.
   *
   * @param first a rank from 0 to {@code categories() - 1}
   * @param second a rank from 0 to {@code categories() - 1}
   * @return the count
   * @throws IllegalArgumentException if a rank is out of range
   */
  public long count(int first, int second) {
    return counts[index(first, second)];
  }

  /**
   * Returns the number of pairs.
   *
   * @return the total count
   */
  public long total() {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AgreementTable
        && ((AgreementTable) obj).categories == categories
        && Arrays.equals(((AgreementTable) obj).counts, counts);
  }

  @Override
  public int hashCode() {
    return 31 * categories + Arrays.hashCode(counts);
  }

  /**
   * Returns the rows of the table, such as {@code [[3, 1], [0, 2]]}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < categories; i++) {
      text.append(i == 0 ? "" : ", ")
          .append(
              Arrays.toString(Arrays.copyOfRange(counts, i * categories, (i + 1) * categories)));
    }
    return text.append(']').toString();
  }
}
