/**
 * Rules on what an audit must contain: an owner and a due date on every action ({@link
 * ActionDetailsRuleType}), actions when graded below good ({@link ActionsRequiredRuleType}), child
 * and family feedback ({@link FeedbackRecordedRuleType}), a conversation with the practitioner
 * ({@link PractitionerConversationRuleType}) and escalation of urgent concerns ({@link
 * UrgentConcernRuleType}).
 */
package org.practiceaudit.rules.content;
