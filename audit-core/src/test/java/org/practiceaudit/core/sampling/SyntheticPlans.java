package org.practiceaudit.core.sampling;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.practiceaudit.core.casefile.CaseId;

/** SYNTHETIC test data: random but valid sampling plans over {@link SyntheticPopulations}. */
final class SyntheticPlans {

  private SyntheticPlans() {}

  static SamplingPlan generate(int attributes, int populationSize, long seed) {
    Random r = new Random(seed);
    ImmutableSamplingPlan.Builder plan = SamplingPlan.builder().name("synthetic-plan-" + seed);
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
      plan.putAttributeFilter("gender", java.util.Set.of("v0", "v1"));
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

  private static String valueFor(String stratum, Random r) {
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
