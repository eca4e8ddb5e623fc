package org.practiceaudit.rules.framework;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.allocation.Independence;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AccountEntry;
import org.practiceaudit.core.framework.AccountSection;
import org.practiceaudit.core.framework.BlankForm;
import org.practiceaudit.core.framework.FrameworkAccount;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleType;
import org.practiceaudit.rules.grading.GradeBands;

/**
 * The one home of a framework told in plain words: from a loaded configuration it builds the {@link
 * FrameworkAccount} that {@code explain} renders as text, Markdown or HTML, and the {@link
 * BlankForm} that {@code form} renders, and it words each part (a follow-up policy, a sampling
 * plan, a quota, a rule's parameters) for {@code diff} too (issue 18, items 2 to 4).
 *
 * <p>Every sentence is generated from the configuration: its framework, grade bands, sampling
 * plans, quotas, moderation policy, programme and rules, each rule's parameters described by its
 * rule type's {@link RuleType#parameterDescriptions()}. Nothing is written per framework.
 * Parameters are named as a configuration document spells them, in snake_case ({@code
 * escalate_to}), with the values in effect (defaults filled in).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkWords {

  private FrameworkWords() {}

  /**
   * Tells a framework in plain words, section by section.
   *
   * @param local the framework with its rules, quotas, sampling plans, moderation and programme;
   *     not null
   * @param gradeBands the configuration's grade bands, if it has any; not null
   * @param description what the configuration says the framework is and where it comes from; not
   *     null, may be empty
   * @param registry the rule types, whose descriptions and parameter descriptions tell each rule;
   *     not null
   * @return the account
   * @throws NullPointerException if an argument is null
   */
  public static FrameworkAccount account(
      LocalFramework local,
      Optional<GradeBands> gradeBands,
      String description,
      RuleRegistry registry) {
    return AccountWords.account(local, gradeBands, description, registry);
  }

  /**
   * The programme told entry by entry; {@link FrameworkDiff} compares programmes in these words.
   */
  static AccountSection programme(AuditProgramme programme) {
    return AccountWords.programme(programme);
  }

  /**
   * Tells one configured rule: what its type does, what this rule asks (for the built-in types),
   * its source, whether it must pass before an audit is completed, and each parameter with its
   * type's description.
   *
   * @param rule the rule; not null
   * @param registry the rule types; not null
   * @return the entry, its id the rule's id
   */
  public static AccountEntry rule(ConfiguredRule rule, RuleRegistry registry) {
    return RuleWords.rule(rule, registry);
  }

  /**
   * Gathers what the blank audit tool of a framework asks, for one audit type or for every one.
   *
   * @param local the framework with its rules; not null
   * @param gradeBands the configuration's grade bands, if any; not null
   * @param auditTypeId the id of one of the framework's audit types, or empty for every type (the
   *     only type, when the framework has one); not null
   * @param registry the rule types, whose descriptions tell the rules the form is checked against;
   *     not null
   * @return the blank form
   * @throws IllegalArgumentException if the framework has no audit type of that id, listing the ids
   */
  public static BlankForm form(
      LocalFramework local,
      Optional<GradeBands> gradeBands,
      Optional<String> auditTypeId,
      RuleRegistry registry) {
    return FormWords.form(local, gradeBands, auditTypeId, registry);
  }

  /**
   * Tells how a grade is reached under a framework: the configuration's grade bands and each
   * grading rule.
   *
   * @param local the framework with its rules; not null
   * @param gradeBands the configuration's grade bands, if any; not null
   * @return the sentences; one saying the auditor judges the grade when nothing else says how
   */
  public static List<String> gradeGuidance(LocalFramework local, Optional<GradeBands> gradeBands) {
    return GradeWords.gradeGuidance(local, gradeBands);
  }

  /**
   * Tells a grade scale: its grades, best first, and the other spellings it reads.
   *
   * @param scale the scale; not null
   * @return a sentence or two
   */
  public static String gradeScale(GradeScale scale) {
    return GradeWords.gradeScale(scale);
  }

  /**
   * Returns a rule's parameters by their names in the parameter record, in declaration order, with
   * the values in effect.
   *
   * @param parameters the parameters, a record as every built-in rule type has; not null
   * @return an unmodifiable map from component name (camelCase) to value; empty if the parameters
   *     are not a record
   */
  public static Map<String, Object> parameters(Object parameters) {
    return ParameterWords.parameters(parameters);
  }

  /**
   * Writes a parameter's value as a configuration author reads it: lists in brackets, records and
   * maps in braces with snake_case names, decimals without a trailing {@code .0}.
   *
   * @param value the value; may be null
   * @return the text, {@code none} for null or the empty text
   */
  public static String value(Object value) {
    return ParameterWords.value(value);
  }

  /**
   * Spells a parameter name as a configuration document does.
   *
   * @param name a record component name, such as {@code escalateTo}; not null
   * @return the snake_case name, such as {@code escalate_to}
   */
  public static String snakeCase(String name) {
    return ParameterWords.snakeCase(name);
  }

  /**
   * Rewrites the parameter names a text quotes (a rule type's description or problem) as a
   * configuration document spells them: the component names of the parameter record, and of the
   * records it holds directly or in lists and maps, in snake_case ({@code escalateTo} becomes
   * {@code escalate_to}).
   *
   * @param text the text; not null
   * @param parameterType the rule type's parameter class; not null
   * @return the text with every such name in snake_case
   */
  public static String snakeCaseIn(String text, Class<?> parameterType) {
    return ParameterWords.snakeCaseIn(text, parameterType);
  }

  /**
   * Returns the parameter names of a rule type's parameter class: the component names of the record
   * and of the records it holds, directly or in lists and maps, as the class spells them.
   *
   * @param parameterType the parameter class; not null
   * @return the names, in declaration order; empty for a class that is not a record
   */
  public static java.util.Set<String> parameterNames(Class<?> parameterType) {
    return ParameterWords.parameterNames(parameterType);
  }

  /**
   * Tells a follow-up policy in words, such as {@code follow-up check within 10 working days,
   * England and Wales bank holidays}.
   *
   * @param policy the policy; not null
   * @param calendar the calendar its working days are counted in; not null
   * @return the words, starting in lower case
   */
  public static String followUp(FollowUpPolicy policy, WorkingCalendar calendar) {
    return TimeWords.followUp(policy, calendar);
  }

  /**
   * Names a calendar's holidays, such as {@code England and Wales bank holidays} or {@code England
   * and Wales bank holidays and 2 local closure days}.
   *
   * @param calendar the calendar; not null
   * @return the words
   */
  public static String calendar(WorkingCalendar calendar) {
    return TimeWords.calendar(calendar);
  }

  /**
   * Tells when an allocated audit is due.
   *
   * @param policy the policy; not null
   * @param calendar the calendar working days are counted in; not null
   * @return a sentence
   */
  public static String auditDue(AuditDuePolicy policy, WorkingCalendar calendar) {
    return TimeWords.auditDue(policy, calendar);
  }

  /**
   * Tells a score scale: its range, anchors and whether N/A is allowed.
   *
   * @param scale the scale; not null
   * @return a sentence or two
   */
  public static String scale(ScoreScale scale) {
    return GradeWords.scale(scale);
  }

  /**
   * Tells how far back an audit looks, such as {@code the last 12 months} or {@code the last 12 to
   * 18 months}.
   *
   * @param period the review period; not null
   * @return the words
   */
  public static String reviewPeriod(ReviewPeriod period) {
    return TimeWords.reviewPeriod(period);
  }

  /**
   * Tells a period as people say it, such as {@code 6 months} or {@code 1 year 2 months}.
   *
   * @param period the period; not null
   * @return the words
   */
  public static String period(Period period) {
    return TimeWords.period(period);
  }

  /**
   * Tells a sampling plan in words, such as {@code 10% of open cases (rounded up), at least 10% of
   * each team's; none audited in the last 12 months.}
   *
   * @param plan the plan; not null
   * @return one or more sentences
   */
  public static String samplingPlan(SamplingPlan plan) {
    return PlanWords.samplingPlan(plan);
  }

  /**
   * Tells a quota in words, such as {@code At least 2 assisted audits a year each (only assisted
   * audits count).}
   *
   * @param quota the quota; not null
   * @return a sentence
   */
  public static String quota(RoleQuota quota) {
    return PlanWords.quota(quota);
  }

  /**
   * Tells a moderation policy in words.
   *
   * @param policy the policy; not null
   * @return one or more sentences
   */
  public static String moderation(ModerationPolicy policy) {
    return PlanWords.moderation(policy);
  }

  /**
   * Tells who may audit a case of an audit type, where it is not the usual peer with no part in the
   * case.
   *
   * @param independence the audit type's independence; not null
   * @return a sentence, or empty for {@link Independence#PEER}
   */
  public static Optional<String> independence(Independence independence) {
    switch (Objects.requireNonNull(independence, "independence")) {
      case OWN_AGENCY:
        return Optional.of(
            "Each agency's auditors audit their own agency's record of the case, never one they"
                + " are involved in.");
      case RESPONSIBLE_TEAM_MANAGER:
        return Optional.of(
            "Audited by the case's own team manager, an allowed exception to team"
                + " independence.");
      default:
        return Optional.empty();
    }
  }
}
