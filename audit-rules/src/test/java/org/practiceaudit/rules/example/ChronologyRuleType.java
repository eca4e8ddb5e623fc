package org.practiceaudit.rules.example;

import java.util.List;
import org.practiceaudit.core.audit.Audit;
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
 * A council's own rule type, as in the README: the audit records that the case file has an
 * up-to-date chronology (Dorset monthly audit report 2019, 8.4: "all case files should have an up
 * to date chronology"). Registered in META-INF/services like any built-in type.
 */
public final class ChronologyRuleType extends AbstractRuleType<ChronologyRuleType.Parameters> {

  /** Parameters: the audit attribute that records the chronology's state. */
  public record Parameters(String attribute) {}

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public ChronologyRuleType() {
    super(
        "acme/chronology-present",
        "The case file has an up-to-date chronology (Dorset 2019, 8.4)",
        Parameters.class,
        describe(
            "attribute", "the audit attribute holding 'up-to-date', 'out-of-date' or 'missing'"));
  }

  @Override
  public List<ParameterProblem> problems(Parameters parameters) {
    if (parameters.attribute() == null || parameters.attribute().isBlank()) {
      return List.of(ParameterProblem.at("must not be blank", "attribute"));
    }
    return List.of();
  }

  @Override
  public Rule<?> bind(String ruleId, Parameters parameters, AuditFramework framework) {
    return new ChronologyRule(ruleId, parameters.attribute());
  }

  static final class ChronologyRule extends AbstractRule<Audit> {
    private final String attribute;

    ChronologyRule(String id, String attribute) {
      super(id, "Up-to-date chronology (Dorset 2019, 8.4)", SubjectType.AUDIT);
      this.attribute = attribute;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      String state = audit.attributes().getOrDefault(attribute, "missing");
      return List.of(
          outcome(
                  "up-to-date".equals(state) ? OutcomeStatus.PASS : OutcomeStatus.FAIL,
                  "chronology " + state)
              .putInput(attribute, state)
              .build());
    }
  }
}
