package org.practiceaudit.core.report;

import java.time.Instant;
import java.util.Map;
import org.practiceaudit.core.timeliness.Timeliness;

/**
 * Derives the sums of a report from {@link AuditColumns} at one report instant. One loop over the
 * rows' primitive columns counts into flat per-group arrays (a group is a completion month and one
 * value per cohort dimension) and per-allocation-month timeliness; the groups are then rolled up
 * into the whole, their months and their cohorts, and the sparse escalations and actions are
 * judged. Sums being exact integers, rolling up gives exactly what {@link AggregateAccumulator}
 * counts audit by audit.
 */
final class ColumnFold {

  private static final int TIMELINESS = Timeliness.values().length;
  private static final int ON_TIME = Timeliness.ON_TIME.ordinal();
  private static final int LATE = Timeliness.LATE.ordinal();
  private static final int OVERDUE = Timeliness.OVERDUE.ordinal();
  private static final int PENDING = Timeliness.PENDING.ordinal();

  private final AuditColumns columns;
  private final AggregateSums sums;
  private final int domains;
  private final int gradeCount;

  /** Per allocation month and timeliness. */
  private final long[] allocated;

  /** Per group. */
  private final long[] completed;

  /** Per group and domain. */
  private final long[] scoreSum;

  private final long[] scoreSquares;
  private final long[] scored;
  private final long[] notApplicable;

  /** Per group and number of applicable domains. */
  private final long[] auditSum;

  private final long[] auditSquares;
  private final long[] audited;

  /** Per group and grade rank. */
  private final long[] grades;

  /** Per auditor. */
  private final long[] quotaDone;

  /** Per auditor and timeliness. */
  private final long[] byAuditor;

  /** Per auditor: raised, lowered, same; null for an auditor with no moderated audit. */
  private final long[][] movements;

  private ColumnFold(AuditColumns columns, SpecLayout layout) {
    this.columns = columns;
    this.sums = new AggregateSums(layout);
    this.domains = layout.domainCount;
    this.gradeCount = layout.gradeCount;
    int groups = columns.groups.size();
    this.allocated = new long[columns.monthKeys.size() * TIMELINESS];
    this.completed = new long[groups];
    this.scoreSum = new long[groups * domains];
    this.scoreSquares = new long[groups * domains];
    this.scored = new long[groups * domains];
    this.notApplicable = new long[groups * domains];
    this.auditSum = new long[groups * (domains + 1)];
    this.auditSquares = new long[groups * (domains + 1)];
    this.audited = new long[groups * (domains + 1)];
    this.grades = new long[groups * gradeCount];
    this.quotaDone = new long[columns.auditors.size()];
    this.byAuditor = new long[columns.auditors.size() * TIMELINESS];
    this.movements = new long[columns.auditors.size()][];
  }

  /**
   * Derives the sums of the columns' audits against a layout of their spec, at its report instant.
   */
  static AggregateSums fold(AuditColumns columns, SpecLayout layout) {
    ColumnFold fold = new ColumnFold(columns, layout);
    fold.rows(layout.spec.asOfDate().toEpochDay());
    fold.rollUp();
    fold.escalationsAndActions(layout.spec.asOf());
    fold.people();
    return fold.sums;
  }

  /** Counts every row, chunk by chunk. */
  private void rows(long asOfDay) {
    int[] codes = new int[domains];
    for (int c = 0, first = 0; first < columns.rows; c++, first += AuditColumns.CHUNK) {
      chunk(c, Math.min(AuditColumns.CHUNK, columns.rows - first), asOfDay, codes);
    }
    sums.audits = columns.rows;
  }

