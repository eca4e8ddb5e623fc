package org.practiceaudit.rules.multiagency;

/**
 * The parameters of an {@code agency-disagreement} rule.
 *
 * @param minimumSpread the number of ranks between agencies' best and worst grade for one area from which
 *     they disagree, 1 or more; 2 means, on Ofsted's scale, Good against Inadequate but not Good against
 *     Requires Improvement
 */
public record AgencyDisagreementParameters(int minimumSpread) {}
