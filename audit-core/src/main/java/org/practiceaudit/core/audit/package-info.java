/**
 * One audit of one case file as an auditor records it: domain scores, the grade, indicators
 * evidenced, concerns raised, escalation, recommended actions, the practitioner conversation, child
 * and family feedback, and moderation.
 *
 * <p>Start with {@link Audit}; its lifecycle states are {@link AuditStatus}, its concerns {@link
 * ConcernFlag}, its actions {@link RecommendedAction} and its second opinion {@link Moderation}.
 * The rules that decide whether an audit may move on live in audit-rules.
 */
package org.practiceaudit.core.audit;
