package org.practiceaudit.rules.timeliness;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.RuleType;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code audit-due} rule type: an audit is due a number of working days after it was allocated, and an
 * overdue audit is flagged.
 *
 * <p>Source: Hillingdon "A guide to auditing" (seed 002, line 9: "Auditors are asked to complete their
 * audits within a specified timescale (10 working days for Part A)"). Working days come from the
 * context's calendar: the due date is the Nth working day strictly after the allocation date.
 *
 * <p>A completed audit passes if it was completed on or before the due date; an open audit fails, with the
 * flag {@code overdue}, once the clock's London date is past the due date. The outcome carries the
 * {@link Deadline}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditDueRuleType implements RuleType<AuditDueParameters> {

  /** The type id. */
  public static final String ID = "audit-due";

  /** Flag of an audit that is past its due date and not completed. */
  public static final String FLAG_OVERDUE = "overdue";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public AuditDueRuleType() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "An audit is due N working days after allocation; overdue audits are flagged (Hillingdon guide:"
        + " 10 working days for Part A)";
  }

  @Override
  public Class<AuditDueParameters> parameterType() {
    return AuditDueParameters.class;
  }

  @Override
  public Map<String, String> parameterDescriptions() {
    return Map.of("workingDays", "working days after allocation, from 1 to 260; Hillingdon 10");
  }

  @Override
  public Validation<Seq<String>, Rule<?>> validate(String ruleId, AuditDueParameters p) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(p, "parameters");
    List<String> problems = new ArrayList<>();
    if (p.workingDays() < 1 || p.workingDays() > 260) {
      problems.add("workingDays must be from 1 to 260: " + p.workingDays());
    }
    return RuleType.result(problems, () -> new AuditDueRule(ruleId, p.workingDays()));
  }

  /** A configured rule. */
  static final class AuditDueRule extends AbstractRule<Audit> {

    private final int workingDays;

    AuditDueRule(String id, int workingDays) {
      super(id, "Audit due " + workingDays + " working days after allocation (Hillingdon guide)", SubjectType.AUDIT);
      this.workingDays = workingDays;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      LocalDate due = context.calendar().plusWorkingDays(audit.allocatedOn(), workingDays);
      var outcome =
          outcome(OutcomeStatus.PASS, "due by " + due)
              .deadline(Deadline.endOf(due))
              .putInput("allocated-on", audit.allocatedOn().toString())
              .putInput("working-days", Integer.toString(workingDays));
      if (audit.completedOn().isPresent()) {
        LocalDate completed = audit.completedOn().get();
        outcome.putInput("completed-on", completed.toString());
        if (completed.isAfter(due)) {
          return List.of(
              outcome(OutcomeStatus.FAIL, "completed on " + completed + ", after the due date " + due)
                  .deadline(Deadline.endOf(due))
                  .putInput("allocated-on", audit.allocatedOn().toString())
                  .putInput("working-days", Integer.toString(workingDays))
                  .putInput("completed-on", completed.toString())
                  .build());
        }
        return List.of(outcome.build());
      }
      LocalDate today = context.today();
      if (today.isAfter(due)) {
        return List.of(
            outcome(OutcomeStatus.FAIL, "overdue: not completed by " + due)
                .deadline(Deadline.endOf(due))
                .putInput("allocated-on", audit.allocatedOn().toString())
                .putInput("working-days", Integer.toString(workingDays))
                .putInput("today", today.toString())
                .addFlag(FLAG_OVERDUE)
                .build());
      }
      return List.of(outcome.build());
    }
  }
}
