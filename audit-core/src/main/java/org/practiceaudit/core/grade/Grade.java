package org.practiceaudit.core.grade;

import java.util.Objects;

/**
 * One judgement on a {@link GradeScale}, such as Ofsted's "Good".
 *
 * <p>A grade knows its scale's id, its label and its rank on that scale: rank 0 is the best
 * judgement, and higher ranks are worse. Grades are compared only with grades of the same scale; no
 * code outside the scale assumes how many grades there are. Obtain grades from their scale, for
 * example {@code GradeScale.ofsted().parse("Requires Improvement to be Good")}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Grade implements Comparable<Grade> {

  private final String scaleId;
  private final int rank;
  private final String label;

  Grade(String scaleId, int rank, String label) {
    this.scaleId = scaleId;
    this.rank = rank;
    this.label = label;
  }

  /**
   * Returns the id of the scale this grade belongs to.
   *
   * @return the scale id, such as {@code ofsted}
   */
  public String scaleId() {
    return scaleId;
  }

  /**
   * Returns the rank of this grade on its scale, 0 being the best.
   *
   * @return the rank, from 0 to the scale's size minus one
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the canonical label of this grade, as the scale writes it.
   *
   * @return the label, such as {@code Requires Improvement}
   */
  public String label() {
    return label;
  }

  /**
   * Checks whether this grade is strictly better than another grade of the same scale.
   *
   * @param other the grade to compare with, of the same scale; not null
   * @return true if this grade ranks above the other
   * @throws IllegalArgumentException if the grades belong to different scales
   */
  public boolean isBetterThan(Grade other) {
    return compareTo(other) > 0;
  }

  /**
   * Checks whether this grade is at least as good as another grade of the same scale.
   *
   * @param other the grade to compare with, of the same scale; not null
   * @return true if this grade ranks at or above the other
   * @throws IllegalArgumentException if the grades belong to different scales
   */
  public boolean isAtLeast(Grade other) {
    return compareTo(other) >= 0;
  }

  /**
   * Compares grades of one scale by quality: a better grade is greater.
   *
   * @param other the grade to compare with, of the same scale; not null
   * @return positive if this grade is better, negative if worse, zero if the same
   * @throws IllegalArgumentException if the grades belong to different scales
   */
  @Override
  public int compareTo(Grade other) {
    Objects.requireNonNull(other, "other");
    if (!scaleId.equals(other.scaleId)) {
      throw new IllegalArgumentException(
          "cannot compare grades of different scales: '"
              + scaleId
              + "' and '"
              + other.scaleId
              + "'");
    }
    return Integer.compare(other.rank, rank);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Grade
        && ((Grade) obj).rank == rank
        && ((Grade) obj).scaleId.equals(scaleId)
        && ((Grade) obj).label.equals(label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scaleId, rank, label);
  }

  /**
   * Returns the label, which the scale's {@link GradeScale#parse(String)} accepts.
   *
   * @return the canonical label
   */
  @Override
  public String toString() {
    return label;
  }
}
