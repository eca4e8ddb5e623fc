/**
 * Minimum numbers of audits per role and period, and compliance against them: per person, per role,
 * and social workers' coverage in an annual cycle.
 *
 * <p>Start with {@link QuotaTracker}, which counts audits done against the {@link RoleQuota}s of a
 * {@link QuotaScope} and returns a {@link QuotaReport}. On-time compliance itself is decided in
 * {@code org.practiceaudit.core.timeliness}, and only called from here.
 */
package org.practiceaudit.core.quota;
