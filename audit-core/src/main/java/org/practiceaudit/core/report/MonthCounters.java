package org.practiceaudit.core.report;

import java.util.Arrays;
import java.util.Objects;
import org.practiceaudit.core.timeliness.Timeliness;

/** One calendar month: allocations by allocation month, scores and grades by completion month. */
final class MonthCounters {
  final long[] timeliness = new long[Timeliness.values().length];
  long completed;
  final ScoreCounters scores;
  final PerAuditCounters perAudit;
  final long[] grades;

  MonthCounters(int domains, int gradeCount) {
    scores = new ScoreCounters(domains);
    perAudit = new PerAuditCounters(domains);
    grades = new long[gradeCount];
  }

  long allocated() {
    long sum = 0;
    for (long count : timeliness) {
      sum += count;
    }
    return sum;
  }

  void add(MonthCounters o) {
    Counters.add(timeliness, o.timeliness);
    completed += o.completed;
    scores.add(o.scores);
    perAudit.add(o.perAudit);
    Counters.add(grades, o.grades);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof MonthCounters)) {
      return false;
    }
    MonthCounters o = (MonthCounters) obj;
    return Arrays.equals(timeliness, o.timeliness)
        && completed == o.completed
        && scores.equals(o.scores)
        && perAudit.equals(o.perAudit)
        && Arrays.equals(grades, o.grades);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(timeliness), completed, scores);
  }
}
