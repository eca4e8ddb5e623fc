/**
 * Which completed audits a second person moderates: a reproducible sample by share, optionally at
 * least one per auditor, plus every audit a policy names (for example every Inadequate).
 *
 * <p>Start with {@link ModerationSampler}, configured by a {@link ModerationPolicy}; its result is
 * a {@link ModerationSample} of {@link ModerationPick}s, each with its {@link ModerationReason}.
 * Who moderates is decided by {@code org.practiceaudit.core.allocation.Allocator}.
 */
package org.practiceaudit.core.moderation;
