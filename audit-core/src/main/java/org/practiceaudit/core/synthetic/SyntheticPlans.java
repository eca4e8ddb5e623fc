package org.practiceaudit.core.synthetic;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.sampling.ImmutableSamplingPlan;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.StratumCount;

/**
 * Synthetic sampling plans over {@link SyntheticPopulations}: valid plans of every kind (a fixed
 * size, a share of the open cases, counts per stratum), with minimums, exclusion windows, excluded
 * ids, themes, teams, attribute filters, closed cases and worker cover. The plans are named {@code
 * synthetic-plan-...}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticPlans {

  private SyntheticPlans() {}

  /**
   * Generates a plan named {@code synthetic-plan-<seed>}, the same for the same arguments.
   *
   * @param attributes how many of the population's attributes the plan may stratify by, 0 to 4
   * @param populationSize the size of the population sampled, 0 or more
   * @param seed the seed
   * @return the plan
   */
  public static SamplingPlan generate(int attributes, int populationSize, long seed) {
    return generate(attributes, populationSize, new Random(seed), "synthetic-plan-" + seed);
  }

  /**
   * Generates a plan, drawing every choice from a generator.
   *
   * @param attributes how many of the population's attributes the plan may stratify by, 0 to 4
   * @param populationSize the size of the population sampled, 0 or more
   * @param r the source of every random choice; not null
   * @param name the plan's name; a valid plan name
   * @return the plan
   */
  public static SamplingPlan generate(
      int attributes, int populationSize, RandomGenerator r, String name) {
    Objects.requireNonNull(r, "r");
    ImmutableSamplingPlan.Builder plan = SamplingPlan.builder().name(name);
    List<String> strata =
        new ArrayList<>(SyntheticPopulations.ATTRIBUTES.subList(0, r.nextInt(attributes + 1)));
    if (r.nextInt(6) == 0) {
      strata.add(r.nextBoolean() ? SamplingPlan.CATEGORY : SamplingPlan.TEAM);
    }
    plan.addAllStrata(strata);
    int kind = r.nextInt(strata.isEmpty() ? 2 : 3);
    if (kind == 0) {
      plan.fixedSize(1 + r.nextInt(populationSize / 2 + 5));
    } else if (kind == 1) {
      plan.shareOfOpen(BigDecimal.valueOf(1 + r.nextInt(100), 2));
    } else {
      Map<Map<String, String>, Integer> counts = new LinkedHashMap<>();
      for (int k = 1 + r.nextInt(4); k > 0; k--) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String s : strata) {
          key.put(s, valueFor(s, r));
        }
        counts.put(key, r.nextInt(12));
      }
      counts.forEach((key, count) -> plan.addStratumCount(StratumCount.of(key, count)));
    }
    if (kind != 2 && r.nextInt(3) == 0) {
      plan.minimumPerStratum(1 + r.nextInt(3));
    }
    if (r.nextBoolean()) {
      plan.auditedWithin(Period.ofMonths(6 + r.nextInt(3)));
    }
    for (int k = r.nextInt(4); k > 0; k--) {
      plan.addExcludedId(CaseId.of(String.format("SYN-%05d", r.nextInt(populationSize * 7 + 7))));
    }
    if (r.nextInt(6) == 0) {
      plan.theme("domestic-abuse");
    }
    if (r.nextInt(6) == 0) {
      plan.addTeam("team-a");
    }
    if (r.nextInt(8) == 0) {
      plan.putAttributeFilter("gender", Set.of("v0", "v1"));
    }
    boolean everyClosed = r.nextInt(8) == 0;
    if (everyClosed) {
      plan.excludeClosed(false);
    }
    if (r.nextInt(4) == 0) {
      plan.coverWorkers(true);
    }
    // Drawn last, so that the plans generated before the closed-within window existed are
    // unchanged.
    if (!everyClosed && r.nextInt(4) == 0) {
      plan.includeClosedWithin(Period.ofDays(1 + r.nextInt(120)));
    }
    return plan.build();
  }

  private static String valueFor(String stratum, RandomGenerator r) {
    switch (stratum) {
      case SamplingPlan.CATEGORY:
        return List.of("child-in-need", "child-protection", "looked-after", "fostering")
            .get(r.nextInt(4));
      case SamplingPlan.TEAM:
        return "team-" + (char) ('a' + r.nextInt(4));
      default:
        return "v" + r.nextInt(5);
    }
  }
}
