package org.practiceaudit.rules.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.escalation.Escalation;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.ImmutableOutcome;
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
 * The {@code escalation-category} rule type: an audit's escalation category from its grade and
 * concerns, its follow-up deadline from the framework's category and calendar, and who must be
 * told.
 *
 * <p>Source: Dudley audit framework 2017, "Raising a Concern" (seed 004, lines 103-124):
 *
 * <ul>
 *   <li>category 1 (Inadequate Critical): "a child is at risk and the practitioner needs to act
 *       immediately" (line 113) — any of the immediate-risk concerns;
 *   <li>category 2 (Inadequate with action required): "the service offer/risk assessment ... is not
 *       appropriate to their needs and urgent consideration is required" (line 115) — an
 *       action-required concern (such as "a failure to follow child protection procedures", line
 *       103), or an inadequate grade, which always requires actions (Camden audit programme
 *       2021-22, section 6);
 *   <li>category 3: "the audit is recommending actions that will be required for the case to be in
 *       good order" (line 117) — any action not cancelled, or a grade below {@code goodGrade}
 *       (Requires Improvement) even when no action is recorded yet: such a case is not in good
 *       order;
 *   <li>category 4: "the case is in good order" (line 119) — only an audit graded {@code goodGrade}
 *       (Good) or better that recommends no action and raises no concern.
 * </ul>
 *
 * <p>An ungraded audit with no concern and no action has no category yet: the outcome is not
 * applicable, unless the auditor recorded one, which then stands. An auditor who records a category
 * more severe (a lower number) than the derived one is being cautious, not wrong: the recorded
 * category is kept, with its follow-up, and the outcome passes, saying so (input {@code
 * derived-category}). A recorded category less severe than the derived one fails (seed-fidelity
 * review, U17).
 *
 * <p>The follow-up deadline (line 124: 48 hours, 10 working days, 20 working days, N/A) is the
 * framework's {@link EscalationCategory#followUp()} of the category, as {@link Escalation} defines
 * it for the rules and the report alike (seed-fidelity review, U19 and U20): from the audit's
 * escalation instant, or else from the start of its completion day in Europe/London, which the
 * outcome then says; never from the clock's instant. A category without follow-up (Dudley's 4) has
 * no deadline. For categories 1 and 2 "the Service Manager should be notified by email with a copy
 * of the completed audit ... followed up in person" (line 103): a {@link Notification} in the
 * outcome. For category 1 "the practitioner needs to act immediately within the next 24 hours"
 * (line 113, U16): the outcome tells the practitioner and gives that second deadline as the input
 * {@code practitioner-action-due}, counted from the same instant as the follow-up.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EscalationRuleType extends AbstractRuleType<EscalationParameters> {

  /** The type id. */
  public static final String ID = "escalation-category";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public EscalationRuleType() {
    super(
        ID,
        "Escalation category 1-4 from grade and concerns, follow-up deadline and notifications"
            + " (Dudley audit framework 2017, Raising a Concern)",
        EscalationParameters.class,
        describe(
            "immediateRiskConcerns",
            "concern flags giving category 1; default [immediate-risk]",
            "actionRequiredConcerns",
            "concern flags giving category 2; default [procedures-not-followed, needs-not-met]",
            "inadequateGrade",
            "grade giving category 2; default Inadequate",
            "goodGrade",
            "least grade of a case in good order (category 4); below it, category 3; default Good",
            "notifyServiceManagerFor",
            "categories notified to the service manager by email; default [1, 2]",
            "practitionerActionHours",
            "hours within which the practitioner acts on category 1; default 24"));
  }

  @Override
  public List<ParameterProblem> problems(EscalationParameters p) {
    Objects.requireNonNull(p, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    ParameterChecks.concernFlags(p.immediateRiskConcerns(), "immediateRiskConcerns", problems);
    ParameterChecks.concernFlags(p.actionRequiredConcerns(), "actionRequiredConcerns", problems);
    if (p.practitionerActionHours() < 1) {
      problems.add(
          ParameterProblem.at(
              "must be 1 or more: " + p.practitionerActionHours(), "practitionerActionHours"));
    }
    int i = 0;
    for (Integer level : p.notifyServiceManagerFor()) {
      if (level == null || level < 1 || level > 4) {
        problems.add(
            ParameterProblem.at(
                "must be a category from 1 to 4: " + level, "notifyServiceManagerFor", i));
      }
      i++;
    }
    return problems;
  }

  @Override
  public List<ParameterReference> references(EscalationParameters p) {
    return List.of(
        ParameterReference.grade(String.valueOf(p.inadequateGrade()), "inadequateGrade"),
        ParameterReference.grade(String.valueOf(p.goodGrade()), "goodGrade"));
  }

  @Override
  public Rule<?> bind(String ruleId, EscalationParameters p, AuditFramework framework) {
    List<ParameterProblem> none = new ArrayList<>();
    return new EscalationRule(
        ruleId,
        p,
        ParameterChecks.concernFlags(p.immediateRiskConcerns(), "immediateRiskConcerns", none),
        ParameterChecks.concernFlags(p.actionRequiredConcerns(), "actionRequiredConcerns", none),
        FrameworkView.of(framework, p));
  }

  private static final ConcernFlag[] CONCERN_ORDER = ConcernFlag.values();

  /** A configured escalation rule. */
  static final class EscalationRule extends AbstractRule<Audit> {

    private final EscalationParameters p;
    private final Set<ConcernFlag> immediate;
    private final Set<ConcernFlag> actionRequired;
    private final FrameworkView view;

    EscalationRule(
        String id,
        EscalationParameters p,
        Set<ConcernFlag> immediate,
        Set<ConcernFlag> actionRequired,
        FrameworkView view) {
      super(
          id,
          "Escalation category 1-4 (Dudley audit framework 2017, Raising a Concern)",
          SubjectType.AUDIT);
      this.p = p;
      this.immediate = immediate;
      this.actionRequired = actionRequired;
      this.view = view;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      Set<ConcernFlag> concerns = audit.concerns();
      long actions = 0;
      for (RecommendedAction action : audit.actions()) {
        if (action.status() != ActionStatus.CANCELLED) {
          actions++;
        }
      }
      Derived d = derive(audit, context, concerns, actions);
      int derived = d.level();
      String why = d.why();
      OptionalInt recorded = audit.escalationCategory();
      if (derived == 0 && recorded.isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "no category yet: the audit is " + why)
                .putInput("concerns", concernsText(concerns))
                .putInput("actions", Long.toString(actions))
                .build());
      }
      Decision decision = decide(derived, why, recorded);
      OutcomeStatus status = decision.status();
      int level = decision.level();
      String reason = decision.reason();
      EscalationCategory category;
      String followUp;
      if (level < view.categories().length && view.categories()[level] != null) {
        category = view.categories()[level];
        followUp = view.followUps()[level];
      } else {
        // A recorded category the rule never derives (above 4), or one the framework does not
        // define.
        category = context.framework().escalationCategory(level).orElse(null);
        followUp = category == null ? "undefined" : category.followUp().toString();
      }
      Escalation escalation =
          category == null
              ? Escalation.withoutPolicy(audit, level)
              : Escalation.of(audit, level, category.followUp(), context.calendar());
      Optional<Deadline> deadline = escalation.deadline();
      if (escalation.note().isPresent() && status == OutcomeStatus.PASS) {
        reason = reason + " (" + escalation.note().get() + ")";
      }
      var outcome = outcome(status, reason).putInput("concerns", concernsText(concerns));
      audit.overallGrade().ifPresent(g -> outcome.putInput("overall-grade", g.label()));
      outcome
          .putInput("actions", Long.toString(actions))
          .putInput(
              "raised-at",
              escalation.clockStart().map(Instant::toString).orElse("not escalated or completed"))
          .putInput("follow-up", followUp)
          .escalationCategory(level);
      if (derived != level) {
        outcome.putInput("derived-category", derived == 0 ? "none" : Integer.toString(derived));
      }
      deadline.ifPresent(outcome::deadline);
      notify(outcome, level, escalation);
      return List.of(outcome.build());
    }

    /** The category the rules give an audit, and why. */
    private record Derived(int level, String why) {}

    /** The category decided between the derived and the recorded one, and the outcome's words. */
    private record Decision(OutcomeStatus status, int level, String reason) {}

    /** Derives the category from the concerns, the grade and the actions (0 if none applies). */
    private Derived derive(
        Audit audit, RuleContext context, Set<ConcernFlag> concerns, long actions) {
      Optional<Grade> inadequate = view.inadequate();
      Optional<Grade> graded = audit.overallGrade().flatMap(g -> context.grade(g.label()));
      int derived;
      String why;
      if (containsAny(concerns, immediate)) {
        derived = 1;
        why = "a concern of immediate risk";
      } else if (containsAny(concerns, actionRequired)) {
        derived = 2;
        why = "a concern requiring action";
      } else if (inadequate.isPresent() && graded.filter(inadequate.get()::equals).isPresent()) {
        derived = 2;
        why = view.gradedInadequate();
      } else if (actions > 0) {
        derived = 3;
        why = "actions recommended";
      } else if (graded.isPresent()
          && view.good().isPresent()
          && graded.get().isAtLeast(view.good().get())) {
        derived = 4;
        why = "the case is in good order";
      } else if (audit.overallGrade().isPresent()) {
        derived = 3;
        why =
            "graded "
                + audit.overallGrade().get().label()
                + ", not in good order: actions are required";
      } else {
        derived = 0;
        why = "not graded and no action or concern recorded";
      }
      return new Derived(derived, why);
    }

    /** Decides between the derived category and the one the audit records. */
    private static Decision decide(int derived, String why, OptionalInt recorded) {
      OutcomeStatus status = OutcomeStatus.PASS;
      int level = derived;
      String reason = "category " + level + ": " + why;
      if (recorded.isPresent() && derived == 0) {
        level = recorded.getAsInt();
        reason = "category " + level + " as the auditor recorded it (" + why + ")";
      } else if (recorded.isPresent() && recorded.getAsInt() < derived) {
        level = recorded.getAsInt();
        reason =
            "category "
                + level
                + " as the auditor recorded it, more severe than the derived "
                + derived
                + " ("
                + why
                + ")";
      } else if (recorded.isPresent() && recorded.getAsInt() > derived) {
        status = OutcomeStatus.FAIL;
        reason =
            "the audit records category "
                + recorded.getAsInt()
                + " but the rules give "
                + derived
                + " ("
                + why
                + ")";
      }
      return new Decision(status, level, reason);
    }

    /** Adds the practitioner's 24-hour action and the service manager's notification. */
    private void notify(ImmutableOutcome.Builder outcome, int level, Escalation escalation) {
      if (level == 1 && escalation.clockStart().isPresent()) {
        // Line 113 (U16): "the practitioner needs to act immediately within the next 24 hours", a
        // second deadline, besides the 48-hour follow-up check.
        outcome
            .putInput(
                "practitioner-action-due",
                escalation
                    .clockStart()
                    .get()
                    .plus(java.time.Duration.ofHours(p.practitionerActionHours()))
                    .toString())
            .addNotification(Notification.of(Notification.PRACTITIONER));
      }
      if (p.notifyServiceManagerFor().contains(level)) {
        outcome.addNotification(
            Notification.builder()
                .recipient(Notification.SERVICE_MANAGER)
                .channel(Notification.Channel.EMAIL)
                .withAudit(true)
                .inPersonFollowUp(true)
                .build());
      }
    }

    private static boolean containsAny(Set<ConcernFlag> concerns, Set<ConcernFlag> wanted) {
      for (ConcernFlag concern : concerns) {
        if (wanted.contains(concern)) {
          return true;
        }
      }
      return false;
    }

    // The same text as new TreeSet<>(concerns).toString(): the flags in their natural (declaration)
    // order.
    private static String concernsText(Set<ConcernFlag> concerns) {
      if (concerns.isEmpty()) {
        return "[]";
      }
      StringBuilder text = new StringBuilder("[");
      for (ConcernFlag flag : CONCERN_ORDER) {
        if (concerns.contains(flag)) {
          if (text.length() > 1) {
            text.append(", ");
          }
          text.append(flag);
        }
      }
      return text.append(']').toString();
    }
  }

  /** What the rule needs of its framework, worked out once when the rule is bound. */
  private record FrameworkView(
      Optional<Grade> inadequate,
      Optional<Grade> good,
      String gradedInadequate,
      EscalationCategory[] categories,
      String[] followUps) {

    static FrameworkView of(AuditFramework framework, EscalationParameters p) {
      Optional<Grade> inadequate = framework.gradeScale().find(p.inadequateGrade());
      Optional<Grade> good = framework.gradeScale().find(p.goodGrade());
      // The rule derives levels 1 to 4 only.
      EscalationCategory[] categories = new EscalationCategory[5];
      String[] followUps = new String[5];
      for (int level = 1; level <= 4; level++) {
        Optional<EscalationCategory> category = framework.escalationCategory(level);
        if (category.isPresent()) {
          categories[level] = category.get();
          followUps[level] = category.get().followUp().toString();
        }
      }
      return new FrameworkView(
          inadequate,
          good,
          inadequate.map(g -> "graded " + g.label()).orElse(""),
          categories,
          followUps);
    }
  }
}
