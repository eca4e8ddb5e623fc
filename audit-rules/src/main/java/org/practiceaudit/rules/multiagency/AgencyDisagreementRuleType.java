package org.practiceaudit.rules.multiagency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.report.AgencyComparison;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code agency-disagreement} rule type: over a collection of audits, one outcome per case and
 * area of work graded by two agencies or more, flagging for the coordinator where their grades
 * differ. The comparison is audit-core's {@link MultiAgencyOverview}: where an agency audited a
 * case more than once, its latest audit by completion date and then audit id counts, whatever the
 * order of the audits; grades not on the framework's scale are left out.
 *
 * <p>Source: London multi-agency safeguarding audit pack, sections 1 and 3 (seed 003, lines 31 and
 * 101-102: the coordinator identifies inconsistencies between agencies' audits of a case and chairs
 * a meeting "to clarify any inconsistencies").
 *
 * <p>Agencies that grade differently are not wrong: the pack asks the coordinator to clarify the
 * difference and debate it, after which grades may change (seed-fidelity review L12). So the
 * outcome always passes; where the spread reaches {@code minimumSpread} it carries the flag {@link
 * Outcome#FLAG_AGENCY_DISAGREEMENT} and a {@link Notification} to the coordinator. With the default
 * {@code minimumSpread} of 1, which the London preset uses, the flagged places are exactly the
 * disagreements of {@link MultiAgencyOverview#disagreements()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgencyDisagreementRuleType
    extends AbstractRuleType<AgencyDisagreementParameters> {

  /** The type id. */
  public static final String ID = "agency-disagreement";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public AgencyDisagreementRuleType() {
    super(
        ID,
        "Agencies' differing grades of one area of work on one case are flagged for the coordinator"
            + " (London multi-agency audit pack, sections 1 and 3)",
        AgencyDisagreementParameters.class,
        describe(
            "minimumSpread",
            "ranks between best and worst grade from which the coordinator is told; 1 or more, default 1"));
  }

  @Override
  public List<ParameterProblem> problems(AgencyDisagreementParameters p) {
    Objects.requireNonNull(p, "parameters");
    if (p.minimumSpread() < 1) {
      return List.of(
          ParameterProblem.at("must be 1 or more: " + p.minimumSpread(), "minimumSpread"));
    }
    return List.of();
  }

  @Override
  public Rule<?> bind(String ruleId, AgencyDisagreementParameters p, AuditFramework framework) {
    return new DisagreementRule(ruleId, p.minimumSpread());
  }

  /** A configured rule. */
  static final class DisagreementRule extends AbstractRule<Collection<Audit>> {

    private final int minimumSpread;

    DisagreementRule(String id, int minimumSpread) {
      super(
          id,
          "Agencies' grades "
              + minimumSpread
              + " ranks apart or more go to the coordinator (London pack)",
          SubjectType.AUDITS);
      this.minimumSpread = minimumSpread;
    }

    @Override
    public List<Outcome> evaluate(Collection<Audit> audits, RuleContext context) {
      List<AgencyComparison> comparisons = new ArrayList<>();
      for (AgencyComparison c :
          MultiAgencyOverview.of(audits, context.framework().gradeScale()).comparisons()) {
        if (c.grades().size() >= 2) {
          comparisons.add(c);
        }
      }
      if (comparisons.isEmpty()) {
        return List.of(
            outcome(
                    OutcomeStatus.NOT_APPLICABLE,
                    "no area of work was graded by two agencies or more")
                .build());
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (AgencyComparison c : comparisons) {
        boolean disagree = c.spread() >= minimumSpread;
        var outcome =
            outcome(
                    OutcomeStatus.PASS,
                    "case "
                        + c.caseId()
                        + ", area '"
                        + c.area()
                        + "': "
                        + c.grades().size()
                        + " agencies, grades "
                        + c.spread()
                        + " ranks apart"
                        + (disagree ? "; for the coordinator to clarify" : ""))
                .putInput("case", c.caseId().toString())
                .putInput("area", c.area())
                .putInput("spread", Integer.toString(c.spread()));
        if (disagree) {
          outcome
              .addFlag(Outcome.FLAG_AGENCY_DISAGREEMENT)
              .addNotification(Notification.of(Notification.COORDINATOR));
        }
        for (Map.Entry<String, Grade> grade : c.grades().entrySet()) {
          outcome.putInput("grade." + grade.getKey(), grade.getValue().label());
        }
        outcomes.add(outcome.build());
      }
      return outcomes;
    }
  }
}
