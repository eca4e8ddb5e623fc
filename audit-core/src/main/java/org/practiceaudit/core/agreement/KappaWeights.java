package org.practiceaudit.core.agreement;

/**
 * How a weighted kappa weighs a disagreement of {@code d} grades on a scale of {@code k} grades.
 */
public enum KappaWeights {
  /** Disagreement weight {@code d / (k - 1)} (Cicchetti and Allison 1971). */
  LINEAR,
  /** Disagreement weight {@code (d / (k - 1))²} (Fleiss and Cohen 1973). */
  QUADRATIC;

  /**
   * Returns the disagreement weight.
   *
   * @param distance the number of grades apart, from 0 to {@code categories - 1}
   * @param categories the number of grades, 2 or more
   * @return the weight, from 0 (agreement) to 1 (the ends of the scale)
   */
  public double weight(int distance, int categories) {
    double d = Math.abs(distance) / (double) (categories - 1);
    return this == LINEAR ? d : d * d;
  }
}
