package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterChecks;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.ParameterReference;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code actions-required-below-grade} rule type: an audit graded below good must carry
 * improvement actions, and the Head of Service and Quality Assurance Unit must be informed.
 *
 * <p>Source: Camden audit programme 2021-22, section 6 (seed 000, line 86): "Any audit or
 * moderation that is graded Requires improvement or inadequate must have areas of improvement
 * outlined ... The Head of Service for both the relevant services and the Quality Assurance Unit
 * must be informed". Either grade counts (seed-fidelity review C21): an audit graded Requires
 * Improvement by its auditor needs actions even when a moderator later grades it Good, and one a
 * moderator grades Requires Improvement needs them whatever the auditor gave. With {@code
 * areaGrades}, an area of work graded at one of the grades is an area for development that needs
 * actions too: Hillingdon asks auditors to "provide suggestions and potential solutions where areas
 * for development are highlighted" ("A guide to auditing", line 24; H5).
 *
 * <p>The outcome lists the roles to inform as {@link Notification}s. A missing action fails; a
 * missing record that the roles were informed fails only with {@code requireNotifiedRecorded}, as a
 * separate outcome, so that each unmet requirement is reported on its own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionsRequiredRuleType extends AbstractRuleType<ActionsRequiredParameters> {

  /** The type id. */
  public static final String ID = "actions-required-below-grade";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public ActionsRequiredRuleType() {
    super(
        ID,
        "Audits graded requires improvement or inadequate carry improvement actions and notify the Head of"
            + " Service and QA unit (Camden audit programme 2021-22, section 6)",
        ActionsRequiredParameters.class,
        describe(
            "grades",
            "grade labels requiring actions; default [Requires Improvement, Inadequate]",
            "informRoles",
            "role ids to inform; default [head-of-service, qa-unit]",
            "requireNotifiedRecorded",
            "true to fail until the audit records the roles as informed; default false",
            "areaGrades",
            "true if an area of work graded at one of the grades needs actions too; default false"));
  }

  @Override
  public List<ParameterProblem> problems(ActionsRequiredParameters p) {
    Objects.requireNonNull(p, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    if (p.grades().isEmpty()) {
      problems.add(ParameterProblem.at("must name at least one grade", "grades"));
    }
    ParameterChecks.roleIds(p.informRoles(), "informRoles", problems);
    return problems;
  }

  @Override
  public List<ParameterReference> references(ActionsRequiredParameters p) {
    return ContentRuleTypes.gradeReferences(p.grades());
  }

  @Override
  public Rule<?> bind(String ruleId, ActionsRequiredParameters p, AuditFramework framework) {
    List<Grade> grades = ContentRuleTypes.grades(p.grades(), framework);
    return new ActionsRequiredRule(ruleId, p, grades);
  }

  /** A configured rule. */
  static final class ActionsRequiredRule extends AbstractRule<Audit> {

    private final ActionsRequiredParameters p;
    private final List<Notification> notifications;
    private final List<Grade> grades;

    ActionsRequiredRule(String id, ActionsRequiredParameters p, List<Grade> grades) {
      super(
          id,
          "Grades "
              + p.grades()
              + " need improvement actions and notify "
              + p.informRoles()
              + " (Camden audit programme 2021-22, section 6)",
          SubjectType.AUDIT);
      this.p = p;
      List<Notification> toInform = new ArrayList<>();
      for (String role : p.informRoles()) {
        toInform.add(Notification.of(role));
      }
      this.notifications = List.copyOf(toInform);
      this.grades = grades;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      Optional<Grade> auditor = audit.overallGrade();
      Optional<Grade> moderator = audit.moderation().map(Moderation::grade);
      if (auditor.isEmpty()
          && moderator.isEmpty()
          && (!p.areaGrades() || audit.areaGrades().isEmpty())) {
        return List.of(outcome(OutcomeStatus.NOT_APPLICABLE, "the audit is not graded").build());
      }
      boolean byAuditor = auditor.filter(grades::contains).isPresent();
      boolean byModerator = moderator.filter(grades::contains).isPresent();
      List<String> areas = areasNeedingActions(audit, context);
      Optional<Grade> overall =
          byModerator ? moderator : byAuditor ? auditor : moderator.or(() -> auditor);
      String label = overall.map(Grade::label).orElse("by area");
      if (!byAuditor && !byModerator && areas.isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "graded " + label + ": no actions required")
                .putInput("grade", label)
                .build());
      }
      String graded = graded(auditor, moderator, byAuditor, byModerator, label, areas);
      long actions = openActions(audit);
      List<Outcome> outcomes = new ArrayList<>();
      outcomes.add(
          outcome(
                  actions > 0 ? OutcomeStatus.PASS : OutcomeStatus.FAIL,
                  actions > 0
                      ? graded + " with " + actions + " improvement actions"
                      : graded + " without improvement actions")
              .putInput("grade", label)
              .putInput("actions", Long.toString(actions))
              .addAllNotifications(notifications)
              .build());
      if (p.requireNotifiedRecorded()) {
        List<String> missing = new ArrayList<>(p.informRoles());
        missing.removeAll(audit.notified());
        outcomes.add(
            outcome(
                    missing.isEmpty() ? OutcomeStatus.PASS : OutcomeStatus.FAIL,
                    missing.isEmpty()
                        ? "informed " + p.informRoles()
                        : "not recorded as informed: " + missing)
                .putInput("grade", label)
                .putInput("notified", ContentRuleTypes.sorted(audit.notified()).toString())
                .build());
      }
      return outcomes;
    }

    /** The areas of work, by id, whose grade needs actions (when the rule reads area grades). */
    private List<String> areasNeedingActions(Audit audit, RuleContext context) {
      List<String> areas = new ArrayList<>();
      if (p.areaGrades()) {
        for (Map.Entry<String, Grade> area : new TreeMap<>(audit.areaGrades()).entrySet()) {
          if (context.grade(area.getValue().label()).filter(grades::contains).isPresent()) {
            areas.add(area.getKey());
          }
        }
      }
      return areas;
    }

    /** Who graded the audit what, in words, and the areas needing actions. */
    private static String graded(
        Optional<Grade> auditor,
        Optional<Grade> moderator,
        boolean byAuditor,
        boolean byModerator,
        String label,
        List<String> areas) {
      return !byAuditor && !byModerator
          ? "areas for development " + areas
          : "graded "
              + (byAuditor && byModerator && auditor.equals(moderator)
                  ? label
                  : byAuditor && byModerator
                      ? auditor.get().label() + " by the auditor and " + label + " by the moderator"
                      : byModerator && auditor.isPresent()
                          ? label + " by the moderator"
                          : byAuditor && moderator.isPresent()
                              ? auditor.get().label() + " by the auditor"
                              : label)
              + (areas.isEmpty() ? "" : ", areas for development " + areas);
    }

    /** The recommended actions not cancelled. */
    private static long openActions(Audit audit) {
      long actions = 0;
      for (RecommendedAction action : audit.actions()) {
        if (action.status() != ActionStatus.CANCELLED) {
          actions++;
        }
      }
      return actions;
    }
  }
}
