package org.practiceaudit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.workforce.Role;

final class AliasedIdsTest {

  /** Synthetic ids: colours with two abbreviations. */
  private static final AliasedIds<String> COLOURS =
      new AliasedIds<>(
          "colour",
          "dark-red",
          Map.of("dr", "dark-red", "lb", "light-blue"),
          List.of("dark-red", "light-blue"),
          id -> id,
          id -> "new:" + id);

  @Nested
  final class Of {

    @Test
    void of_alias_returnsTheValueItStandsFor() {
      assertThat(COLOURS.of("dr")).isEqualTo("dark-red");
    }

    @Test
    void of_newKebabCaseId_createsTheValue() {
      assertThat(COLOURS.of("sea-green")).isEqualTo("new:sea-green");
    }

    @Test
    void of_upperCase_throwsWithTextAndAliasesInOrder() {
      assertThatThrownBy(() -> COLOURS.of("Sea Green"))
          .isInstanceOf(AuditParseException.class)
          .hasMessage(
              "invalid colour 'Sea Green'; expected lower-case kebab-case such as 'dark-red' or one"
                  + " of [dr, lb]");
    }

    @Test
    void of_null_throwsNamingId() {
      assertThatNullPointerException().isThrownBy(() -> COLOURS.of(null)).withMessage("id");
    }
  }

  @Nested
  final class Parse {

    @Test
    void parse_caseSpacesAndUnderscores_normalised() {
      assertThat(COLOURS.parse("  Sea_Green ")).isEqualTo("new:sea-green");
      assertThat(COLOURS.parse("LB")).isEqualTo("light-blue");
    }

    @Test
    void parse_wellKnownAsWritten_returnsTheConstant() {
      assertThat(COLOURS.parse("light-blue")).isSameAs("light-blue");
    }

    @Test
    void parse_invalid_throwsKeepingTheRejectedText() {
      assertThatThrownBy(() -> COLOURS.parse("sea--green"))
          .isInstanceOf(AuditParseException.class)
          .hasMessageStartingWith("invalid colour 'sea--green'; expected")
          .extracting(e -> ((AuditParseException) e).rejectedText())
          .isEqualTo("sea--green");
    }

    @Test
    void parse_null_throwsNamingText() {
      assertThatNullPointerException().isThrownBy(() -> COLOURS.parse(null)).withMessage("text");
    }
  }

  @Nested
  final class Users {

    @Test
    void parse_unknownCaseCategoryOrRole_rejectsWithTheSameMessageForm() {
      assertThatThrownBy(() -> CaseCategory.parse("x!"))
          .hasMessageStartingWith(
              "invalid case category 'x!'; expected lower-case kebab-case such as 'looked-after' or"
                  + " one of [");
      assertThatThrownBy(() -> Role.parse("x!"))
          .hasMessageStartingWith(
              "invalid role 'x!'; expected lower-case kebab-case such as 'team-manager' or one of [");
    }
  }
}
