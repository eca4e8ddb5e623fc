package org.practiceaudit.rules.timeliness;

/**
 * The parameters of an {@code audit-due} rule: none. When an audit is due is the framework's {@link
 * org.practiceaudit.core.framework.AuditFramework#auditDue() audit due policy}, stated once and
 * read by this rule, the report and the quota tracker alike.
 */
public record AuditDueParameters() {}
