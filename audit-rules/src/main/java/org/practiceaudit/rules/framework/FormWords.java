package org.practiceaudit.rules.framework;

import static org.practiceaudit.rules.framework.GradeWords.gradeGuidance;
import static org.practiceaudit.rules.framework.Prose.concern;
import static org.practiceaudit.rules.framework.Prose.feedbackSource;
import static org.practiceaudit.rules.framework.Prose.list;
import static org.practiceaudit.rules.framework.Prose.or;
import static org.practiceaudit.rules.framework.Prose.role;
import static org.practiceaudit.rules.framework.Prose.sentence;
import static org.practiceaudit.rules.framework.RuleWords.ruleSentences;
import static org.practiceaudit.rules.framework.TimeWords.followUp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.framework.AccountEntry;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.BlankForm;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.ImmutableBlankForm;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.content.ActionDetailsParameters;
import org.practiceaudit.rules.content.ActionsRequiredParameters;
import org.practiceaudit.rules.content.FeedbackRecordedParameters;
import org.practiceaudit.rules.content.PractitionerConversationParameters;
import org.practiceaudit.rules.content.UrgentConcernParameters;
import org.practiceaudit.rules.escalation.EscalationParameters;
import org.practiceaudit.rules.grading.GradeBands;
import org.practiceaudit.rules.grading.GradingParameters;

