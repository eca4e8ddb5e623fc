/**
 * When an audit is due and whether it was done in time: the framework's {@link
 * org.practiceaudit.core.timeliness.AuditDuePolicy}, the {@link
 * org.practiceaudit.core.timeliness.Timeliness} of each allocated audit as of a day, and the one
 * {@link org.practiceaudit.core.timeliness.Compliance} figure (completed on time out of allocated)
 * that the report, the rules and the quota tracker all give.
 */
package org.practiceaudit.core.timeliness;
