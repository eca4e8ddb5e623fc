package org.practiceaudit.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConversationTiming;
import org.practiceaudit.core.audit.FeedbackSource;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.PractitionerConversation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.preset.Presets;

/** Lifecycle scenarios under Camden's preset (audit programme 2021-22, sections 4 and 6). */
final class AuditLifecycleTest {

  private static final LocalFramework CAMDEN = Presets.camden();
  private static final GradeScale OFSTED = GradeScale.ofsted();

  private final AuditLifecycle lifecycle =
      AuditLifecycle.of(
          CAMDEN.completionRules(RuleRegistry.load()).get(), Fixtures.context(CAMDEN.framework()));

  private Audit allocated() {
    // Practice week: the child's and the family's feedback forms are recorded (line 76, C19), and
    // the Head
    // of Service and the QA unit are recorded as informed of a grade below Good (line 86, C22).
    return Fixtures.audit(CAMDEN.framework(), AuditStatus.ALLOCATED, LocalDate.of(2026, 2, 2))
        .addFeedbackFrom(FeedbackSource.CHILD, FeedbackSource.PARENT_OR_CARER)
        .addNotified("head-of-service", "qa-unit")
        .build()
        .withAuditType("practice-week");
  }

  /** Camden's auditor meets the social worker during the audit (line 46, C7). */
  private static Audit met(Audit audit) {
    return org.practiceaudit.core.audit.ImmutableAudit.copyOf(audit)
        .withPractitionerConversation(
            PractitionerConversation.of(
                PersonId.of("P-worker"), ConversationTiming.DURING, LocalDate.of(2026, 2, 5)));
  }

  @Test
  void lifecycle_everyTransition_returnsNewAudit() {
    Audit allocated = allocated();
    Audit started = lifecycle.start(allocated).get();
    Audit graded =
        org.practiceaudit.core.audit.ImmutableAudit.copyOf(started)
            .withOverallGrade(OFSTED.parse("Requires Improvement"))
            .withActions(RecommendedAction.builder().description("Synthetic action").build())
            .withPractitionerConversation(
                PractitionerConversation.of(
                    PersonId.of("P-worker"), ConversationTiming.DURING, LocalDate.of(2026, 2, 5)));
    Audit completed = lifecycle.complete(graded, LocalDate.of(2026, 2, 10)).get();
    Audit moderated =
        lifecycle
            .moderate(
                completed,
                Moderation.of(
                    PersonId.of("P-moderator"), OFSTED.parse("Good"), LocalDate.of(2026, 2, 20)))
            .get();
    Audit closed = lifecycle.close(moderated).get();

    assertThat(allocated.status()).isEqualTo(AuditStatus.ALLOCATED);
    assertThat(started.status()).isEqualTo(AuditStatus.IN_PROGRESS);
    assertThat(completed.status()).isEqualTo(AuditStatus.COMPLETED);
    assertThat(completed.completedOn()).contains(LocalDate.of(2026, 2, 10));
    assertThat(moderated.moderation()).isPresent();
    assertThat(closed.status()).isEqualTo(AuditStatus.CLOSED);
  }

