package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterChecks;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.ParameterReference;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code sign-off-recorded} rule type: an audit graded at one of some grades is closed only
 * once the named roles have signed it off as satisfied its actions are sufficient ({@link
 * Audit#signedOffBy()}).
 *
 * <p>Source: Camden audit programme 2021-22, section 6 (seed 000, line 86): "Heads of Service are
 * responsible for reviewing the audit findings and recommendations of any audit graded inadequate
 * and must be satisfied the actions outlined by the team manager are sufficient to bring the case
 * up expected practice standards within a reasonable period" (seed-fidelity review C23). Either the
 * auditor's or the moderator's grade counts, as for Camden's improvement actions (C21).
 *
 * <p>The sign-off follows the audit's completion, so it is not due before the audit is closed: an
 * audit not yet closed is not applicable ("awaiting sign-off", with a {@link Notification} to each
 * role that must review it), a closed one without the sign-off fails. Required to complete, the
 * rule stops the lifecycle closing the audit until the sign-off is recorded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SignOffRuleType extends AbstractRuleType<SignOffParameters> {

  /** The type id. */
  public static final String ID = "sign-off-recorded";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public SignOffRuleType() {
    super(
        ID,
        "An audit graded inadequate is closed only once the Head of Service has signed off that its"
            + " actions are sufficient (Camden audit programme 2021-22, section 6)",
        SignOffParameters.class,
        describe(
            "grades",
                "grade labels (by the auditor or the moderator) needing the sign-off; default [Inadequate]",
            "roles", "role ids that must sign off; default [head-of-service]"));
  }

  @Override
  public List<ParameterProblem> problems(SignOffParameters p) {
    Objects.requireNonNull(p, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    if (p.grades().isEmpty()) {
      problems.add(ParameterProblem.at("must name at least one grade", "grades"));
    }
    if (p.roles().isEmpty()) {
      problems.add(ParameterProblem.at("must name at least one role", "roles"));
    }
    ParameterChecks.roleIds(p.roles(), "roles", problems);
    return problems;
  }

  @Override
  public List<ParameterReference> references(SignOffParameters p) {
    return ContentRuleTypes.gradeReferences(p.grades());
  }

  @Override
  public Rule<?> bind(String ruleId, SignOffParameters p, AuditFramework framework) {
    List<Grade> grades = ContentRuleTypes.grades(p.grades(), framework);
    return new SignOffRule(ruleId, grades, p.roles());
  }

  /** A configured rule. */
  static final class SignOffRule extends AbstractRule<Audit> {

    private final List<Grade> grades;
    private final List<String> roles;
    private final List<Notification> notifications;

    SignOffRule(String id, List<Grade> grades, List<String> roles) {
      super(
          id,
          "Audits graded "
              + grades
              + " are signed off by "
              + roles
              + " as having sufficient actions (Camden 2021-22, s.6)",
          SubjectType.AUDIT);
      this.grades = grades;
      this.roles = roles;
      List<Notification> toReview = new ArrayList<>();
      roles.forEach(
          role -> toReview.add(Notification.builder().recipient(role).withAudit(true).build()));
      this.notifications = List.copyOf(toReview);
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      Optional<Grade> graded =
          audit
              .moderation()
              .map(Moderation::grade)
              .filter(grades::contains)
              .or(() -> audit.overallGrade().filter(grades::contains));
      if (graded.isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "not graded " + labels() + ": no sign-off needed")
                .build());
      }
      Set<String> missing = new TreeSet<>(roles);
      missing.removeAll(audit.signedOffBy());
      String what = "graded " + graded.get().label();
      if (missing.isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.PASS, what + ", actions signed off as sufficient by " + roles)
                .putInput("grade", graded.get().label())
                .putInput("signed-off-by", ContentRuleTypes.sorted(audit.signedOffBy()).toString())
                .build());
      }
      boolean closed = audit.status() == AuditStatus.CLOSED;
      return List.of(
          outcome(
                  closed ? OutcomeStatus.FAIL : OutcomeStatus.NOT_APPLICABLE,
                  closed
                      ? what + " and closed without sign-off by " + missing
                      : what + ": awaiting sign-off by " + missing + " before the audit is closed")
              .putInput("grade", graded.get().label())
              .putInput("signed-off-by", ContentRuleTypes.sorted(audit.signedOffBy()).toString())
              .addAllNotifications(notifications)
              .build());
    }

    private List<String> labels() {
      List<String> labels = new ArrayList<>();
      grades.forEach(g -> labels.add(g.label()));
      return labels;
    }
  }
}
