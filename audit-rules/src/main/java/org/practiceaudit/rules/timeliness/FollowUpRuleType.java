package org.practiceaudit.rules.timeliness;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.RuleType;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code recommendation-follow-up} rule type: recommendations still open at their category's
 * follow-up deadline are escalated to the Head of Service.
 *
 * <p>Source: Dudley audit framework 2017, "Raising a Concern" (seed 004, lines 121-124): audits in
 * categories 1-3 are tracked "with a view to re-checking the file to ensure that recommendations have
 * been followed and completed. Where there is delay in progressing recommendations the following
 * escalation to the relevant Head of Service schedule will apply": 48 hours, 10 working days, 20 working
 * days, N/A.
 *
 * <p>The deadline runs from the audit's escalation instant, or else from the start of its completion day
 * (London time). The rule fails, naming the Head of Service as a {@link Notification}, when the deadline
 * has passed by the clock and an action is still open.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FollowUpRuleType implements RuleType<FollowUpParameters> {

  /** The type id. */
  public static final String ID = "recommendation-follow-up";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public FollowUpRuleType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Recommendations not done by the category's follow-up deadline escalate to the Head of Service"
        + " (Dudley audit framework 2017, Raising a Concern)";
  }

  @Override
  public Class<FollowUpParameters> parameterType() {
    return FollowUpParameters.class;
  }

  @Override
  public Map<String, String> parameterDescriptions() {
    return Map.of("escalateTo", "role id escalated to; default head-of-service");
  }

  @Override
  public Validation<Seq<String>, Rule<?>> validate(String ruleId, FollowUpParameters p) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(p, "parameters");
    List<String> problems = new ArrayList<>();
    if (!p.escalateTo().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      problems.add("escalateTo must be a lower-case role id such as 'head-of-service': '" + p.escalateTo() + "'");
    }
    return RuleType.result(problems, () -> new FollowUpRule(ruleId, p));
  }

  /** A configured rule. */
  static final class FollowUpRule extends AbstractRule<Audit> {

    private final FollowUpParameters p;
    private final Notification notification;

    FollowUpRule(String id, FollowUpParameters p) {
      super(id, "Late recommendations escalate to " + p.escalateTo() + " (Dudley 2017, Raising a Concern)",
          SubjectType.AUDIT);
      this.p = p;
      this.notification = Notification.of(p.escalateTo());
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      if (audit.escalationCategory().isEmpty()) {
        return List.of(outcome(OutcomeStatus.NOT_APPLICABLE, "no escalation category recorded").build());
      }
      int level = audit.escalationCategory().getAsInt();
      Optional<Instant> raisedAt =
          audit.escalatedAt()
              .or(() -> audit.completedOn().map(d -> d.atStartOfDay(WorkingCalendar.LONDON).toInstant()));
      if (raisedAt.isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "the audit is neither escalated nor completed")
                .putInput("category", Integer.toString(level))
                .build());
      }
      Optional<EscalationCategory> category = Optional.empty();
      for (EscalationCategory c : context.framework().escalationCategories()) {
        if (c.level() == level) {
          category = Optional.of(c);
          break;
        }
      }
      if (category.isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.FAIL, "the framework has no escalation category " + level)
                .putInput("category", Integer.toString(level))
                .build());
      }
      Optional<Deadline> deadline = category.get().followUp().dueFrom(raisedAt.get(), context.calendar());
      if (deadline.isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "category " + level + " needs no follow-up")
                .putInput("category", Integer.toString(level))
                .build());
      }
      long open = 0;
      for (RecommendedAction action : audit.actions()) {
        if (action.status().isOutstanding()) {
          open++;
        }
      }
      boolean late = open > 0 && deadline.get().isOverdue(context.clock().instant());
      var outcome =
          outcome(
                  late ? OutcomeStatus.FAIL : OutcomeStatus.PASS,
                  late
                      ? open + " recommendations still open after the follow-up deadline; escalate to "
                          + p.escalateTo()
                      : open == 0 ? "all recommendations done or cancelled" : "follow-up deadline not reached")
              .deadline(deadline.get())
              .escalationCategory(level)
              .putInput("category", Integer.toString(level))
              .putInput("follow-up", category.get().followUp().toString())
              .putInput("open-actions", Long.toString(open));
      if (late) {
        outcome.addNotifications(notification);
      }
      return List.of(outcome.build());
    }
  }
}
