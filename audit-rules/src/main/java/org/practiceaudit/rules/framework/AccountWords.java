package org.practiceaudit.rules.framework;

import static org.practiceaudit.rules.framework.GradeWords.gradeGuidance;
import static org.practiceaudit.rules.framework.GradeWords.gradeScale;
import static org.practiceaudit.rules.framework.GradeWords.scale;
import static org.practiceaudit.rules.framework.PlanWords.quota;
import static org.practiceaudit.rules.framework.PlanWords.samplingPlan;
import static org.practiceaudit.rules.framework.Prose.capitalise;
import static org.practiceaudit.rules.framework.Prose.count;
import static org.practiceaudit.rules.framework.Prose.list;
import static org.practiceaudit.rules.framework.Prose.month;
import static org.practiceaudit.rules.framework.Prose.role;
import static org.practiceaudit.rules.framework.Prose.sentence;
import static org.practiceaudit.rules.framework.RuleWords.escalationGuidance;
import static org.practiceaudit.rules.framework.RuleWords.escalationRule;
import static org.practiceaudit.rules.framework.RuleWords.rule;
import static org.practiceaudit.rules.framework.TimeWords.auditDue;
import static org.practiceaudit.rules.framework.TimeWords.calendar;
import static org.practiceaudit.rules.framework.TimeWords.followUp;
import static org.practiceaudit.rules.framework.TimeWords.reviewPeriod;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practiceaudit.core.framework.AccountEntry;
import org.practiceaudit.core.framework.AccountSection;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.FrameworkAccount;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.grading.GradeBands;

/**
 * The account of a framework, section by section (about, grades, domains, audit types, escalation,
 * sampling plans, quotas, moderation, programme and rules), as {@link FrameworkWords#account} gives
 * it. (Part of {@link FrameworkWords}.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class AccountWords {

  private AccountWords() {}

  static FrameworkAccount account(
      LocalFramework local,
      Optional<GradeBands> gradeBands,
      String description,
      RuleRegistry registry) {
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
    b.addParagraphs(
        "Deadlines are counted in working days of " + calendar(framework.calendar()) + ".");
    if (!framework.localCategories().isEmpty()) {
      b.addParagraphs(
          "Besides the well-known case categories, the framework declares "
              + list(
                  framework.localCategories().stream()
                      .map(Object::toString)
                      .collect(Collectors.toList()))
              + ".");
    }
    if (!framework.localRoles().isEmpty()) {
      b.addParagraphs(
          "Besides the well-known roles, the framework declares "
              + list(
                  framework.localRoles().stream()
                      .map(Object::toString)
                      .collect(Collectors.toList()))
              + ".");
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
      b.addParagraphs(
          "Auditors score " + count(framework.domains().size(), "domain", "domains") + ".");
    }
    for (Domain domain : framework.domains()) {
      var e =
          AccountEntry.builder().id(domain.id()).term(domain.title() + " (" + domain.id() + ")");
      e.addSentences(scale(domain.scoreScale()));
      if (!domain.guidance().isBlank()) {
        e.addSentences(domain.guidance().strip());
      }
      if (!domain.goodIndicators().isEmpty() || !domain.outstandingIndicators().isEmpty()) {
        e.addSentences(
            "Indicators: "
                + domain.goodIndicators().size()
                + " of what good looks like, "
                + domain.outstandingIndicators().size()
                + " of moving to outstanding.");
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
    var b =
        AccountSection.builder().id("audit-types").heading("Audit types and when audits are due");
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
      FrameworkWords.independence(type.independence()).ifPresent(sentences::add);
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
      b.addParagraphs(
          "Category 1 is the most serious. A follow-up clock starts when the category is"
              + " determined (escalated_at), or else at the start of the completion day in Europe/London.");
    }
    escalationRule(local).ifPresent(p -> b.addAllParagraphs(escalationGuidance(p)));
    for (EscalationCategory category : framework.escalationCategories()) {
      List<String> sentences = new ArrayList<>();
      if (!category.meaning().isBlank()) {
        sentences.add(sentence(category.meaning()));
      }
      sentences.add(capitalise(followUp(category.followUp(), framework.calendar())) + ".");
      b.addEntries(
          AccountEntry.of(
              "category-" + category.level(),
              "Category " + category.level() + ": " + category.name(),
              sentences));
    }
    return b.build();
  }

  private static AccountSection sampling(LocalFramework local) {
    var b = AccountSection.builder().id("sampling-plans").heading("Sampling plans");
    if (local.samplingPlans().isEmpty()) {
      b.addParagraphs("The framework has no sampling plans.");
    }
    for (SamplingPlan plan : local.samplingPlans()) {
      b.addEntries(
          AccountEntry.of(plan.name(), "Plan " + plan.name(), List.of(samplingPlan(plan))));
    }
    return b.build();
  }

  private static AccountSection quotas(LocalFramework local) {
    var b = AccountSection.builder().id("quotas").heading("Audits each role completes");
    if (local.roleQuotas().isEmpty()) {
      b.addParagraphs("The framework sets no minimum number of audits per role.");
    }
    for (RoleQuota quota : local.roleQuotas()) {
      b.addEntries(
          AccountEntry.of(
              quota.role().id(), capitalise(role(quota.role())), List.of(quota(quota))));
    }
    return b.build();
  }

  private static AccountSection moderation(LocalFramework local) {
    var b = AccountSection.builder().id("moderation").heading("Moderation");
    b.addParagraphs(
        local
            .moderationPolicy()
            .map(PlanWords::moderation)
            .orElse("The framework sets no moderation policy."));
    return b.build();
  }

  /**
   * The programme told entry by entry; {@link FrameworkDiff} compares programmes in these words.
   */
  static AccountSection programme(AuditProgramme programme) {
    var b = AccountSection.builder().id("programme").heading("Audit programme");
    b.addParagraphs(
        "Programme "
            + programme.name()
            + ", "
            + count(programme.entries().size(), "entry", "entries")
            + ".");
    int i = 0;
    for (ProgrammeEntry entry : programme.entries()) {
      i++;
      List<String> sentences = new ArrayList<>();
      String months =
          month(entry.month())
              + (entry.until().equals(entry.month()) ? "" : " to " + month(entry.until()));
      sentences.add(
          months
              + ": "
              + entry.auditType()
              + " audits"
              + entry.theme().map(t -> " on the theme " + t).orElse("")
              + entry.jointWith().map(p -> " carried out jointly with " + p).orElse("")
              + (entry.planned().isPresent() ? ", " + entry.planned().getAsInt() + " planned" : "")
              + ".");
      entry
          .samplingPlan()
          .ifPresent(p -> sentences.add("Cases are drawn by the sampling plan " + p + "."));
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
      b.addParagraphs(
          "The framework configures "
              + count(local.rules().size(), "rule", "rules")
              + ". Each is listed with what it does, its source and its parameters as they are in effect.");
    }
    for (ConfiguredRule rule : local.rules()) {
      b.addEntries(rule(rule, registry));
    }
    return b.build();
  }
}
