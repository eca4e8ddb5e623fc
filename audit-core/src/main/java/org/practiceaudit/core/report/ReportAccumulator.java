package org.practiceaudit.core.report;

import java.util.Objects;
import java.util.function.Consumer;
import org.practiceaudit.core.audit.Audit;

/**
 * Folds audits into a report one at a time, holding only sums and counts: the way for a service
 * that streams audits from its database, or a reader of a large file, to report without a
 * collection of them. Its memory grows with the months, cohorts, escalation categories and people
 * seen, never with the number of audits.
 *
 * <pre>{@code
 * ReportAccumulator accumulator = ReportAccumulator.of(spec);
 * try (Stream<Audit> rows = repository.streamAudits()) {
 *   rows.forEach(accumulator);
 * }
 * AuditReport report = accumulator.toAggregate().toReport();
 * }</pre>
 *
 * <p>{@link #toAggregate()} gives exactly what {@link ReportAggregate#of} gives for the same
 * audits, and accumulators of the same spec {@link #merge merge} as aggregates do, so several
 * threads may each fill one and merge them at the end.
 *
 * <p>This class is mutable and not thread-safe: give each thread its own accumulator. The
 * aggregates it returns are immutable and never change when more audits are accepted.
 */
public final class ReportAccumulator implements Consumer<Audit> {

  private final AggregateAccumulator accumulator;

  private ReportAccumulator(AggregateAccumulator accumulator) {
    this.accumulator = accumulator;
  }

  /**
   * Obtains an accumulator of no audits yet.
   *
   * @param spec the spec to report against; not null
   * @return a new accumulator
   */
  public static ReportAccumulator of(ReportSpec spec) {
    return new ReportAccumulator(new AggregateAccumulator(Objects.requireNonNull(spec, "spec")));
  }

  /**
   * Adds one audit; each audit must be accepted once.
   *
   * @param audit the audit; not null
   * @throws NullPointerException if {@code audit} is null
   */
  @Override
  public void accept(Audit audit) {
    accumulator.add(Objects.requireNonNull(audit, "audit"));
  }

  /**
   * Adds the audits of another accumulator, which must be disjoint from this one's; the other one
   * does not change.
   *
   * @param other an accumulator of an equal spec; not null
   * @return this accumulator
   * @throws IllegalArgumentException if the specs differ
   */
  public ReportAccumulator merge(ReportAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!accumulator.layout().spec.equals(other.accumulator.layout().spec)) {
      throw new IllegalArgumentException("cannot merge accumulators of different report specs");
    }
    accumulator.addAll(other.accumulator);
    return this;
  }

  /**
   * Returns the number of audits accepted so far.
   *
   * @return the count, 0 or more
   */
  public long audits() {
    return accumulator.sums().audits;
  }

  /**
   * Returns the aggregate of the audits accepted so far; accepting more later does not change it.
   *
   * @return the aggregate, equal to {@link ReportAggregate#of} over the same audits
   */
  public ReportAggregate toAggregate() {
    return ReportAggregate.of(accumulator.sums().copy());
  }
}
