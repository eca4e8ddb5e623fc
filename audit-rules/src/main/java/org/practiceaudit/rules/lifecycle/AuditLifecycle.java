package org.practiceaudit.rules.lifecycle;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;

/**
 * The lifecycle of an audit: allocated, in progress, completed, moderated, closed. Each transition
 * returns a new audit, or every unmet requirement at once.
 *
 * <p>Completing, moderating and closing an audit evaluate the framework's required rules on the
 * audit as it would be after the transition; every failing or erroneous outcome is a {@link
 * UnmetRequirement}, together with the lifecycle's own checks (the status allows the transition,
 * the audit belongs to the framework, the grades lie on the framework's scale, the moderator is not
 * the auditor). A completed audit may be closed without moderation: Dudley moderates a 20% sample
 * (audit framework 2017, "Moderation").
 *
 * <p>Sources: Dudley audit framework 2017 ("Moderation": moderated audits are recorded and shared
 * with the auditor); Camden audit programme 2021-22, section 6 ("Any audit or moderation ... graded
 * Requires improvement or inadequate must have areas of improvement outlined").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditLifecycle {

  private final RuleSet requirements;
  private final RuleContext context;

  private AuditLifecycle(RuleSet requirements, RuleContext context) {
    this.requirements = requirements;
    this.context = context;
  }

  /**
   * Obtains a lifecycle that enforces rules.
   *
   * @param requirements the rules that must pass to complete, moderate or close an audit; not null
   * @param context the context the rules are evaluated in; not null
   * @return the lifecycle
   * @throws NullPointerException if an argument is null
   */
  public static AuditLifecycle of(RuleSet requirements, RuleContext context) {
    return new AuditLifecycle(
        Objects.requireNonNull(requirements, "requirements"),
        Objects.requireNonNull(context, "context"));
  }

  /**
   * Starts work on an allocated audit.
   *
   * @param audit an allocated audit; not null
   * @return the audit in progress, or the problems
   * @throws NullPointerException if {@code audit} is null
   */
  public Validation<Seq<UnmetRequirement>, Audit> start(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    List<UnmetRequirement> problems = new ArrayList<>();
    requireStatus(audit, problems, AuditStatus.ALLOCATED);
    requireFramework(audit, problems);
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    return Validation.valid(
        AuditCopies.of(audit, AuditStatus.IN_PROGRESS, audit.completedOn(), audit.moderation()));
  }

  /**
   * Completes an audit in progress, if it meets every required rule.
   *
   * @param audit an audit in progress; not null
   * @param completedOn the completion date, not before the allocation date; not null
   * @return the completed audit, or every unmet requirement
   * @throws NullPointerException if an argument is null
   */
  public Validation<Seq<UnmetRequirement>, Audit> complete(Audit audit, LocalDate completedOn) {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(completedOn, "completedOn");
    List<UnmetRequirement> problems = new ArrayList<>();
    requireStatus(audit, problems, AuditStatus.IN_PROGRESS);
    requireFramework(audit, problems);
    if (completedOn.isBefore(audit.allocatedOn())) {
      problems.add(
          new UnmetRequirement(
              "lifecycle/completion-date",
              "completed on " + completedOn + " before allocation on " + audit.allocatedOn()));
    }
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    Audit candidate =
        AuditCopies.of(audit, AuditStatus.COMPLETED, Optional.of(completedOn), audit.moderation());
    return checked(candidate, problems);
  }

  /**
   * Returns what stops an audit being completed, whatever its status: the checks of {@link
   * #complete(Audit, LocalDate)} but the status (the audit belongs to the framework, is not
   * completed before it was allocated, is graded on the framework's scale, and meets every required
   * rule). An audit not yet completed is checked as it would be when completed on {@code
   * completedOn}; an audit already completed, moderated or closed is checked as it is, {@code
   * completedOn} being ignored. This is what {@code audit check} reports as whether the audit may
   * complete.
   *
   * @param audit the audit, in any status; not null
   * @param completedOn the day an audit not yet completed would be completed; not null
   * @return every unmet requirement, empty if the audit may complete
   * @throws NullPointerException if an argument is null
   */
  public List<UnmetRequirement> unmetToComplete(Audit audit, LocalDate completedOn) {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(completedOn, "completedOn");
    List<UnmetRequirement> problems = new ArrayList<>();
    requireFramework(audit, problems);
    Audit candidate = audit;
    if (!audit.status().isCompleted()) {
      if (completedOn.isBefore(audit.allocatedOn())) {
        problems.add(
            new UnmetRequirement(
                "lifecycle/completion-date",
                "completed on " + completedOn + " before allocation on " + audit.allocatedOn()));
        return List.copyOf(problems);
      }
      candidate =
          AuditCopies.of(
              audit, AuditStatus.COMPLETED, Optional.of(completedOn), audit.moderation());
    }
    Validation<Seq<UnmetRequirement>, Audit> checked = checked(candidate, problems);
    return checked.isValid() ? List.of() : checked.getError().asJava();
  }

  /**
   * Records the moderation of a completed audit, if the audit still meets every required rule.
   *
   * @param audit a completed audit; not null
   * @param moderation the moderation, by someone other than the auditor; not null
   * @return the moderated audit, or every unmet requirement
   * @throws NullPointerException if an argument is null
   */
  public Validation<Seq<UnmetRequirement>, Audit> moderate(Audit audit, Moderation moderation) {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(moderation, "moderation");
    List<UnmetRequirement> problems = new ArrayList<>();
    requireStatus(audit, problems, AuditStatus.COMPLETED);
    requireFramework(audit, problems);
    if (moderation.moderator().equals(audit.auditor())) {
      problems.add(
          new UnmetRequirement("lifecycle/moderator", "the moderator must not be the auditor"));
    }
    if (!context.framework().gradeScale().contains(moderation.grade())) {
      problems.add(
          new UnmetRequirement(
              "lifecycle/grade-scale",
              "the moderation grade is not on the framework's scale "
                  + context.framework().gradeScale().id()));
    }
    if (audit.completedOn().filter(moderation.moderatedOn()::isBefore).isPresent()) {
      problems.add(
          new UnmetRequirement(
              "lifecycle/moderation-date", "moderated before the audit was completed"));
    }
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    Audit candidate =
        AuditCopies.of(audit, AuditStatus.MODERATED, audit.completedOn(), Optional.of(moderation));
    return checked(candidate, problems);
  }

  /**
   * Closes a completed or moderated audit, if it still meets every required rule.
   *
   * @param audit a completed or moderated audit; not null
   * @return the closed audit, or every unmet requirement
   * @throws NullPointerException if {@code audit} is null
   */
  public Validation<Seq<UnmetRequirement>, Audit> close(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    List<UnmetRequirement> problems = new ArrayList<>();
    requireStatus(audit, problems, AuditStatus.COMPLETED, AuditStatus.MODERATED);
    requireFramework(audit, problems);
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    return checked(
        AuditCopies.of(audit, AuditStatus.CLOSED, audit.completedOn(), audit.moderation()),
        problems);
  }

  private Validation<Seq<UnmetRequirement>, Audit> checked(
      Audit candidate, List<UnmetRequirement> problems) {
    if (candidate.overallGrade().isPresent()
        && !context.framework().gradeScale().contains(candidate.overallGrade().get())) {
      problems.add(
          new UnmetRequirement(
              "lifecycle/grade-scale",
              "the overall grade is not on the framework's scale "
                  + context.framework().gradeScale().id()));
    }
    for (Outcome outcome : requirements.evaluate(SubjectType.AUDIT, candidate, context)) {
      if (outcome.status().isProblem()) {
        problems.add(UnmetRequirement.from(outcome));
      }
    }
    return problems.isEmpty() ? Validation.valid(candidate) : invalid(problems);
  }

  private static void requireStatus(
      Audit audit, List<UnmetRequirement> problems, AuditStatus... allowed) {
    for (AuditStatus status : allowed) {
      if (audit.status() == status) {
        return;
      }
    }
    problems.add(
        new UnmetRequirement(
            "lifecycle/status",
            "audit " + audit.id() + " is " + audit.status() + "; expected " + List.of(allowed)));
  }

  private void requireFramework(Audit audit, List<UnmetRequirement> problems) {
    if (!audit.frameworkId().equals(context.framework().id())
        || !audit.frameworkVersion().equals(context.framework().version())) {
      problems.add(
          new UnmetRequirement(
              "lifecycle/framework",
              "audit "
                  + audit.id()
                  + " was made under "
                  + audit.frameworkId()
                  + " "
                  + audit.frameworkVersion()
                  + ", not "
                  + context.framework().id()
                  + " "
                  + context.framework().version()));
    }
  }

  private static Validation<Seq<UnmetRequirement>, Audit> invalid(List<UnmetRequirement> problems) {
    return Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }
}
