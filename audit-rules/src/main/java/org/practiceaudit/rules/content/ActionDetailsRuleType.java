package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code action-details} rule type: every recommended action has an owner and a due date.
 *
 * <p>Sources: London multi-agency safeguarding audit pack, section 3 (seed 003, line 112: action
 * plans with "Specific Measurable Agreed Realistic Timely (SMART) objectives"); Camden audit
 * programme 2021-22, section 6 (seed 000, line 84: team managers outline "actions to be
 * completed"); Dudley audit framework 2017 (seed 004, line 109: "Addressing concerns and
 * recommendations from audits will be the responsibility of the manager"). An owner and a due date
 * are the documented generalisation of "agreed" and "timely".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionDetailsRuleType extends AbstractRuleType<ActionDetailsParameters> {

  /** The type id. */
  public static final String ID = "action-details";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public ActionDetailsRuleType() {
    super(
        ID,
        "Every recommended action has an owner and a due date (London audit pack s.3, SMART action plans)",
        ActionDetailsParameters.class,
        describe(
            "requireOwner",
            "true if each action needs an owner; default true",
            "requireDueDate",
            "true if each action needs a due date; default true"));
  }

  @Override
  public List<ParameterProblem> problems(ActionDetailsParameters p) {
    Objects.requireNonNull(p, "parameters");
    if (!p.requireOwner() && !p.requireDueDate()) {
      return List.of(
          ParameterProblem.of("at least one of requireOwner and requireDueDate must be true"));
    }
    return List.of();
  }

  @Override
  public Rule<?> bind(String ruleId, ActionDetailsParameters p, AuditFramework framework) {
    return new ActionDetailsRule(ruleId, p);
  }

  /** A configured rule. */
  static final class ActionDetailsRule extends AbstractRule<Audit> {

    private final ActionDetailsParameters p;

    ActionDetailsRule(String id, ActionDetailsParameters p) {
      super(
          id,
          "Every action has an owner and a due date (London audit pack s.3)",
          SubjectType.AUDIT);
      this.p = p;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      int total = 0;
      int noOwner = 0;
      int noDue = 0;
      for (RecommendedAction action : audit.actions()) {
        if (action.status() == ActionStatus.CANCELLED) {
          continue;
        }
        total++;
        noOwner += p.requireOwner() && action.owner().isEmpty() ? 1 : 0;
        noDue += p.requireDueDate() && action.dueOn().isEmpty() ? 1 : 0;
      }
      if (total == 0) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "the audit recommends no actions").build());
      }
      List<String> problems = new ArrayList<>();
      if (noOwner > 0) {
        problems.add(noOwner + " of " + total + " actions have no owner");
      }
      if (noDue > 0) {
        problems.add(noDue + " of " + total + " actions have no due date");
      }
      return List.of(
          outcome(
                  problems.isEmpty() ? OutcomeStatus.PASS : OutcomeStatus.FAIL,
                  problems.isEmpty()
                      ? "all " + total + " actions have an owner and a due date"
                      : String.join("; ", problems))
              .putInput("actions", Integer.toString(total))
              .putInput("without-owner", Integer.toString(noOwner))
              .putInput("without-due-date", Integer.toString(noDue))
              .build());
    }
  }
}
