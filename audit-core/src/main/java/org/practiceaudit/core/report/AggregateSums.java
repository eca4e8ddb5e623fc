package org.practiceaudit.core.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.timeliness.Timeliness;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The exact sums and counts of a report, mutable: what {@link AggregateAccumulator} and {@link
 * AuditColumns} count into, and what a {@link ReportAggregate} holds without ever changing it
 * again. Integers only, so that adding the sums of disjoint sets of audits gives exactly the sums
 * of their union.
 */
final class AggregateSums {

  /** An escalation line's counts: raised, open, overdue, counted from the completion day. */
  static final int ESCALATION_COUNTS = 4;

  /** An auditor's movements: raised, lowered, same. */
  static final int MOVEMENT_COUNTS = 3;

  final SpecLayout layout;
  long audits;
  long completed;
  final long[] timeliness = new long[Timeliness.values().length];
  final ScoreCounters scores;
  final PerAuditCounters perAudit;
  final long[] grades;

  /** By {@link SpecLayout#monthKey}. */
  final Map<Integer, MonthCounters> months = new HashMap<>();

  /** By dimension, then value. */
  final Map<String, Map<String, CohortCounters>> cohorts = new HashMap<>();

  /** By category. */
  final Map<Integer, Counters> escalations = new HashMap<>();

  long actions;
  long actionsOutstanding;
  long actionsOverdue;

  /**
   * Each auditor's audits by timeliness, indexed by {@link Timeliness#ordinal()}: behind compliance
   * by auditor (D12).
   */
  final Map<PersonId, Counters> timelinessByAuditor = new HashMap<>();

  /** Completed audits counting towards each person's quota, one counter each. */
  final Map<PersonId, Counters> byAuditor = new HashMap<>();

  /** Row-major: the auditor's rank times the number of grades, plus the moderator's rank. */
  final long[] moderation;

  final Map<PersonId, Counters> movements = new HashMap<>();

  AggregateSums(SpecLayout layout) {
    this.layout = layout;
    this.scores = new ScoreCounters(layout.domainCount);
    this.perAudit = new PerAuditCounters(layout.domainCount);
    this.grades = new long[layout.gradeCount];
    this.moderation = new long[layout.gradeCount * layout.gradeCount];
  }

  /** Returns the month of a key, created empty when missing. */
  MonthCounters month(int key) {
    MonthCounters month = months.get(key);
    if (month == null) {
      month = new MonthCounters(layout.domainCount, layout.gradeCount);
      months.put(key, month);
    }
    return month;
  }

  /** Returns the values of a cohort dimension, created empty when missing. */
  Map<String, CohortCounters> cohortValues(String dimension) {
    return cohorts.computeIfAbsent(dimension, k -> new HashMap<>());
  }

  /** Returns the cohort of a value among a dimension's values, created empty when missing. */
  CohortCounters cohort(Map<String, CohortCounters> values, String value) {
    CohortCounters cohort = values.get(value);
    if (cohort == null) {
      cohort = new CohortCounters(layout.domainCount, layout.gradeCount);
      values.put(value, cohort);
    }
    return cohort;
  }

  Counters escalation(int category) {
    return escalations.computeIfAbsent(category, k -> new Counters(ESCALATION_COUNTS));
  }

  Counters auditorTimeliness(PersonId auditor) {
    return timelinessByAuditor.computeIfAbsent(
        auditor, k -> new Counters(Timeliness.values().length));
  }

  Counters quotaDone(PersonId person) {
    return byAuditor.computeIfAbsent(person, k -> new Counters(1));
  }

  Counters movement(PersonId auditor) {
    return movements.computeIfAbsent(auditor, k -> new Counters(MOVEMENT_COUNTS));
  }

