package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.framework.AuditFramework;
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
 * The {@code urgent-concern-escalated} rule type: an audit that raises an urgent safeguarding
 * concern records that it was escalated.
 *
 * <p>Sources: Dorset monthly audit report 2019, 2.4 (seed 001, line 70: "The auditor should
 * escalate any urgent safeguarding concerns with the Safeguarding and Standards Team"); Hillingdon
 * "A guide to auditing" (seed 002, line 25: "raising concerns directly with the relevant team
 * managers as soon as possible"); London multi-agency audit pack, section 5 ("raise concerns
 * immediately with the practitioner concerned and their manager"). The outcome names the role to
 * escalate to, and any others to tell at once ({@code alsoNotify}, such as London's practitioner,
 * L18), as {@link Notification}s.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UrgentConcernRuleType extends AbstractRuleType<UrgentConcernParameters> {

  /** The type id. */
  public static final String ID = "urgent-concern-escalated";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public UrgentConcernRuleType() {
    super(
        ID,
        "An urgent safeguarding concern is escalated (Dorset 2019, 2.4; Hillingdon guide)",
        UrgentConcernParameters.class,
        describe(
            "concerns",
            "concern flags to escalate; default [urgent-safeguarding-concern, immediate-risk]",
            "escalateTo",
            "role id escalated to; default team-manager",
            "alsoNotify",
            "further role ids told at once, such as practitioner; default none"));
  }

  @Override
  public List<ParameterProblem> problems(UrgentConcernParameters p) {
    Objects.requireNonNull(p, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    Set<ConcernFlag> flags = ParameterChecks.concernFlags(p.concerns(), "concerns", problems);
    if (flags.isEmpty() && problems.isEmpty()) {
      problems.add(ParameterProblem.at("must name at least one concern", "concerns"));
    }
    ParameterChecks.roleId(p.escalateTo(), "escalateTo", problems);
    ParameterChecks.roleIds(p.alsoNotify(), "alsoNotify", problems);
    return problems;
  }

  @Override
  public Rule<?> bind(String ruleId, UrgentConcernParameters p, AuditFramework framework) {
    return new UrgentConcernRule(
        ruleId, p, ParameterChecks.concernFlags(p.concerns(), "concerns", new ArrayList<>()));
  }

  private static final ConcernFlag[] CONCERN_ORDER = ConcernFlag.values();

  /** A configured rule. */
  static final class UrgentConcernRule extends AbstractRule<Audit> {

    private final UrgentConcernParameters p;
    private final Set<ConcernFlag> flags;
    private final List<Notification> notifications;

    UrgentConcernRule(String id, UrgentConcernParameters p, Set<ConcernFlag> flags) {
      super(id, "Urgent safeguarding concerns are escalated (Dorset 2019, 2.4)", SubjectType.AUDIT);
      this.p = p;
      this.flags = flags;
      List<Notification> told = new ArrayList<>();
      told.add(Notification.of(p.escalateTo()));
      p.alsoNotify().forEach(role -> told.add(Notification.of(role)));
      this.notifications = List.copyOf(told);
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      Set<ConcernFlag> concerns = audit.concerns();
      boolean any = false;
      for (ConcernFlag concern : concerns) {
        if (flags.contains(concern)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return List.of(outcome(OutcomeStatus.NOT_APPLICABLE, "no urgent concern raised").build());
      }
      boolean escalated = audit.escalatedAt().isPresent();
      return List.of(
          outcome(
                  escalated ? OutcomeStatus.PASS : OutcomeStatus.FAIL,
                  escalated
                      ? "urgent concern escalated"
                      : "urgent concern raised but not escalated")
              .putInput("concerns", raisedText(concerns))
              .putInput("escalated", Boolean.toString(escalated))
              .addAllNotifications(notifications)
              .build());
    }

    // The same text as a TreeSet of the raised flags: the flags in their declaration order.
    private String raisedText(Set<ConcernFlag> concerns) {
      StringBuilder text = new StringBuilder("[");
      for (ConcernFlag flag : CONCERN_ORDER) {
        if (flags.contains(flag) && concerns.contains(flag)) {
          if (text.length() > 1) {
            text.append(", ");
          }
          text.append(flag);
        }
      }
      return text.append(']').toString();
    }
  }
}
