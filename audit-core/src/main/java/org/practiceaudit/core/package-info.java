/**
 * Practice Audit's vocabulary and algorithms for case-file audits of children's social care: the
 * root holds what every package shares, the failures ({@link AuditException}, {@link
 * AuditParseException}). Helpers shared only by the project's own modules live in {@code
 * org.practiceaudit.core.internal}, which is not exported to users.
 *
 * <p>Composite values are abstract types with Immutables-generated {@code Immutable*} classes,
 * which stay public on purpose: a type's {@code builder()} returns the generated builder, and
 * copies ({@code copyOf}, {@code with*}) live only on the generated class. Hiding them would mean
 * re-declaring a builder and every {@code with*} on each abstract type and changing call sites in
 * every module, and audit-json builds values through the generated builders. Start from {@code
 * Foo.builder()} and type variables as the abstract {@code Foo}.
 *
 * <p>Start with {@link org.practiceaudit.core.framework.AuditFramework}, the framework a council
 * audits against; then {@link org.practiceaudit.core.sampling.Sampler} (which cases), {@link
 * org.practiceaudit.core.allocation.Allocator} (who audits them), {@link
 * org.practiceaudit.core.audit.Audit} (what the auditor recorded) and {@link
 * org.practiceaudit.core.report.ReportAggregate} (the monthly report). Dependencies inside this
 * module point from the algorithms ({@code sampling}, {@code allocation}, {@code report}) towards
 * the vocabulary ({@code grade}, {@code score}, {@code casefile}, {@code workforce}), never back.
 */
package org.practiceaudit.core;
