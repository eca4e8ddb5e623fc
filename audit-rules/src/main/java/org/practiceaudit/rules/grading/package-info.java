/**
 * Deriving a grade: from the auditor's judgement, from score averages in bands ({@link
 * GradeBands}), capped by floors ({@link GradeFloor}) or checked against indicators. Start with
 * {@link GradingRuleType}.
 */
package org.practiceaudit.rules.grading;
