/**
 * The audit report: compliance, averages per domain, trends, grade distributions by cohort,
 * escalations, actions, quotas and moderation, built from a mergeable aggregate of audits.
 */
package org.practiceaudit.core.report;
