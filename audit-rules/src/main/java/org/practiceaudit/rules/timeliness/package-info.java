/**
 * Rules on time: an audit completed when its framework says it is due ({@link AuditDueRuleType})
 * and recommendations followed up by their escalation category's deadline ({@link
 * FollowUpRuleType}). Both call {@code org.practiceaudit.core.timeliness} and {@code
 * org.practiceaudit.core.escalation}, where those questions are decided.
 */
package org.practiceaudit.rules.timeliness;
