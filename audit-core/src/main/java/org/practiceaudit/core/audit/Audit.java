package org.practiceaudit.core.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.internal.KebabCase;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * One audit of one case file: who audited it, under which framework, each domain's score or N/A,
 * the overall judgement, the escalation, the recommended actions and the moderation.
 *
 * <p>An audit records the framework id and version it was made under, so that it stays readable
 * against that version after the framework changes. Whether an audit meets its framework's rules
 * (the grade is on the framework's scale, scores lie on their domains' scales, required actions are
 * present) is checked by rules, which report every problem at once; this type checks only what
 * holds for any framework: dates in order, and status consistent with the dates.
 *
 * <p>For multi-agency audits (London multi-agency audit pack), {@link #agency()} names the agency
 * and {@link #areaGrades()} holds its grade for each area of work.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Audit {

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+([_./-][a-z0-9]+)*");

  Audit() {}

  /**
   * Returns the audit's id.
   *
   * @return the id
   */
  public abstract AuditId id();

  /**
   * Returns the audited case.
   *
   * @return the case's pseudonymous id
   */
  public abstract CaseId caseId();

  /**
   * Returns the auditor.
   *
   * @return the auditor's id
   */
  public abstract PersonId auditor();

  /**
   * Returns the id of the framework the audit was made under.
   *
   * @return the framework id, such as {@code dudley}
   */
  public abstract String frameworkId();

  /**
   * Returns the version of the framework the audit was made under.
   *
   * @return the version, such as {@code 2017.1}
   */
  public abstract String frameworkVersion();

  /**
   * Returns the id of the audit type, one of the framework's.
   *
   * @return the audit type id, such as {@code monthly-management}
   */
  public abstract String auditType();

  /**
   * Returns the agency that made the audit, for multi-agency audits.
   *
   * @return the agency's id, such as {@code health}, or empty for a single-agency audit
   */
  public abstract Optional<String> agency();

  /**
   * Returns the lifecycle status.
   *
   * @return the status
   */
  public abstract AuditStatus status();

  /**
   * Returns the day the audit was allocated to the auditor.
   *
   * @return the allocation date
   */
  public abstract LocalDate allocatedOn();

  /**
   * Returns the day the audit was completed, if it was.
   *
   * @return the completion date; present exactly when the status is completed or later
   */
  public abstract Optional<LocalDate> completedOn();

  /**
   * Returns the first day of the period the audit reviewed.
   *
   * @return the start of the reviewed period, if recorded
   */
  public abstract Optional<LocalDate> reviewedFrom();

  /**
   * Returns the last day of the period the audit reviewed.
   *
   * @return the end of the reviewed period, if recorded
   */
  public abstract Optional<LocalDate> reviewedTo();

  /**
   * Returns each domain's score, by domain id; N/A is a score of its own that never counts.
   *
   * @return an unmodifiable map from domain id to score, in the framework's domain order where
   *     built so
   */
  public abstract Map<String, DomainScore> scores();

  /**
   * Returns the grade for each area of work, by area (domain) id, where a framework grades areas
   * rather than scoring them (London multi-agency audit pack).
   *
   * @return an unmodifiable map from area id to grade, possibly empty
   */
  public abstract Map<String, Grade> areaGrades();

  /**
   * Returns the ids of the indicators the auditor found evidenced (Hillingdon checklists).
   *
   * @return an unmodifiable set of indicator ids, possibly empty
   */
  public abstract Set<String> evidencedIndicators();

  /**
   * Returns the auditor's overall judgement, if given.
   *
   * @return the grade, or empty while the audit is not graded
   */
  public abstract Optional<Grade> overallGrade();

  /**
   * Returns the concerns the auditor raised.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<ConcernFlag> concerns();

  /**
   * Returns the escalation category decided for the audit, if any.
   *
   * @return the category's level, such as 1 for Dudley's "Inadequate Critical", or empty
   */
  public abstract OptionalInt escalationCategory();

  /**
   * Returns the instant the escalation was raised, if the audit was escalated.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> escalatedAt();

  /**
   * Returns the instant the escalation's follow-up check was recorded, if it was: the file
   * re-checked "to ensure that recommendations have been followed and completed" (Dudley audit
   * framework 2017, "Raising a Concern"). A recorded check closes the escalation (see {@link
   * org.practiceaudit.core.escalation.Escalation}).
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> followedUpAt();

  /**
   * Returns the recommended actions.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<RecommendedAction> actions();

  /**
   * Returns the conversation with the practitioner, if one was recorded.
   *
   * @return the conversation, or empty
   */
  public abstract Optional<PractitionerConversation> practitionerConversation();

  /**
   * Returns whose feedback the audit obtained.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<FeedbackSource> feedbackFrom();

  /**
   * Returns who was notified of the audit's outcome, by role id (such as {@code head-of-service},
   * {@code qa-unit}), as recorded.
   *
   * @return an unmodifiable set, possibly empty
   */
  public abstract Set<String> notified();

  /**
   * Returns the sections of the audit form the auditor wrote, by id, such as {@code pen-picture}
   * (Dudley audit framework 2017: the audit "always starts with a clear pen picture of the child's
   * journey", U23) or {@code evidence/assessments} (Hillingdon, "A guide to auditing": "provide
   * evidence for the rating given", H4). Only that a section was written is recorded, never its
   * text.
   *
   * @return an unmodifiable set of section ids (lower-case, words joined by {@code -}, parts by
   *     {@code /}), possibly empty
   */
  public abstract Set<String> sections();

  /**
   * Returns who signed the audit off as satisfied that its actions are sufficient, by role id
   * (Camden audit programme 2021-22, section 6: Heads of Service "must be satisfied the actions
   * outlined by the team manager are sufficient", C23).
   *
   * @return an unmodifiable set of role ids, such as {@code head-of-service}, possibly empty
   */
  public abstract Set<String> signedOffBy();

  /**
   * Returns the moderation, if the audit was moderated.
   *
   * @return the moderation, or empty
   */
  public abstract Optional<Moderation> moderation();

  /**
   * Returns coded attributes for cohorts, such as {@code team} or {@code category}; never free
   * text.
   *
   * @return an unmodifiable map, possibly empty
   */
  public abstract Map<String, String> attributes();

  /**
   * Returns one domain's score, where the audit has one.
   *
   * @param domainId the domain's id; not null
   * @return the score, or empty if the domain was not scored at all
   */
  public Optional<DomainScore> score(String domainId) {
    return Optional.ofNullable(scores().get(domainId));
  }

  /**
   * Tells whether a text is a section id as {@link #sections()} holds them: a kebab-case id,
   * optionally in two parts joined by {@code /}, such as {@code pen-picture} or {@code
   * evidence/assessments}.
   *
   * @param text the text; not null
   * @return true if it is one
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isSectionId(String text) {
    return KebabCase.isIdOptionallyNamespaced(text);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAudit.Builder builder() {
    return ImmutableAudit.builder();
  }

  @Value.Check
  void check() {
    checkDates();
    checkFields();
    if (frameworkId().isBlank() || frameworkVersion().isBlank() || auditType().isBlank()) {
      throw new IllegalArgumentException(
          "audit " + id() + ": framework id, framework version and audit type must not be blank");
    }
  }

  /** Completion exactly when completed, not before allocation; a reviewed period in order. */
  private void checkDates() {
    if (status().isCompleted() != completedOn().isPresent()) {
      throw new IllegalArgumentException(
          "audit "
              + id()
              + ": a completion date is required exactly when the status is completed or"
              + " later; status "
              + status()
              + ", completed on "
              + completedOn().map(Object::toString).orElse("none"));
    }
    if (completedOn().isPresent() && completedOn().get().isBefore(allocatedOn())) {
      throw new IllegalArgumentException(
          "audit "
              + id()
              + ": completed on "
              + completedOn().get()
              + " before it was allocated on "
              + allocatedOn());
    }
    if (reviewedFrom().isPresent()
        && reviewedTo().isPresent()
        && reviewedTo().get().isBefore(reviewedFrom().get())) {
      throw new IllegalArgumentException(
          "audit "
              + id()
              + ": reviewed period ends "
              + reviewedTo().get()
              + " before it starts "
              + reviewedFrom().get());
    }
  }

  /** Moderation, escalation category, agency, section ids and sign-offs well formed. */
  private void checkFields() {
    if (moderation().isPresent() && !status().isCompleted()) {
      throw new IllegalArgumentException(
          "audit " + id() + ": only a completed audit can be moderated; status " + status());
    }
    if (escalationCategory().isPresent() && escalationCategory().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "audit "
              + id()
              + ": escalation category must be 1 or more: "
              + escalationCategory().getAsInt());
    }
    if (agency().isPresent() && !KEY.matcher(agency().get()).matches()) {
      throw new IllegalArgumentException(
          "audit "
              + id()
              + ": agency must be a lower-case id such as 'health': '"
              + agency().get()
              + "'");
    }
    for (String section : sections()) {
      if (!isSectionId(section)) {
        throw new IllegalArgumentException(
            "audit "
                + id()
                + ": a section id is a kebab-case id, optionally in"
                + " two parts joined by '/', such as 'pen-picture' or 'evidence/assessments': '"
                + section
                + "'");
      }
    }
    for (String role : signedOffBy()) {
      if (!KebabCase.isId(role)) {
        throw new IllegalArgumentException(
            "audit "
                + id()
                + ": a sign-off names a lower-case role id such as 'head-of-service': '"
                + role
                + "'");
      }
    }
  }
}
