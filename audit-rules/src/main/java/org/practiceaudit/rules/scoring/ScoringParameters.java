package org.practiceaudit.rules.scoring;

import java.util.Map;

/**
 * The parameters of a {@code scoring} rule.
 *
 * @param weights weight of each domain by id, each above 0; a domain without one weighs 1; null
 *     means none
 * @param normalise whether to map each score onto [0, 1] by its domain's scale before averaging
 *     (needed when domains use different scales)
 * @param minimumCoverage the share of domains that must be scored, from 0 to 1; 0 accepts any
 *     coverage
 */
public record ScoringParameters(
    Map<String, Double> weights, boolean normalise, double minimumCoverage) {

  /**
   * Normalises a missing weights map to an empty one.
   *
   * @param weights weights by domain id; null means none
   * @param normalise whether to normalise
   * @param minimumCoverage the minimum coverage
   */
  public ScoringParameters {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
  }
}
