package org.practiceaudit.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.practiceaudit.core.timeliness.Timeliness;

/**
 * Derives the sums of a report from {@link AuditColumns} at one report instant: one loop over the rows'
 * primitive columns into counters found by index, then the sparse escalations and actions. Counts exactly
 * what {@link AggregateAccumulator} counts for the same audits.
 */
final class ColumnFold {

  private final AuditColumns columns;
  private final AggregateSums sums;
  private final MonthCounters[] months;
  /** Per cohort dimension, per value index. */
  private final CohortCounters[][] cohorts;
  private final long[] quotaDone;
  /** Per auditor: raised, lowered, same. */
  private final long[][] movements;

  private ColumnFold(AuditColumns columns, SpecLayout layout) {
    this.columns = columns;
    this.sums = new AggregateSums(layout);
    this.months = new MonthCounters[columns.monthKeys.size()];
    for (int m = 0; m < months.length; m++) {
      months[m] = sums.month(columns.monthKeys.get(m));
    }
    this.cohorts = new CohortCounters[layout.cohortDimensions.length][];
    for (int c = 0; c < cohorts.length; c++) {
      List<String> values = columns.cohortValues.get(c);
      cohorts[c] = new CohortCounters[values.size()];
      if (!values.isEmpty()) {
        Map<String, CohortCounters> byValue = sums.cohortValues(layout.cohortDimensions[c]);
        for (int v = 0; v < values.size(); v++) {
          cohorts[c][v] = sums.cohort(byValue, values.get(v));
        }
      }
    }
    this.quotaDone = new long[columns.auditors.size()];
    this.movements = new long[columns.auditors.size()][];
  }

  /** Derives the sums of the columns' audits against a layout of their spec, at its report instant. */
  static AggregateSums fold(AuditColumns columns, SpecLayout layout) {
    ColumnFold fold = new ColumnFold(columns, layout);
    fold.rows(layout.spec.asOfDate().toEpochDay());
    fold.escalationsAndActions(layout.spec.asOf());
    fold.people();
    return fold.sums;
  }

  // One pass over every row: the loop the report's speed rests on, so kept whole rather than split.
  private void rows(long asOfDay) {
    AuditColumns t = columns;
    int domains = sums.layout.domainCount;
    int gradeCount = sums.layout.gradeCount;
    int dimensions = cohorts.length;
    int[] scaleMin = sums.layout.scaleMin;
    CohortCounters[] cells = new CohortCounters[dimensions];
    int[] codes = new int[domains];
    for (int row = 0; row < t.rows; row++) {
      int state = t.state[row];
      int timely = state & 3;
      if (timely == AuditColumns.OPEN) {
        int due = t.dueDay[row];
        timely = due != AuditColumns.NONE && asOfDay > due ? Timeliness.OVERDUE.ordinal() : Timeliness.PENDING.ordinal();
      } else {
        timely = timely == AuditColumns.LATE ? Timeliness.LATE.ordinal() : Timeliness.ON_TIME.ordinal();
      }
      sums.timeliness[timely]++;
      months[t.allocatedMonth[row]].timeliness[timely]++;
      int done = t.completedMonth[row];
      if (done == AuditColumns.NONE) {
        continue;
      }
      sums.completed++;
      MonthCounters month = months[done];
      month.completed++;
      int n = 0;
      for (int c = 0; c < dimensions; c++) {
        int value = t.cohort[c][row];
        if (value >= 0) {
          CohortCounters cohort = cohorts[c][value];
          cohort.audits++;
          cells[n++] = cohort;
        }
      }
      readCodes(row, codes);
      long auditSum = 0;
      int applicable = 0;
      for (int d = 0; d < domains; d++) {
        int code = codes[d];
        if (code == AuditColumns.NOT_COUNTED) {
          continue;
        }
        if (code == AuditColumns.NOT_APPLICABLE) {
          sums.scores.notApplicable[d]++;
          month.scores.notApplicable[d]++;
          for (int c = 0; c < n; c++) {
            cells[c].scores.notApplicable[d]++;
          }
          continue;
        }
        int value = code - 2 + scaleMin[d];
        sums.scores.add(d, value);
        month.scores.add(d, value);
        for (int c = 0; c < n; c++) {
          cells[c].scores.add(d, value);
        }
        auditSum += value;
        applicable++;
      }
      if (applicable > 0) {
        sums.perAudit.add(applicable, auditSum);
        month.perAudit.add(applicable, auditSum);
      }
      int rank = t.grade[row];
      if (rank >= 0) {
        sums.grades[rank]++;
        month.grades[rank]++;
        for (int c = 0; c < n; c++) {
          cells[c].grades[rank]++;
        }
        int second = t.moderated[row];
        if (second >= 0) {
          sums.moderation[rank * gradeCount + second]++;
          movement(t.auditor[row])[second < rank ? 0 : second > rank ? 1 : 2]++;
        }
      }
      if ((state & AuditColumns.QUOTA) != 0) {
        quotaDone[t.auditor[row]]++;
      }
    }
    sums.audits = t.rows;
  }

  private void readCodes(int row, int[] codes) {
    int base = row * codes.length;
    if (columns.narrowScores != null) {
      byte[] narrow = columns.narrowScores;
      for (int d = 0; d < codes.length; d++) {
        codes[d] = narrow[base + d] & 0xFF;
      }
    } else {
      System.arraycopy(columns.wideScores, base, codes, 0, codes.length);
    }
  }

  private long[] movement(int auditor) {
    long[] counts = movements[auditor];
    if (counts == null) {
      counts = new long[AggregateSums.MOVEMENT_COUNTS];
      movements[auditor] = counts;
    }
    return counts;
  }

  private void escalationsAndActions(Instant asOf) {
    AuditColumns t = columns;
    long asOfSecond = asOf.getEpochSecond();
    int asOfNano = asOf.getNano();
    for (int e = 0; e < t.escalations; e++) {
      long[] line = sums.escalation(t.escalationCategory[e]).values;
      int flags = t.escalationFlags[e];
      line[0]++;
      if ((flags & 1) != 0) {
        line[1]++;
        long dueSecond = t.escalationDueSecond[e];
        boolean reached = asOfSecond > dueSecond || (asOfSecond == dueSecond && asOfNano >= t.escalationDueNano[e]);
        if ((flags & 2) != 0 && reached) {
          line[2]++;
        }
      }
      if ((flags & 4) != 0) {
        line[3]++;
      }
    }
    sums.actions = t.actions;
    sums.actionsOutstanding = t.actionsOutstanding;
    long asOfDay = sums.layout.spec.asOfDate().toEpochDay();
    t.outstandingByDueDay.forEach((day, count) -> {
      if (day < asOfDay) {
        sums.actionsOverdue += count[0];
      }
    });
  }

  private void people() {
    for (int a = 0; a < quotaDone.length; a++) {
      if (quotaDone[a] > 0) {
        sums.quotaDone(columns.auditors.get(a)).values[0] = quotaDone[a];
      }
      if (movements[a] != null) {
        System.arraycopy(movements[a], 0, sums.movement(columns.auditors.get(a)).values, 0, AggregateSums.MOVEMENT_COUNTS);
      }
    }
  }
}
