package org.practiceaudit.json.configuration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.grading.GradeBands;

/**
 * Everything one valid configuration document describes: the audit framework (grade scale, domains,
 * audit types, escalation categories, calendar) and the local settings around it (grade bands,
 * sampling plans, quotas per role, moderation, audit programme, rules).
 *
 * <p>A configuration exists only whole: {@link FrameworkLoader} yields one or the list of every
 * problem.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param framework the audit framework; not null
 * @param description what the framework is and its source; not null, may be empty
 * @param gradeBands grades implied by the average domain score, validated over the domains' score
 *     range by audit-rules' {@link GradeBands}, if the document has any; not null
 * @param samplingPlans the sampling plans, as audit-core's {@link SamplingPlan}, in document order;
 *     not null
 * @param quotas the minimum audits per role, as audit-core's {@link RoleQuota}, in document order;
 *     not null
 * @param moderation the moderation policy, if the document has one; not null
 * @param programme the audit programme (planned audits by month, type and theme), if the document
 *     has one; not null
 * @param rules the configured rules, in document order, each with its parameters bound to its rule
 *     type's parameter class; not null
 */
public record FrameworkConfiguration(
    AuditFramework framework,
    String description,
    Optional<GradeBands> gradeBands,
    List<SamplingPlan> samplingPlans,
    List<RoleQuota> quotas,
    Optional<ModerationPolicy> moderation,
    Optional<AuditProgramme> programme,
    List<ConfiguredRule> rules) {

  /**
   * Copies the lists.
   *
   * @param framework the framework; not null
   * @param description the description; not null
   * @param gradeBands the bands; not null
   * @param samplingPlans the plans; not null
   * @param quotas the quotas; not null
   * @param moderation the moderation; not null
   * @param programme the programme; not null
   * @param rules the rules; not null
   */
  public FrameworkConfiguration {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(moderation, "moderation");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(gradeBands, "gradeBands");
    samplingPlans = List.copyOf(samplingPlans);
    quotas = List.copyOf(quotas);
    rules = List.copyOf(rules);
  }

  /**
   * Finds a sampling plan by name.
   *
   * @param name the plan's name; not null
   * @return the plan, or empty
   */
  public Optional<SamplingPlan> samplingPlan(String name) {
    Objects.requireNonNull(name, "name");
    return samplingPlans.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Returns the local framework this configuration describes, as audit-rules models it: the
   * framework, its rules, role quotas, sampling plans, moderation policy and audit programme.
   *
   * @return the local framework, not null
   */
  public LocalFramework localFramework() {
    var b =
        LocalFramework.builder()
            .framework(framework)
            .addAllRules(rules)
            .addAllRoleQuotas(quotas)
            .addAllSamplingPlans(samplingPlans);
    moderation.ifPresent(b::moderationPolicy);
    programme.ifPresent(b::programme);
    return b.build();
  }
}
