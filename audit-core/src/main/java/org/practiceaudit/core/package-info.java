/**
 * Practice Audit's vocabulary and algorithms for case-file audits of children's social care: the
 * root holds what every package shares, the failures ({@link AuditException}, {@link
 * AuditParseException}), plain-words file problems ({@link FileProblems}) and "did you mean"
 * suggestions ({@link Suggestions}).
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
