package org.practiceaudit.rules.framework;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;

/**
 * A council's audit framework together with its configured rules: what a council's configuration or
 * a preset yields.
 *
 * <p>The rules are kept as configuration (rule id, rule type id, parameters, citation) and built
 * into a {@link RuleSet} by a {@link RuleRegistry}, so that a council's own rule types take part on
 * equal terms with the built-in ones. Rule ids are unique within a framework. Sampling plans, role
 * quotas, the moderation policy and the audit programme complete what a council configures.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class LocalFramework {

  LocalFramework() {}

  /**
   * Returns the audit framework: grade scale, domains, audit types, escalation categories,
   * calendar.
   *
   * @return the framework
   */
  public abstract AuditFramework framework();

  /**
   * Returns the configured rules.
   *
   * @return an unmodifiable list, in configuration order, with unique rule ids
   */
  public abstract List<ConfiguredRule> rules();

  /**
   * Returns the minimum number of audits each role must complete, such as Dudley's (audit framework
   * 2017, "Who will complete Case File Audits").
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<RoleQuota> roleQuotas();

  /**
   * Returns the sampling plans the framework draws its cases with, such as Dudley's 10% of open
   * cases per service cycle.
   *
   * @return an unmodifiable list, possibly empty; plan names are unique
   */
  public abstract List<SamplingPlan> samplingPlans();

  /**
   * Returns how completed audits are selected for moderation, where the framework says.
   *
   * @return the policy, such as Dudley's 20% sample, or empty
   */
  public abstract Optional<ModerationPolicy> moderationPolicy();

  /**
   * Returns the framework's programme of audits, where it has one, such as Camden's annual
   * programme.
   *
   * @return the programme, or empty
   */
  public abstract Optional<AuditProgramme> programme();

  /**
   * Returns the framework's id.
   *
   * @return the id, such as {@code dudley}
   */
  public String id() {
    return framework().id();
  }

  /**
   * Finds a configured rule by id.
   *
   * @param ruleId the rule id; not null
   * @return the rule, or empty
   */
  public Optional<ConfiguredRule> rule(String ruleId) {
    return rules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * Builds every configured rule.
   *
   * @param registry the rule types to build them with; not null
   * @return the rule set, or every problem in the configuration
   */
  public Validation<Seq<String>, RuleSet> ruleSet(RuleRegistry registry) {
    return registry.build(rules(), framework());
  }

  /**
   * Builds the rules that must pass before an audit can be completed (see {@link
   * ConfiguredRule#requiredToComplete()}).
   *
   * @param registry the rule types to build them with; not null
   * @return the rule set, or every problem in the configuration
   */
  public Validation<Seq<String>, RuleSet> completionRules(RuleRegistry registry) {
    List<ConfiguredRule> required = new ArrayList<>();
    for (ConfiguredRule rule : rules()) {
      if (rule.requiredToComplete()) {
        required.add(rule);
      }
    }
    return registry.build(required, framework());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableLocalFramework.Builder builder() {
    return ImmutableLocalFramework.builder();
  }

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (ConfiguredRule rule : rules()) {
      if (!ids.add(rule.ruleId())) {
        throw new IllegalArgumentException(
            "framework '" + framework().id() + "': duplicate rule id '" + rule.ruleId() + "'");
      }
    }
    Set<String> plans = new HashSet<>();
    for (SamplingPlan plan : samplingPlans()) {
      if (!plans.add(plan.name())) {
        throw new IllegalArgumentException(
            "framework '" + framework().id() + "': duplicate sampling plan '" + plan.name() + "'");
      }
    }
  }
}
