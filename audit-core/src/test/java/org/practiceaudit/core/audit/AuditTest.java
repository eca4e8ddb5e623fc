package org.practiceaudit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.workforce.PersonId;

/** Synthetic data only. */
final class AuditTest {

  private static final AuditId ID = AuditId.of("A-2026-001");
  private static final LocalDate ALLOCATED = LocalDate.of(2026, 1, 5);
  private static final LocalDate COMPLETED = LocalDate.of(2026, 1, 20);
  private static final Grade RI = GradeScale.ofsted().parse("RI");

  private static ImmutableAudit.Builder allocated() {
    return Audit.builder()
        .id(ID)
        .caseId(CaseId.of("C-000123"))
        .auditor(PersonId.of("AUD-1"))
        .frameworkId("dudley")
        .frameworkVersion("2017.1")
        .auditType("monthly-management")
        .status(AuditStatus.ALLOCATED)
        .allocatedOn(ALLOCATED);
  }

  private static ImmutableAudit.Builder completed(AuditStatus status) {
    return Audit.builder()
        .id(ID)
        .caseId(CaseId.of("C-000123"))
        .auditor(PersonId.of("AUD-1"))
        .frameworkId("dudley")
        .frameworkVersion("2017.1")
        .auditType("monthly-management")
        .status(status)
        .allocatedOn(ALLOCATED)
        .completedOn(COMPLETED);
  }

  @Nested
  final class Valid {

    @Test
    void build_allocated_emptyOptionalsAndCollections() {
      Audit audit = allocated().build();
      assertThat(audit.completedOn()).isEmpty();
      assertThat(audit.agency()).isEmpty();
      assertThat(audit.scores()).isEmpty();
      assertThat(audit.areaGrades()).isEmpty();
      assertThat(audit.evidencedIndicators()).isEmpty();
      assertThat(audit.overallGrade()).isEmpty();
      assertThat(audit.concerns()).isEmpty();
      assertThat(audit.escalationCategory()).isEmpty();
      assertThat(audit.escalatedAt()).isEmpty();
      assertThat(audit.followedUpAt()).isEmpty();
      assertThat(audit.actions()).isEmpty();
      assertThat(audit.practitionerConversation()).isEmpty();
      assertThat(audit.feedbackFrom()).isEmpty();
      assertThat(audit.notified()).isEmpty();
      assertThat(audit.moderation()).isEmpty();
      assertThat(audit.attributes()).isEmpty();
    }

