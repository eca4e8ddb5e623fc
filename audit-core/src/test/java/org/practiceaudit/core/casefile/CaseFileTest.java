package org.practiceaudit.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/** Synthetic data only. */
final class CaseFileTest {

  private static final CaseId ID = CaseId.of("C-000123");
  private static final LocalDate OPENED = LocalDate.of(2024, 3, 1);

  private static ImmutableCaseFile.Builder caseFile() {
    return CaseFile.builder()
        .id(ID)
        .category(CaseCategory.LOOKED_AFTER)
        .team("team-a")
        .openedOn(OPENED);
  }

  @Nested
  final class Valid {

    @Test
    void build_minimal_emptyOptionalsAndCollections() {
      CaseFile file = caseFile().build();
      assertThat(file.id()).isEqualTo(ID);
      assertThat(file.category()).isEqualTo(CaseCategory.LOOKED_AFTER);
      assertThat(file.team()).isEqualTo("team-a");
      assertThat(file.allocatedWorker()).isEmpty();
      assertThat(file.involvements()).isEmpty();
      assertThat(file.closedOn()).isEmpty();
      assertThat(file.lastAuditedOn()).isEmpty();
      assertThat(file.attributes()).isEmpty();
    }

    @Test
    void build_full_keepsEverything() {
      Involvement sw =
          Involvement.builder()
              .person(PersonId.of("W-1"))
              .role(Role.SOCIAL_WORKER)
              .from(OPENED)
              .build();
      CaseFile file =
          caseFile()
              .allocatedWorker(PersonId.of("W-1"))
              .addInvolvement(sw)
              .closedOn(LocalDate.of(2025, 1, 1))
              .lastAuditedOn(LocalDate.of(2024, 9, 1))
              .putAttribute("age-band", "5-9")
              .putAttribute("rag", "amber")
              .putAttribute("category_of.abuse", "neglect")
              .build();
      assertThat(file.allocatedWorker()).contains(PersonId.of("W-1"));
      assertThat(file.involvements()).containsExactly(sw);
      assertThat(file.attribute("age-band")).contains("5-9");
      assertThat(file.attribute("ethnicity")).isEmpty();
      assertThat(file.attributes()).containsKeys("age-band", "rag", "category_of.abuse");
      assertThatThrownBy(() -> file.attributes().put("x", "y"))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> file.involvements().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isOpenOn_openingAndClosingDays_inclusive() {
      CaseFile open = caseFile().build();
      assertThat(open.isOpenOn(OPENED)).isTrue();
      assertThat(open.isOpenOn(OPENED.minusDays(1))).isFalse();
      assertThat(open.isOpenOn(LocalDate.of(2099, 1, 1))).isTrue();
      CaseFile closed = caseFile().closedOn(LocalDate.of(2024, 6, 30)).build();
      assertThat(closed.isOpenOn(LocalDate.of(2024, 6, 30))).isTrue();
      assertThat(closed.isOpenOn(LocalDate.of(2024, 7, 1))).isFalse();
      assertThat(caseFile().closedOn(OPENED).build().isOpenOn(OPENED)).isTrue();
    }

    @Test
    void equals_sameAttributes_equal() {
      assertThat(caseFile().build())
          .isEqualTo(caseFile().build())
          .hasSameHashCodeAs(caseFile().build());
      assertThat(caseFile().build()).isNotEqualTo(caseFile().putAttribute("rag", "red").build());
      assertThat(caseFile().build())
          .isNotEqualTo(ImmutableCaseFile.copyOf(caseFile().build()).withTeam("team-b"));
    }
  }

  @Nested
  final class Invalid {

    @Test
    void build_blankTeam_throwsNamingCaseOnly() {
      assertThatThrownBy(
              () ->
                  CaseFile.builder()
                      .id(ID)
                      .category(CaseCategory.LOOKED_AFTER)
                      .team(" ")
                      .openedOn(OPENED)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("case C-000123: team must not be blank");
    }

    @Test
    void build_closedBeforeOpened_throwsQuotingDates() {
      assertThatThrownBy(() -> caseFile().closedOn(OPENED.minusDays(1)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("case C-000123: closed on 2024-02-29 before it opened on 2024-03-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Age-band", "age band", "age--band", "-age", "age-", "ethnicity!"})
    void build_malformedAttributeName_throwsQuotingName(String name) {
      assertThatThrownBy(() -> caseFile().putAttribute(name, "x").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "case C-000123: attribute name must be lower-case letters and digits joined by '-', '_' or '.': '"
                  + name
                  + "'");
    }

    @Test
    void builder_nullsAndMissing_throw() {
      assertThatNullPointerException()
          .isThrownBy(() -> CaseFile.builder().id(null))
          .withMessage("id");
      assertThatNullPointerException()
          .isThrownBy(() -> CaseFile.builder().category(null))
          .withMessage("category");
      assertThatNullPointerException()
          .isThrownBy(() -> CaseFile.builder().team(null))
          .withMessage("team");
      assertThatNullPointerException()
          .isThrownBy(() -> CaseFile.builder().openedOn(null))
          .withMessage("openedOn");
      assertThatNullPointerException()
          .isThrownBy(() -> CaseFile.builder().allocatedWorker((PersonId) null))
          .withMessage("allocatedWorker");
      assertThatNullPointerException().isThrownBy(() -> CaseFile.builder().addInvolvement(null));
      assertThatNullPointerException()
          .isThrownBy(() -> CaseFile.builder().putAttribute("rag", null));
      assertThatNullPointerException()
          .isThrownBy(() -> CaseFile.builder().putAttribute(null, "red"));
      assertThatIllegalStateException()
          .isThrownBy(() -> CaseFile.builder().id(ID).build())
          .withMessageContaining("category")
          .withMessageContaining("team")
          .withMessageContaining("openedOn");
    }
  }
}