/**
 * The blank audit form of a framework, as {@link FrameworkWords#form} gives it: what the auditor is
 * asked, and the rules the form is checked against. (Part of {@link FrameworkWords}.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class FormWords {

  private FormWords() {}

  static BlankForm form(
      LocalFramework local,
      Optional<GradeBands> gradeBands,
      Optional<String> auditTypeId,
      RuleRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(gradeBands, "gradeBands");
    Objects.requireNonNull(auditTypeId, "auditTypeId");
    AuditFramework framework = local.framework();
    Optional<AuditType> type = auditType(framework, auditTypeId);
    var b = BlankForm.builder().framework(framework).auditType(type);
    b.reviewPeriod(reviewPeriod(framework, type));
    b.addAllGradeGuidance(gradeGuidance(local, gradeBands));
    for (EscalationCategory category : framework.escalationCategories()) {
      b.putFollowUp(category.level(), followUp(category.followUp(), framework.calendar()));
    }
    b.addAllConcerns(concerns(local));
    b.addAllGradedAreas(gradedAreas(local));
    guidance(b, local, type);
    for (ConfiguredRule rule : local.rules()) {
      Object p = rule.parameters();
      if (p instanceof FeedbackRecordedParameters
          && !askedIn((FeedbackRecordedParameters) p, type)) {
        continue;
      }
      List<String> says = new ArrayList<>(ruleSentences(p));
      if (says.isEmpty()) {
        registry.find(rule.typeId()).ifPresent(t -> says.add(sentence(t.description())));
      }
      b.addRules(AccountEntry.of(rule.ruleId(), rule.ruleId(), says));
    }
    return b.build();
  }

  /**
   * The audit type asked for, or the framework's only one; none when it has several and none is
   * asked for.
   */
  private static Optional<AuditType> auditType(
      AuditFramework framework, Optional<String> auditTypeId) {
    Optional<AuditType> type =
        auditTypeId.map(
            id ->
                framework
                    .auditType(id)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "framework '"
                                    + framework.id()
                                    + "' has no audit type '"
                                    + id
                                    + "'; expected one of "
                                    + framework.auditTypes().stream()
                                        .map(AuditType::id)
                                        .collect(Collectors.toList()))));
    if (type.isEmpty() && framework.auditTypes().size() == 1) {
      type = Optional.of(framework.auditTypes().get(0));
    }
    return type;
  }

  /**
   * How far back the audit looks: the type's period, or every type's period when no type is chosen.
   */
  private static String reviewPeriod(AuditFramework framework, Optional<AuditType> type) {
    if (type.isPresent()) {
      return TimeWords.reviewPeriod(type.get().reviewPeriod());
    }
    List<String> periods = new ArrayList<>();
    framework
        .auditTypes()
        .forEach(
            t -> {
              String words = TimeWords.reviewPeriod(t.reviewPeriod());
              if (!periods.contains(words)) {
                periods.add(words);
              }
            });
    return periods.isEmpty()
        ? "the period its audit type says"
        : or(periods) + (periods.size() > 1 ? ", as its audit type says" : "");
  }

  /** The action guidance, the practitioner conversation and whom feedback is recorded from. */
  private static void guidance(
      ImmutableBlankForm.Builder b, LocalFramework local, Optional<AuditType> type) {
    List<String> conversation = new ArrayList<>();
    List<String> feedback = new ArrayList<>();
    for (ConfiguredRule rule : local.rules()) {
      Object p = rule.parameters();
      if (p instanceof ActionsRequiredParameters || p instanceof ActionDetailsParameters) {
        b.addAllActionGuidance(ruleSentences(p));
      } else if (p instanceof PractitionerConversationParameters) {
        conversation.addAll(ruleSentences(p));
      } else if (p instanceof FeedbackRecordedParameters
          && askedIn((FeedbackRecordedParameters) p, type)) {
        for (String from : ((FeedbackRecordedParameters) p).from()) {
          String who = feedbackSource(from);
          if (!feedback.contains(who)) {
            feedback.add(who);
          }
        }
      }
    }
    if (!conversation.isEmpty()) {
      b.conversation(String.join(" ", conversation));
    }
    b.addAllFeedbackFrom(feedback);
  }

  /**
   * Whether a feedback rule applies to the form's audit type: it names none, the form has none, or
   * it names it.
   */
  private static boolean askedIn(FeedbackRecordedParameters f, Optional<AuditType> type) {
    return f.auditTypes().isEmpty() || type.isEmpty() || f.auditTypes().contains(type.get().id());
  }

  /**
   * The domains graded one by one: by an indicator-checklist grading, or when areas graded low need
   * actions.
   */
  private static List<String> gradedAreas(LocalFramework local) {
    java.util.Set<String> areas = new java.util.LinkedHashSet<>();
    AuditFramework framework = local.framework();
    for (ConfiguredRule rule : local.rules()) {
      Object p = rule.parameters();
      boolean all =
          p instanceof ActionsRequiredParameters && ((ActionsRequiredParameters) p).areaGrades();
      if (p instanceof GradingParameters
          && ((GradingParameters) p).method().equals(GradingParameters.INDICATOR_CHECKLIST)) {
        List<String> named = ((GradingParameters) p).indicatorDomains();
        for (Domain d : framework.domains()) {
          if (named.isEmpty()
              ? !d.goodIndicators().isEmpty() || !d.outstandingIndicators().isEmpty()
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
    framework
        .domains()
        .forEach(
            d -> {
              if (areas.contains(d.id())) {
                ordered.add(d.id());
              }
            });
    return ordered;
  }

  /**
   * The concerns the framework's rules react to, each with what raising it leads to; every concern
   * if none.
   */
  private static List<AccountEntry> concerns(LocalFramework local) {
    Map<ConcernFlag, List<String>> leads = new LinkedHashMap<>();
    for (ConfiguredRule rule : local.rules()) {
      if (rule.parameters() instanceof EscalationParameters) {
        EscalationParameters p = (EscalationParameters) rule.parameters();
        p.immediateRiskConcerns().forEach(c -> lead(leads, c, "escalation category 1"));
        p.actionRequiredConcerns().forEach(c -> lead(leads, c, "escalation category 2"));
      } else if (rule.parameters() instanceof UrgentConcernParameters) {
        UrgentConcernParameters p = (UrgentConcernParameters) rule.parameters();
        p.concerns()
            .forEach(c -> lead(leads, c, "escalation to the " + role(Role.of(p.escalateTo()))));
      }
    }
    List<AccountEntry> entries = new ArrayList<>();
    for (ConcernFlag flag : ConcernFlag.values()) {
      if (leads.isEmpty() || leads.containsKey(flag)) {
        List<String> sentences =
            leads.containsKey(flag)
                ? List.of("Leads to " + list(leads.get(flag)) + ".")
                : List.of();
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
}
