package org.practiceaudit.core.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceaudit.core.casefile.CaseId;

/**
 * Each case's reason for exclusion (the first that applies) or eligibility, read from the
 * population's columns: the plan's filters become tables by value code, its dates epoch days.
 */
final class Eligibility {
  /** Per case in id order: 0 if it is eligible, or -1 - the ordinal of its exclusion reason. */
  final int[] slots;

  /** The cases in the plan's population that are open on the as-of date. */
  int open;

  int eligible;

  Eligibility(CasePopulation population, SamplingPlan plan, LocalDate asOf) {
    int n = population.size();
    slots = new int[n];
    long asOfDay = asOf.toEpochDay();
    long windowStart =
        plan.auditedWithin().map(asOf::minus).map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    boolean excludeClosed = plan.excludeClosed();
    // Cases closed on or after this day stay eligible (C13); none when the plan gives no window.
    long closedWindowStart =
        plan.includeClosedWithin()
            .map(asOf::minus)
            .map(LocalDate::toEpochDay)
            .orElse(Long.MAX_VALUE);
    boolean[] categoryOk = null;
    if (!plan.categories().isEmpty()) {
      categoryOk = new boolean[population.categories.length];
      for (int c = 0; c < categoryOk.length; c++) {
        categoryOk[c] = plan.categories().contains(population.categories[c]);
      }
    }
    boolean[] teamOk = null;
    if (!plan.teams().isEmpty()) {
      teamOk = new boolean[population.teams.length];
      for (int t = 0; t < teamOk.length; t++) {
        teamOk[t] = plan.teams().contains(population.teams[t]);
      }
    }
    // The theme and the attribute filters: the case must have a value allowed, per attribute.
    List<int[]> filterCodes = new ArrayList<>();
    List<boolean[]> filterOk = new ArrayList<>();
    boolean nobody = false;
    List<Map.Entry<String, Set<String>>> filters =
        new ArrayList<>(plan.attributeFilters().entrySet());
    plan.theme()
        .ifPresent(theme -> filters.add(Map.entry(SamplingPlan.THEME_ATTRIBUTE, Set.of(theme))));
    for (Map.Entry<String, Set<String>> f : filters) {
      int column = population.attribute(f.getKey());
      if (column < 0) {
        nobody = true;
        continue;
      }
      String[] values = population.attributeValues[column];
      boolean[] ok = new boolean[values.length];
      for (int v = 0; v < values.length; v++) {
        ok[v] = f.getValue().contains(values[v]);
      }
      filterCodes.add(population.attributeCodes[column]);
      filterOk.add(ok);
    }
    int[][] codes = filterCodes.toArray(new int[0][]);
    boolean[][] oks = filterOk.toArray(new boolean[0][]);
    int[] excluded = new int[plan.excludedIds().size()];
    int excludedCount = 0;
    for (CaseId id : plan.excludedIds()) {
      int index = population.indexOf(id);
      if (index >= 0) {
        excluded[excludedCount++] = index;
      }
    }
    Arrays.sort(excluded, 0, excludedCount);
    int nextExcluded = 0;
    int[] category = population.category;
    int[] team = population.team;
    for (int i = 0; i < n; i++) {
      ExclusionReason reason = null;
      if (population.openedOn(i) > asOfDay) {
        reason = ExclusionReason.NOT_OPEN;
      } else {
        long closedOn = population.closedOn(i);
        boolean closed = closedOn < asOfDay;
        if (closed && excludeClosed && closedOn < closedWindowStart) {
          reason = ExclusionReason.CLOSED;
        } else if (nobody
            || categoryOk != null && !categoryOk[category[i]]
            || teamOk != null && !teamOk[team[i]]
            || !passes(codes, oks, i)) {
          reason = ExclusionReason.FILTERED_OUT;
        } else {
          if (!closed) {
            open++;
          }
          while (nextExcluded < excludedCount && excluded[nextExcluded] < i) {
            nextExcluded++;
          }
          if (nextExcluded < excludedCount && excluded[nextExcluded] == i) {
            reason = ExclusionReason.EXCLUDED_EXPLICITLY;
          } else if (population.lastAuditedOn(i) >= windowStart) {
            reason = ExclusionReason.AUDITED_WITHIN_WINDOW;
          }
        }
      }
      if (reason == null) {
        eligible++;
      } else {
        slots[i] = -1 - reason.ordinal();
      }
    }
  }

  private static boolean passes(int[][] codes, boolean[][] oks, int index) {
    for (int f = 0; f < codes.length; f++) {
      int code = codes[f][index];
      if (code < 0 || !oks[f][code]) {
        return false;
      }
    }
    return true;
  }
}
