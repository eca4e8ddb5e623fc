package org.practiceaudit.rules.escalation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.RuleType;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code escalation-category} rule type: an audit's escalation category from its grade and concerns,
 * its follow-up deadline from the framework's category and calendar, and who must be told.
 *
 * <p>Source: Dudley audit framework 2017, "Raising a Concern" (seed 004, lines 103-124):
 *
 * <ul>
 *   <li>category 1 (Inadequate Critical): "a child is at risk and the practitioner needs to act
 *       immediately" (line 113) — any of the immediate-risk concerns;
 *   <li>category 2 (Inadequate with action required): "the service offer/risk assessment ... is not
 *       appropriate to their needs and urgent consideration is required" (line 115) — an action-required
 *       concern (such as "a failure to follow child protection procedures", line 103), or an inadequate
 *       grade, which always requires actions (Camden audit programme 2021-22, section 6);
 *   <li>category 3: "the audit is recommending actions" (line 117) — any action not cancelled;
 *   <li>category 4: "the case is in good order" (line 119).
 * </ul>
 *
 * <p>The follow-up deadline (line 124: 48 hours, 10 working days, 20 working days, N/A) is the framework's
 * {@link EscalationCategory#followUp()} from the audit's escalation instant, or the clock's instant when
 * none is recorded. For categories 1 and 2 "the Service Manager should be notified by email with a copy of
 * the completed audit ... followed up in person" (line 103): a {@link Notification} in the outcome. The
 * outcome fails when the audit records a different category from the one derived.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EscalationRuleType implements RuleType<EscalationParameters> {

  /** The type id. */
  public static final String ID = "escalation-category";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public EscalationRuleType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Escalation category 1-4 from grade and concerns, follow-up deadline and notifications"
        + " (Dudley audit framework 2017, Raising a Concern)";
  }

  @Override
  public Class<EscalationParameters> parameterType() {
    return EscalationParameters.class;
  }

  @Override
  public Map<String, String> parameterDescriptions() {
    return Map.of(
        "immediateRiskConcerns", "concern flags giving category 1; default [IMMEDIATE_RISK]",
        "actionRequiredConcerns",
            "concern flags giving category 2; default [PROCEDURES_NOT_FOLLOWED, NEEDS_NOT_MET]",
        "inadequateGrade", "grade giving category 2; default Inadequate",
        "notifyServiceManagerFor", "categories notified to the service manager by email; default [1, 2]");
  }

  @Override
  public Validation<Seq<String>, Rule<?>> validate(String ruleId, EscalationParameters p) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(p, "parameters");
    List<String> problems = new ArrayList<>();
    Set<ConcernFlag> immediate = flags(p.immediateRiskConcerns(), "immediateRiskConcerns", problems);
    Set<ConcernFlag> actionRequired = flags(p.actionRequiredConcerns(), "actionRequiredConcerns", problems);
    for (Integer level : p.notifyServiceManagerFor()) {
      if (level == null || level < 1 || level > 4) {
        problems.add("notifyServiceManagerFor must hold categories 1 to 4: " + level);
      }
    }
    return RuleType.result(problems, () -> new EscalationRule(ruleId, p, immediate, actionRequired));
  }

  static Set<ConcernFlag> flags(List<String> names, String parameter, List<String> problems) {
    Set<ConcernFlag> flags = new TreeSet<>();
    for (String name : names) {
      try {
        flags.add(ConcernFlag.valueOf(String.valueOf(name)));
      } catch (IllegalArgumentException e) {
        problems.add(
            "unknown concern '" + name + "' in " + parameter + "; expected one of "
                + List.of(ConcernFlag.values()));
      }
    }
    return Set.copyOf(flags);
  }

  /** A configured escalation rule. */
  static final class EscalationRule extends AbstractRule<Audit> {

    private final EscalationParameters p;
    private final Set<ConcernFlag> immediate;
    private final Set<ConcernFlag> actionRequired;

    EscalationRule(String id, EscalationParameters p, Set<ConcernFlag> immediate, Set<ConcernFlag> actionRequired) {
      super(id, "Escalation category 1-4 (Dudley audit framework 2017, Raising a Concern)", SubjectType.AUDIT);
      this.p = p;
      this.immediate = immediate;
      this.actionRequired = actionRequired;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      Map<String, String> inputs = new LinkedHashMap<>();
      inputs.put("concerns", new TreeSet<>(audit.concerns()).toString());
      audit.overallGrade().ifPresent(g -> inputs.put("overall-grade", g.label()));
      long actions = audit.actions().stream().filter(a -> a.status() != ActionStatus.CANCELLED).count();
      inputs.put("actions", Long.toString(actions));
      Optional<Grade> inadequate = context.grade(p.inadequateGrade());
      int level;
      String why;
      if (audit.concerns().stream().anyMatch(immediate::contains)) {
        level = 1;
        why = "a concern of immediate risk";
      } else if (audit.concerns().stream().anyMatch(actionRequired::contains)) {
        level = 2;
        why = "a concern requiring action";
      } else if (inadequate.isPresent() && audit.overallGrade().filter(inadequate.get()::equals).isPresent()) {
        level = 2;
        why = "graded " + inadequate.get().label();
      } else if (actions > 0) {
        level = 3;
        why = "actions recommended";
      } else {
        level = 4;
        why = "the case is in good order";
      }
      Instant raisedAt = audit.escalatedAt().orElseGet(() -> context.clock().instant());
      inputs.put("raised-at", raisedAt.toString());
      Optional<EscalationCategory> category = context.framework().escalationCategory(level);
      Optional<Deadline> deadline =
          category.flatMap(c -> c.followUp().dueFrom(raisedAt, context.calendar()));
      inputs.put("follow-up", category.map(c -> c.followUp().toString()).orElse("undefined"));
      OutcomeStatus status = OutcomeStatus.PASS;
      String reason = "category " + level + ": " + why;
      if (audit.escalationCategory().isPresent() && audit.escalationCategory().getAsInt() != level) {
        status = OutcomeStatus.FAIL;
        reason = "the audit records category " + audit.escalationCategory().getAsInt() + " but the rules give "
            + level + " (" + why + ")";
      }
      var outcome = outcome(status, reason).putAllInputs(inputs).escalationCategory(level);
      deadline.ifPresent(outcome::deadline);
      if (p.notifyServiceManagerFor().contains(level)) {
        outcome.addNotification(
            Notification.builder()
                .recipient(Notification.SERVICE_MANAGER)
                .channel(Notification.Channel.EMAIL)
                .withAudit(true)
                .inPersonFollowUp(true)
                .build());
      }
      return List.of(outcome.build());
    }
  }
}
