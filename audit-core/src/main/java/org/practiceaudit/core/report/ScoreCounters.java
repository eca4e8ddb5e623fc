package org.practiceaudit.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.practiceaudit.core.agreement.SampleMoments;
import org.practiceaudit.core.framework.Domain;

/** Exact score sums per domain of a report: sum, sum of squares, scores counted and N/A counted. */
final class ScoreCounters {
  final long[] sum;
  final long[] squares;
  final long[] count;
  final long[] notApplicable;

  ScoreCounters(int domains) {
    sum = new long[domains];
    squares = new long[domains];
    count = new long[domains];
    notApplicable = new long[domains];
  }

  void add(int d, int value) {
    sum[d] += value;
    squares[d] += (long) value * value;
    count[d]++;
  }

  void add(ScoreCounters o) {
    Counters.add(sum, o.sum);
    Counters.add(squares, o.squares);
    Counters.add(count, o.count);
    Counters.add(notApplicable, o.notApplicable);
  }

  SampleMoments moments(int d) {
    return SampleMoments.of(count[d], sum[d], squares[d]);
  }

  void set(List<DomainSums> sums) {
    for (int d = 0; d < sum.length; d++) {
      DomainSums s = sums.get(d);
      sum[d] = s.sum();
      squares[d] = s.sumOfSquares();
      count[d] = s.scored();
      notApplicable[d] = s.notApplicable();
    }
  }

  List<DomainSums> snapshot(List<Domain> domains) {
    List<DomainSums> out = new ArrayList<>(sum.length);
    for (int d = 0; d < sum.length; d++) {
      out.add(
          DomainSums.builder()
              .domainId(domains.get(d).id())
              .scored(count[d])
              .sum(sum[d])
              .sumOfSquares(squares[d])
              .notApplicable(notApplicable[d])
              .build());
    }
    return out;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ScoreCounters
        && Arrays.equals(sum, ((ScoreCounters) obj).sum)
        && Arrays.equals(squares, ((ScoreCounters) obj).squares)
        && Arrays.equals(count, ((ScoreCounters) obj).count)
        && Arrays.equals(notApplicable, ((ScoreCounters) obj).notApplicable);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sum) * 31 + Arrays.hashCode(count);
  }
}