  @Test
  void complete_requiresImprovementWithoutActions_refused() {
    Audit started =
        org.practiceaudit.core.audit.ImmutableAudit.copyOf(met(lifecycle.start(allocated()).get()))
            .withOverallGrade(OFSTED.parse("Inadequate"));

    var result = lifecycle.complete(started, LocalDate.of(2026, 2, 10));

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().asJava())
        .extracting(UnmetRequirement::ruleId)
        .containsExactly("camden/actions-required-below-good");
  }

  @Test
  void C22_complete_requiresImprovementWithAnActionButQaUnitNotInformed_refused() {
    Audit graded =
        org.practiceaudit.core.audit.ImmutableAudit.copyOf(met(lifecycle.start(allocated()).get()))
            .withOverallGrade(OFSTED.parse("Requires Improvement"))
            .withActions(RecommendedAction.builder().description("Synthetic action").build())
            .withNotified("head-of-service");

    var result = lifecycle.complete(graded, LocalDate.of(2026, 2, 10));

    assertThat(result.getError().asJava())
        .extracting(UnmetRequirement::toString)
        .containsExactly("camden/actions-required-below-good: not recorded as informed: [qa-unit]");
  }

  @Test
  void C7_complete_withoutMeetingTheSocialWorker_refused() {
    Audit graded =
        org.practiceaudit.core.audit.ImmutableAudit.copyOf(lifecycle.start(allocated()).get())
            .withOverallGrade(OFSTED.parse("Good"));

    var result = lifecycle.complete(graded, LocalDate.of(2026, 2, 10));

    assertThat(result.getError().asJava())
        .extracting(UnmetRequirement::ruleId)
        .containsExactly("camden/practitioner-conversation");
    assertThat(lifecycle.complete(met(graded), LocalDate.of(2026, 2, 10)).isValid()).isTrue();
  }

  @Test
  void C7_complete_socialWorkerMetAfterCompletion_refused() {
    Audit late =
        org.practiceaudit.core.audit.ImmutableAudit.copyOf(lifecycle.start(allocated()).get())
            .withOverallGrade(OFSTED.parse("Good"))
            .withPractitionerConversation(
                PractitionerConversation.of(
                    PersonId.of("P-worker"), ConversationTiming.AFTER, LocalDate.of(2026, 2, 12)));

    assertThat(lifecycle.complete(late, LocalDate.of(2026, 2, 10)).getError().asJava())
        .extracting(UnmetRequirement::ruleId)
        .containsExactly("camden/practitioner-conversation");
  }

  @Test
  void C19_complete_practiceWeekWithoutTheFamilysFeedback_refused() {
    Audit graded =
        org.practiceaudit.core.audit.ImmutableAudit.copyOf(met(lifecycle.start(allocated()).get()))
            .withOverallGrade(OFSTED.parse("Good"))
            .withFeedbackFrom(FeedbackSource.CHILD);

    var result = lifecycle.complete(graded, LocalDate.of(2026, 2, 10));

    assertThat(result.getError().asJava())
        .extracting(UnmetRequirement::ruleId)
        .containsExactly("camden/feedback-recorded");
    assertThat(result.getError().get(0).toString()).contains("parent-or-carer");
  }

  @Test
  void C19_complete_frontDoorAuditWithoutFeedback_allowed() {
    Audit frontDoor =
        org.practiceaudit.core.audit.ImmutableAudit.copyOf(met(lifecycle.start(allocated()).get()))
            .withOverallGrade(OFSTED.parse("Good"))
            .withFeedbackFrom()
            .withAuditType("front-door");

    assertThat(lifecycle.complete(frontDoor, LocalDate.of(2026, 2, 10)).isValid()).isTrue();
  }

  @Test
  void complete_unmetRequirements_reportedAllAtOnce() {
    Audit allocated = allocated();

    var result =
        lifecycle.complete(
            org.practiceaudit.core.audit.ImmutableAudit.copyOf(allocated)
                .withFrameworkVersion("2019"),
            LocalDate.of(2026, 1, 1));

    assertThat(result.getError().asJava())
        .extracting(UnmetRequirement::ruleId)
        .containsExactly("lifecycle/status", "lifecycle/framework", "lifecycle/completion-date");
  }

  @Test
  void unmetToComplete_allocatedInadequateWithoutActions_namesTheRequiredRule() {
    Audit graded =
        org.practiceaudit.core.audit.ImmutableAudit.copyOf(met(allocated()))
            .withOverallGrade(OFSTED.parse("Inadequate"));

    assertThat(lifecycle.unmetToComplete(graded, LocalDate.of(2026, 2, 10)))
        .extracting(UnmetRequirement::ruleId)
        .containsExactly("camden/actions-required-below-good");
  }

  @Test
  void unmetToComplete_completedAudit_isCheckedAsItIs() {
    Audit completed =
        lifecycle
            .complete(
                org.practiceaudit.core.audit.ImmutableAudit.copyOf(
                        met(lifecycle.start(allocated()).get()))
                    .withOverallGrade(OFSTED.parse("Good")),
                LocalDate.of(2026, 2, 10))
            .get();

    assertThat(lifecycle.unmetToComplete(completed, LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(
            lifecycle.unmetToComplete(
                org.practiceaudit.core.audit.ImmutableAudit.copyOf(completed)
                    .withFrameworkVersion("2019"),
                LocalDate.of(2026, 2, 10)))
        .extracting(UnmetRequirement::ruleId)
        .containsExactly("lifecycle/framework");
  }

  @Test
  void unmetToComplete_beforeAllocation_refused() {
    assertThat(lifecycle.unmetToComplete(allocated(), LocalDate.of(2026, 1, 1)))
        .extracting(UnmetRequirement::ruleId)
        .containsExactly("lifecycle/completion-date");
  }

  @Test
  void moderate_byTheAuditor_refused() {
    Audit completed =
        lifecycle
            .complete(
                org.practiceaudit.core.audit.ImmutableAudit.copyOf(
                        met(lifecycle.start(allocated()).get()))
                    .withOverallGrade(OFSTED.parse("Good")),
                LocalDate.of(2026, 2, 10))
            .get();

    var result =
        lifecycle.moderate(
            completed,
            Moderation.of(completed.auditor(), OFSTED.parse("Good"), LocalDate.of(2026, 2, 1)));

    assertThat(result.getError().asJava())
        .extracting(UnmetRequirement::ruleId)
        .containsExactly("lifecycle/moderator", "lifecycle/moderation-date");
  }
}
