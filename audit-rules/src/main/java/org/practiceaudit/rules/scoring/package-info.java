/**
 * The average of an audit's domain scores, ignoring N/A, with its coverage ({@link ScoreAverage}),
 * and the rule that requires it ({@link ScoringRuleType}).
 */
package org.practiceaudit.rules.scoring;
