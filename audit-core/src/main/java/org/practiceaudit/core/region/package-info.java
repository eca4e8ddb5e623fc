/**
 * Regional reports: the figures of each part (a council, a team) beside the whole they merge into,
 * with small counts suppressed for publication.
 *
 * <p>Start with {@link RegionalComparison}, built from each part's and the whole's {@link
 * PartFigures} (counts of {@link Figure}s taken from their reports) under a {@link
 * SmallCountSuppression} rule.
 */
package org.practiceaudit.core.region;
