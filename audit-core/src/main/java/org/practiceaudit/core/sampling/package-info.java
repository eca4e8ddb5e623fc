/**
 * Which cases are audited: reproducible, stratified random samples of case files, with exclusions
 * (recently audited, closed) and a full audit trail to draw the same sample again.
 *
 * <p>Start with {@link Sampler#draw}, which takes a {@link SamplingPlan}, a date and a {@link
 * Seed}, over case files or a column-by-column {@link CasePopulation}, and returns a {@link
 * Sample}. Randomness comes from one internal primitive shared with moderation samples (a partial
 * Fisher–Yates shuffle over the {@code java.util.Random} generator seeded from SHA-256), so results
 * do not depend on input order or machine.
 */
package org.practiceaudit.core.sampling;
