package org.practiceaudit.rules.moderation;

/**
 * The parameters of a {@code moderation-share} rule.
 *
 * @param share the share of completed audits that must be moderated, above 0 and at most 1; Dudley
 *     0.2
 */
public record ModerationShareParameters(double share) {}
