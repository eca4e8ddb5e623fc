/**
 * The moderation share rule over a collection of audits: at least a share of completed audits
 * moderated ({@link ModerationShareRuleType}). Which audits to moderate is decided in {@code
 * org.practiceaudit.core.moderation}.
 */
package org.practiceaudit.rules.moderation;
