package org.practiceaudit.rules.timeliness;

/**
 * The parameters of an {@code audit-due} rule.
 *
 * @param workingDays the working days after allocation by which an audit is due, from 1 to 260
 */
public record AuditDueParameters(int workingDays) {}