  // size: the loop the report's speed rests on, kept whole so the JIT sees one loop over arrays
  private void chunk(int c, int n, long asOfDay, int[] codes) {
    byte[] states = columns.state[c];
    int[] dues = columns.dueDay[c];
    int[] allocatedMonths = columns.allocatedMonth[c];
    int[] groups = columns.group[c];
    byte[] ranks = columns.grade[c];
    byte[] moderatedRanks = columns.moderated[c];
    int[] auditors = columns.auditor[c];
    int[] scaleMin = sums.layout.scaleMin;
    for (int row = 0; row < n; row++) {
      int state = states[row];
      int timely = state & 3;
      if (timely == AuditColumns.OPEN) {
        int due = dues[row];
        timely = due != AuditColumns.NONE && asOfDay > due ? OVERDUE : PENDING;
      } else {
        timely = timely == AuditColumns.LATE ? LATE : ON_TIME;
      }
      allocated[allocatedMonths[row] * TIMELINESS + timely]++;
      byAuditor[auditors[row] * TIMELINESS + timely]++;
      int g = groups[row];
      if (g == AuditColumns.NONE) {
        continue;
      }
      completed[g]++;
      readCodes(c, row, codes);
      int base = g * domains;
      long total = 0;
      int applicable = 0;
      for (int d = 0; d < domains; d++) {
        int code = codes[d];
        if (code == AuditColumns.NOT_APPLICABLE) {
          notApplicable[base + d]++;
        } else if (code != AuditColumns.NOT_COUNTED) {
          long value = code - 2 + scaleMin[d];
          scoreSum[base + d] += value;
          scoreSquares[base + d] += value * value;
          scored[base + d]++;
          total += value;
          applicable++;
        }
      }
      if (applicable > 0) {
        int bucket = g * (domains + 1) + applicable;
        auditSum[bucket] += total;
        auditSquares[bucket] += total * total;
        audited[bucket]++;
      }
      int rank = ranks[row];
      if (rank >= 0) {
        grades[g * gradeCount + rank]++;
        int second = moderatedRanks[row];
        if (second >= 0) {
          sums.moderation[rank * gradeCount + second]++;
          movement(auditors[row])[second < rank ? 0 : second > rank ? 1 : 2]++;
        }
      }
      if ((state & AuditColumns.QUOTA) != 0) {
        quotaDone[auditors[row]]++;
      }
    }
  }

  private void readCodes(int c, int row, int[] codes) {
    int base = row * codes.length;
    if (columns.narrowScores[c] != null) {
      byte[] narrow = columns.narrowScores[c];
      for (int d = 0; d < codes.length; d++) {
        codes[d] = narrow[base + d] & 0xFF;
      }
    } else {
      System.arraycopy(columns.wideScores[c], base, codes, 0, codes.length);
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

  /**
   * Adds each allocation month's timeliness, then each group, into the whole, its month and
   * cohorts.
   */
  private void rollUp() {
    MonthCounters[] months = new MonthCounters[columns.monthKeys.size()];
    for (int m = 0; m < months.length; m++) {
      months[m] = sums.month(columns.monthKeys.get(m));
      for (int k = 0; k < TIMELINESS; k++) {
        months[m].timeliness[k] += allocated[m * TIMELINESS + k];
        sums.timeliness[k] += allocated[m * TIMELINESS + k];
      }
    }
    String[] dimensions = sums.layout.cohortDimensions;
    for (int g = 0; g < completed.length; g++) {
      MonthCounters month = months[columns.groups.get(g, 0)];
      sums.completed += completed[g];
      month.completed += completed[g];
      addGroup(g, sums.scores, sums.grades);
      addGroup(g, month.scores, month.grades);
      addAudits(g, sums.perAudit);
      addAudits(g, month.perAudit);
      for (int c = 0; c < dimensions.length; c++) {
        int value = columns.groups.get(g, 1 + c);
        if (value >= 0) {
          Map<String, CohortCounters> values = sums.cohortValues(dimensions[c]);
          CohortCounters cohort = sums.cohort(values, columns.cohortValues.get(c).get(value));
          cohort.audits += completed[g];
          addGroup(g, cohort.scores, cohort.grades);
        }
      }
    }
  }

  private void addGroup(int g, ScoreCounters into, long[] gradesInto) {
    int base = g * domains;
    for (int d = 0; d < domains; d++) {
      into.sum[d] += scoreSum[base + d];
      into.squares[d] += scoreSquares[base + d];
      into.count[d] += scored[base + d];
      into.notApplicable[d] += notApplicable[base + d];
    }
    for (int r = 0; r < gradeCount; r++) {
      gradesInto[r] += grades[g * gradeCount + r];
    }
  }

  private void addAudits(int g, PerAuditCounters into) {
    int base = g * (domains + 1);
    for (int a = 0; a <= domains; a++) {
      into.sum[a] += auditSum[base + a];
      into.squares[a] += auditSquares[base + a];
      into.count[a] += audited[base + a];
    }
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
        boolean reached =
            asOfSecond > dueSecond
                || (asOfSecond == dueSecond && asOfNano >= t.escalationDueNano[e]);
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
    t.outstandingByDueDay.forEach(
        (day, count) -> {
          if (day < asOfDay) {
            sums.actionsOverdue += count[0];
          }
        });
  }

  private void people() {
    for (int a = 0; a < quotaDone.length; a++) {
      long[] timeliness = sums.auditorTimeliness(columns.auditors.get(a)).values;
      System.arraycopy(byAuditor, a * TIMELINESS, timeliness, 0, TIMELINESS);
      if (quotaDone[a] > 0) {
        sums.quotaDone(columns.auditors.get(a)).values[0] = quotaDone[a];
      }
      if (movements[a] != null) {
        System.arraycopy(
            movements[a],
            0,
            sums.movement(columns.auditors.get(a)).values,
            0,
            AggregateSums.MOVEMENT_COUNTS);
      }
    }
  }
}
