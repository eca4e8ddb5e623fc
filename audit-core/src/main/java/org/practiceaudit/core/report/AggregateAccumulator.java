package org.practiceaudit.core.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.escalation.Escalation;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.quota.QuotaScope;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.timeliness.Timeliness;

/**
 * Folds audits, one at a time, into the {@link AggregateSums} of a spec: what {@link
 * ReportAggregate#of}, {@link ReportAggregate#collector} and {@link ReportAccumulator} feed.
 * Mutable and not thread-safe; the sums it counts into are its own until {@link #sums()} hands them
 * over to an aggregate.
 *
 * <p>The loop works on primitive arrays indexed by domain and grade rank, without streams or boxing
 * of scores, and remembers the last two months and each dimension's cohorts so that most audits
 * need no map lookup.
 */
final class AggregateAccumulator {

  private final ReportSpec spec;
  private final SpecLayout layout;
  private final LocalDate asOfDate;
  private final Optional<QuotaScope> quotas;
  private final AggregateSums sums;

  // Scratch state of the loop (never part of the sums):
  /**
   * The last two months looked up, most recent first (an audit's allocation and completion months).
   */
  private int lastMonthKey = Integer.MIN_VALUE;

  private MonthCounters lastMonth;
  private int otherMonthKey = Integer.MIN_VALUE;
  private MonthCounters otherMonth;

  /**
   * Each cohort dimension's values, by index of {@link SpecLayout#cohortDimensions}, once looked
   * up.
   */
  private final Map<String, CohortCounters>[] cohortValues;

  /**
   * The cohorts, month and sums of the completed audit being added, read by {@link #scoreVisitor}.
   */
  private final CohortCounters[] current;

  private int cells;
  private MonthCounters currentMonth;
  private long auditSum;
  private int auditApplicable;
  private final BiConsumer<String, DomainScore> scoreVisitor = this::addScore;

  AggregateAccumulator(ReportSpec spec) {
    this(new SpecLayout(spec));
  }

  AggregateAccumulator(SpecLayout layout) {
    this.spec = layout.spec;
    this.layout = layout;
    this.asOfDate = spec.asOfDate();
    this.quotas = spec.quotas();
    this.sums = new AggregateSums(layout);
    this.current = new CohortCounters[layout.cohortDimensions.length];
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is created raw
    Map<String, CohortCounters>[] values = new Map[current.length];
    this.cohortValues = values;
  }

  SpecLayout layout() {
    return layout;
  }

  /**
   * Returns the sums counted so far: read them, or take them over when this accumulator is done.
   */
  AggregateSums sums() {
    return sums;
  }

  /** Adds the sums of another accumulator of the same spec. */
  void addAll(AggregateAccumulator other) {
    sums.addAll(other.sums);
  }

  void add(Audit audit) {
    sums.audits++;
    Timeliness timely =
        Timeliness.of(audit.completedOn(), spec.auditDeadline().dueOn(audit), asOfDate);
    sums.timeliness[timely.ordinal()]++;
    month(audit.allocatedOn()).timeliness[timely.ordinal()]++;
    sums.auditorTimeliness(audit.auditor()).values[timely.ordinal()]++;
    if (audit.status().isCompleted()) {
      addCompleted(audit);
    }
    if (audit.escalationCategory().isPresent()) {
      addEscalation(audit);
    }
    List<RecommendedAction> recommended = audit.actions();
    for (int i = 0; i < recommended.size(); i++) {
      RecommendedAction action = recommended.get(i);
      sums.actions++;
      if (action.status().isOutstanding()) {
        sums.actionsOutstanding++;
        if (action.isOverdueOn(asOfDate)) {
          sums.actionsOverdue++;
        }
      }
    }
  }

