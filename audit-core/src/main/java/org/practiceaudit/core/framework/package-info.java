/**
 * A council's audit framework at one version: its grade scale, the domains auditors score with
 * their indicators, the audit types it runs, escalation categories with their follow-up deadlines,
 * when an audit is due and the working calendar.
 *
 * <p>Start with {@link AuditFramework}, built in Java here or loaded from a configuration document
 * by {@code org.practiceaudit.json.configuration}. Parts: {@link Domain}, {@link Indicator}, {@link
 * AuditType}, {@link EscalationCategory} and {@link ReviewPeriod}. Every version a service knows
 * sits in a {@link FrameworkCatalogue}, so each audit is read against its own, and it says whether
 * audits of two versions can be reported together. A framework told in words is a {@link
 * FrameworkAccount} of {@link AccountSection}s and {@link AccountEntry}s; its blank audit tool is a
 * {@link BlankForm}.
 */
package org.practiceaudit.core.framework;
