package org.practiceaudit.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.practiceaudit.core.timeliness.Timeliness;

/**
 * Converts sums to their public snapshot, {@link AggregateState}, and back, checking that a
 * snapshot fits the spec it is rebuilt against.
 */
final class AggregateSnapshots {

  private AggregateSnapshots() {}

  /** Takes a snapshot; months, cohorts, escalation categories and people in ascending order. */
  static AggregateState snapshot(AggregateSums sums) {
    ReportSpec spec = sums.layout.spec;
    ImmutableAggregateState.Builder b =
        AggregateState.builder()
            .asOf(spec.asOf())
            .gradeScaleId(spec.gradeScale().id())
            .addAllCohortAttributes(spec.cohortAttributes())
            .audits(sums.audits)
            .completed(sums.completed)
            .completedOnTime(sums.timeliness[Timeliness.ON_TIME.ordinal()])
            .completedLate(sums.timeliness[Timeliness.LATE.ordinal()])
            .overdue(sums.timeliness[Timeliness.OVERDUE.ordinal()])
            .pending(sums.timeliness[Timeliness.PENDING.ordinal()])
            .addAllDomains(sums.scores.snapshot(spec.domains()))
            .addAllPerAudit(sums.perAudit.snapshot())
            .addAllGrades(boxed(sums.grades));
    new TreeMap<>(sums.months).forEach((key, m) -> b.addMonth(month(spec, key, m)));
    new TreeMap<>(sums.cohorts)
        .forEach(
            (dimension, values) ->
                new TreeMap<>(values)
                    .forEach(
                        (value, c) ->
                            b.addCohort(
                                CohortState.builder()
                                    .dimension(dimension)
                                    .value(value)
                                    .audits(c.audits)
                                    .addAllDomains(c.scores.snapshot(spec.domains()))
                                    .addAllGrades(boxed(c.grades))
                                    .build())));
    b.addAllEscalations(sums.escalationLines());
    b.actions(sums.actionSummary());
    b.addAllComplianceByAuditor(sums.auditorCompliance());
    new TreeMap<>(sums.byAuditor)
        .forEach((person, counts) -> b.putQuotaDone(person, counts.values[0]));
    b.moderation(sums.moderationTable());
    b.addAllMovements(sums.auditorMovements());
    return b.build();
  }

  private static MonthState month(ReportSpec spec, int key, MonthCounters m) {
    return MonthState.builder()
        .month(AggregateSums.yearMonth(key))
        .completedOnTime(m.timeliness[Timeliness.ON_TIME.ordinal()])
        .completedLate(m.timeliness[Timeliness.LATE.ordinal()])
        .overdue(m.timeliness[Timeliness.OVERDUE.ordinal()])
        .pending(m.timeliness[Timeliness.PENDING.ordinal()])
        .completed(m.completed)
        .addAllDomains(m.scores.snapshot(spec.domains()))
        .addAllPerAudit(m.perAudit.snapshot())
        .addAllGrades(boxed(m.grades))
        .build();
  }

