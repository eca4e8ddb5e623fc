package org.practiceaudit.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.practiceaudit.core.agreement.SampleMoments;

/** Exact per-audit score totals, bucketed by the number of applicable domains. */
final class PerAuditCounters {
  final long[] sum;
  final long[] squares;
  final long[] count;

  PerAuditCounters(int domains) {
    sum = new long[domains + 1];
    squares = new long[domains + 1];
    count = new long[domains + 1];
  }

  void add(int applicable, long total) {
    sum[applicable] += total;
    squares[applicable] += total * total;
    count[applicable]++;
  }

  void add(PerAuditCounters o) {
    Counters.add(sum, o.sum);
    Counters.add(squares, o.squares);
    Counters.add(count, o.count);
  }

  void set(List<AuditSums> sums) {
    for (AuditSums s : sums) {
      sum[s.applicableDomains()] = s.sum();
      squares[s.applicableDomains()] = s.sumOfSquares();
      count[s.applicableDomains()] = s.audits();
    }
  }

  List<AuditSums> snapshot() {
    List<AuditSums> out = new ArrayList<>();
    for (int c = 1; c < count.length; c++) {
      if (count[c] > 0) {
        out.add(
            AuditSums.builder()
                .applicableDomains(c)
                .audits(count[c])
                .sum(sum[c])
                .sumOfSquares(squares[c])
                .build());
      }
    }
    return out;
  }

  /** The moments of the audits' own averages, each audit weighing the same. */
  SampleMoments moments() {
    long n = 0;
    double s = 0;
    double q = 0;
    for (int c = 1; c < count.length; c++) {
      n += count[c];
      s += (double) sum[c] / c;
      q += (double) squares[c] / ((double) c * c);
    }
    return n == 0 ? SampleMoments.of(0, 0, 0) : SampleMoments.of(n, s, q);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PerAuditCounters
        && Arrays.equals(sum, ((PerAuditCounters) obj).sum)
        && Arrays.equals(squares, ((PerAuditCounters) obj).squares)
        && Arrays.equals(count, ((PerAuditCounters) obj).count);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sum) * 31 + Arrays.hashCode(count);
  }
}
