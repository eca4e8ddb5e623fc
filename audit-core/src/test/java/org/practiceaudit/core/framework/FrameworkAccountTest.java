package org.practiceaudit.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.practiceaudit.core.framework.AuditFrameworkTest.dudley;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.score.ScoreScale;

final class FrameworkAccountTest {

  private static final AuditFramework FRAMEWORK =
      dudley("1")
          .addDomains(
              Domain.builder()
                  .id("assessment")
                  .title("Assessment")
                  .scoreScale(ScoreScale.of(1, 4))
                  .build())
          .addAuditTypes(AuditType.of("case-file", "Case file", ReviewPeriod.ofMonths(12)))
          .build();

  private static AccountSection section(String id) {
    return AccountSection.builder()
        .id(id)
        .heading("Heading of " + id)
        .addEntries(
            AccountEntry.of(
                "assessment", "Assessment (assessment)", List.of("Scored from 1 to 4.")))
        .build();
  }

  @Nested
  final class Account {

    @Test
    void section_byId_foundOrEmpty() {
      FrameworkAccount account =
          FrameworkAccount.builder().framework(FRAMEWORK).addSections(section("domains")).build();
      assertThat(account.title()).isEqualTo(FRAMEWORK.name());
      assertThat(account.section("domains").flatMap(s -> s.entry("assessment"))).isPresent();
      assertThat(account.section("rules")).isEmpty();
      assertThat(account.section("domains").orElseThrow().entry("planning")).isEmpty();
    }

    @Test
    void builder_duplicateSection_throwsNamingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  FrameworkAccount.builder()
                      .framework(FRAMEWORK)
                      .addSections(section("domains"), section("domains"))
                      .build())
          .withMessageContaining("'domains'");
    }

    @Test
    void section_idNotKebab_throws() {
      assertThatIllegalArgumentException().isThrownBy(() -> section("Domains"));
    }

    @Test
    void entry_blankTerm_throws() {
      assertThatIllegalArgumentException().isThrownBy(() -> AccountEntry.of("x", " ", List.of()));
    }

    @Test
    void entry_null_throws() {
      assertThatNullPointerException().isThrownBy(() -> AccountEntry.of(null, "x", List.of()));
    }
  }

  @Nested
  final class Form {

    @Test
    void blankForm_auditTypeOfAnotherFramework_throws() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  BlankForm.builder()
                      .framework(FRAMEWORK)
                      .reviewPeriod("the last 6 months")
                      .auditType(AuditType.of("other", "Other", ReviewPeriod.ofMonths(6)))
                      .build())
          .withMessageContaining("'other'");
    }

    @Test
    void blankForm_gradedAreaNotADomain_throws() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  BlankForm.builder()
                      .framework(FRAMEWORK)
                      .reviewPeriod("the last 12 months")
                      .addGradedAreas("planning")
                      .build())
          .withMessageContaining("'planning'");
    }

    @Test
    void blankForm_valid_keepsWhatItAsks() {
      BlankForm form =
          BlankForm.builder()
              .framework(FRAMEWORK)
              .reviewPeriod("the last 12 months")
              .auditType(FRAMEWORK.auditTypes().get(0))
              .addGradedAreas("assessment")
              .putFollowUp(2, "within 10 days")
              .conversation("A conversation is recorded.")
              .addFeedbackFrom("the child or young person")
              .build();
      assertThat(form.followUps()).containsEntry(2, "within 10 days");
      assertThat(form.conversation()).hasValue("A conversation is recorded.");
      assertThat(form.feedbackFrom()).containsExactly("the child or young person");
    }
  }
}