  private static List<Long> boxed(long[] values) {
    List<Long> out = new ArrayList<>(values.length);
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  /**
   * Rebuilds the sums of a snapshot against a spec.
   *
   * @throws IllegalArgumentException if the snapshot does not fit the spec, quoting what differs
   */
  static AggregateSums sums(SpecLayout layout, AggregateState state) {
    requireFits(layout, state);
    AggregateSums a = new AggregateSums(layout);
    a.audits = state.audits();
    a.completed = state.completed();
    setTimeliness(
        a.timeliness,
        state.completedOnTime(),
        state.completedLate(),
        state.overdue(),
        state.pending());
    a.scores.set(state.domains());
    a.perAudit.set(state.perAudit());
    setGrades(a.grades, state.grades());
    setMonthsAndCohorts(a, state);
    for (EscalationLine line : state.escalations()) {
      long[] counts = a.escalation(line.category()).values;
      counts[0] = line.raised();
      counts[1] = line.open();
      counts[2] = line.overdue();
      counts[3] = line.countedFromCompletionDay();
    }
    a.actions = state.actions().total();
    a.actionsOutstanding = state.actions().outstanding();
    a.actionsOverdue = state.actions().overdue();
    for (AuditorCompliance c : state.complianceByAuditor()) {
      long[] counts = a.auditorTimeliness(c.auditor()).values;
      setTimeliness(
          counts,
          c.compliance().completedOnTime(),
          c.compliance().completedLate(),
          c.compliance().overdue(),
          c.compliance().pending());
    }
    state.quotaDone().forEach((person, done) -> a.quotaDone(person).values[0] = done);
    int k = layout.gradeCount;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        a.moderation[i * k + j] = state.moderation().count(i, j);
      }
    }
    for (AuditorMovement m : state.movements()) {
      long[] counts = a.movement(m.auditor()).values;
      counts[0] = m.raised();
      counts[1] = m.lowered();
      counts[2] = m.same();
    }
    return a;
  }

  private static void setMonthsAndCohorts(AggregateSums a, AggregateState state) {
    for (MonthState m : state.months()) {
      MonthCounters month =
          a.month(SpecLayout.monthKey(m.month().getYear(), m.month().getMonthValue()));
      setTimeliness(
          month.timeliness, m.completedOnTime(), m.completedLate(), m.overdue(), m.pending());
      month.completed = m.completed();
      month.scores.set(m.domains());
      month.perAudit.set(m.perAudit());
      setGrades(month.grades, m.grades());
    }
    for (CohortState c : state.cohorts()) {
      CohortCounters cohort = a.cohort(a.cohortValues(c.dimension()), c.value());
      cohort.audits = c.audits();
      cohort.scores.set(c.domains());
      setGrades(cohort.grades, c.grades());
    }
  }

  private static void requireFits(SpecLayout layout, AggregateState state) {
    ReportSpec spec = layout.spec;
    if (!state.asOf().equals(spec.asOf())) {
      throw new IllegalArgumentException(
          "the snapshot was taken as of "
              + state.asOf()
              + ", the spec reports as of "
              + spec.asOf());
    }
    if (!state.gradeScaleId().equals(spec.gradeScale().id())
        || state.grades().size() != layout.gradeCount) {
      throw new IllegalArgumentException(
          "the snapshot's grade scale is '"
              + state.gradeScaleId()
              + "' with "
              + state.grades().size()
              + " grades; the spec's is '"
              + spec.gradeScale().id()
              + "' with "
              + layout.gradeCount);
    }
    if (!state.cohortAttributes().equals(spec.cohortAttributes())) {
      throw new IllegalArgumentException(
          "the snapshot's cohort attributes are "
              + state.cohortAttributes()
              + "; the spec's are "
              + spec.cohortAttributes());
    }
    List<String> ids = new ArrayList<>();
    for (DomainSums sums : state.domains()) {
      ids.add(sums.domainId());
    }
    List<String> expected = List.of(layout.domainIds);
    if (!ids.equals(expected)) {
      throw new IllegalArgumentException(
          "the snapshot's domains are " + ids + "; the spec's are " + expected);
    }
    if (spec.quotas().isEmpty() && !state.quotaDone().isEmpty()) {
      throw new IllegalArgumentException(
          "the snapshot has quota counts for "
              + state.quotaDone().size()
              + " people but the spec has no quotas");
    }
    requireOnScales(layout, "the aggregate", state.domains(), state.perAudit());
    for (MonthState m : state.months()) {
      requireOnScales(layout, "month " + m.month(), m.domains(), m.perAudit());
    }
    for (CohortState c : state.cohorts()) {
      requireOnScales(layout, "cohort " + c.dimension() + "=" + c.value(), c.domains(), List.of());
    }
  }

  private static void requireOnScales(
      SpecLayout layout, String where, List<DomainSums> domains, List<AuditSums> perAudit) {
    long lowest = Long.MAX_VALUE;
    long highest = Long.MIN_VALUE;
    for (int d = 0; d < layout.domainCount; d++) {
      DomainSums s = domains.get(d);
      int min = layout.scaleMin[d];
      int max = layout.scaleMax[d];
      lowest = Math.min(lowest, min);
      highest = Math.max(highest, max);
      if (!within(s.sum(), s.scored(), min, max)) {
        throw new IllegalArgumentException(
            "domain '"
                + s.domainId()
                + "' in "
                + where
                + " has "
                + s.scored()
                + " scores summing to "
                + s.sum()
                + ", impossible on its scale "
                + min
                + "-"
                + max);
      }
      long low = min <= 0 && max >= 0 ? 0 : Math.min(square(min), square(max));
      long high = Math.max(square(min), square(max));
      if (!within(s.sumOfSquares(), s.scored(), low, high)) {
        throw new IllegalArgumentException(
            "domain '"
                + s.domainId()
                + "' in "
                + where
                + " has "
                + s.scored()
                + " scores whose squares sum to "
                + s.sumOfSquares()
                + ", impossible on its scale "
                + min
                + "-"
                + max);
      }
    }
    for (AuditSums s : perAudit) {
      if (!within(
          s.sum(), s.audits(), s.applicableDomains() * lowest, s.applicableDomains() * highest)) {
        throw new IllegalArgumentException(
            s.audits()
                + " audits in "
                + where
                + " with "
                + s.applicableDomains()
                + " applicable domains have totals summing to "
                + s.sum()
                + ", impossible on the domains' scales");
      }
    }
  }

  private static long square(long value) {
    return value * value;
  }

  /** Whether {@code count} values each from {@code min} to {@code max} can sum to {@code sum}. */
  private static boolean within(long sum, long count, long min, long max) {
    try {
      return sum >= Math.multiplyExact(count, min) && sum <= Math.multiplyExact(count, max);
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static void setTimeliness(
      long[] into, long onTime, long late, long overdue, long pending) {
    into[Timeliness.ON_TIME.ordinal()] = onTime;
    into[Timeliness.LATE.ordinal()] = late;
    into[Timeliness.OVERDUE.ordinal()] = overdue;
    into[Timeliness.PENDING.ordinal()] = pending;
  }

  private static void setGrades(long[] into, List<Long> counts) {
    for (int r = 0; r < into.length; r++) {
      into[r] = counts.get(r);
    }
  }
}
