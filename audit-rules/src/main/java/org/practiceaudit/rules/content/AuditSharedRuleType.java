package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.Moderation;
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
 * The {@code audit-shared} rule type: once completed (or moderated), a copy of the audit goes to
 * the recipients, as {@link Notification}s with the audit, and the audit records them as told
 * ({@link Audit#notified()}).
 *
 * <p>Sources: London multi-agency audit pack, section 3 (seed 003, line 104: "Individual audits
 * should then be passed to the practitioner concerned and their manager so that they receive
 * detailed feedback") and section 5 (line 127: "sending a copy of the audit to the practitioner and
 * their manager"), seed-fidelity review L13; Dudley audit framework 2017, "Moderation" (seed 004,
 * line 152: "All moderated audits will be recorded on the audit tool and shared with the auditor
 * including where differences in grading are found", U26), with {@code after: moderation} and the
 * recipient {@code auditor}: the outcome says whether the moderator's grade differs from the
 * auditor's.
 *
 * <p>Before that step the rule is not applicable; after it, an audit not recorded as shared with
 * every recipient fails.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditSharedRuleType extends AbstractRuleType<AuditSharedParameters> {

  /** The type id. */
  public static final String ID = "audit-shared";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public AuditSharedRuleType() {
    super(
        ID,
        "A copy of the completed (or moderated) audit goes to the practitioner and their manager"
            + " (London multi-agency audit pack, sections 3 and 5) or to the auditor (Dudley audit framework"
            + " 2017, Moderation)",
        AuditSharedParameters.class,
        describe(
            "recipients",
                "role ids who receive a copy of the audit; default [practitioner, team-manager]",
            "after", "completion or moderation: when the audit is shared; default completion",
            "auditTypes", "audit type ids the rule applies to; default every audit type"));
  }

  @Override
  public List<ParameterProblem> problems(AuditSharedParameters p) {
    Objects.requireNonNull(p, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    if (p.recipients().isEmpty()) {
      problems.add(ParameterProblem.at("must name at least one recipient", "recipients"));
    }
    ParameterChecks.roleIds(p.recipients(), "recipients", problems);
    if (!AuditSharedParameters.AFTER_COMPLETION.equals(p.after())
        && !AuditSharedParameters.AFTER_MODERATION.equals(p.after())) {
      problems.add(
          ParameterProblem.at(
              "must be 'completion' or 'moderation': '" + p.after() + "'", "after"));
    }
    return problems;
  }

  @Override
  public Rule<?> bind(String ruleId, AuditSharedParameters p, AuditFramework framework) {
    return new SharedRule(ruleId, p);
  }

  /** A configured rule. */
  static final class SharedRule extends AbstractRule<Audit> {

    private final AuditSharedParameters p;
    private final boolean afterModeration;
    private final List<Notification> notifications;

    SharedRule(String id, AuditSharedParameters p) {
      super(
          id,
          "A copy of the audit goes to " + p.recipients() + " after " + p.after(),
          SubjectType.AUDIT);
      this.p = p;
      this.afterModeration = AuditSharedParameters.AFTER_MODERATION.equals(p.after());
      List<Notification> copies = new ArrayList<>();
      p.recipients()
          .forEach(r -> copies.add(Notification.builder().recipient(r).withAudit(true).build()));
      this.notifications = List.copyOf(copies);
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      if (!ContentRuleTypes.appliesTo(p.auditTypes(), audit.auditType())) {
        return List.of(
            outcome(
                    OutcomeStatus.NOT_APPLICABLE,
                    "not shared for a " + audit.auditType() + " audit")
                .putInput("audit-type", audit.auditType())
                .build());
      }
      boolean due = afterModeration ? audit.moderation().isPresent() : audit.status().isCompleted();
      if (!due) {
        return List.of(
            outcome(
                    OutcomeStatus.NOT_APPLICABLE,
                    "not yet "
                        + (afterModeration ? "moderated" : "completed")
                        + ": nothing to share")
                .build());
      }
      Set<String> missing = new TreeSet<>(p.recipients());
      missing.removeAll(audit.notified());
      String difference = "";
      String differs = "";
      if (afterModeration) {
        Moderation moderation = audit.moderation().get();
        boolean different =
            audit.overallGrade().isPresent()
                && !audit.overallGrade().get().equals(moderation.grade());
        difference =
            different
                ? ", including the grading difference ("
                    + audit.overallGrade().get().label()
                    + " by the auditor, "
                    + moderation.grade().label()
                    + " by the moderator)"
                : "";
        differs = Boolean.toString(different);
      }
      var outcome =
          outcome(
                  missing.isEmpty() ? OutcomeStatus.PASS : OutcomeStatus.FAIL,
                  missing.isEmpty()
                      ? "shared with " + p.recipients() + difference
                      : "not recorded as shared with " + missing + difference)
              .putInput("notified", ContentRuleTypes.sorted(audit.notified()).toString())
              .addAllNotifications(notifications);
      if (afterModeration) {
        outcome.putInput("grade-difference", differs);
      }
      return List.of(outcome.build());
    }
  }
}
