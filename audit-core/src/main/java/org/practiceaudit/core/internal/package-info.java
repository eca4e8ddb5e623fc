/**
 * What Practice Audit's own modules share and users do not need: the kebab-case id test ({@link
 * KebabCase}), "did you mean" suggestions ({@link Suggestions}), plain-words file problems ({@link
 * FileProblems}), SHA-256 ({@link Sha256}) and the reproducible uniform draws under samples and
 * moderation samples ({@link UniformDraws}, {@link Lcg48}).
 *
 * <p>Not an API: exported only to the project's modules (a qualified export in {@code
 * module-info.java}), and free to change in any release.
 */
package org.practiceaudit.core.internal;
