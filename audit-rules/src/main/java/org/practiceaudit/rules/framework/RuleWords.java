package org.practiceaudit.rules.framework;

import static org.practiceaudit.rules.framework.GradeWords.grading;
import static org.practiceaudit.rules.framework.ParameterWords.parameters;
import static org.practiceaudit.rules.framework.ParameterWords.snakeCase;
import static org.practiceaudit.rules.framework.ParameterWords.snakeCaseIn;
import static org.practiceaudit.rules.framework.ParameterWords.value;
import static org.practiceaudit.rules.framework.Prose.and;
import static org.practiceaudit.rules.framework.Prose.count;
import static org.practiceaudit.rules.framework.Prose.or;
import static org.practiceaudit.rules.framework.Prose.role;
import static org.practiceaudit.rules.framework.Prose.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practiceaudit.core.framework.AccountEntry;
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
import org.practiceaudit.rules.grading.GradingParameters;

/**
 * Configured rules in words: what a rule of a built-in type asks, and the entry telling one rule
 * with its parameters. (Part of {@link FrameworkWords}.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class RuleWords {

  private RuleWords() {}

  static AccountEntry rule(ConfiguredRule rule, RuleRegistry registry) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(registry, "registry");
    Optional<RuleType<?>> type = registry.find(rule.typeId());
    var e =
        AccountEntry.builder().id(rule.ruleId()).term(rule.ruleId() + " (" + rule.typeId() + ")");
    type.ifPresent(t -> e.addSentences(sentence(t.description())));
    e.addAllSentences(ruleSentences(rule.parameters()));
    if (!rule.citation().isBlank()) {
      e.addSentences("Source: " + sentence(rule.citation()));
    }
    e.addSentences(
        rule.requiredToComplete()
            ? "It must pass before an audit can be completed."
            : "It reports, but does not stop an audit being completed.");
    Map<String, String> descriptions = type.map(RuleType::parameterDescriptions).orElse(Map.of());
    for (Map.Entry<String, Object> parameter : parameters(rule.parameters()).entrySet()) {
      String described = descriptions.getOrDefault(parameter.getKey(), "");
      e.addChecklist(
          snakeCase(parameter.getKey())
              + " = "
              + value(parameter.getValue())
              + (described.isBlank()
                  ? ""
                  : " (" + snakeCaseIn(described, rule.parameters().getClass()) + ")"));
    }
    return e.build();
  }

  /**
   * What a rule of a built-in type asks, in sentences; nothing for other types (their parameters
   * tell).
   */
  static List<String> ruleSentences(Object parameters) {
    if (parameters instanceof GradingParameters) {
      return grading((GradingParameters) parameters);
    }
    if (parameters instanceof EscalationParameters) {
      return escalationGuidance((EscalationParameters) parameters);
    }
    if (parameters instanceof ActionsRequiredParameters) {
      return actionsRequired((ActionsRequiredParameters) parameters);
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
      return needs.isEmpty()
          ? List.of()
          : List.of("Each recommended action needs " + and(needs) + ".");
    }
    if (parameters instanceof PractitionerConversationParameters) {
      return List.of(
          "The auditor records a conversation with the practitioner"
              + (((PractitionerConversationParameters) parameters).requireBeforeCompletion()
                  ? ", held no later than the audit's completion."
                  : "."));
    }
    if (parameters instanceof FeedbackRecordedParameters) {
      FeedbackRecordedParameters p = (FeedbackRecordedParameters) parameters;
      return List.of(
          "The audit records feedback from "
              + and(p.from().stream().map(Prose::feedbackSource).collect(Collectors.toList()))
              + (p.auditTypes().isEmpty() ? "" : " in " + and(p.auditTypes()) + " audits")
              + ".");
    }
    if (parameters instanceof UrgentConcernParameters) {
      UrgentConcernParameters p = (UrgentConcernParameters) parameters;
      return List.of(
          "A concern of "
              + or(p.concerns())
              + " must be escalated to the "
              + role(Role.of(p.escalateTo()))
              + ".");
    }
    return List.of();
  }

  /** What an actions-required rule asks, in sentences. */
  private static List<String> actionsRequired(ActionsRequiredParameters p) {
    List<String> s = new ArrayList<>();
    s.add(
        "An audit graded "
            + or(p.grades())
            + " needs recommended actions"
            + (p.areaGrades() ? ", and so does an area of work graded so" : "")
            + ".");
    if (!p.informRoles().isEmpty()) {
      s.add(
          "The "
              + and(
                  p.informRoles().stream().map(r -> role(Role.of(r))).collect(Collectors.toList()))
              + " must be informed"
              + (p.requireNotifiedRecorded() ? ", and the audit records that they were." : "."));
    }
    return s;
  }

  static List<String> escalationGuidance(EscalationParameters p) {
    List<String> s = new ArrayList<>();
    s.add(
        "Category 1 when a concern of "
            + or(p.immediateRiskConcerns())
            + " is raised; category 2 when a concern"
            + " of "
            + or(p.actionRequiredConcerns())
            + " is raised or the audit is graded "
            + p.inadequateGrade()
            + "; category 3 when actions are recommended or the grade is below "
            + p.goodGrade()
            + "; category 4 when"
            + " the case is in good order (graded "
            + p.goodGrade()
            + " or better, no action, no concern).");
    s.add(
        "An auditor may record a more serious category than the rules give, which then stands; a less"
            + " serious one fails.");
    if (!p.notifyServiceManagerFor().isEmpty()) {
      s.add(
          "The service manager is told by email, with the audit, and then in person of categor"
              + (p.notifyServiceManagerFor().size() == 1 ? "y " : "ies ")
              + and(
                  p.notifyServiceManagerFor().stream()
                      .map(String::valueOf)
                      .collect(Collectors.toList()))
              + ".");
    }
    s.add(
        "In category 1 the practitioner acts within "
            + count(p.practitionerActionHours(), "hour", "hours")
            + ".");
    return s;
  }

  static Optional<EscalationParameters> escalationRule(LocalFramework local) {
    return local.rules().stream()
        .map(ConfiguredRule::parameters)
        .filter(EscalationParameters.class::isInstance)
        .map(EscalationParameters.class::cast)
        .findFirst();
  }
}
