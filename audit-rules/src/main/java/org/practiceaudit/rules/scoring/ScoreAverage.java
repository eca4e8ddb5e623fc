package org.practiceaudit.rules.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;

/**
 * The average of an audit's domain scores, ignoring N/A, with its coverage: how many of the
 * framework's domains were scored.
 *
 * <p>Dorset's monthly audit report (June 2019, sections 2.1 and 4.1) scores seven domains from 1 to
 * 10 and reports "the overall average score across all seven domains". Domains may be weighted
 * (weight 1 unless given). With {@code normalise}, each score is first mapped onto [0, 1] by its
 * domain's {@link ScoreScale#normalise(int)}, so that domains on different scales can be averaged;
 * without it the raw scores are averaged, which is meaningful only when the domains share one scale
 * ({@link #hasMixedScales()} tells).
 *
 * <p>A score of N/A never counts: neither in the average nor in the coverage's numerator. On a
 * scale that forbids it ({@link ScoreScale#allowsNotApplicable()}, Dorset's; seed-fidelity review
 * D4) it is also a problem: the domain had to be scored, 1 where no evidence is found.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoreAverage {

  private final OptionalDouble average;
  private final int scored;
  private final int total;
  private final Set<String> unknownDomains;
  private final Set<String> outOfScale;
  private final Set<String> notApplicableForbidden;
  private final boolean mixedScales;

  private ScoreAverage(
      OptionalDouble average,
      int scored,
      int total,
      Set<String> unknownDomains,
      Set<String> outOfScale,
      Set<String> notApplicableForbidden,
      boolean mixedScales) {
    this.average = average;
    this.scored = scored;
    this.total = total;
    this.unknownDomains = unknownDomains;
    this.outOfScale = outOfScale;
    this.notApplicableForbidden = notApplicableForbidden;
    this.mixedScales = mixedScales;
  }

  /**
   * Computes the average of scores over a framework's domains.
   *
   * @param domains the framework's domains, whose scales the scores are on; not null
   * @param scores the scores by domain id; not null
   * @param weights weights by domain id, each finite and above 0; a domain without one weighs 1
   * @param normalise whether to map each score onto [0, 1] by its domain's scale before averaging
   * @return the average
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a weight is not finite and above 0
   */
  // size: one pass over the domains on every rule's path, its problem sets made only when needed
  public static ScoreAverage of(
      List<Domain> domains,
      Map<String, DomainScore> scores,
      Map<String, Double> weights,
      boolean normalise) {
    Objects.requireNonNull(domains, "domains");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(weights, "weights");
    requireWeights(weights);
    // One pass without per-call sets on the common path: the scales are compared by bounds, the
    // known domains are counted, and the sets of problems are built only when there is a problem.
    double sum = 0;
    double weightSum = 0;
    int scored = 0;
    int knownScores = 0;
    Set<String> outOfScale = null;
    Set<String> forbidden = null;
    boolean mixed = false;
    int firstMin = 0;
    int firstMax = 0;
    boolean first = true;
    for (Domain domain : domains) {
      ScoreScale scale = domain.scoreScale();
      if (first) {
        firstMin = scale.min();
        firstMax = scale.max();
        first = false;
      } else if (scale.min() != firstMin || scale.max() != firstMax) {
        mixed = true;
      }
      DomainScore score = scores.get(domain.id());
      if (score == null) {
        continue;
      }
      knownScores++;
      if (!score.isApplicable()) {
        if (!scale.allowsNotApplicable()) {
          if (forbidden == null) {
            forbidden = new TreeSet<>();
          }
          forbidden.add(domain.id());
        }
        continue;
      }
      int value = score.value().getAsInt();
      if (!scale.contains(value)) {
        if (outOfScale == null) {
          outOfScale = new TreeSet<>();
        }
        outOfScale.add(domain.id());
        continue;
      }
      double x = normalise ? scale.normalise(value) : value;
      double w = weights.isEmpty() ? 1.0 : weights.getOrDefault(domain.id(), 1.0);
      sum += w * x;
      weightSum += w;
      scored++;
    }
    Set<String> unknown = knownScores < scores.size() ? unknown(domains, scores) : Set.of();
    OptionalDouble average =
        scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / weightSum);
    return new ScoreAverage(
        average,
        scored,
        domains.size(),
        unknown,
        outOfScale == null ? Set.of() : Set.copyOf(outOfScale),
        forbidden == null ? Set.of() : Set.copyOf(forbidden),
        !normalise && mixed);
  }

  private static void requireWeights(Map<String, Double> weights) {
    weights.forEach(
        (id, w) -> {
          if (w == null || !(w > 0) || w.isInfinite()) {
            throw new IllegalArgumentException(
                "weight of domain '" + id + "' must be above 0: " + w);
          }
        });
  }

  /** The ids of the scores of domains the framework does not have. */
  private static Set<String> unknown(List<Domain> domains, Map<String, DomainScore> scores) {
    Set<String> known = new HashSet<>();
    for (Domain domain : domains) {
      known.add(domain.id());
    }
    Set<String> found = new TreeSet<>();
    for (String id : scores.keySet()) {
      if (!known.contains(id)) {
        found.add(id);
      }
    }
    return Set.copyOf(found);
  }

  /**
   * Returns the (weighted) average of the applicable scores.
   *
   * @return the average, on the domains' scale or on [0, 1] when normalised; empty if nothing was
   *     scored
   */
  public OptionalDouble average() {
    return average;
  }

  /**
   * Returns the number of domains with an applicable score on their scale.
   *
   * @return from 0 to {@link #total()}
   */
  public int scored() {
    return scored;
  }

  /**
   * Returns the number of the framework's domains.
   *
   * @return 0 or more
   */
  public int total() {
    return total;
  }

  /**
   * Returns the share of domains scored.
   *
   * @return {@code scored / total}, from 0 to 1; 0 when the framework has no domains
   */
  public double coverage() {
    return total == 0 ? 0 : (double) scored / total;
  }

  /**
   * Returns the ids of scored domains that the framework does not have.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<String> unknownDomains() {
    return unknownDomains;
  }

  /**
   * Returns the ids of domains whose score lies outside their scale (and was not counted).
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<String> outOfScale() {
    return outOfScale;
  }

  /**
   * Returns the ids of domains scored N/A although their scale forbids it (and not counted).
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<String> notApplicableForbidden() {
    return notApplicableForbidden;
  }

  /**
   * Tells whether raw scores on different scales were averaged, which is meaningless.
   *
   * @return true if not normalised and the domains' scales differ
   */
  public boolean hasMixedScales() {
    return mixedScales;
  }

  /**
   * Lists what makes the average unreliable: unknown domains, scores off their scale, N/A where the
   * scale forbids it, mixed scales.
   *
   * @return plain-language problems, possibly empty
   */
  public List<String> problems() {
    if (unknownDomains.isEmpty()
        && outOfScale.isEmpty()
        && notApplicableForbidden.isEmpty()
        && !mixedScales) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    if (!unknownDomains.isEmpty()) {
      problems.add(
          "scores for domains the framework does not have: " + new TreeSet<>(unknownDomains));
    }
    if (!outOfScale.isEmpty()) {
      problems.add("scores outside their domain's scale: " + new TreeSet<>(outOfScale));
    }
    if (!notApplicableForbidden.isEmpty()) {
      problems.add(
          "N/A where every domain must be scored (the lowest score where no evidence is found): "
              + new TreeSet<>(notApplicableForbidden));
    }
    if (mixedScales) {
      problems.add("raw scores on different scales cannot be averaged; normalise them");
    }
    return problems;
  }

  @Override
  public String toString() {
    return "ScoreAverage["
        + (average.isPresent() ? average.getAsDouble() : "none")
        + ", "
        + scored
        + "/"
        + total
        + "]";
  }
}
