/**
 * The escalation category rule: an audit's category from its grade, concerns and actions, with the
 * follow-up deadline the category sets ({@link EscalationRuleType}). When an escalation is open or
 * overdue is decided once, in {@code org.practiceaudit.core.escalation}.
 */
package org.practiceaudit.rules.escalation;
