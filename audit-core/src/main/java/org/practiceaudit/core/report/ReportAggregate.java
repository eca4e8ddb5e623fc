package org.practiceaudit.core.report;

import java.util.Objects;
import java.util.stream.Collector;
import org.practiceaudit.core.audit.Audit;

/**
 * The sums and counts a report is derived from: exact integers only (never averages), so that the
 * aggregates of disjoint sets of audits merge into exactly the aggregate of their union.
 *
 * <p>{@link #merge} is associative and commutative and {@link #empty} is its identity, so a report
 * can be computed per team and combined into council and regional reports, in parallel or in a
 * distributed engine; {@link #toReport} derives the finished {@link AuditReport}.
 *
 * <p>{@link #snapshot()} exposes the sums and counts as a public {@link AggregateState} value, and
 * {@link #from(ReportSpec, AggregateState)} rebuilds an equal aggregate from one, so that a partial
 * aggregate can be shipped between services (as JSON, through audit-json) and merged where it
 * arrives.
 *
 * <p>What each figure counts:
 *
 * <ul>
 *   <li>Every audit is an allocation; it is on time when completed on or before its {@link
 *       ReportSpec#auditDeadline() due day} (or has none), and overdue when not completed and its
 *       due day is before the report day.
 *   <li>Scores, grades, cohorts, moderation and quota counts come from completed audits only. A
 *       domain score is counted in its domain's sum and count; N/A is counted apart and never
 *       changes an average; scores outside the domain's scale and domains the spec does not list
 *       are left out (rules report them). Grades not on the spec's scale are left out likewise.
 *   <li>Each scored audit's own average over its applicable domains is kept exactly as (sum, sum of
 *       squares, count) per number of applicable domains; the overall average and its
 *       month-on-month note are computed from these, so each audit weighs the same.
 *   <li>Months are calendar months of completion (scores, grades) or of allocation (compliance).
 *   <li>Escalations are judged by {@link org.practiceaudit.core.escalation.Escalation}, as the
 *       rules judge them: a category without follow-up (Dudley's 4) is not counted at all; an
 *       escalation is open until its follow-up check is recorded or every recommended action is
 *       closed (one with no recommended action is open), and overdue from its due instant itself.
 *       Its clock starts at the escalation instant or, when that is not recorded, at the start of
 *       the completion day (counted in {@link EscalationLine#countedFromCompletionDay()}).
 * </ul>
 *
 * <p>The aggregation loop works on primitive arrays indexed by domain and grade rank, without
 * streams
 *
 * <p>Three ways in: {@link #of} over a collection, {@link #collector} over a (parallel) stream, and
 * {@link ReportAccumulator} one audit at a time, for a service reading from its database or a file,
 * whose memory does not grow with the number of audits. {@link AuditColumns} keeps a few primitives
 * per audit instead, for a caller that learns the report day only after reading.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportAggregate {

  /** The cohort dimension of audit types. */
  public static final String AUDIT_TYPE = "audit-type";

  private final ReportSpec spec;

  /** Never changed after construction: the factories hand over sums nobody else holds. */
  private final AggregateSums sums;

  private ReportAggregate(AggregateSums sums) {
    this.spec = sums.layout.spec;
    this.sums = sums;
  }

  /** Wraps sums that the caller hands over and never changes again. */
  static ReportAggregate of(AggregateSums sums) {
    return new ReportAggregate(sums);
  }

  /**
   * Obtains the aggregate of no audits, the identity of {@link #merge}.
   *
   * @param spec the spec; not null
   * @return the empty aggregate
   */
  public static ReportAggregate empty(ReportSpec spec) {
    return new ReportAggregate(
        new AggregateSums(new SpecLayout(Objects.requireNonNull(spec, "spec"))));
  }

  /**
   * Aggregates audits, on the calling thread; {@link #collector} aggregates a parallel stream, and
   * {@link ReportAccumulator} takes audits one at a time without a collection of them.
   *
   * @param spec the spec; not null
   * @param audits the audits, each once; not null
   * @return the aggregate
   */
  public static ReportAggregate of(ReportSpec spec, Iterable<Audit> audits) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(audits, "audits");
    AggregateAccumulator accumulator = new AggregateAccumulator(spec);
    for (Audit audit : audits) {
      accumulator.add(Objects.requireNonNull(audit, "audit"));
    }
    return new ReportAggregate(accumulator.sums());
  }

  /**
   * Returns a collector that aggregates a stream of audits, as {@link #of} does; on a parallel
   * stream the parts are aggregated on several threads and merged, which gives exactly the same
   * aggregate (the sums and counts are integers and {@link #merge} is associative and commutative).
   *
   * <pre>{@code
   * ReportAggregate aggregate = audits.parallelStream().collect(ReportAggregate.collector(spec));
   * }</pre>
   *
   * <p>The library starts no threads of its own: a parallel stream runs in the common fork-join
   * pool, or in the pool whose task collects it.
   *
   * @param spec the spec; not null
   * @return the collector; it rejects null audits with a {@link NullPointerException}
   */
  public static Collector<Audit, ?, ReportAggregate> collector(ReportSpec spec) {
    SpecLayout layout = new SpecLayout(Objects.requireNonNull(spec, "spec"));
    return Collector.of(
        () -> new AggregateAccumulator(layout),
        (accumulator, audit) -> accumulator.add(Objects.requireNonNull(audit, "audit")),
        (left, right) -> {
          left.addAll(right);
          return left;
        },
        accumulator -> new ReportAggregate(accumulator.sums()),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Rebuilds an aggregate from its snapshot, for example one read from JSON on another service.
   *
   * <p>The snapshot must have been taken against a spec like this one: the same report instant,
   * grade scale id and size, domain ids in the same order, and cohort attributes; quota counts only
   * when the spec has quotas. Every score total must be possible on its domain's scale. The
   * deadlines and quotas are the spec's: give the rebuilt aggregate the spec instance the local
   * parts use, so that they merge.
   *
   * @param spec the spec to rebuild against; not null
   * @param state the snapshot, as {@link #snapshot()} returns it; not null
   * @return the aggregate; {@code from(spec, a.snapshot())} equals {@code a} for an aggregate
   *     {@code a} computed against {@code spec}
   * @throws IllegalArgumentException if the snapshot does not fit the spec, quoting what differs
   */
  public static ReportAggregate from(ReportSpec spec, AggregateState state) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(state, "state");
    return new ReportAggregate(AggregateSnapshots.sums(new SpecLayout(spec), state));
  }

  /**
   * Takes a snapshot of the aggregate's sums and counts, which {@link #from(ReportSpec,
   * AggregateState)} turns back into an equal aggregate. Months, cohorts, escalation categories and
   * people are in ascending order.
   *
   * @return the snapshot
   */
  public AggregateState snapshot() {
    return AggregateSnapshots.snapshot(sums);
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
    return sums.audits;
  }

  /** Returns the sums, to be read and never changed. */
  AggregateSums sums() {
    return sums;
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
    AggregateSums merged = sums.copy();
    merged.addAll(other.sums);
    return new ReportAggregate(merged);
  }

  /**
   * Derives the finished report.
   *
   * @return the report
   */
  public AuditReport toReport() {
    return ReportDerivation.toReport(sums);
  }

  /**
   * Compares this aggregate with another: equal aggregates have equal specs and equal sums and
   * counts.
   *
   * @param obj the object to compare with; may be null
   * @return true if {@code obj} is an equal aggregate
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportAggregate
        && spec.equals(((ReportAggregate) obj).spec)
        && sums.equals(((ReportAggregate) obj).sums);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return sums.hashCode();
  }

  /**
   * Returns a short summary with counts only.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReportAggregate{audits="
        + sums.audits
        + ", completed="
        + sums.completed
        + ", months="
        + sums.months.size()
        + "}";
  }
}
