/**
 * Escalations raised by audits and their follow-up (Dudley audit framework 2017, "Raising a
 * Concern"): whether an escalation is tracked, when its clock starts, when its check is due, and
 * whether it is open or overdue. The rules and the report ask {@link
 * org.practiceaudit.core.escalation.Escalation}, so they give one answer.
 *
 * <pre>{@code
 * Escalation escalation = Escalation.of(audit, 2, FollowUpPolicy.workingDays(10), calendar);
 * boolean overdue = escalation.isOverdue(clock.instant());
 * }</pre>
 */
package org.practiceaudit.core.escalation;
