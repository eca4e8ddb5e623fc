/**
 * The audit report: compliance, averages per domain, trends, grade distributions by cohort,
 * escalations, actions, quotas and moderation, built from a mergeable aggregate of audits.
 *
 * <p>Start with a {@link org.practiceaudit.core.report.ReportSpec} (domains, grade scale, report
 * instant, deadlines, cohorts, quotas), then choose how the audits come in:
 *
 * <ul>
 *   <li>{@link org.practiceaudit.core.report.ReportAggregate#of} over a collection, or {@link
 *       org.practiceaudit.core.report.ReportAggregate#collector} over a (parallel) stream;
 *   <li>{@link org.practiceaudit.core.report.ReportAccumulator}, one audit at a time, for a service
 *       that streams audits from its database or a file: it holds sums and counts only, so its
 *       memory does not grow with the number of audits;
 *   <li>{@link org.practiceaudit.core.report.AuditColumns}, a table of a few primitives per audit,
 *       when the report instant is known only after reading (or several are wanted): the report is
 *       then one loop over primitive arrays.
 * </ul>
 *
 * <p>All three give the same immutable {@link org.practiceaudit.core.report.ReportAggregate}: exact
 * sums and counts that merge (per team into a council, per council into a region) and derive the
 * {@link org.practiceaudit.core.report.AuditReport} with {@code toReport()}. {@link
 * org.practiceaudit.core.report.AggregateState} is the aggregate's public snapshot, for shipping a
 * part to another service; audit-json reads and writes it.
 *
 * <p>Inside the package, the mutable sums ({@code AggregateSums} and its counters) are filled by
 * {@code AggregateAccumulator} (from audit objects) or {@code ColumnFold} (from columns), converted
 * by {@code AggregateSnapshots} and read by {@code ReportDerivation}; {@code AggregateStateChecks}
 * holds the snapshot's invariants.
 */
package org.practiceaudit.core.report;
