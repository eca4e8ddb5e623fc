package org.practiceaudit.core.quota;

/** Percentages of counts. */
final class Percentages {

  private Percentages() {}

  /** Returns 100 * part / whole, or 100 when the whole is 0 (nothing was required). */
  static double of(long part, long whole) {
    return whole == 0 ? 100.0 : 100.0 * part / whole;
  }
}
