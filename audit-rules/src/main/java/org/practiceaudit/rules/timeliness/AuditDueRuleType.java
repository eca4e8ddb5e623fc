package org.practiceaudit.rules.timeliness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.timeliness.Timeliness;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code audit-due} rule type: an audit is due when its framework's {@link AuditDuePolicy}
 * says, and a late or overdue audit fails.
 *
 * <p>Source: Hillingdon "A guide to auditing" (seed 002, line 9: "Auditors are asked to complete
 * their audits within a specified timescale (10 working days for Part A)"; requirement H2a), whose
 * framework's policy is 10 working days. The due day comes from the context's framework's {@link
 * org.practiceaudit.core.framework.AuditFramework#auditDue()}, counted in the context's calendar,
 * and the audit is classified by {@link Timeliness} as of the clock's Europe/London date, exactly
 * as the report and the quota tracker classify it: on time and pending pass, late and overdue fail
 * (overdue with the flag {@value #FLAG_OVERDUE}). Every outcome carries its timeliness as the input
 * {@value #INPUT_TIMELINESS} and, when there is a due day, the {@link Deadline} at the end of it.
 * Under a framework with no due policy the rule does not apply.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditDueRuleType extends AbstractRuleType<AuditDueParameters> {

  /** The type id. */
  public static final String ID = "audit-due";

  /** Flag of an audit that is past its due date and not completed. */
  public static final String FLAG_OVERDUE = "overdue";

  /** The outcome input holding the audit's {@link Timeliness#text()}, such as {@code late}. */
  public static final String INPUT_TIMELINESS = "timeliness";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public AuditDueRuleType() {
    super(
        ID,
        "An audit is due when its framework's audit due policy says; late and overdue audits fail"
            + " (Hillingdon guide: 10 working days for Part A)",
        AuditDueParameters.class,
        Map.of());
  }

  @Override
  public List<ParameterProblem> problems(AuditDueParameters p) {
    Objects.requireNonNull(p, "parameters");
    return List.of();
  }

  @Override
  public Rule<?> bind(String ruleId, AuditDueParameters p, AuditFramework framework) {
    return new AuditDueRule(ruleId);
  }

  /** A configured rule. */
  static final class AuditDueRule extends AbstractRule<Audit> {

    AuditDueRule(String id) {
      super(
          id,
          "Audit due as the framework's audit due policy says (Hillingdon guide)",
          SubjectType.AUDIT);
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      AuditDuePolicy policy = context.framework().auditDue();
      LocalDate today = context.today();
      Optional<LocalDate> due = policy.dueOn(audit.allocatedOn(), context.calendar());
      Timeliness timeliness = Timeliness.of(audit.completedOn(), due, today);
      var outcome =
          outcome(status(policy, timeliness), reason(audit, due, timeliness))
              .putInput("allocated-on", audit.allocatedOn().toString())
              .putInput("audit-due", policy.toString())
              .putInput(INPUT_TIMELINESS, timeliness.text());
      due.ifPresent(day -> outcome.deadline(Deadline.endOf(day)));
      audit
          .completedOn()
          .ifPresentOrElse(
              completed -> outcome.putInput("completed-on", completed.toString()),
              () -> outcome.putInput("today", today.toString()));
      if (timeliness == Timeliness.OVERDUE) {
        outcome.addFlag(FLAG_OVERDUE);
      }
      return List.of(outcome.build());
    }

    private static OutcomeStatus status(AuditDuePolicy policy, Timeliness timeliness) {
      if (policy.equals(AuditDuePolicy.none())) {
        return OutcomeStatus.NOT_APPLICABLE;
      }
      return timeliness == Timeliness.LATE || timeliness == Timeliness.OVERDUE
          ? OutcomeStatus.FAIL
          : OutcomeStatus.PASS;
    }

    private static String reason(Audit audit, Optional<LocalDate> due, Timeliness timeliness) {
      if (due.isEmpty()) {
        return "the framework sets no audit due policy";
      }
      switch (timeliness) {
        case LATE:
          return "completed on "
              + audit.completedOn().orElseThrow()
              + ", after the due date "
              + due.get();
        case OVERDUE:
          return "overdue: not completed by " + due.get();
        case ON_TIME:
          return "completed by the due date " + due.get();
        default:
          return "due by " + due.get();
      }
    }
  }
}
