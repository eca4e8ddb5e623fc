/**
 * Judgements on ordered scales: Ofsted's four (Outstanding, Good, Requires Improvement, Inadequate)
 * or a council's own.
 *
 * <p>{@link GradeScale} is the scale, best first, and parses labels with their aliases; {@link
 * Grade} is one judgement on it. How a grade is derived from scores or indicators is a rule, in
 * audit-rules' {@code grading} package.
 */
package org.practiceaudit.core.grade;
