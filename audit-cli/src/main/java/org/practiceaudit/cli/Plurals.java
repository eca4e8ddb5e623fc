package org.practiceaudit.cli;

/** Counts in the command line's messages, with the noun in the number the count needs. */
final class Plurals {

  private Plurals() {}

  /**
   * Returns the count and its noun, such as {@code "1 escalation category"} or {@code "4 escalation
   * categories"}.
   *
   * @param count the count, any value
   * @param singular the noun for a count of exactly 1
   * @param plural the noun for every other count, 0 included
   */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
