/**
 * A child's case file as an audit sees it: pseudonymous, holding only what sampling, allocation and
 * reporting need (category, team, worker, dates, involvements), never a name or a date of birth.
 *
 * <p>Start with {@link CaseFile}, identified by {@link CaseId}; {@link CaseCategory} is an open set
 * of categories (child in need, child protection, looked after, ...) and {@link Involvement}
 * records who worked on the case, which independence checks read.
 */
package org.practiceaudit.core.casefile;
