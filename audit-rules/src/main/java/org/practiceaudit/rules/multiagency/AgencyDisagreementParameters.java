package org.practiceaudit.rules.multiagency;

/**
 * The parameters of an {@code agency-disagreement} rule.
 *
 * @param minimumSpread the number of ranks between agencies' best and worst grade for one area from
 *     which the coordinator is told, 1 or more; 1 (any difference, the multi-agency overview's
 *     disagreements) is the London preset's; 2 would mean, on Ofsted's scale, Good against
 *     Inadequate but not Good against Requires Improvement
 */
public record AgencyDisagreementParameters(int minimumSpread) {}
