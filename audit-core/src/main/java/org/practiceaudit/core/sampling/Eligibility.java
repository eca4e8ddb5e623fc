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
    Filters filters = new Filters(population, plan);
    int[] excluded = excludedIndexes(population, plan);
    int excludedCount = excluded.length;
    int nextExcluded = 0;
    for (int i = 0; i < n; i++) {
      ExclusionReason reason = null;
      if (population.openedOn(i) > asOfDay) {
        reason = ExclusionReason.NOT_OPEN;
      } else {
        long closedOn = population.closedOn(i);
        boolean closed = closedOn < asOfDay;
        if (closed && excludeClosed && closedOn < closedWindowStart) {
          reason = ExclusionReason.CLOSED;
        } else if (!filters.passes(i)) {
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

  /** The indexes of the cases the plan excludes by id that are in the population, ascending. */
  private static int[] excludedIndexes(CasePopulation population, SamplingPlan plan) {
    int[] excluded = new int[plan.excludedIds().size()];
    int count = 0;
    for (CaseId id : plan.excludedIds()) {
      int index = population.indexOf(id);
      if (index >= 0) {
        excluded[count++] = index;
      }
    }
    Arrays.sort(excluded, 0, count);
    return Arrays.copyOf(excluded, count);
  }

  /**
   * The plan's filters as tables by value code: categories, teams, and the theme and attribute
   * filters (the case must have a value allowed, per attribute).
   */
  private static final class Filters {
    private final boolean[] categoryOk;
    private final boolean[] teamOk;
    private final int[] category;
    private final int[] team;
    private final int[][] codes;
    private final boolean[][] oks;
    private final boolean nobody;

    Filters(CasePopulation population, SamplingPlan plan) {
      category = population.category;
      team = population.team;
      categoryOk =
          plan.categories().isEmpty() ? null : allowed(population.categories, plan.categories());
      teamOk = plan.teams().isEmpty() ? null : allowed(population.teams, plan.teams());
      List<int[]> filterCodes = new ArrayList<>();
      List<boolean[]> filterOk = new ArrayList<>();
      boolean none = false;
      List<Map.Entry<String, Set<String>>> filters =
          new ArrayList<>(plan.attributeFilters().entrySet());
      plan.theme()
          .ifPresent(theme -> filters.add(Map.entry(SamplingPlan.THEME_ATTRIBUTE, Set.of(theme))));
      for (Map.Entry<String, Set<String>> f : filters) {
        int column = population.attribute(f.getKey());
        if (column < 0) {
          none = true;
          continue;
        }
        filterCodes.add(population.attributeCodes[column]);
        filterOk.add(allowed(population.attributeValues[column], f.getValue()));
      }
      nobody = none;
      codes = filterCodes.toArray(new int[0][]);
      oks = filterOk.toArray(new boolean[0][]);
    }

    /** Per value code, whether the value is allowed. */
    private static <T> boolean[] allowed(T[] values, Set<?> allowed) {
      boolean[] ok = new boolean[values.length];
      for (int v = 0; v < values.length; v++) {
        ok[v] = allowed.contains(values[v]);
      }
      return ok;
    }

    /** Whether the case of an index passes every filter. */
    boolean passes(int index) {
      if (nobody
          || categoryOk != null && !categoryOk[category[index]]
          || teamOk != null && !teamOk[team[index]]) {
        return false;
      }
      for (int f = 0; f < codes.length; f++) {
        int code = codes[f][index];
        if (code < 0 || !oks[f][code]) {
          return false;
        }
      }
      return true;
    }
  }
}
