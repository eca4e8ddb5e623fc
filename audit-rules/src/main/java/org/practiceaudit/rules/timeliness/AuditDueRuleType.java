package org.practiceaudit.rules.timeliness;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.WorkingCalendar;
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

  private static final int DUE_SLOTS = 512;

  /** A configured rule. */
  static final class AuditDueRule extends AbstractRule<Audit> {

    private final int workingDays;
    private final String workingDaysText;
    private final Due[] dues = new Due[DUE_SLOTS];

    AuditDueRule(String id, int workingDays) {
      super(id, "Audit due " + workingDays + " working days after allocation (Hillingdon guide)", SubjectType.AUDIT);
      this.workingDays = workingDays;
      this.workingDaysText = Integer.toString(workingDays);
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      Due entry = due(context.calendar(), audit.allocatedOn());
      LocalDate due = entry.due();
      String allocatedOn = entry.allocatedOnText();
      Optional<LocalDate> completedOn = audit.completedOn();
      if (completedOn.isPresent()) {
        LocalDate completed = completedOn.get();
        boolean late = completed.isAfter(due);
        return List.of(
            outcome(
                    late ? OutcomeStatus.FAIL : OutcomeStatus.PASS,
                    late ? "completed on " + completed + ", after the due date " + due : entry.dueByText())
                .deadline(entry.deadline())
                .putInput("allocated-on", allocatedOn)
                .putInput("working-days", workingDaysText)
                .putInput("completed-on", completed.toString())
                .build());
      }
      LocalDate today = context.today();
      if (today.isAfter(due)) {
        return List.of(
            outcome(OutcomeStatus.FAIL, "overdue: not completed by " + due)
                .deadline(entry.deadline())
                .putInput("allocated-on", allocatedOn)
                .putInput("working-days", workingDaysText)
                .putInput("today", today.toString())
                .addFlag(FLAG_OVERDUE)
                .build());
      }
      var outcome =
          outcome(OutcomeStatus.PASS, entry.dueByText())
              .deadline(entry.deadline())
              .putInput("allocated-on", allocatedOn)
              .putInput("working-days", workingDaysText);
      return List.of(outcome.build());
    }

    // The due date, its deadline and texts depend only on the calendar and the allocation date, and
    // audits share few allocation dates: they are kept in a small direct-mapped table. Entries are
    // immutable, so a racing write at worst recomputes one.
    private Due due(WorkingCalendar calendar, LocalDate allocatedOn) {
      int slot = (int) (allocatedOn.toEpochDay() & (DUE_SLOTS - 1));
      Due entry = dues[slot];
      if (entry == null || entry.calendar() != calendar || !entry.allocatedOn().equals(allocatedOn)) {
        LocalDate due = calendar.plusWorkingDays(allocatedOn, workingDays);
        entry = new Due(calendar, allocatedOn, due, Deadline.endOf(due), allocatedOn.toString(), "due by " + due);
        dues[slot] = entry;
      }
      return entry;
    }

    private record Due(
        WorkingCalendar calendar,
        LocalDate allocatedOn,
        LocalDate due,
        Deadline deadline,
        String allocatedOnText,
        String dueByText) {}
  }
}