  /** Adds another set of sums of the same spec (disjoint audits) to these. */
  void addAll(AggregateSums o) {
    audits += o.audits;
    completed += o.completed;
    Counters.add(timeliness, o.timeliness);
    scores.add(o.scores);
    perAudit.add(o.perAudit);
    Counters.add(grades, o.grades);
    o.months.forEach((key, month) -> month(key).add(month));
    o.cohorts.forEach(
        (dimension, values) -> {
          Map<String, CohortCounters> mine = cohortValues(dimension);
          values.forEach((value, cohort) -> cohort(mine, value).add(cohort));
        });
    o.escalations.forEach((key, counts) -> escalation(key).add(counts));
    actions += o.actions;
    actionsOutstanding += o.actionsOutstanding;
    actionsOverdue += o.actionsOverdue;
    o.timelinessByAuditor.forEach((key, counts) -> auditorTimeliness(key).add(counts));
    o.byAuditor.forEach((key, counts) -> quotaDone(key).add(counts));
    Counters.add(moderation, o.moderation);
    o.movements.forEach((key, counts) -> movement(key).add(counts));
  }

  /** Returns a copy that shares no mutable state with these sums. */
  AggregateSums copy() {
    AggregateSums copy = new AggregateSums(layout);
    copy.addAll(this);
    return copy;
  }

  static Compliance compliance(long[] timeliness) {
    return Compliance.of(
        timeliness[Timeliness.ON_TIME.ordinal()],
        timeliness[Timeliness.LATE.ordinal()],
        timeliness[Timeliness.OVERDUE.ordinal()],
        timeliness[Timeliness.PENDING.ordinal()]);
  }

  static YearMonth yearMonth(int key) {
    return YearMonth.of(Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
  }

  /** Compliance by auditor, in auditor order. */
  List<AuditorCompliance> auditorCompliance() {
    List<AuditorCompliance> out = new ArrayList<>();
    new TreeMap<>(timelinessByAuditor)
        .forEach(
            (auditor, counts) ->
                out.add(
                    AuditorCompliance.builder()
                        .auditor(auditor)
                        .compliance(compliance(counts.values))
                        .build()));
    return out;
  }

  /** The escalation lines in category order. */
  List<EscalationLine> escalationLines() {
    List<EscalationLine> out = new ArrayList<>();
    new TreeMap<>(escalations)
        .forEach(
            (category, counts) ->
                out.add(
                    EscalationLine.builder()
                        .category(category)
                        .raised(counts.values[0])
                        .open(counts.values[1])
                        .overdue(counts.values[2])
                        .countedFromCompletionDay(counts.values[3])
                        .build()));
    return out;
  }

  ActionSummary actionSummary() {
    return ActionSummary.builder()
        .total(actions)
        .outstanding(actionsOutstanding)
        .overdue(actionsOverdue)
        .build();
  }

  AgreementTable moderationTable() {
    int k = layout.gradeCount;
    long[][] rows = new long[k][k];
    for (int i = 0; i < k; i++) {
      rows[i] = Arrays.copyOfRange(moderation, i * k, (i + 1) * k);
    }
    return AgreementTable.of(rows);
  }

  /** The auditors' movements in auditor order. */
  List<AuditorMovement> auditorMovements() {
    List<AuditorMovement> auditors = new ArrayList<>();
    new TreeMap<>(movements)
        .forEach(
            (auditor, counts) ->
                auditors.add(
                    AuditorMovement.builder()
                        .auditor(auditor)
                        .raised(counts.values[0])
                        .lowered(counts.values[1])
                        .same(counts.values[2])
                        .build()));
    return auditors;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof AggregateSums)) {
      return false;
    }
    AggregateSums o = (AggregateSums) obj;
    return audits == o.audits
        && completed == o.completed
        && Arrays.equals(timeliness, o.timeliness)
        && scores.equals(o.scores)
        && perAudit.equals(o.perAudit)
        && Arrays.equals(grades, o.grades)
        && months.equals(o.months)
        && cohorts.equals(o.cohorts)
        && escalations.equals(o.escalations)
        && actions == o.actions
        && actionsOutstanding == o.actionsOutstanding
        && actionsOverdue == o.actionsOverdue
        && timelinessByAuditor.equals(o.timelinessByAuditor)
        && byAuditor.equals(o.byAuditor)
        && Arrays.equals(moderation, o.moderation)
        && movements.equals(o.movements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        audits,
        completed,
        Arrays.hashCode(timeliness),
        scores,
        Arrays.hashCode(grades),
        months.keySet());
  }
}