  private MonthCounters month(LocalDate date) {
    int key = SpecLayout.monthKey(date.getYear(), date.getMonthValue());
    if (key != lastMonthKey) {
      MonthCounters month = key == otherMonthKey ? otherMonth : sums.month(key);
      otherMonthKey = lastMonthKey;
      otherMonth = lastMonth;
      lastMonthKey = key;
      lastMonth = month;
    }
    return lastMonth;
  }

  /**
   * Returns the cohort of a value of the dimension at an index of {@link
   * SpecLayout#cohortDimensions}.
   */
  private CohortCounters cohort(int dimension, String value) {
    Map<String, CohortCounters> values = cohortValues[dimension];
    if (values == null) {
      values = sums.cohortValues(layout.cohortDimensions[dimension]);
      cohortValues[dimension] = values;
    }
    return sums.cohort(values, value);
  }

  private void addCompleted(Audit audit) {
    sums.completed++;
    MonthCounters month = month(audit.completedOn().orElseThrow());
    month.completed++;
    Map<String, String> auditAttributes = audit.attributes();
    String[] dimensions = layout.cohortDimensions;
    int cells = 0;
    for (int i = 0; i < dimensions.length - 1; i++) {
      String value = auditAttributes.get(dimensions[i]);
      if (value != null) {
        current[cells++] = cohort(i, value);
      }
    }
    current[cells++] = cohort(dimensions.length - 1, audit.auditType());
    for (int c = 0; c < cells; c++) {
      current[c].audits++;
    }
    this.cells = cells;
    this.currentMonth = month;
    this.auditSum = 0;
    this.auditApplicable = 0;
    audit.scores().forEach(scoreVisitor);
    if (auditApplicable > 0) {
      sums.perAudit.add(auditApplicable, auditSum);
      month.perAudit.add(auditApplicable, auditSum);
    }
    Optional<Grade> overall = audit.overallGrade();
    if (overall.isPresent() && spec.gradeScale().contains(overall.get())) {
      int rank = overall.get().rank();
      sums.grades[rank]++;
      month.grades[rank]++;
      for (int c = 0; c < cells; c++) {
        current[c].grades[rank]++;
      }
      Optional<Moderation> moderated = audit.moderation();
      if (moderated.isPresent() && spec.gradeScale().contains(moderated.get().grade())) {
        int second = moderated.get().grade().rank();
        sums.moderation[rank * layout.gradeCount + second]++;
        sums.movement(audit.auditor()).values[second < rank ? 0 : second > rank ? 1 : 2]++;
      }
    }
    if (quotas.isPresent() && quotas.get().counts(audit)) {
      sums.quotaDone(audit.auditor()).values[0]++;
    }
  }

  /** Adds one domain score of the completed audit being added (see {@link #addCompleted}). */
  private void addScore(String domainId, DomainScore score) {
    int d = layout.domainIndexOf(domainId);
    if (d < 0) {
      return;
    }
    if (!score.isApplicable()) {
      sums.scores.notApplicable[d]++;
      currentMonth.scores.notApplicable[d]++;
      for (int c = 0; c < cells; c++) {
        current[c].scores.notApplicable[d]++;
      }
      return;
    }
    int value = score.value().getAsInt();
    if (!layout.onScale(d, value)) {
      return;
    }
    sums.scores.add(d, value);
    currentMonth.scores.add(d, value);
    for (int c = 0; c < cells; c++) {
      current[c].scores.add(d, value);
    }
    auditSum += value;
    auditApplicable++;
  }

  private void addEscalation(Audit audit) {
    Optional<Escalation> found = spec.escalationDeadline().escalation(audit);
    if (found.isEmpty() || !found.get().isTracked()) {
      return;
    }
    Escalation escalation = found.get();
    Counters line = sums.escalation(escalation.category());
    line.values[0]++;
    if (escalation.isOpen()) {
      line.values[1]++;
      if (escalation.isOverdue(spec.asOf())) {
        line.values[2]++;
      }
    }
    if (escalation.note().isPresent()) {
      line.values[3]++;
    }
  }
}
