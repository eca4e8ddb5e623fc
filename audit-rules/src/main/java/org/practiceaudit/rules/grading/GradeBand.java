package org.practiceaudit.rules.grading;

/**
 * One band of a score-to-grade mapping: averages from {@code from} (inclusive) to {@code to} (exclusive,
 * except for the top band, which includes the top of the scale) get {@code grade}.
 *
 * @param grade the grade's label or alias on the framework's scale, such as {@code Good}
 * @param from the lowest average in the band, inclusive; finite
 * @param to the end of the band, exclusive except for the top band; finite and above {@code from}
 */
public record GradeBand(String grade, double from, double to) {}
