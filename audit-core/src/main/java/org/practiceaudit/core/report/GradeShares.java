package org.practiceaudit.core.report;

/** Rounds shares of a total so that they add up exactly. */
final class GradeShares {

  private GradeShares() {}

  /**
   * Returns each count's share in tenths of a percent, rounded by largest remainder (Hamilton's
   * method) so that the shares add up to exactly 1000 whenever the total is positive; ties go to
   * the lower index (the better grade). All shares are 0 when the total is 0.
   *
   * @param counts the counts, each 0 or more
   * @return the shares
   */
  static int[] tenthsOfPercent(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    int[] shares = new int[counts.length];
    if (total == 0) {
      return shares;
    }
    long[] remainders = new long[counts.length];
    int assigned = 0;
    for (int i = 0; i < counts.length; i++) {
      long scaled = counts[i] * 1000;
      shares[i] = (int) (scaled / total);
      remainders[i] = scaled % total;
      assigned += shares[i];
    }
    for (int left = 1000 - assigned; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < counts.length; i++) {
        if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      shares[best]++;
      remainders[best] = -1;
    }
    return shares;
  }
}
