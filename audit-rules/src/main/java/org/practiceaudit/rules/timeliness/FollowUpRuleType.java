package org.practiceaudit.rules.timeliness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.escalation.Escalation;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterChecks;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code recommendation-follow-up} rule type: recommendations still open at their category's
 * follow-up deadline are escalated to the Head of Service.
 *
 * <p>Source: Dudley audit framework 2017, "Raising a Concern" (seed 004, lines 121-124): audits in
 * categories 1-3 are tracked "with a view to re-checking the file to ensure that recommendations
 * have been followed and completed. Where there is delay in progressing recommendations the
 * following escalation to the relevant Head of Service schedule will apply": 48 hours, 10 working
 * days, 20 working days, N/A.
 *
 * <p>{@link Escalation} decides, as it does for the report (seed-fidelity review, U19 and U20): the
 * deadline runs from the audit's escalation instant, or else from the start of its completion day
 * (London time), and the outcome then says "escalation time not recorded; counted from the
 * completion day"; a category without follow-up (Dudley's 4) is not applicable. The rule fails,
 * naming the Head of Service as a {@link Notification}, when the escalation is still open at or
 * after its due instant (no follow-up check recorded and an action still open). It also fails when
 * a category that needs follow-up has no recommended action: there is nothing to follow up, and the
 * report counts it as open. The outcome's {@code escalation} input is {@code open}, {@code closed}
 * or {@code overdue}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpRuleType extends AbstractRuleType<FollowUpParameters> {

  /** The type id. */
  public static final String ID = "recommendation-follow-up";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public FollowUpRuleType() {
    super(
        ID,
        "Recommendations not done by the category's follow-up deadline escalate to the Head of Service"
            + " (Dudley audit framework 2017, Raising a Concern)",
        FollowUpParameters.class,
        describe("escalateTo", "role id escalated to; default head-of-service"));
  }

  @Override
  public List<ParameterProblem> problems(FollowUpParameters p) {
    Objects.requireNonNull(p, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    ParameterChecks.roleId(p.escalateTo(), "escalateTo", problems);
    return problems;
  }

  @Override
  public Rule<?> bind(String ruleId, FollowUpParameters p, AuditFramework framework) {
    return new FollowUpRule(ruleId, p);
  }

  /** A configured rule. */
  static final class FollowUpRule extends AbstractRule<Audit> {

    private final FollowUpParameters p;
    private final Notification notification;

    FollowUpRule(String id, FollowUpParameters p) {
      super(
          id,
          "Late recommendations escalate to "
              + p.escalateTo()
              + " (Dudley 2017, Raising a Concern)",
          SubjectType.AUDIT);
      this.p = p;
      this.notification = Notification.of(p.escalateTo());
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      if (audit.escalationCategory().isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "no escalation category recorded").build());
      }
      int level = audit.escalationCategory().getAsInt();
      Optional<EscalationCategory> category = context.framework().escalationCategory(level);
      if (category.isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.FAIL, "the framework has no escalation category " + level)
                .putInput("category", Integer.toString(level))
                .build());
      }
      Escalation escalation =
          Escalation.of(audit, level, category.get().followUp(), context.calendar());
      if (!escalation.isTracked()) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "category " + level + " needs no follow-up")
                .putInput("category", Integer.toString(level))
                .build());
      }
      String state = escalation.isOpen() ? "open" : "closed";
      if (escalation.deadline().isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "the audit is neither escalated nor completed")
                .escalationCategory(level)
                .putInput("category", Integer.toString(level))
                .putInput("escalation", state)
                .build());
      }
      long open = 0;
      for (RecommendedAction action : audit.actions()) {
        if (action.status().isOutstanding()) {
          open++;
        }
      }
      boolean overdue = escalation.isOverdue(context.clock().instant());
      OutcomeStatus status =
          escalation.recommendsAction() && !overdue ? OutcomeStatus.PASS : OutcomeStatus.FAIL;
      String reason = reason(audit, escalation, level, open, overdue);
      if (escalation.note().isPresent()) {
        reason = reason + " (" + escalation.note().get() + ")";
      }
      var outcome =
          outcome(status, reason)
              .deadline(escalation.deadline().get())
              .escalationCategory(level)
              .putInput("category", Integer.toString(level))
              .putInput("follow-up", category.get().followUp().toString())
              .putInput("counted-from", escalation.clockStart().orElseThrow().toString())
              .putInput("open-actions", Long.toString(open))
              .putInput("escalation", overdue ? "overdue" : state);
      if (overdue) {
        outcome.addNotifications(notification);
      }
      return List.of(outcome.build());
    }

    /** Why the follow-up passes or fails, before any note on the escalation's clock. */
    private String reason(
        Audit audit, Escalation escalation, int level, long open, boolean overdue) {
      if (!escalation.recommendsAction()) {
        return "category " + level + " needs follow-up but the audit recommends no action";
      }
      if (overdue) {
        return open
            + " recommendations still open at the follow-up deadline; escalate to "
            + p.escalateTo();
      }
      return audit.followedUpAt().isPresent()
          ? "follow-up check recorded"
          : open == 0 ? "all recommendations done or cancelled" : "follow-up deadline not reached";
    }
  }
}