    @Test
    void build_fullModeratedAudit_keepsEverything() {
      RecommendedAction action =
          RecommendedAction.builder().description("Synthetic: review the plan").build();
      Audit audit =
          completed(AuditStatus.MODERATED)
              .agency("health")
              .reviewedFrom(LocalDate.of(2025, 1, 5))
              .reviewedTo(ALLOCATED)
              .putScore("assessment", DomainScore.of(7))
              .putScore("planning", DomainScore.notApplicable())
              .putAreaGrade("health-assessment", RI)
              .addEvidencedIndicator("seen-alone")
              .overallGrade(RI)
              .addConcern(ConcernFlag.NEEDS_NOT_MET)
              .escalationCategory(2)
              .escalatedAt(Instant.parse("2026-01-20T10:15:00Z"))
              .addAction(action)
              .practitionerConversation(
                  PractitionerConversation.of(
                      PersonId.of("W-0042"), ConversationTiming.AFTER, COMPLETED))
              .addFeedbackFrom(FeedbackSource.CHILD)
              .addNotified("head-of-service")
              .moderation(
                  Moderation.of(
                      PersonId.of("LA-1"),
                      GradeScale.ofsted().parse("good"),
                      COMPLETED.plusDays(3)))
              .putAttribute("cohort", "2026-q1")
              .build();
      assertThat(audit.score("assessment")).contains(DomainScore.of(7));
      assertThat(audit.score("planning")).contains(DomainScore.notApplicable());
      assertThat(audit.score("outcomes")).isEmpty();
      assertThat(audit.escalationCategory()).isEqualTo(OptionalInt.of(2));
      assertThat(audit.actions()).containsExactly(action);
      assertThat(audit.overallGrade()).contains(RI);
      assertThat(audit.moderation()).isPresent();
      assertThatThrownBy(() -> audit.scores().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> audit.notified().add("x"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @EnumSource(
        value = AuditStatus.class,
        names = {"COMPLETED", "MODERATED", "CLOSED"})
    void build_completedStatuses_requireAndAcceptCompletionDate(AuditStatus status) {
      assertThat(status.isCompleted()).isTrue();
      assertThat(completed(status).build().completedOn()).contains(COMPLETED);
    }

    @Test
    void build_sameDayCompletionAndOneDayReview_accepted() {
      Audit sameDay =
          ImmutableAudit.copyOf(completed(AuditStatus.COMPLETED).build())
              .withCompletedOn(ALLOCATED)
              .withReviewedFrom(ALLOCATED)
              .withReviewedTo(ALLOCATED);
      assertThat(sameDay.completedOn()).contains(ALLOCATED);
      assertThat(ImmutableAudit.copyOf(sameDay)).isSameAs(sameDay);
    }

    @Test
    void equals_sameAttributes_equal() {
      assertThat(allocated().build())
          .isEqualTo(allocated().build())
          .hasSameHashCodeAs(allocated().build());
      assertThat(allocated().build())
          .isNotEqualTo(allocated().putScore("assessment", DomainScore.of(1)).build());
      assertThat(allocated().build())
          .isNotEqualTo(ImmutableAudit.copyOf(allocated().build()).withFrameworkVersion("2017.2"));
    }
  }

  @Nested
  final class Invalid {

    @ParameterizedTest
    @EnumSource(
        value = AuditStatus.class,
        names = {"ALLOCATED", "IN_PROGRESS"})
    void build_notCompletedWithCompletionDate_throws(AuditStatus status) {
      assertThat(status.isCompleted()).isFalse();
      assertThatThrownBy(() -> completed(status).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "audit A-2026-001: a completion date is required exactly when the status is completed or later;"
                  + " status "
                  + status
                  + ", completed on 2026-01-20");
    }

    @Test
    void build_completedWithoutDate_throws() {
      assertThatThrownBy(
              () ->
                  Audit.builder()
                      .id(ID)
                      .caseId(CaseId.of("C-1"))
                      .auditor(PersonId.of("AUD-1"))
                      .frameworkId("dudley")
                      .frameworkVersion("2017.1")
                      .auditType("monthly-management")
                      .status(AuditStatus.COMPLETED)
                      .allocatedOn(ALLOCATED)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "audit A-2026-001: a completion date is required exactly when the status is completed or later;"
                  + " status COMPLETED, completed on none");
    }

    @Test
    void build_completedBeforeAllocated_throwsQuotingDates() {
      assertThatThrownBy(
              () ->
                  ImmutableAudit.copyOf(completed(AuditStatus.COMPLETED).build())
                      .withCompletedOn(ALLOCATED.minusDays(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "audit A-2026-001: completed on 2026-01-04 before it was allocated on 2026-01-05");
    }

    @Test
    void build_reviewedPeriodBackwards_throwsQuotingDates() {
      assertThatThrownBy(
              () ->
                  allocated()
                      .reviewedFrom(LocalDate.of(2026, 1, 1))
                      .reviewedTo(LocalDate.of(2025, 12, 31))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "audit A-2026-001: reviewed period ends 2025-12-31 before it starts 2026-01-01");
    }

    @Test
    void build_moderationBeforeCompletion_throws() {
      assertThatThrownBy(
              () ->
                  ImmutableAudit.copyOf(allocated().build())
                      .withModeration(Moderation.of(PersonId.of("LA-1"), RI, COMPLETED)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "audit A-2026-001: only a completed audit can be moderated; status ALLOCATED");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void build_escalationCategoryBelowOne_throwsQuotingLevel(int level) {
      assertThatThrownBy(() -> allocated().escalationCategory(level).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("audit A-2026-001: escalation category must be 1 or more: " + level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Health", "health trust", "-health", "health-"})
    void build_malformedAgency_throwsQuotingAgency(String agency) {
      assertThatThrownBy(() -> allocated().agency(agency).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "audit A-2026-001: agency must be a lower-case id such as 'health': '"
                  + agency
                  + "'");
    }

    @Test
    void build_blankFrameworkOrType_throws() {
      String message =
          "audit A-2026-001: framework id, framework version and audit type must not be blank";
      Audit valid = allocated().build();
      assertThatThrownBy(() -> ImmutableAudit.copyOf(valid).withFrameworkId(" "))
          .hasMessage(message);
      assertThatThrownBy(() -> ImmutableAudit.copyOf(valid).withFrameworkVersion(""))
          .hasMessage(message);
      assertThatThrownBy(() -> ImmutableAudit.copyOf(valid).withAuditType("\t"))
          .hasMessage(message);
    }

    @Test
    void builder_nullsAndMissing_throw() {
      assertThatNullPointerException().isThrownBy(() -> Audit.builder().id(null)).withMessage("id");
      assertThatNullPointerException()
          .isThrownBy(() -> Audit.builder().caseId(null))
          .withMessage("caseId");
      assertThatNullPointerException()
          .isThrownBy(() -> Audit.builder().auditor(null))
          .withMessage("auditor");
      assertThatNullPointerException()
          .isThrownBy(() -> Audit.builder().frameworkId(null))
          .withMessage("frameworkId");
      assertThatNullPointerException()
          .isThrownBy(() -> Audit.builder().frameworkVersion(null))
          .withMessage("frameworkVersion");
      assertThatNullPointerException()
          .isThrownBy(() -> Audit.builder().auditType(null))
          .withMessage("auditType");
      assertThatNullPointerException()
          .isThrownBy(() -> Audit.builder().status(null))
          .withMessage("status");
      assertThatNullPointerException()
          .isThrownBy(() -> Audit.builder().allocatedOn(null))
          .withMessage("allocatedOn");
      assertThatNullPointerException()
          .isThrownBy(() -> Audit.builder().overallGrade((Grade) null))
          .withMessage("overallGrade");
      assertThatNullPointerException()
          .isThrownBy(() -> Audit.builder().putScore("assessment", null));
      assertThatNullPointerException().isThrownBy(() -> Audit.builder().addAction(null));
      assertThatIllegalStateException()
          .isThrownBy(() -> Audit.builder().id(ID).build())
          .withMessageContaining("caseId")
          .withMessageContaining("auditor")
          .withMessageContaining("frameworkId")
          .withMessageContaining("allocatedOn");
    }
  }
}
