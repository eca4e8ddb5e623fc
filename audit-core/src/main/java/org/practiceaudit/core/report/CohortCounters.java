package org.practiceaudit.core.report;

import java.util.Arrays;
import java.util.Objects;

/** One cohort's counts: completed audits, their scores and their grades. */
final class CohortCounters {
  long audits;
  final ScoreCounters scores;
  final long[] grades;

  CohortCounters(int domains, int gradeCount) {
    scores = new ScoreCounters(domains);
    grades = new long[gradeCount];
  }

  void add(CohortCounters o) {
    audits += o.audits;
    scores.add(o.scores);
    Counters.add(grades, o.grades);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CohortCounters
        && audits == ((CohortCounters) obj).audits
        && scores.equals(((CohortCounters) obj).scores)
        && Arrays.equals(grades, ((CohortCounters) obj).grades);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audits, scores);
  }
}
