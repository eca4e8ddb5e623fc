package org.practiceaudit.core.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collector;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.agreement.Agreements;
import org.practiceaudit.core.agreement.MeanChange;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.SampleMoments;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.escalation.Escalation;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.quota.QuotaReport;
import org.practiceaudit.core.quota.QuotaScope;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.timeliness.Timeliness;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The sums and counts a report is derived from: exact integers only (never averages), so that the
 * aggregates of disjoint sets of audits merge into exactly the aggregate of their union.
 *
 * <p>{@link #merge} is associative and commutative and {@link #empty} is its identity, so a report can
 * be computed per team and combined into council and regional reports, in parallel or in a distributed
 * engine; {@link #toReport} derives the finished {@link AuditReport}.
 *
 * <p>{@link #snapshot()} exposes the sums and counts as a public {@link AggregateState} value, and
 * {@link #from(ReportSpec, AggregateState)} rebuilds an equal aggregate from one, so that a partial
 * aggregate can be shipped between services (as JSON, through audit-json) and merged where it arrives.
 *
 * <p>What each figure counts:
 *
 * <ul>
 *   <li>Every audit is an allocation; it is on time when completed on or before its
 *       {@link ReportSpec#auditDeadline() due day} (or has none), and overdue when not completed and
 *       its due day is before the report day.
 *   <li>Scores, grades, cohorts, moderation and quota counts come from completed audits only. A domain
 *       score is counted in its domain's sum and count; N/A is counted apart and never changes an
 *       average; scores outside the domain's scale and domains the spec does not list are left out
 *       (rules report them). Grades not on the spec's scale are left out likewise.
 *   <li>Each scored audit's own average over its applicable domains is kept exactly as (sum, sum of
 *       squares, count) per number of applicable domains; the overall average and its month-on-month
 *       note are computed from these, so each audit weighs the same.
 *   <li>Months are calendar months of completion (scores, grades) or of allocation (compliance).
 *   <li>Escalations are judged by {@link org.practiceaudit.core.escalation.Escalation}, as the rules
 *       judge them: a category without follow-up (Dudley's 4) is not counted at all; an escalation is
 *       open until its follow-up check is recorded or every recommended action is closed (one with no
 *       recommended action is open), and overdue from its due instant itself. Its clock starts at the
 *       escalation instant or, when that is not recorded, at the start of the completion day (counted in
 *       {@link EscalationLine#countedFromCompletionDay()}).
 * </ul>
 *
 * <p>The aggregation loop works on primitive arrays indexed by domain and grade rank, without streams
 * or boxing of scores.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportAggregate {

  /** The cohort dimension of audit types. */
  public static final String AUDIT_TYPE = "audit-type";

  private static final int TIMELINESS = Timeliness.values().length;

  /** An escalation line's counts: raised, open, overdue, counted from the completion day. */
  private static final int ESCALATION_COUNTS = 4;

  private final ReportSpec spec;
  private final int domainCount;
  private final int gradeCount;
  private final Map<String, Integer> domainIndex;
  private final int[] scaleMin;
  private final int[] scaleMax;
  private final LocalDate asOfDate;
  private final Optional<QuotaScope> quotas;

  private long audits;
  private long completed;
  private final long[] timeliness = new long[TIMELINESS];
  private final Scores scores;
  private final PerAudit perAudit;
  private final long[] grades;
  private final Map<Integer, Month> months = new HashMap<>();
  private final Map<String, Map<String, Cohort>> cohorts = new HashMap<>();
  private final Map<Integer, Counts> escalations = new HashMap<>();
  private long actions;
  private long actionsOutstanding;
  private long actionsOverdue;
  private final Map<PersonId, Counts> byAuditor = new HashMap<>();
  private final long[] moderation;
  private final Map<PersonId, Counts> movements = new HashMap<>();

  // Scratch state of the aggregation loop (never part of the aggregate's value):
  /** The last two months looked up, most recent first (an audit's allocation and completion months). */
  private int lastMonthKey = Integer.MIN_VALUE;
  private Month lastMonth;
  private int otherMonthKey = Integer.MIN_VALUE;
  private Month otherMonth;
  /** The spec's cohort attributes, then {@link #AUDIT_TYPE}, and their cohorts by value once looked up. */
  private final String[] cohortDimensions;
  private final Map<String, Cohort>[] cohortValues;
  /** The domain ids in spec order, compared by identity before {@link #domainIndex} is asked. */
  private final String[] domainIds;
  /** The cohorts, month and sums of the completed audit being added, read by {@link #scoreVisitor}. */
  private final Cohort[] current;
  private int cells;
  private Month currentMonth;
  private long auditSum;
  private int auditApplicable;
  private final BiConsumer<String, DomainScore> scoreVisitor = this::addScore;

  private ReportAggregate(ReportSpec spec) {
    this.spec = spec;
    this.domainCount = spec.domains().size();
    this.gradeCount = spec.gradeScale().size();
    this.domainIndex = new HashMap<>();
    this.scaleMin = new int[domainCount];
    this.scaleMax = new int[domainCount];
    for (int i = 0; i < domainCount; i++) {
      Domain domain = spec.domains().get(i);
      domainIndex.put(domain.id(), i);
      scaleMin[i] = domain.scoreScale().min();
      scaleMax[i] = domain.scoreScale().max();
    }
    this.asOfDate = spec.asOfDate();
    this.quotas = spec.quotas();
    this.scores = new Scores(domainCount);
    this.perAudit = new PerAudit(domainCount);
    this.grades = new long[gradeCount];
    this.moderation = new long[gradeCount * gradeCount];
    this.current = new Cohort[spec.cohortAttributes().size() + 1];
    this.cohortDimensions = new String[current.length];
    for (int i = 0; i < current.length - 1; i++) {
      cohortDimensions[i] = spec.cohortAttributes().get(i);
    }
    cohortDimensions[current.length - 1] = AUDIT_TYPE;
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is created raw
    Map<String, Cohort>[] values = new Map[current.length];
    this.cohortValues = values;
    this.domainIds = new String[domainCount];
    for (int i = 0; i < domainCount; i++) {
      domainIds[i] = spec.domains().get(i).id();
    }
  }

  /**
   * Obtains the aggregate of no audits, the identity of {@link #merge}.
   *
   * @param spec the spec; not null
   * @return the empty aggregate
   */
  public static ReportAggregate empty(ReportSpec spec) {
    return new ReportAggregate(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * Aggregates audits, on the calling thread; {@link #collector} aggregates a parallel stream.
   *
   * @param spec the spec; not null
   * @param audits the audits, each once; not null
   * @return the aggregate
   */
  public static ReportAggregate of(ReportSpec spec, Iterable<Audit> audits) {
    Objects.requireNonNull(audits, "audits");
    ReportAggregate aggregate = empty(spec);
    for (Audit audit : audits) {
      aggregate.add(Objects.requireNonNull(audit, "audit"));
    }
    return aggregate;
  }

  /**
   * Returns a collector that aggregates a stream of audits, as {@link #of} does; on a parallel stream the
   * parts are aggregated on several threads and merged, which gives exactly the same aggregate (the sums
   * and counts are integers and {@link #merge} is associative and commutative).
   *
   * <pre>{@code
   * ReportAggregate aggregate = audits.parallelStream().collect(ReportAggregate.collector(spec));
   * }</pre>
   *
   * <p>The library starts no threads of its own: a parallel stream runs in the common fork-join pool, or
   * in the pool whose task collects it.
   *
   * @param spec the spec; not null
   * @return the collector; it rejects null audits with a {@link NullPointerException}
   */
  public static Collector<Audit, ?, ReportAggregate> collector(ReportSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return Collector.of(
        () -> new Accumulator(spec),
        Accumulator::add,
        Accumulator::combine,
        Accumulator::finish,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Rebuilds an aggregate from its snapshot, for example one read from JSON on another service.
   *
   * <p>The snapshot must have been taken against a spec like this one: the same report instant, grade
   * scale id and size, domain ids in the same order, and cohort attributes; quota counts only when the spec
   * has quotas. Every score total must be possible on its domain's scale. The deadlines and quotas are the
   * spec's: give the rebuilt aggregate the spec instance the local parts use, so that they merge.
   *
   * @param spec the spec to rebuild against; not null
   * @param state the snapshot, as {@link #snapshot()} returns it; not null
   * @return the aggregate; {@code from(spec, a.snapshot())} equals {@code a} for an aggregate {@code a}
   *     computed against {@code spec}
   * @throws IllegalArgumentException if the snapshot does not fit the spec, quoting what differs
   */
  public static ReportAggregate from(ReportSpec spec, AggregateState state) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(state, "state");
    ReportAggregate a = new ReportAggregate(spec);
    a.requireFits(state);
    a.audits = state.audits();
    a.completed = state.completed();
    setTimeliness(a.timeliness, state.completedOnTime(), state.completedLate(), state.overdue(), state.pending());
    a.scores.set(state.domains());
    a.perAudit.set(state.perAudit());
    setGrades(a.grades, state.grades());
    for (MonthState m : state.months()) {
      Month month = new Month(a.domainCount, a.gradeCount);
      setTimeliness(month.timeliness, m.completedOnTime(), m.completedLate(), m.overdue(), m.pending());
      month.completed = m.completed();
      month.scores.set(m.domains());
      month.perAudit.set(m.perAudit());
      setGrades(month.grades, m.grades());
      a.months.put(m.month().getYear() * 12 + m.month().getMonthValue() - 1, month);
    }
    for (CohortState c : state.cohorts()) {
      Cohort cohort = a.cohort(c.dimension(), c.value());
      cohort.audits = c.audits();
      cohort.scores.set(c.domains());
      setGrades(cohort.grades, c.grades());
    }
    for (EscalationLine line : state.escalations()) {
      Counts counts = new Counts(ESCALATION_COUNTS);
      counts.values[0] = line.raised();
      counts.values[1] = line.open();
      counts.values[2] = line.overdue();
      counts.values[3] = line.countedFromCompletionDay();
      a.escalations.put(line.category(), counts);
    }
    a.actions = state.actions().total();
    a.actionsOutstanding = state.actions().outstanding();
    a.actionsOverdue = state.actions().overdue();
    state.quotaDone().forEach((person, done) -> a.byAuditor.computeIfAbsent(person, k -> new Counts(1)).values[0] = done);
    for (int i = 0; i < a.gradeCount; i++) {
      for (int j = 0; j < a.gradeCount; j++) {
        a.moderation[i * a.gradeCount + j] = state.moderation().count(i, j);
      }
    }
    for (AuditorMovement m : state.movements()) {
      Counts counts = new Counts(3);
      counts.values[0] = m.raised();
      counts.values[1] = m.lowered();
      counts.values[2] = m.same();
      a.movements.put(m.auditor(), counts);
    }
    return a;
  }

  private void requireFits(AggregateState state) {
    if (!state.asOf().equals(spec.asOf())) {
      throw new IllegalArgumentException(
          "the snapshot was taken as of " + state.asOf() + ", the spec reports as of " + spec.asOf());
    }
    if (!state.gradeScaleId().equals(spec.gradeScale().id()) || state.grades().size() != gradeCount) {
      throw new IllegalArgumentException(
          "the snapshot's grade scale is '" + state.gradeScaleId() + "' with " + state.grades().size()
              + " grades; the spec's is '" + spec.gradeScale().id() + "' with " + gradeCount);
    }
    if (!state.cohortAttributes().equals(spec.cohortAttributes())) {
      throw new IllegalArgumentException(
          "the snapshot's cohort attributes are " + state.cohortAttributes() + "; the spec's are " + spec.cohortAttributes());
    }
    List<String> ids = new ArrayList<>();
    for (DomainSums sums : state.domains()) {
      ids.add(sums.domainId());
    }
    List<String> expected = new ArrayList<>(domainIndex.size());
    for (Domain domain : spec.domains()) {
      expected.add(domain.id());
    }
    if (!ids.equals(expected)) {
      throw new IllegalArgumentException("the snapshot's domains are " + ids + "; the spec's are " + expected);
    }
    if (quotas.isEmpty() && !state.quotaDone().isEmpty()) {
      throw new IllegalArgumentException(
          "the snapshot has quota counts for " + state.quotaDone().size() + " people but the spec has no quotas");
    }
    requireOnScales("the aggregate", state.domains(), state.perAudit());
    for (MonthState m : state.months()) {
      requireOnScales("month " + m.month(), m.domains(), m.perAudit());
    }
    for (CohortState c : state.cohorts()) {
      requireOnScales("cohort " + c.dimension() + "=" + c.value(), c.domains(), List.of());
    }
  }

  private void requireOnScales(String where, List<DomainSums> domains, List<AuditSums> perAudit) {
    long lowest = Long.MAX_VALUE;
    long highest = Long.MIN_VALUE;
    for (int d = 0; d < domainCount; d++) {
      DomainSums s = domains.get(d);
      lowest = Math.min(lowest, scaleMin[d]);
      highest = Math.max(highest, scaleMax[d]);
      if (!within(s.sum(), s.scored(), scaleMin[d], scaleMax[d])) {
        throw new IllegalArgumentException(
            "domain '" + s.domainId() + "' in " + where + " has " + s.scored() + " scores summing to " + s.sum()
                + ", impossible on its scale " + scaleMin[d] + "-" + scaleMax[d]);
      }
      long low = scaleMin[d] <= 0 && scaleMax[d] >= 0 ? 0 : Math.min(square(scaleMin[d]), square(scaleMax[d]));
      long high = Math.max(square(scaleMin[d]), square(scaleMax[d]));
      if (!within(s.sumOfSquares(), s.scored(), low, high)) {
        throw new IllegalArgumentException(
            "domain '" + s.domainId() + "' in " + where + " has " + s.scored() + " scores whose squares sum to "
                + s.sumOfSquares() + ", impossible on its scale " + scaleMin[d] + "-" + scaleMax[d]);
      }
    }
    for (AuditSums s : perAudit) {
      if (!within(s.sum(), s.audits(), s.applicableDomains() * lowest, s.applicableDomains() * highest)) {
        throw new IllegalArgumentException(
            s.audits() + " audits in " + where + " with " + s.applicableDomains() + " applicable domains have totals summing to "
                + s.sum() + ", impossible on the domains' scales");
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

  private static void setTimeliness(long[] into, long onTime, long late, long overdue, long pending) {
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

  /**
   * Takes a snapshot of the aggregate's sums and counts, which {@link #from(ReportSpec, AggregateState)}
   * turns back into an equal aggregate. Months, cohorts, escalation categories and people are in
   * ascending order.
   *
   * @return the snapshot
   */
  public AggregateState snapshot() {
    ImmutableAggregateState.Builder b =
        AggregateState.builder()
            .asOf(spec.asOf())
            .gradeScaleId(spec.gradeScale().id())
            .addAllCohortAttributes(spec.cohortAttributes())
            .audits(audits)
            .completed(completed)
            .completedOnTime(timeliness[Timeliness.ON_TIME.ordinal()])
            .completedLate(timeliness[Timeliness.LATE.ordinal()])
            .overdue(timeliness[Timeliness.OVERDUE.ordinal()])
            .pending(timeliness[Timeliness.PENDING.ordinal()])
            .addAllDomains(scores.snapshot(spec.domains()))
            .addAllPerAudit(perAudit.snapshot())
            .addAllGrades(boxed(grades));
    new TreeMap<>(months)
        .forEach(
            (key, m) ->
                b.addMonth(
                    MonthState.builder()
                        .month(yearMonth(key))
                        .completedOnTime(m.timeliness[Timeliness.ON_TIME.ordinal()])
                        .completedLate(m.timeliness[Timeliness.LATE.ordinal()])
                        .overdue(m.timeliness[Timeliness.OVERDUE.ordinal()])
                        .pending(m.timeliness[Timeliness.PENDING.ordinal()])
                        .completed(m.completed)
                        .addAllDomains(m.scores.snapshot(spec.domains()))
                        .addAllPerAudit(m.perAudit.snapshot())
                        .addAllGrades(boxed(m.grades))
                        .build()));
    new TreeMap<>(cohorts)
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
    b.addAllEscalations(escalationLines());
    b.actions(ActionSummary.builder().total(actions).outstanding(actionsOutstanding).overdue(actionsOverdue).build());
    new TreeMap<>(byAuditor).forEach((person, counts) -> b.putQuotaDone(person, counts.values[0]));
    b.moderation(moderationTable());
    b.addAllMovements(auditorMovements());
    return b.build();
  }

  private static List<Long> boxed(long[] values) {
    List<Long> out = new ArrayList<>(values.length);
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  /**
   * Returns the spec the aggregate was computed against.
   *
   * @return the spec
   */
  public ReportSpec spec() {
    return spec;
  }

  /**
   * Returns the number of audits aggregated.
   *
   * @return the count, 0 or more
   */
  public long audits() {
    return audits;
  }

  /**
   * Returns the aggregate of both aggregates' audits, which must be disjoint.
   *
   * @param other an aggregate computed against an equal spec; not null
   * @return the merged aggregate; neither input changes
   * @throws IllegalArgumentException if the specs differ
   */
  public ReportAggregate merge(ReportAggregate other) {
    Objects.requireNonNull(other, "other");
    if (!spec.equals(other.spec)) {
      throw new IllegalArgumentException(
          "cannot merge aggregates computed against different report specs");
    }
    ReportAggregate sum = new ReportAggregate(spec);
    sum.addAll(this);
    sum.addAll(other);
    return sum;
  }

  /**
   * The mutable container of {@link #collector}: it holds an aggregate that nobody else sees until the
   * collector finishes, so that the aggregates callers hold never change.
   */
  private static final class Accumulator {
    private final ReportAggregate aggregate;

    Accumulator(ReportSpec spec) {
      this.aggregate = new ReportAggregate(spec);
    }

    void add(Audit audit) {
      aggregate.add(Objects.requireNonNull(audit, "audit"));
    }

    Accumulator combine(Accumulator other) {
      aggregate.addAll(other.aggregate);
      return this;
    }

    ReportAggregate finish() {
      return aggregate;
    }
  }

  private void addAll(ReportAggregate o) {
    audits += o.audits;
    completed += o.completed;
    add(timeliness, o.timeliness);
    scores.add(o.scores);
    perAudit.add(o.perAudit);
    add(grades, o.grades);
    o.months.forEach((key, month) -> months.computeIfAbsent(key, k -> new Month(domainCount, gradeCount)).add(month));
    o.cohorts.forEach(
        (dimension, values) -> {
          Map<String, Cohort> mine = cohorts.computeIfAbsent(dimension, k -> new HashMap<>());
          values.forEach((value, cohort) -> mine.computeIfAbsent(value, k -> new Cohort(domainCount, gradeCount)).add(cohort));
        });
    o.escalations.forEach((key, counts) -> escalations.computeIfAbsent(key, k -> new Counts(ESCALATION_COUNTS)).add(counts));
    actions += o.actions;
    actionsOutstanding += o.actionsOutstanding;
    actionsOverdue += o.actionsOverdue;
    o.byAuditor.forEach((key, counts) -> byAuditor.computeIfAbsent(key, k -> new Counts(1)).add(counts));
    add(moderation, o.moderation);
    o.movements.forEach((key, counts) -> movements.computeIfAbsent(key, k -> new Counts(3)).add(counts));
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  private Month month(LocalDate date) {
    int key = date.getYear() * 12 + date.getMonthValue() - 1;
    if (key != lastMonthKey) {
      Month month;
      if (key == otherMonthKey) {
        month = otherMonth;
      } else {
        month = months.get(key);
        if (month == null) {
          month = new Month(domainCount, gradeCount);
          months.put(key, month);
        }
      }
      otherMonthKey = lastMonthKey;
      otherMonth = lastMonth;
      lastMonthKey = key;
      lastMonth = month;
    }
    return lastMonth;
  }

  private Cohort cohort(String dimension, String value) {
    Map<String, Cohort> values = cohorts.get(dimension);
    if (values == null) {
      values = new HashMap<>();
      cohorts.put(dimension, values);
    }
    Cohort cohort = values.get(value);
    if (cohort == null) {
      cohort = new Cohort(domainCount, gradeCount);
      values.put(value, cohort);
    }
    return cohort;
  }

  /** Returns the cohort of a value of the dimension at an index of {@link #cohortDimensions}. */
  private Cohort cohort(int dimension, String value) {
    Map<String, Cohort> values = cohortValues[dimension];
    if (values == null) {
      values = cohorts.computeIfAbsent(cohortDimensions[dimension], k -> new HashMap<>());
      cohortValues[dimension] = values;
    }
    Cohort cohort = values.get(value);
    if (cohort == null) {
      cohort = new Cohort(domainCount, gradeCount);
      values.put(value, cohort);
    }
    return cohort;
  }

  /** Returns the index of a domain in the spec, or -1 if the spec does not list it. */
  private int domainIndexOf(String domainId) {
    for (int d = 0; d < domainIds.length; d++) {
      if (domainIds[d] == domainId) {
        return d;
      }
    }
    Integer index = domainIndex.get(domainId);
    return index == null ? -1 : index;
  }

  private void add(Audit audit) {
    audits++;
    Timeliness timely = Timeliness.of(audit.completedOn(), spec.auditDeadline().dueOn(audit), asOfDate);
    timeliness[timely.ordinal()]++;
    month(audit.allocatedOn()).timeliness[timely.ordinal()]++;
    if (audit.status().isCompleted()) {
      addCompleted(audit);
    }
    if (audit.escalationCategory().isPresent()) {
      addEscalation(audit);
    }
    List<RecommendedAction> recommended = audit.actions();
    for (int i = 0; i < recommended.size(); i++) {
      RecommendedAction action = recommended.get(i);
      actions++;
      if (action.status().isOutstanding()) {
        actionsOutstanding++;
        if (action.isOverdueOn(asOfDate)) {
          actionsOverdue++;
        }
      }
    }
  }

  private void addCompleted(Audit audit) {
    completed++;
    LocalDate done = audit.completedOn().orElseThrow();
    Month month = month(done);
    month.completed++;
    Map<String, String> auditAttributes = audit.attributes();
    int cells = 0;
    for (int i = 0; i < cohortDimensions.length - 1; i++) {
      String value = auditAttributes.get(cohortDimensions[i]);
      if (value != null) {
        current[cells++] = cohort(i, value);
      }
    }
    current[cells++] = cohort(cohortDimensions.length - 1, audit.auditType());
    for (int c = 0; c < cells; c++) {
      current[c].audits++;
    }
    this.cells = cells;
    this.currentMonth = month;
    this.auditSum = 0;
    this.auditApplicable = 0;
    audit.scores().forEach(scoreVisitor);
    if (auditApplicable > 0) {
      perAudit.add(auditApplicable, auditSum);
      month.perAudit.add(auditApplicable, auditSum);
    }
    Optional<Grade> overall = audit.overallGrade();
    if (overall.isPresent() && spec.gradeScale().contains(overall.get())) {
      int rank = overall.get().rank();
      grades[rank]++;
      month.grades[rank]++;
      for (int c = 0; c < cells; c++) {
        current[c].grades[rank]++;
      }
      Optional<Moderation> moderated = audit.moderation();
      if (moderated.isPresent() && spec.gradeScale().contains(moderated.get().grade())) {
        int second = moderated.get().grade().rank();
        moderation[rank * gradeCount + second]++;
        Counts movement = movements.computeIfAbsent(audit.auditor(), k -> new Counts(3));
        movement.values[second < rank ? 0 : second > rank ? 1 : 2]++;
      }
    }
    if (quotas.isPresent() && quotas.get().counts(audit)) {
      byAuditor.computeIfAbsent(audit.auditor(), k -> new Counts(1)).values[0]++;
    }
  }

  /** Adds one domain score of the completed audit being added (see {@link #addCompleted}). */
  private void addScore(String domainId, DomainScore score) {
    int d = domainIndexOf(domainId);
    if (d < 0) {
      return;
    }
    if (!score.isApplicable()) {
      scores.notApplicable[d]++;
      currentMonth.scores.notApplicable[d]++;
      for (int c = 0; c < cells; c++) {
        current[c].scores.notApplicable[d]++;
      }
      return;
    }
    int value = score.value().getAsInt();
    if (value < scaleMin[d] || value > scaleMax[d]) {
      return;
    }
    scores.add(d, value);
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
    Counts line = escalations.computeIfAbsent(escalation.category(), k -> new Counts(ESCALATION_COUNTS));
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

  /**
   * Derives the finished report.
   *
   * @return the report
   */
  public AuditReport toReport() {
    List<Integer> monthKeys = new ArrayList<>(new TreeMap<>(months).keySet());
    List<DomainResult> domainResults = domainResults(scores, completed);
    Optional<String> weakest = Optional.empty();
    Optional<String> strongest = Optional.empty();
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (DomainResult result : domainResults) {
      if (result.average().isComputable()) {
        double value = result.average().orElse(0);
        if (value < low) {
          low = value;
          weakest = Optional.of(result.domainId());
        }
        if (value > high) {
          high = value;
          strongest = Optional.of(result.domainId());
        }
      }
    }
    List<Trend> trends = new ArrayList<>();
    for (int d = 0; d < domainCount; d++) {
      trends.add(domainTrend(d, monthKeys));
    }
    SampleMoments overall = perAudit.moments();
    return AuditReport.builder()
        .asOf(spec.asOf())
        .audits(audits)
        .completed(completed)
        .compliance(compliance(timeliness))
        .addAllComplianceByMonth(complianceByMonth(monthKeys))
        .scoredAudits(overall.count())
        .overallAverage(
            overall.count() == 0
                ? Statistic.notComputable("no audit has a score")
                : Statistic.of(overall.sum() / overall.count()))
        .addAllDomains(domainResults)
        .overallTrend(overallTrend(monthKeys))
        .addAllDomainTrends(trends)
        .weakestDomain(weakest)
        .strongestDomain(strongest)
        .grades(distribution(spec.gradeScale(), grades))
        .addAllCohorts(cohortResults())
        .addAllEscalations(escalationLines())
        .actions(
            ActionSummary.builder()
                .total(actions)
                .outstanding(actionsOutstanding)
                .overdue(actionsOverdue)
                .build())
        .quotas(quotaReport())
        .moderation(moderationResults())
        .build();
  }

  private static Compliance compliance(long[] timeliness) {
    return Compliance.of(
        timeliness[Timeliness.ON_TIME.ordinal()],
        timeliness[Timeliness.LATE.ordinal()],
        timeliness[Timeliness.OVERDUE.ordinal()],
        timeliness[Timeliness.PENDING.ordinal()]);
  }

  private List<MonthlyCompliance> complianceByMonth(List<Integer> monthKeys) {
    List<MonthlyCompliance> out = new ArrayList<>();
    for (int key : monthKeys) {
      Month month = months.get(key);
      if (month.allocated() > 0) {
        out.add(
            MonthlyCompliance.builder()
                .month(yearMonth(key))
                .compliance(compliance(month.timeliness))
                .build());
      }
    }
    return out;
  }

  private static YearMonth yearMonth(int key) {
    return YearMonth.of(Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
  }

  private List<DomainResult> domainResults(Scores cells, long audited) {
    List<DomainResult> out = new ArrayList<>();
    for (int d = 0; d < domainCount; d++) {
      Domain domain = spec.domains().get(d);
      out.add(
          DomainResult.builder()
              .domainId(domain.id())
              .title(domain.title())
              .scaleMin(scaleMin[d])
              .scaleMax(scaleMax[d])
              .scored(cells.count[d])
              .notApplicable(cells.notApplicable[d])
              .notScored(Math.max(0, audited - cells.count[d] - cells.notApplicable[d]))
              .average(cells.moments(d).mean().reason().isPresent()
                  ? Statistic.notComputable("no audit scored this domain")
                  : cells.moments(d).mean())
              .build());
    }
    return out;
  }

  private Trend domainTrend(int d, List<Integer> monthKeys) {
    List<MonthlyAverage> points = new ArrayList<>();
    List<SampleMoments> moments = new ArrayList<>();
    for (int key : monthKeys) {
      Month month = months.get(key);
      if (month.completed > 0) {
        SampleMoments m = month.scores.moments(d);
        moments.add(m);
        points.add(MonthlyAverage.builder().month(yearMonth(key)).audits(m.count()).average(m.mean()).build());
      }
    }
    return trend(spec.domains().get(d).id(), points, moments);
  }

  private Trend overallTrend(List<Integer> monthKeys) {
    List<MonthlyAverage> points = new ArrayList<>();
    List<SampleMoments> moments = new ArrayList<>();
    for (int key : monthKeys) {
      Month month = months.get(key);
      if (month.completed > 0) {
        SampleMoments m = month.perAudit.moments();
        moments.add(m);
        points.add(MonthlyAverage.builder().month(yearMonth(key)).audits(m.count()).average(m.mean()).build());
      }
    }
    return trend("overall", points, moments);
  }

  private static Trend trend(String id, List<MonthlyAverage> points, List<SampleMoments> moments) {
    int n = moments.size();
    return Trend.builder()
        .domainId(id)
        .addAllMonths(points)
        .latestChange(
            n < 2 ? Optional.empty() : Optional.of(MeanChange.between(moments.get(n - 2), moments.get(n - 1))))
        .build();
  }

  static GradeDistribution distribution(GradeScale scale, long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    int[] tenths = GradeShares.tenthsOfPercent(counts);
    List<GradeCount> out = new ArrayList<>();
    long goodOrBetter = 0;
    for (int r = 0; r < counts.length; r++) {
      Grade grade = scale.ofRank(r);
      out.add(
          GradeCount.builder()
              .label(grade.label())
              .rank(r)
              .count(counts[r])
              .tenthsOfPercent(tenths[r])
              .proportion(Proportion.of(counts[r], total))
              .build());
      if (r <= 1) {
        goodOrBetter += counts[r];
      }
    }
    return GradeDistribution.builder()
        .scaleId(scale.id())
        .graded(total)
        .addAllGrades(out)
        .goodOrBetter(Proportion.of(goodOrBetter, total))
        .build();
  }

  private List<CohortResult> cohortResults() {
    List<String> dimensions = new ArrayList<>(spec.cohortAttributes());
    dimensions.add(AUDIT_TYPE);
    List<CohortResult> out = new ArrayList<>();
    for (String dimension : dimensions) {
      Map<String, Cohort> values = cohorts.getOrDefault(dimension, Map.of());
      for (Map.Entry<String, Cohort> entry : new TreeMap<>(values).entrySet()) {
        Cohort cohort = entry.getValue();
        out.add(
            CohortResult.builder()
                .dimension(dimension)
                .value(entry.getKey())
                .audits(cohort.audits)
                .grades(distribution(spec.gradeScale(), cohort.grades))
                .addAllDomains(domainResults(cohort.scores, cohort.audits))
                .build());
      }
    }
    return out;
  }

  private List<EscalationLine> escalationLines() {
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

  private QuotaReport quotaReport() {
    if (quotas.isEmpty()) {
      return QuotaReport.builder().build();
    }
    Map<PersonId, Long> done = new HashMap<>();
    byAuditor.forEach((person, counts) -> done.put(person, counts.values[0]));
    return quotas.get().report(done);
  }

  private AgreementTable moderationTable() {
    long[][] rows = new long[gradeCount][gradeCount];
    for (int i = 0; i < gradeCount; i++) {
      rows[i] = Arrays.copyOfRange(moderation, i * gradeCount, (i + 1) * gradeCount);
    }
    return AgreementTable.of(rows);
  }

  private List<AuditorMovement> auditorMovements() {
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

  private ModerationResults moderationResults() {
    AgreementTable table = moderationTable();
    return ModerationResults.builder()
        .table(table)
        .agreement(Agreements.summarise(table))
        .addAllAuditors(auditorMovements())
        .build();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ReportAggregate)) {
      return false;
    }
    ReportAggregate o = (ReportAggregate) obj;
    return spec.equals(o.spec)
        && audits == o.audits
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
        && byAuditor.equals(o.byAuditor)
        && Arrays.equals(moderation, o.moderation)
        && movements.equals(o.movements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audits, completed, Arrays.hashCode(timeliness), scores, Arrays.hashCode(grades), months.keySet());
  }

  /**
   * Returns a short summary with counts only.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReportAggregate{audits=" + audits + ", completed=" + completed + ", months=" + months.size() + "}";
  }

  /** Exact sums per domain. */
  private static final class Scores {
    final long[] sum;
    final long[] squares;
    final long[] count;
    final long[] notApplicable;

    Scores(int domains) {
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

    void add(Scores o) {
      ReportAggregate.add(sum, o.sum);
      ReportAggregate.add(squares, o.squares);
      ReportAggregate.add(count, o.count);
      ReportAggregate.add(notApplicable, o.notApplicable);
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
      return obj instanceof Scores
          && Arrays.equals(sum, ((Scores) obj).sum)
          && Arrays.equals(squares, ((Scores) obj).squares)
          && Arrays.equals(count, ((Scores) obj).count)
          && Arrays.equals(notApplicable, ((Scores) obj).notApplicable);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(sum) * 31 + Arrays.hashCode(count);
    }
  }

  /** Exact per-audit totals, bucketed by the number of applicable domains. */
  private static final class PerAudit {
    final long[] sum;
    final long[] squares;
    final long[] count;

    PerAudit(int domains) {
      sum = new long[domains + 1];
      squares = new long[domains + 1];
      count = new long[domains + 1];
    }

    void add(int applicable, long total) {
      sum[applicable] += total;
      squares[applicable] += total * total;
      count[applicable]++;
    }

    void add(PerAudit o) {
      ReportAggregate.add(sum, o.sum);
      ReportAggregate.add(squares, o.squares);
      ReportAggregate.add(count, o.count);
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
          out.add(AuditSums.builder().applicableDomains(c).audits(count[c]).sum(sum[c]).sumOfSquares(squares[c]).build());
        }
      }
      return out;
    }

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
      return obj instanceof PerAudit
          && Arrays.equals(sum, ((PerAudit) obj).sum)
          && Arrays.equals(squares, ((PerAudit) obj).squares)
          && Arrays.equals(count, ((PerAudit) obj).count);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(sum) * 31 + Arrays.hashCode(count);
    }
  }

  /** One calendar month: allocations by allocation month, scores and grades by completion month. */
  private static final class Month {
    final long[] timeliness = new long[TIMELINESS];
    long completed;
    final Scores scores;
    final PerAudit perAudit;
    final long[] grades;

    Month(int domains, int gradeCount) {
      scores = new Scores(domains);
      perAudit = new PerAudit(domains);
      grades = new long[gradeCount];
    }

    long allocated() {
      long sum = 0;
      for (long count : timeliness) {
        sum += count;
      }
      return sum;
    }

    void add(Month o) {
      ReportAggregate.add(timeliness, o.timeliness);
      completed += o.completed;
      scores.add(o.scores);
      perAudit.add(o.perAudit);
      ReportAggregate.add(grades, o.grades);
    }

    @Override
    public boolean equals(Object obj) {
      if (!(obj instanceof Month)) {
        return false;
      }
      Month o = (Month) obj;
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

  /** One cohort's counts. */
  private static final class Cohort {
    long audits;
    final Scores scores;
    final long[] grades;

    Cohort(int domains, int gradeCount) {
      scores = new Scores(domains);
      grades = new long[gradeCount];
    }

    void add(Cohort o) {
      audits += o.audits;
      scores.add(o.scores);
      ReportAggregate.add(grades, o.grades);
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Cohort
          && audits == ((Cohort) obj).audits
          && scores.equals(((Cohort) obj).scores)
          && Arrays.equals(grades, ((Cohort) obj).grades);
    }

    @Override
    public int hashCode() {
      return Objects.hash(audits, scores);
    }
  }

  /** A few counters with value equality. */
  private static final class Counts {
    final long[] values;

    Counts(int size) {
      values = new long[size];
    }

    void add(Counts o) {
      ReportAggregate.add(values, o.values);
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Counts && Arrays.equals(values, ((Counts) obj).values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }
}
