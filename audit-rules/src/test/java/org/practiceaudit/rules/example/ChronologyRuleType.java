package org.practiceaudit.rules.example;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.RuleType;
import org.practiceaudit.rules.SubjectType;

/**
 * A council's own rule type, as in the README: the audit records that the case file has an up-to-date
 * chronology (Dorset monthly audit report 2019, 8.4: "all case files should have an up to date
 * chronology"). Registered in META-INF/services like any built-in type.
 */
public final class ChronologyRuleType implements RuleType<ChronologyRuleType.Parameters> {

  /** Parameters: the audit attribute that records the chronology's state. */
  public record Parameters(String attribute) {}

  @Override
  public String id() {
    return "acme/chronology-present";
  }

  @Override
  public String description() {
    return "The case file has an up-to-date chronology (Dorset 2019, 8.4)";
  }

  @Override
  public Class<Parameters> parameterType() {
    return Parameters.class;
  }

  @Override
  public Map<String, String> parameterDescriptions() {
    return Map.of("attribute", "the audit attribute holding 'up-to-date', 'out-of-date' or 'missing'");
  }

  @Override
  public Validation<Seq<String>, Rule<?>> validate(String ruleId, Parameters parameters) {
    List<String> problems = new ArrayList<>();
    if (parameters.attribute() == null || parameters.attribute().isBlank()) {
      problems.add("attribute must not be blank");
    }
    return RuleType.result(problems, () -> new ChronologyRule(ruleId, parameters.attribute()));
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
          outcome("up-to-date".equals(state) ? OutcomeStatus.PASS : OutcomeStatus.FAIL, "chronology " + state)
              .putInput(attribute, state)
              .build());
    }
  }
}
