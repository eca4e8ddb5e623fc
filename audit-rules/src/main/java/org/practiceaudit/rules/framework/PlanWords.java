package org.practiceaudit.rules.framework;

import static org.practiceaudit.rules.framework.Prose.and;
import static org.practiceaudit.rules.framework.Prose.capitalise;
import static org.practiceaudit.rules.framework.Prose.count;
import static org.practiceaudit.rules.framework.Prose.or;
import static org.practiceaudit.rules.framework.Prose.percent;
import static org.practiceaudit.rules.framework.TimeWords.period;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.StratumCount;
import org.practiceaudit.core.workforce.Role;

/**
 * Sampling plans, role quotas and the moderation policy in words. (Part of {@link FrameworkWords}.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class PlanWords {

  private PlanWords() {}

  static String samplingPlan(SamplingPlan plan) {
    Objects.requireNonNull(plan, "plan");
    StringBuilder s = new StringBuilder();
    String population = population(plan);
    if (plan.fixedSize().isPresent()) {
      s.append(count(plan.fixedSize().getAsInt(), "case", "cases"))
          .append(" drawn at random from ")
          .append(population);
    } else if (plan.maximumSize().isPresent()) {
      s.append("Up to ")
          .append(count(plan.maximumSize().getAsInt(), "case", "cases"))
          .append(" drawn at random from ")
          .append(population)
          .append(" (every eligible case when fewer)");
    } else if (plan.shareOfOpen().isPresent()) {
      s.append(percent(plan.shareOfOpen().get()))
          .append(" of ")
          .append(population)
          .append(", rounded up");
    } else {
      s.append("Drawn stratum by stratum from ")
          .append(population)
          .append(": ")
          .append(
              plan.stratumCounts().stream()
                  .map(PlanWords::stratumCount)
                  .collect(Collectors.joining("; ")));
    }
    if (!plan.strata().isEmpty()) {
      s.append(", in proportion to each ").append(and(plan.strata()));
    }
    List<String> minimums = new ArrayList<>();
    if (plan.minimumPerStratum() > 0) {
      minimums.add("at least " + plan.minimumPerStratum() + " per " + and(plan.strata()));
    }
    plan.minimumSharePerStratum()
        .ifPresent(
            m ->
                minimums.add(
                    "at least "
                        + percent(m)
                        + " of each "
                        + and(plan.strata())
                        + "'s, rounded up"));
    if (!minimums.isEmpty()) {
      s.append(", ").append(String.join(" and ", minimums));
    }
    s.append('.');
    List<String> exclusions = exclusions(plan);
    s.append(' ').append(capitalise(String.join("; ", exclusions))).append('.');
    if (plan.coverWorkers()) {
      s.append(" Every allocated worker has at least one case drawn, where the numbers allow.");
    }
    return s.toString();
  }

  /** Which cases the plan leaves out: recently audited, closed, excluded by id. */
  private static List<String> exclusions(SamplingPlan plan) {
    List<String> exclusions = new ArrayList<>();
    plan.auditedWithin().ifPresent(p -> exclusions.add("none audited in the last " + period(p)));
    if (!plan.excludeClosed()) {
      exclusions.add("closed cases are eligible");
    } else if (plan.includeClosedWithin().isPresent()) {
      exclusions.add(
          "cases closed in the last "
              + period(plan.includeClosedWithin().get())
              + " stay eligible, earlier closed cases do not");
    } else {
      exclusions.add("closed cases are left out");
    }
    if (!plan.excludedIds().isEmpty()) {
      exclusions.add(count(plan.excludedIds().size(), "case", "cases") + " excluded by id");
    }
    return exclusions;
  }

  private static String population(SamplingPlan plan) {
    String population = "open cases";
    List<String> filters = new ArrayList<>();
    if (!plan.categories().isEmpty()) {
      filters.add(
          "in categor"
              + (plan.categories().size() == 1 ? "y " : "ies ")
              + or(
                  plan.categories().stream()
                      .map(Object::toString)
                      .sorted()
                      .collect(Collectors.toList())));
    }
    if (!plan.teams().isEmpty()) {
      filters.add(
          "of team"
              + (plan.teams().size() == 1 ? " " : "s ")
              + or(plan.teams().stream().sorted().collect(Collectors.toList())));
    }
    new TreeMap<>(plan.attributeFilters())
        .forEach(
            (k, v) ->
                filters.add(
                    "with " + k + " " + or(v.stream().sorted().collect(Collectors.toList()))));
    plan.theme().ifPresent(t -> filters.add("on the theme " + t));
    return filters.isEmpty() ? population : population + " " + String.join(", ", filters);
  }

  private static String stratumCount(StratumCount count) {
    return count.count()
        + " with "
        + new TreeMap<>(count.key())
            .entrySet().stream()
                .map(e -> e.getKey() + " " + (e.getValue().isEmpty() ? "(none)" : e.getValue()))
                .collect(Collectors.joining(" and "));
  }

  static String quota(RoleQuota quota) {
    Objects.requireNonNull(quota, "quota");
    return "At least "
        + count(
            quota.minimum(),
            quota.assisted() ? "assisted audit" : "audit",
            quota.assisted() ? "assisted audits" : "audits")
        + (quota.period() == QuotaPeriod.PER_YEAR
            ? " a year"
            : quota.period() == QuotaPeriod.PER_MONTH ? " a month" : " per audit cycle")
        + " each"
        + (quota.assisted() ? "; only assisted audits count." : ".");
  }

  static String moderation(ModerationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return percent(policy.share())
        + " of completed audits, rounded up, are moderated"
        + (policy.atLeastOnePerAuditor() ? ", at least one of each auditor's" : "")
        + policy
            .includeGradedAtOrBelow()
            .map(g -> ", and every audit graded " + g.label() + " or below")
            .orElse("")
        + "."
        + (policy.moderatorRoles().isEmpty()
            ? ""
            : " Moderated only by a "
                + or(policy.moderatorRoles().stream().map(Role::id).collect(Collectors.toList()))
                + ".");
  }
}
