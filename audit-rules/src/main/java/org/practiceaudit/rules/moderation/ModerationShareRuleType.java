package org.practiceaudit.rules.moderation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
 * The {@code moderation-share} rule type: over a collection of audits, at least a share of the
 * completed ones are moderated, and the moderations that changed the grade are counted.
 *
 * <p>Source: Dudley audit framework 2017, "Moderation" (seeds/004_de088cc296a90497.txt, line 150:
 * "A sample of 20% (approximately 60 per year) of the audits will be selected for moderation"; line
 * 152: moderated audits are recorded "including where differences in grading are found"). The
 * required number is the share of the completed audits, rounded up.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModerationShareRuleType extends AbstractRuleType<ModerationShareParameters> {

  /** The type id. */
  public static final String ID = "moderation-share";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public ModerationShareRuleType() {
    super(
        ID,
        "At least a share of completed audits is moderated; grading differences are counted"
            + " (Dudley audit framework 2017, Moderation)",
        ModerationShareParameters.class,
        describe(
            "share", "share of completed audits to moderate, above 0 and at most 1; Dudley 0.2"));
  }

  @Override
  public List<ParameterProblem> problems(ModerationShareParameters p) {
    Objects.requireNonNull(p, "parameters");
    if (!(p.share() > 0 && p.share() <= 1)) {
      return List.of(ParameterProblem.at("must be above 0 and at most 1: " + p.share(), "share"));
    }
    return List.of();
  }

  @Override
  public Rule<?> bind(String ruleId, ModerationShareParameters p, AuditFramework framework) {
    return new ModerationShareRule(ruleId, p.share());
  }

  /** A configured rule. */
  static final class ModerationShareRule extends AbstractRule<Collection<Audit>> {

    private final double share;

    ModerationShareRule(String id, double share) {
      super(
          id,
          "At least " + share + " of completed audits moderated (Dudley 2017, Moderation)",
          SubjectType.AUDITS);
      this.share = share;
    }

    @Override
    public List<Outcome> evaluate(Collection<Audit> audits, RuleContext context) {
      int completed = 0;
      int moderated = 0;
      int differences = 0;
      for (Audit audit : audits) {
        if (!audit.status().isCompleted()) {
          continue;
        }
        completed++;
        if (audit.moderation().isPresent()) {
          moderated++;
          if (audit.overallGrade().isPresent()
              && !audit.overallGrade().get().equals(audit.moderation().get().grade())) {
            differences++;
          }
        }
      }
      if (completed == 0) {
        return List.of(outcome(OutcomeStatus.NOT_APPLICABLE, "no completed audit").build());
      }
      long required = (long) Math.ceil(share * completed - 1e-9);
      boolean enough = moderated >= required;
      return List.of(
          outcome(
                  enough ? OutcomeStatus.PASS : OutcomeStatus.FAIL,
                  moderated
                      + " of "
                      + completed
                      + " completed audits moderated; "
                      + required
                      + " required")
              .score((double) moderated / completed)
              .putInput("completed", Integer.toString(completed))
              .putInput("moderated", Integer.toString(moderated))
              .putInput("required", Long.toString(required))
              .putInput("grade-differences", Integer.toString(differences))
              .build());
    }
  }
}
