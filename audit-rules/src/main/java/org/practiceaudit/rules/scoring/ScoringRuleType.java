package org.practiceaudit.rules.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterChecks;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.ParameterReference;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code scoring} rule type: the average of an audit's domain scores ignoring N/A, with
 * coverage, optional weights and normalisation across scales (see {@link ScoreAverage}).
 *
 * <p>Source: Dorset monthly audit report, June 2019, sections 2.1 ("seven domains with each domain
 * given a score of between 1 to 10") and 4.1 ("the overall average score across all seven
 * domains").
 *
 * <p>The outcome carries the average as its score and the coverage. It fails when scores name
 * unknown domains, lie off their scale, mix raw scales, or cover fewer domains than required; it is
 * not applicable when nothing was scored and no coverage is required.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoringRuleType extends AbstractRuleType<ScoringParameters> {

  /** The type id. */
  public static final String ID = "scoring";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public ScoringRuleType() {
    super(
        ID,
        "Average of domain scores ignoring N/A, with coverage, weights and normalisation"
            + " (Dorset monthly audit report 2019, 2.1 and 4.1)",
        ScoringParameters.class,
        describe(
            "weights",
            "weight of each domain by id, each above 0; default 1 for every domain",
            "normalise",
            "true to map each score onto [0, 1] by its domain's scale first; default false",
            "minimumCoverage",
            "share of domains that must be scored, from 0 to 1; default 0"));
  }

  @Override
  public List<ParameterProblem> problems(ScoringParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    ParameterChecks.weights(parameters.weights(), "weights", problems);
    double min = parameters.minimumCoverage();
    if (!(min >= 0 && min <= 1)) {
      problems.add(ParameterProblem.at("must be from 0 to 1: " + min, "minimumCoverage"));
    }
    return problems;
  }

  @Override
  public List<ParameterReference> references(ScoringParameters parameters) {
    return ParameterChecks.domainKeys(parameters.weights(), "weights");
  }

  @Override
  public Rule<?> bind(String ruleId, ScoringParameters parameters, AuditFramework framework) {
    return new ScoringRule(ruleId, parameters);
  }

  /** A configured scoring rule. */
  static final class ScoringRule extends AbstractRule<Audit> {

    private final ScoringParameters parameters;
    private final String normalised;

    ScoringRule(String id, ScoringParameters parameters) {
      super(
          id,
          "Average of domain scores ignoring N/A, with coverage (Dorset 2019, 2.1, 4.1)",
          SubjectType.AUDIT);
      this.parameters = parameters;
      this.normalised = Boolean.toString(parameters.normalise());
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      ScoreAverage average =
          ScoreAverage.of(
              context.framework().domains(),
              audit.scores(),
              parameters.weights(),
              parameters.normalise());
      List<String> problems = average.problems();
      if (average.coverage() < parameters.minimumCoverage()) {
        problems = new ArrayList<>(problems);
        problems.add(
            average.scored()
                + " of "
                + average.total()
                + " domains scored, below the required coverage "
                + parameters.minimumCoverage());
      }
      OutcomeStatus status;
      String reason;
      if (!problems.isEmpty()) {
        status = OutcomeStatus.FAIL;
        reason = String.join("; ", problems);
      } else if (average.average().isEmpty()) {
        status = OutcomeStatus.NOT_APPLICABLE;
        reason = "no domain was scored";
      } else {
        status = OutcomeStatus.PASS;
        reason = "average of " + average.scored() + " of " + average.total() + " domains";
      }
      var outcome =
          outcome(status, reason)
              .putInput("scored-domains", Integer.toString(average.scored()))
              .putInput("total-domains", Integer.toString(average.total()))
              .putInput("normalised", normalised)
              .coverage(average.coverage());
      average.average().ifPresent(outcome::score);
      return List.of(outcome.build());
    }
  }
}
