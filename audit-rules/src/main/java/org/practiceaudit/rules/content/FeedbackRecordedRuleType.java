package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.FeedbackSource;
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
 * The {@code feedback-recorded} rule type: the audit records the feedback of the child and of the
 * family.
 *
 * <p>Source: Camden audit programme 2021-22, section 5, practice week quality audits (seed 000,
 * line 76): "Child/young person and Family feedback must be sought and recorded on the separate
 * feedback form" (seed-fidelity review C19); the annual programme lists "service user feedback
 * forms to be completed" for each practice week (lines 128-132). The London multi-agency pack (line
 * 33) makes the views of children and families an optional supplement, so its preset does not use
 * this rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeedbackRecordedRuleType extends AbstractRuleType<FeedbackRecordedParameters> {

  /** The type id. */
  public static final String ID = "feedback-recorded";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public FeedbackRecordedRuleType() {
    super(
        ID,
        "The child's and the family's feedback is recorded (Camden audit programme 2021-22, section 5)",
        FeedbackRecordedParameters.class,
        describe(
            "from", "whose feedback must be recorded: child, parent-or-carer; default both",
            "auditTypes", "audit type ids the rule applies to; default every audit type"));
  }

  @Override
  public List<ParameterProblem> problems(FeedbackRecordedParameters p) {
    Objects.requireNonNull(p, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    sources(p, problems);
    return problems;
  }

  @Override
  public Rule<?> bind(String ruleId, FeedbackRecordedParameters p, AuditFramework framework) {
    return new FeedbackRule(ruleId, sources(p, new ArrayList<>()), Set.copyOf(p.auditTypes()));
  }

  private static Set<FeedbackSource> sources(
      FeedbackRecordedParameters p, List<ParameterProblem> problems) {
    Set<FeedbackSource> from = EnumSet.noneOf(FeedbackSource.class);
    List<String> allowed = new ArrayList<>();
    for (FeedbackSource source : FeedbackSource.values()) {
      allowed.add(text(source));
    }
    int i = 0;
    for (String name : p.from()) {
      FeedbackSource found = null;
      for (FeedbackSource source : FeedbackSource.values()) {
        if (text(source).equals(name)) {
          found = source;
        }
      }
      if (found == null) {
        problems.add(
            ParameterProblem.at(
                "unknown feedback source '" + name + "'; expected one of " + allowed, "from", i));
      } else {
        from.add(found);
      }
      i++;
    }
    if (p.from().isEmpty()) {
      problems.add(
          ParameterProblem.at("must name at least one feedback source of " + allowed, "from"));
    }
    return Set.copyOf(from);
  }

  private static String text(FeedbackSource source) {
    return source.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A configured rule. */
  static final class FeedbackRule extends AbstractRule<Audit> {

    private final Set<FeedbackSource> from;
    private final Set<String> auditTypes;

    FeedbackRule(String id, Set<FeedbackSource> from, Set<String> auditTypes) {
      super(
          id,
          "Feedback recorded from " + new java.util.TreeSet<>(from) + " (Camden 2021-22, s.5)",
          SubjectType.AUDIT);
      this.from = from;
      this.auditTypes = auditTypes;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      if (!auditTypes.isEmpty() && !auditTypes.contains(audit.auditType())) {
        return List.of(
            outcome(
                    OutcomeStatus.NOT_APPLICABLE,
                    "no feedback required for a " + audit.auditType() + " audit")
                .putInput("audit-type", audit.auditType())
                .build());
      }
      List<String> missing = new ArrayList<>();
      for (FeedbackSource source : FeedbackSource.values()) {
        if (from.contains(source) && !audit.feedbackFrom().contains(source)) {
          missing.add(text(source));
        }
      }
      List<String> recorded = new ArrayList<>();
      for (FeedbackSource source : FeedbackSource.values()) {
        if (audit.feedbackFrom().contains(source)) {
          recorded.add(text(source));
        }
      }
      return List.of(
          outcome(
                  missing.isEmpty() ? OutcomeStatus.PASS : OutcomeStatus.FAIL,
                  missing.isEmpty()
                      ? "feedback recorded from " + recorded
                      : "no feedback recorded from " + missing)
              .putInput("feedback-from", recorded.toString())
              .build());
    }
  }
}
