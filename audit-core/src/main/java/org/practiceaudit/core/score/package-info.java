/**
 * Domain scores: an integer on a labelled scale, or "not applicable" where the scale allows it.
 *
 * <p>{@link ScoreScale} is the inclusive range with its anchors (Dorset's 1 to 10, for example);
 * {@link DomainScore} is one domain's score in one audit. Averaging scores and mapping them to
 * grades are rules, in audit-rules' {@code scoring} and {@code grading} packages.
 */
package org.practiceaudit.core.score;
