package org.practiceaudit.rules.framework;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.practiceaudit.core.allocation.Independence;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AccountEntry;
import org.practiceaudit.core.framework.AccountSection;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.BlankForm;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.FrameworkAccount;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.StratumCount;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleType;
import org.practiceaudit.rules.content.ActionDetailsParameters;
import org.practiceaudit.rules.content.ActionsRequiredParameters;
import org.practiceaudit.rules.content.FeedbackRecordedParameters;
import org.practiceaudit.rules.content.PractitionerConversationParameters;
import org.practiceaudit.rules.content.UrgentConcernParameters;
import org.practiceaudit.rules.escalation.EscalationParameters;
import org.practiceaudit.rules.grading.GradeBand;
import org.practiceaudit.rules.grading.GradeBands;
import org.practiceaudit.rules.grading.GradeFloor;
import org.practiceaudit.rules.grading.GradingParameters;

/**
 * The one home of a framework told in plain words: from a loaded configuration it builds the
 * {@link FrameworkAccount} that {@code explain} renders as text, Markdown or HTML, and the {@link BlankForm}
 * that {@code form} renders, and it words each part (a follow-up policy, a sampling plan, a quota, a rule's
 * parameters) for {@code diff} too (issue 18, items 2 to 4).
 *
 * <p>Every sentence is generated from the configuration: its framework, grade bands, sampling plans, quotas,
 * moderation policy, programme and rules, each rule's parameters described by its rule type's
 * {@link RuleType#parameterDescriptions()}. Nothing is written per framework. Parameters are named as a
 * configuration document spells them, in snake_case ({@code escalate_to}), with the values in effect
 * (defaults filled in).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkWords {

  private FrameworkWords() {}

  // ---------------------------------------------------------------------------------------------- account

  /**
   * Tells a framework in plain words, section by section.
   *
   * @param local the framework with its rules, quotas, sampling plans, moderation and programme; not null
   * @param gradeBands the configuration's grade bands, if it has any; not null
   * @param description what the configuration says the framework is and where it comes from; not null, may be
   *     empty
   * @param registry the rule types, whose descriptions and parameter descriptions tell each rule; not null
   * @return the account
   * @throws NullPointerException if an argument is null
   */
  public static FrameworkAccount account(LocalFramework local, Optional<GradeBands> gradeBands,
      String description, RuleRegistry registry) {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(gradeBands, "gradeBands");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(registry, "registry");
    AuditFramework framework = local.framework();
    List<AccountSection> sections = new ArrayList<>();
    sections.add(about(framework, description));
    sections.add(grades(local, gradeBands));
    sections.add(domains(framework));
    sections.add(auditTypes(framework));
    sections.add(escalation(local));
    sections.add(sampling(local));
    sections.add(quotas(local));
    sections.add(moderation(local));
    local.programme().ifPresent(p -> sections.add(programme(p)));
    sections.add(rules(local, registry));
    return FrameworkAccount.builder().framework(framework).addAllSections(sections).build();
  }

  private static AccountSection about(AuditFramework framework, String description) {
    var b = AccountSection.builder().id("about").heading("About this framework");
    b.addParagraphs("Framework " + framework.id() + ", version " + framework.version() + ".");
    if (!description.isBlank()) {
      b.addParagraphs(description.strip());
    }
    b.addParagraphs("Deadlines are counted in working days of " + calendar(framework.calendar()) + ".");
    if (!framework.localCategories().isEmpty()) {
      b.addParagraphs("Besides the well-known case categories, the framework declares "
          + list(framework.localCategories().stream().map(Object::toString).collect(Collectors.toList())) + ".");
    }
    if (!framework.localRoles().isEmpty()) {
      b.addParagraphs("Besides the well-known roles, the framework declares "
          + list(framework.localRoles().stream().map(Object::toString).collect(Collectors.toList())) + ".");
    }
    return b.build();
  }

  private static AccountSection grades(LocalFramework local, Optional<GradeBands> gradeBands) {
    var b = AccountSection.builder().id("grades").heading("Grades and how a grade is reached");
    b.addParagraphs(gradeScale(local.framework().gradeScale()));
    b.addAllParagraphs(gradeGuidance(local, gradeBands));
    return b.build();
  }

  private static AccountSection domains(AuditFramework framework) {
    var b = AccountSection.builder().id("domains").heading("Domains");
    if (framework.domains().isEmpty()) {
      b.addParagraphs("The framework has no domains to score.");
    } else {
      b.addParagraphs("Auditors score " + count(framework.domains().size(), "domain", "domains") + ".");
    }
    for (Domain domain : framework.domains()) {
      var e = AccountEntry.builder().id(domain.id()).term(domain.title() + " (" + domain.id() + ")");
      e.addSentences(scale(domain.scoreScale()));
      if (!domain.guidance().isBlank()) {
        e.addSentences(domain.guidance().strip());
      }
      if (!domain.goodIndicators().isEmpty() || !domain.outstandingIndicators().isEmpty()) {
        e.addSentences("Indicators: " + domain.goodIndicators().size() + " of what good looks like, "
            + domain.outstandingIndicators().size() + " of moving to outstanding.");
      }
      for (Indicator indicator : domain.goodIndicators()) {
        e.addChecklist("Good: " + indicator.text() + " (" + indicator.id() + ")");
      }
      for (Indicator indicator : domain.outstandingIndicators()) {
        e.addChecklist("Moving to outstanding: " + indicator.text() + " (" + indicator.id() + ")");
      }
      b.addEntries(e.build());
    }
    return b.build();
  }

  private static AccountSection auditTypes(AuditFramework framework) {
    var b = AccountSection.builder().id("audit-types").heading("Audit types and when audits are due");
    b.addParagraphs(auditDue(framework.auditDue(), framework.calendar()));
    if (framework.auditTypes().isEmpty()) {
      b.addParagraphs("The framework declares no audit types.");
    }
    for (AuditType type : framework.auditTypes()) {
      List<String> sentences = new ArrayList<>();
      sentences.add("Reviews " + reviewPeriod(type.reviewPeriod()) + ".");
      if (!type.description().isBlank()) {
        sentences.add(type.description().strip());
      }
      independence(type.independence()).ifPresent(sentences::add);
      b.addEntries(AccountEntry.of(type.id(), type.name() + " (" + type.id() + ")", sentences));
    }
    return b.build();
  }

  private static AccountSection escalation(LocalFramework local) {
    AuditFramework framework = local.framework();
    var b = AccountSection.builder().id("escalation-categories").heading("Escalation categories");
    if (framework.escalationCategories().isEmpty()) {
      b.addParagraphs("The framework has no escalation categories.");
    } else {
      b.addParagraphs("Category 1 is the most serious. A follow-up clock starts when the category is"
          + " determined (escalated_at), or else at the start of the completion day in Europe/London.");
    }
    escalationRule(local).ifPresent(p -> b.addAllParagraphs(escalationGuidance(p)));
    for (EscalationCategory category : framework.escalationCategories()) {
      List<String> sentences = new ArrayList<>();
      if (!category.meaning().isBlank()) {
        sentences.add(sentence(category.meaning()));
      }
      sentences.add(capitalise(followUp(category.followUp(), framework.calendar())) + ".");
      b.addEntries(AccountEntry.of("category-" + category.level(),
          "Category " + category.level() + ": " + category.name(), sentences));
    }
    return b.build();
  }

  private static AccountSection sampling(LocalFramework local) {
    var b = AccountSection.builder().id("sampling-plans").heading("Sampling plans");
    if (local.samplingPlans().isEmpty()) {
      b.addParagraphs("The framework has no sampling plans.");
    }
    for (SamplingPlan plan : local.samplingPlans()) {
      b.addEntries(AccountEntry.of(plan.name(), "Plan " + plan.name(), List.of(samplingPlan(plan))));
    }
    return b.build();
  }

  private static AccountSection quotas(LocalFramework local) {
    var b = AccountSection.builder().id("quotas").heading("Audits each role completes");
    if (local.roleQuotas().isEmpty()) {
      b.addParagraphs("The framework sets no minimum number of audits per role.");
    }
    for (RoleQuota quota : local.roleQuotas()) {
      b.addEntries(AccountEntry.of(quota.role().id(), capitalise(role(quota.role())), List.of(quota(quota))));
    }
    return b.build();
  }

  private static AccountSection moderation(LocalFramework local) {
    var b = AccountSection.builder().id("moderation").heading("Moderation");
    b.addParagraphs(local.moderationPolicy().map(FrameworkWords::moderation)
        .orElse("The framework sets no moderation policy."));
    return b.build();
  }

  /** The programme told entry by entry; {@link FrameworkDiff} compares programmes in these words. */
  static AccountSection programme(AuditProgramme programme) {
    var b = AccountSection.builder().id("programme").heading("Audit programme");
    b.addParagraphs("Programme " + programme.name() + ", " + count(programme.entries().size(), "entry", "entries")
        + ".");
    int i = 0;
    for (ProgrammeEntry entry : programme.entries()) {
      i++;
      List<String> sentences = new ArrayList<>();
      String months = month(entry.month()) + (entry.until().equals(entry.month()) ? "" : " to " + month(entry.until()));
      sentences.add(months + ": " + entry.auditType() + " audits"
          + entry.theme().map(t -> " on the theme " + t).orElse("")
          + (entry.planned().isPresent() ? ", " + entry.planned().getAsInt() + " planned" : "") + ".");
      entry.samplingPlan().ifPresent(p -> sentences.add("Cases are drawn by the sampling plan " + p + "."));
      entry.notes().ifPresent(n -> sentences.add(sentence(n)));
      b.addEntries(AccountEntry.of("entry-" + i, months, sentences));
    }
    return b.build();
  }

  private static AccountSection rules(LocalFramework local, RuleRegistry registry) {
    var b = AccountSection.builder().id("rules").heading("Rules");
    if (local.rules().isEmpty()) {
      b.addParagraphs("The framework configures no rules.");
    } else {
      b.addParagraphs("The framework configures " + count(local.rules().size(), "rule", "rules")
          + ". Each is listed with what it does, its source and its parameters as they are in effect.");
    }
    for (ConfiguredRule rule : local.rules()) {
      b.addEntries(rule(rule, registry));
    }
    return b.build();
  }

  /**
   * Tells one configured rule: what its type does, what this rule asks (for the built-in types), its source,
   * whether it must pass before an audit is completed, and each parameter with its type's description.
   *
   * @param rule the rule; not null
   * @param registry the rule types; not null
   * @return the entry, its id the rule's id
   */
  public static AccountEntry rule(ConfiguredRule rule, RuleRegistry registry) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(registry, "registry");
    Optional<RuleType<?>> type = registry.find(rule.typeId());
    var e = AccountEntry.builder().id(rule.ruleId()).term(rule.ruleId() + " (" + rule.typeId() + ")");
    type.ifPresent(t -> e.addSentences(sentence(t.description())));
    e.addAllSentences(ruleSentences(rule.parameters()));
    if (!rule.citation().isBlank()) {
      e.addSentences("Source: " + sentence(rule.citation()));
    }
    e.addSentences(rule.requiredToComplete()
        ? "It must pass before an audit can be completed."
        : "It reports, but does not stop an audit being completed.");
    Map<String, String> descriptions = type.map(RuleType::parameterDescriptions).orElse(Map.of());
    for (Map.Entry<String, Object> parameter : parameters(rule.parameters()).entrySet()) {
      String described = descriptions.getOrDefault(parameter.getKey(), "");
      e.addChecklist(snakeCase(parameter.getKey()) + " = " + value(parameter.getValue())
          + (described.isBlank() ? "" : " (" + snakeCaseIn(described, rule.parameters().getClass()) + ")"));
    }
    return e.build();
  }

  // ---------------------------------------------------------------------------------------------- form

  /**
   * Gathers what the blank audit tool of a framework asks, for one audit type or for every one.
   *
   * @param local the framework with its rules; not null
   * @param gradeBands the configuration's grade bands, if any; not null
   * @param auditTypeId the id of one of the framework's audit types, or empty for every type (the only type,
   *     when the framework has one); not null
   * @param registry the rule types, whose descriptions tell the rules the form is checked against; not null
   * @return the blank form
   * @throws IllegalArgumentException if the framework has no audit type of that id, listing the ids
   */
  public static BlankForm form(LocalFramework local, Optional<GradeBands> gradeBands,
      Optional<String> auditTypeId, RuleRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(gradeBands, "gradeBands");
    Objects.requireNonNull(auditTypeId, "auditTypeId");
    AuditFramework framework = local.framework();
    Optional<AuditType> type = auditTypeId.map(id -> framework.auditType(id).orElseThrow(() ->
        new IllegalArgumentException("framework '" + framework.id() + "' has no audit type '" + id
            + "'; expected one of " + framework.auditTypes().stream().map(AuditType::id)
                .collect(Collectors.toList()))));
    if (type.isEmpty() && framework.auditTypes().size() == 1) {
      type = Optional.of(framework.auditTypes().get(0));
    }
    var b = BlankForm.builder().framework(framework).auditType(type);
    if (type.isPresent()) {
      b.reviewPeriod(reviewPeriod(type.get().reviewPeriod()));
    } else {
      List<String> periods = new ArrayList<>();
      framework.auditTypes().forEach(t -> {
        String words = reviewPeriod(t.reviewPeriod());
        if (!periods.contains(words)) {
          periods.add(words);
        }
      });
      b.reviewPeriod(periods.isEmpty() ? "the period its audit type says" : or(periods)
          + (periods.size() > 1 ? ", as its audit type says" : ""));
    }
    b.addAllGradeGuidance(gradeGuidance(local, gradeBands));
    for (EscalationCategory category : framework.escalationCategories()) {
      b.putFollowUp(category.level(), followUp(category.followUp(), framework.calendar()));
    }
    b.addAllConcerns(concerns(local));
    b.addAllGradedAreas(gradedAreas(local));
    List<String> conversation = new ArrayList<>();
    List<String> feedback = new ArrayList<>();
    for (ConfiguredRule rule : local.rules()) {
      Object p = rule.parameters();
      if (p instanceof ActionsRequiredParameters || p instanceof ActionDetailsParameters) {
        b.addAllActionGuidance(ruleSentences(p));
      } else if (p instanceof PractitionerConversationParameters) {
        conversation.addAll(ruleSentences(p));
      } else if (p instanceof FeedbackRecordedParameters) {
        FeedbackRecordedParameters f = (FeedbackRecordedParameters) p;
        if (!f.auditTypes().isEmpty() && type.isPresent() && !f.auditTypes().contains(type.get().id())) {
          continue;
        }
        for (String from : f.from()) {
          String who = feedbackSource(from);
          if (!feedback.contains(who)) {
            feedback.add(who);
          }
        }
      }
    }
    for (ConfiguredRule rule : local.rules()) {
      Object p = rule.parameters();
      if (p instanceof FeedbackRecordedParameters && !((FeedbackRecordedParameters) p).auditTypes().isEmpty()
          && type.isPresent() && !((FeedbackRecordedParameters) p).auditTypes().contains(type.get().id())) {
        continue;
      }
      List<String> says = new ArrayList<>(ruleSentences(p));
      if (says.isEmpty()) {
        registry.find(rule.typeId()).ifPresent(t -> says.add(sentence(t.description())));
      }
      b.addRules(AccountEntry.of(rule.ruleId(), rule.ruleId(), says));
    }
    if (!conversation.isEmpty()) {
      b.conversation(String.join(" ", conversation));
    }
    b.addAllFeedbackFrom(feedback);
    return b.build();
  }

  /** The domains graded one by one: by an indicator-checklist grading, or when areas graded low need actions. */
  private static List<String> gradedAreas(LocalFramework local) {
    java.util.Set<String> areas = new java.util.LinkedHashSet<>();
    AuditFramework framework = local.framework();
    for (ConfiguredRule rule : local.rules()) {
      Object p = rule.parameters();
      boolean all = p instanceof ActionsRequiredParameters && ((ActionsRequiredParameters) p).areaGrades();
      if (p instanceof GradingParameters
          && ((GradingParameters) p).method().equals(GradingParameters.INDICATOR_CHECKLIST)) {
        List<String> named = ((GradingParameters) p).indicatorDomains();
        for (Domain d : framework.domains()) {
          if (named.isEmpty() ? !d.goodIndicators().isEmpty() || !d.outstandingIndicators().isEmpty()
              : named.contains(d.id())) {
            areas.add(d.id());
          }
        }
      }
      if (all) {
        framework.domains().forEach(d -> areas.add(d.id()));
      }
    }
    List<String> ordered = new ArrayList<>();
    framework.domains().forEach(d -> {
      if (areas.contains(d.id())) {
        ordered.add(d.id());
      }
    });
    return ordered;
  }

  /** The concerns the framework's rules react to, each with what raising it leads to; every concern if none. */
  private static List<AccountEntry> concerns(LocalFramework local) {
    Map<ConcernFlag, List<String>> leads = new LinkedHashMap<>();
    for (ConfiguredRule rule : local.rules()) {
      if (rule.parameters() instanceof EscalationParameters) {
        EscalationParameters p = (EscalationParameters) rule.parameters();
        p.immediateRiskConcerns().forEach(c -> lead(leads, c, "escalation category 1"));
        p.actionRequiredConcerns().forEach(c -> lead(leads, c, "escalation category 2"));
      } else if (rule.parameters() instanceof UrgentConcernParameters) {
        UrgentConcernParameters p = (UrgentConcernParameters) rule.parameters();
        p.concerns().forEach(c -> lead(leads, c, "escalation to the " + role(Role.of(p.escalateTo()))));
      }
    }
    List<AccountEntry> entries = new ArrayList<>();
    for (ConcernFlag flag : ConcernFlag.values()) {
      if (leads.isEmpty() || leads.containsKey(flag)) {
        List<String> sentences = leads.containsKey(flag)
            ? List.of("Leads to " + list(leads.get(flag)) + ".") : List.of();
        entries.add(AccountEntry.of(flag.id(), concern(flag), sentences));
      }
    }
    return entries;
  }

  private static void lead(Map<ConcernFlag, List<String>> leads, String concern, String lead) {
    ConcernFlag flag = ConcernFlag.parse(concern);
    List<String> list = leads.computeIfAbsent(flag, f -> new ArrayList<>());
    if (!list.contains(lead)) {
      list.add(lead);
    }
  }

  // ---------------------------------------------------------------------------------------------- grades

  /**
   * Tells how a grade is reached under a framework: the configuration's grade bands and each grading rule.
   *
   * @param local the framework with its rules; not null
   * @param gradeBands the configuration's grade bands, if any; not null
   * @return the sentences; one saying the auditor judges the grade when nothing else says how
   */
  public static List<String> gradeGuidance(LocalFramework local, Optional<GradeBands> gradeBands) {
    List<String> sentences = new ArrayList<>();
    for (ConfiguredRule rule : local.rules()) {
      if (rule.parameters() instanceof GradingParameters) {
        sentences.addAll(grading((GradingParameters) rule.parameters()));
      }
    }
    gradeBands.ifPresent(bands -> sentences.add("The average domain score suggests a grade: "
        + bands(bands.bands()) + "."));
    if (sentences.isEmpty()) {
      sentences.add("The auditor judges the overall grade; the framework configures no grading rule.");
    }
    return sentences;
  }

  private static List<String> grading(GradingParameters p) {
    List<String> s = new ArrayList<>();
    switch (p.method()) {
      case GradingParameters.SCORE_BANDS:
        s.add("The grade follows from the " + (p.weights().isEmpty() ? "" : "weighted ") + "average domain score"
            + (p.basis().equals("raw") ? " on the " + p.rawScale() + " scale" : ", each score mapped onto 0 to 1")
            + ": " + bands(p.bands()) + ".");
        if (!p.weights().isEmpty()) {
          s.add("Domain weights: " + new TreeMap<>(p.weights()).entrySet().stream()
              .map(w -> w.getKey() + " " + number(w.getValue())).collect(Collectors.joining(", ")) + ".");
        }
        break;
      case GradingParameters.INDICATOR_CHECKLIST:
        s.add("The auditor grades each area; an area graded " + p.goodGrade() + " needs every one of its"
            + " indicators of what good looks like evidenced, and an area graded " + p.outstandingGrade()
            + " every one of its moving-to-outstanding indicators too"
            + (p.indicatorDomains().isEmpty() ? "" : " (areas " + list(p.indicatorDomains()) + ")") + ".");
        break;
      case GradingParameters.FLOORS:
        s.add("The auditor judges the overall grade, capped by the floors below.");
        break;
      default:
        s.add("The auditor judges the overall grade.");
    }
    for (GradeFloor floor : p.floors()) {
      s.add("A score of " + floor.atOrBelow() + " or less in " + (floor.anyDomain() ? "any domain" : "domain "
          + floor.domain()) + " caps the grade at " + floor.capAt() + ".");
    }
    return s;
  }

  private static String bands(List<GradeBand> bands) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      GradeBand band = bands.get(i);
      boolean top = i == bands.size() - 1;
      parts.add(plain(band.from()) + (top ? " to " : " to under ") + plain(band.to()) + " " + band.grade());
    }
    return String.join("; ", parts);
  }

  /**
   * Tells a grade scale: its grades, best first, and the other spellings it reads.
   *
   * @param scale the scale; not null
   * @return a sentence or two
   */
  public static String gradeScale(GradeScale scale) {
    String text = "Overall grades, best first: "
        + scale.grades().stream().map(Grade::label).collect(Collectors.joining(", ")) + " (scale " + scale.id() + ").";
    if (!scale.aliases().isEmpty()) {
      text += " Also read: " + new TreeMap<>(scale.aliases()).entrySet().stream()
          .map(a -> "'" + a.getKey() + "' as " + a.getValue()).collect(Collectors.joining(", ")) + ".";
    }
    return text;
  }

  // ---------------------------------------------------------------------------------------------- rules

  /** What a rule of a built-in type asks, in sentences; nothing for other types (their parameters tell). */
  private static List<String> ruleSentences(Object parameters) {
    if (parameters instanceof GradingParameters) {
      return grading((GradingParameters) parameters);
    }
    if (parameters instanceof EscalationParameters) {
      return escalationGuidance((EscalationParameters) parameters);
    }
    if (parameters instanceof ActionsRequiredParameters) {
      ActionsRequiredParameters p = (ActionsRequiredParameters) parameters;
      List<String> s = new ArrayList<>();
      s.add("An audit graded " + or(p.grades()) + " needs recommended actions"
          + (p.areaGrades() ? ", and so does an area of work graded so" : "") + ".");
      if (!p.informRoles().isEmpty()) {
        s.add("The " + and(p.informRoles().stream().map(r -> role(Role.of(r))).collect(Collectors.toList()))
            + " must be informed" + (p.requireNotifiedRecorded() ? ", and the audit records that they were." : "."));
      }
      return s;
    }
    if (parameters instanceof ActionDetailsParameters) {
      ActionDetailsParameters p = (ActionDetailsParameters) parameters;
      List<String> needs = new ArrayList<>();
      if (p.requireOwner()) {
        needs.add("an owner");
      }
      if (p.requireDueDate()) {
        needs.add("a due date");
      }
      return needs.isEmpty() ? List.of() : List.of("Each recommended action needs " + and(needs) + ".");
    }
    if (parameters instanceof PractitionerConversationParameters) {
      return List.of("The auditor records a conversation with the practitioner"
          + (((PractitionerConversationParameters) parameters).requireBeforeCompletion()
              ? ", held no later than the audit's completion." : "."));
    }
    if (parameters instanceof FeedbackRecordedParameters) {
      FeedbackRecordedParameters p = (FeedbackRecordedParameters) parameters;
      return List.of("The audit records feedback from " + and(p.from().stream().map(FrameworkWords::feedbackSource)
          .collect(Collectors.toList())) + (p.auditTypes().isEmpty() ? "" : " in " + and(p.auditTypes()) + " audits")
          + ".");
    }
    if (parameters instanceof UrgentConcernParameters) {
      UrgentConcernParameters p = (UrgentConcernParameters) parameters;
      return List.of("A concern of " + or(p.concerns()) + " must be escalated to the " + role(Role.of(p.escalateTo()))
          + ".");
    }
    return List.of();
  }

  private static List<String> escalationGuidance(EscalationParameters p) {
    List<String> s = new ArrayList<>();
    s.add("Category 1 when a concern of " + or(p.immediateRiskConcerns()) + " is raised; category 2 when a concern"
        + " of " + or(p.actionRequiredConcerns()) + " is raised or the audit is graded " + p.inadequateGrade()
        + "; category 3 when actions are recommended or the grade is below " + p.goodGrade() + "; category 4 when"
        + " the case is in good order (graded " + p.goodGrade() + " or better, no action, no concern).");
    s.add("An auditor may record a more serious category than the rules give, which then stands; a less"
        + " serious one fails.");
    if (!p.notifyServiceManagerFor().isEmpty()) {
      s.add("The service manager is told by email, with the audit, and then in person of categor"
          + (p.notifyServiceManagerFor().size() == 1 ? "y " : "ies ")
          + and(p.notifyServiceManagerFor().stream().map(String::valueOf).collect(Collectors.toList())) + ".");
    }
    s.add("In category 1 the practitioner acts within " + count(p.practitionerActionHours(), "hour", "hours") + ".");
    return s;
  }

  private static Optional<EscalationParameters> escalationRule(LocalFramework local) {
    return local.rules().stream().map(ConfiguredRule::parameters).filter(EscalationParameters.class::isInstance)
        .map(EscalationParameters.class::cast).findFirst();
  }

  /**
   * Returns a rule's parameters by their names in the parameter record, in declaration order, with the
   * values in effect.
   *
   * @param parameters the parameters, a record as every built-in rule type has; not null
   * @return an unmodifiable map from component name (camelCase) to value; empty if the parameters are not a
   *     record
   */
  public static Map<String, Object> parameters(Object parameters) {
    Objects.requireNonNull(parameters, "parameters");
    Map<String, Object> values = new LinkedHashMap<>();
    if (parameters.getClass().isRecord()) {
      for (RecordComponent component : parameters.getClass().getRecordComponents()) {
        values.put(component.getName(), read(component, parameters));
      }
    }
    return java.util.Collections.unmodifiableMap(values);
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return "(unreadable)";
    }
  }

  /**
   * Writes a parameter's value as a configuration author reads it: lists in brackets, records and maps in
   * braces with snake_case names, decimals without a trailing {@code .0}.
   *
   * @param value the value; may be null
   * @return the text, {@code none} for null or the empty text
   */
  public static String value(Object value) {
    if (value == null || "".equals(value)) {
      return "none";
    }
    if (value instanceof Collection<?>) {
      return ((Collection<?>) value).stream().map(FrameworkWords::value).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?>) {
      Map<String, String> sorted = new TreeMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> sorted.put(String.valueOf(k), value(v)));
      return sorted.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Double || value instanceof Float) {
      return number(((Number) value).doubleValue());
    }
    if (value instanceof BigDecimal) {
      return plain((BigDecimal) value);
    }
    if (value.getClass().isRecord()) {
      return parameters(value).entrySet().stream()
          .map(e -> snakeCase(e.getKey()) + ": " + value(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return value.toString();
  }

  /**
   * Spells a parameter name as a configuration document does.
   *
   * @param name a record component name, such as {@code escalateTo}; not null
   * @return the snake_case name, such as {@code escalate_to}
   */
  public static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /**
   * Rewrites the parameter names a text quotes (a rule type's description or problem) as a configuration
   * document spells them: the component names of the parameter record, and of the records it holds directly
   * or in lists and maps, in snake_case ({@code escalateTo} becomes {@code escalate_to}).
   *
   * @param text the text; not null
   * @param parameterType the rule type's parameter class; not null
   * @return the text with every such name in snake_case
   */
  public static String snakeCaseIn(String text, Class<?> parameterType) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(parameterType, "parameterType");
    String out = text;
    for (String name : componentNames(parameterType, new java.util.LinkedHashSet<>())) {
      String snake = snakeCase(name);
      if (!snake.equals(name)) {
        out = out.replaceAll("\\b" + java.util.regex.Pattern.quote(name) + "\\b", snake);
      }
    }
    return out;
  }

  /**
   * Returns the parameter names of a rule type's parameter class: the component names of the record and of
   * the records it holds, directly or in lists and maps, as the class spells them.
   *
   * @param parameterType the parameter class; not null
   * @return the names, in declaration order; empty for a class that is not a record
   */
  public static java.util.Set<String> parameterNames(Class<?> parameterType) {
    Objects.requireNonNull(parameterType, "parameterType");
    return java.util.Collections.unmodifiableSet(componentNames(parameterType, new java.util.LinkedHashSet<>()));
  }

  /** The component names of a record and of the records it holds, directly or in lists and maps. */
  private static java.util.Set<String> componentNames(Class<?> type, java.util.Set<String> names) {
    if (!type.isRecord()) {
      return names;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (names.add(component.getName())) {
        componentNames(component.getType(), names);
        if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType) {
          for (var argument : ((java.lang.reflect.ParameterizedType) component.getGenericType())
              .getActualTypeArguments()) {
            if (argument instanceof Class<?>) {
              componentNames((Class<?>) argument, names);
            }
          }
        }
      }
    }
    return names;
  }

  // ---------------------------------------------------------------------------------------------- parts

  /**
   * Tells a follow-up policy in words, such as {@code follow-up check within 10 working days, England and
   * Wales bank holidays}.
   *
   * @param policy the policy; not null
   * @param calendar the calendar its working days are counted in; not null
   * @return the words, starting in lower case
   */
  public static String followUp(FollowUpPolicy policy, WorkingCalendar calendar) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendar, "calendar");
    switch (policy.kind()) {
      case ELAPSED_HOURS:
        return "follow-up check within " + count(policy.amount(), "hour", "hours")
            + " of elapsed time, nights and holidays included";
      case WORKING_DAYS:
        return "follow-up check within " + count(policy.amount(), "working day", "working days") + ", "
            + calendar(calendar);
      default:
        return "no follow-up check";
    }
  }

  /**
   * Names a calendar's holidays, such as {@code England and Wales bank holidays} or {@code England and Wales
   * bank holidays and 2 local closure days}.
   *
   * @param calendar the calendar; not null
   * @return the words
   */
  public static String calendar(WorkingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    String holidays = calendar.division().map(d -> division(d) + " bank holidays")
        .orElse("the holidays of " + calendar.name());
    int closures = calendar.closureDays().size();
    return closures == 0 ? holidays
        : holidays + " and " + count(closures, "local closure day", "local closure days");
  }

  private static String division(UkDivision division) {
    switch (division) {
      case SCOTLAND:
        return "Scotland";
      case NORTHERN_IRELAND:
        return "Northern Ireland";
      default:
        return "England and Wales";
    }
  }

  /**
   * Tells when an allocated audit is due.
   *
   * @param policy the policy; not null
   * @param calendar the calendar working days are counted in; not null
   * @return a sentence
   */
  public static String auditDue(AuditDuePolicy policy, WorkingCalendar calendar) {
    Objects.requireNonNull(policy, "policy");
    switch (policy.kind()) {
      case WORKING_DAYS:
        return "An allocated audit is due " + count(policy.amount(), "working day", "working days")
            + " after allocation (" + calendar(calendar) + ").";
      case CALENDAR_DAYS:
        return "An allocated audit is due " + count(policy.amount(), "day", "days") + " after allocation.";
      case END_OF_MONTH:
        return "An allocated audit is due on the last day of the month it is allocated in.";
      default:
        return "Audits have no due day: a completed audit is on time.";
    }
  }

  /**
   * Tells a score scale: its range, anchors and whether N/A is allowed.
   *
   * @param scale the scale; not null
   * @return a sentence or two
   */
  public static String scale(ScoreScale scale) {
    String text = "Scored from " + scale.min() + " to " + scale.max();
    if (!scale.anchors().isEmpty()) {
      text += ": " + scale.anchors().entrySet().stream().map(a -> a.getKey() + " " + a.getValue())
          .collect(Collectors.joining(", "));
    }
    return text + (scale.allowsNotApplicable() ? "; N/A allowed." : "; N/A not allowed, every domain is scored.");
  }

  /**
   * Tells how far back an audit looks, such as {@code the last 12 months} or {@code the last 12 to 18 months}.
   *
   * @param period the review period; not null
   * @return the words
   */
  public static String reviewPeriod(ReviewPeriod period) {
    return period.shortest().equals(period.longest()) ? "the last " + period(period.shortest())
        : "the last " + period(period.shortest()) + " to " + period(period.longest());
  }

  /**
   * Tells a period as people say it, such as {@code 6 months} or {@code 1 year 2 months}.
   *
   * @param period the period; not null
   * @return the words
   */
  public static String period(Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(count(period.getYears(), "year", "years"));
    }
    if (period.getMonths() != 0) {
      parts.add(count(period.getMonths(), "month", "months"));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(count(period.getDays(), "day", "days"));
    }
    return String.join(" ", parts);
  }

  /**
   * Tells a sampling plan in words, such as {@code 10% of open cases (rounded up), at least 10% of each
   * team's; none audited in the last 12 months.}
   *
   * @param plan the plan; not null
   * @return one or more sentences
   */
  public static String samplingPlan(SamplingPlan plan) {
    Objects.requireNonNull(plan, "plan");
    StringBuilder s = new StringBuilder();
    String population = population(plan);
    if (plan.fixedSize().isPresent()) {
      s.append(count(plan.fixedSize().getAsInt(), "case", "cases")).append(" drawn at random from ")
          .append(population);
    } else if (plan.shareOfOpen().isPresent()) {
      s.append(percent(plan.shareOfOpen().get())).append(" of ").append(population)
          .append(", rounded up");
    } else {
      s.append("Drawn stratum by stratum from ").append(population).append(": ")
          .append(plan.stratumCounts().stream().map(FrameworkWords::stratumCount).collect(Collectors.joining("; ")));
    }
    if (!plan.strata().isEmpty()) {
      s.append(", in proportion to each ").append(and(plan.strata()));
    }
    List<String> minimums = new ArrayList<>();
    if (plan.minimumPerStratum() > 0) {
      minimums.add("at least " + plan.minimumPerStratum() + " per " + and(plan.strata()));
    }
    plan.minimumSharePerStratum().ifPresent(m -> minimums.add("at least " + percent(m) + " of each "
        + and(plan.strata()) + "'s, rounded up"));
    if (!minimums.isEmpty()) {
      s.append(", ").append(String.join(" and ", minimums));
    }
    s.append('.');
    List<String> exclusions = new ArrayList<>();
    plan.auditedWithin().ifPresent(p -> exclusions.add("none audited in the last " + period(p)));
    if (!plan.excludeClosed()) {
      exclusions.add("closed cases are eligible");
    } else if (plan.includeClosedWithin().isPresent()) {
      exclusions.add("cases closed in the last " + period(plan.includeClosedWithin().get())
          + " stay eligible, earlier closed cases do not");
    } else {
      exclusions.add("closed cases are left out");
    }
    if (!plan.excludedIds().isEmpty()) {
      exclusions.add(count(plan.excludedIds().size(), "case", "cases") + " excluded by id");
    }
    s.append(' ').append(capitalise(String.join("; ", exclusions))).append('.');
    if (plan.coverWorkers()) {
      s.append(" Every allocated worker has at least one case drawn, where the numbers allow.");
    }
    return s.toString();
  }

  private static String population(SamplingPlan plan) {
    String population = "open cases";
    List<String> filters = new ArrayList<>();
    if (!plan.categories().isEmpty()) {
      filters.add("in categor" + (plan.categories().size() == 1 ? "y " : "ies ")
          + or(plan.categories().stream().map(Object::toString).sorted().collect(Collectors.toList())));
    }
    if (!plan.teams().isEmpty()) {
      filters.add("of team" + (plan.teams().size() == 1 ? " " : "s ")
          + or(plan.teams().stream().sorted().collect(Collectors.toList())));
    }
    new TreeMap<>(plan.attributeFilters()).forEach((k, v) -> filters.add("with " + k + " "
        + or(v.stream().sorted().collect(Collectors.toList()))));
    plan.theme().ifPresent(t -> filters.add("on the theme " + t));
    return filters.isEmpty() ? population : population + " " + String.join(", ", filters);
  }

  private static String stratumCount(StratumCount count) {
    return count.count() + " with " + new TreeMap<>(count.key()).entrySet().stream()
        .map(e -> e.getKey() + " " + (e.getValue().isEmpty() ? "(none)" : e.getValue()))
        .collect(Collectors.joining(" and "));
  }

  /**
   * Tells a quota in words, such as {@code At least 2 assisted audits a year each (only assisted audits
   * count).}
   *
   * @param quota the quota; not null
   * @return a sentence
   */
  public static String quota(RoleQuota quota) {
    Objects.requireNonNull(quota, "quota");
    return "At least " + count(quota.minimum(), quota.assisted() ? "assisted audit" : "audit",
        quota.assisted() ? "assisted audits" : "audits")
        + (quota.period() == QuotaPeriod.PER_YEAR ? " a year"
            : quota.period() == QuotaPeriod.PER_MONTH ? " a month" : " per audit cycle") + " each"
        + (quota.assisted() ? "; only assisted audits count." : ".");
  }

  /**
   * Tells who may audit a case of an audit type, where it is not the usual peer with no part in the case.
   *
   * @param independence the audit type's independence; not null
   * @return a sentence, or empty for {@link Independence#PEER}
   */
  public static Optional<String> independence(Independence independence) {
    switch (Objects.requireNonNull(independence, "independence")) {
      case OWN_AGENCY:
        return Optional.of("Each agency's auditors audit their own agency's record of the case, never one they"
            + " are involved in.");
      case RESPONSIBLE_TEAM_MANAGER:
        return Optional.of("Audited by the case's own team manager, an allowed exception to team"
            + " independence.");
      default:
        return Optional.empty();
    }
  }

  /**
   * Tells a moderation policy in words.
   *
   * @param policy the policy; not null
   * @return one or more sentences
   */
  public static String moderation(ModerationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return percent(policy.share()) + " of completed audits, rounded up, are moderated"
        + (policy.atLeastOnePerAuditor() ? ", at least one of each auditor's" : "")
        + policy.includeGradedAtOrBelow().map(g -> ", and every audit graded " + g.label() + " or below")
            .orElse("")
        + ".";
  }

  private static String concern(ConcernFlag flag) {
    switch (flag) {
      case IMMEDIATE_RISK:
        return "A child is at immediate risk of significant harm (immediate-risk)";
      case PROCEDURES_NOT_FOLLOWED:
        return "Child protection procedures were not followed (procedures-not-followed)";
      case NEEDS_NOT_MET:
        return "The service offer or risk assessment does not meet the child's needs (needs-not-met)";
      default:
        return "An urgent safeguarding concern (urgent-safeguarding-concern)";
    }
  }

  private static String feedbackSource(String id) {
    switch (id) {
      case "child":
        return "the child or young person";
      case "parent-or-carer":
        return "a parent or carer";
      default:
        return id;
    }
  }

  private static String role(Role role) {
    return role.id().replace('-', ' ');
  }

  private static String month(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
  }

  // ---------------------------------------------------------------------------------------------- text

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String percent(BigDecimal share) {
    return plain(share.movePointRight(2)) + "%";
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static String number(double value) {
    return plain(BigDecimal.valueOf(value));
  }

  private static String list(List<String> items) {
    return String.join(", ", items);
  }

  private static String and(List<String> items) {
    return join(items, " and ");
  }

  private static String or(List<String> items) {
    return join(items, " or ");
  }

  private static String join(List<String> items, String last) {
    if (items.isEmpty()) {
      return "none";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The text as a sentence: capitalised, ending with a full stop unless it ends with punctuation. */
  private static String sentence(String text) {
    String t = capitalise(text.strip());
    return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
  }
}
