package org.practiceaudit.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.TestGenerators;

final class CaseCategoryTest {

  private static final String ALLOWED =
      "; expected lower-case kebab-case such as 'looked-after' or one of [cic, cin, cla, cp, cpp, cwad, cwd, eh, lac, mash]";

  @Nested
  final class Factories {

    @Test
    void constants_eachOne_hasItsDocumentedId() {
      assertThat(
              List.of(
                  CaseCategory.CHILD_IN_NEED,
                  CaseCategory.CHILD_PROTECTION,
                  CaseCategory.LOOKED_AFTER,
                  CaseCategory.DISABLED_CHILDREN,
                  CaseCategory.EARLY_HELP,
                  CaseCategory.CARE_LEAVER,
                  CaseCategory.FRONT_DOOR))
          .extracting(CaseCategory::id)
          .containsExactly(
              "child-in-need",
              "child-protection",
              "looked-after",
              "disabled-children",
              "early-help",
              "care-leaver",
              "front-door");
    }

    @Test
    void of_openSet_newCategory() {
      CaseCategory youthJustice = CaseCategory.of("youth-justice");
      assertThat(youthJustice.id()).isEqualTo("youth-justice");
      assertThat(youthJustice.toString()).isEqualTo("youth-justice");
      assertThat(CaseCategory.of("looked-after")).isEqualTo(CaseCategory.LOOKED_AFTER);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"", "Looked-After", "looked after", "looked_after", "-x", "x-", "a--b", "é"})
    void of_malformed_throwsQuotingIdAndAllowed(String id) {
      assertThatThrownBy(() -> CaseCategory.of(id))
          .isInstanceOf(AuditParseException.class)
          .hasMessage("invalid case category '" + id + "'" + ALLOWED);
    }

    @ParameterizedTest
    @CsvSource({
      "CIN,child-in-need", "cp,child-protection", "CPP,child-protection", "LAC,looked-after",
      "CLA,looked-after", "cic,looked-after", "CWAD,disabled-children", "cwd,disabled-children",
      "EH,early-help", "MASH,front-door", "'  Looked After ',looked-after",
          "LOOKED_AFTER,looked-after",
      "Child in Need,child-in-need", "youth justice,youth-justice", "care-leaver,care-leaver"
    })
    void parse_spellingsAndAbbreviations_returnCategory(String text, String id) {
      assertThat(CaseCategory.parse(text).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "looked--after", "child/protection", "C.I.N.", "-cin"})
    void parse_invalid_throwsQuotingText(String text) {
      assertThatThrownBy(() -> CaseCategory.parse(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessage("invalid case category '" + text + "'" + ALLOWED)
          .extracting(e -> ((AuditParseException) e).rejectedText())
          .isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cin", "cp", "cpp", "lac", "cla", "cic", "cwad", "cwd", "eh", "mash"})
    void of_abbreviationId_givesCanonicalAndRoundTrips(String id) {
      CaseCategory category = CaseCategory.of(id);
      assertThat(CaseCategory.parse(category.toString())).isEqualTo(category);
      assertThat(category).isEqualTo(CaseCategory.parse(id));
    }

    @Test
    void factories_null_throwNamingParameter() {
      assertThatNullPointerException().isThrownBy(() -> CaseCategory.of(null)).withMessage("id");
      assertThatNullPointerException()
          .isThrownBy(() -> CaseCategory.parse(null))
          .withMessage("text");
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameId_equal() {
      assertThat(CaseCategory.of("youth-justice"))
          .isEqualTo(CaseCategory.parse("Youth Justice"))
          .hasSameHashCodeAs(CaseCategory.parse("Youth Justice"));
      assertThat(CaseCategory.CHILD_IN_NEED).isNotEqualTo(CaseCategory.CHILD_PROTECTION);
      assertThat(CaseCategory.CHILD_IN_NEED).isNotEqualTo("child-in-need");
    }

    @Test
    void compareTo_anyCategories_orderedById() {
      assertThat(CaseCategory.CARE_LEAVER.compareTo(CaseCategory.CHILD_IN_NEED)).isNegative();
      assertThat(CaseCategory.LOOKED_AFTER.compareTo(CaseCategory.of("looked-after"))).isZero();
    }
  }

  @Nested
  final class Properties {

    @Test
    void parse_toString_roundTripsForEveryKebabId() {
      qt().withFixedSeed(41L)
          .withExamples(2000)
          .forAll(TestGenerators.kebabIds())
          .check(
              id -> CaseCategory.parse(CaseCategory.of(id).toString()).equals(CaseCategory.of(id)));
    }

    @Test
    void parse_upperCaseWithSpaces_sameAsId() {
      qt().withFixedSeed(42L)
          .withExamples(1000)
          .forAll(TestGenerators.kebabIds())
          .check(
              id ->
                  CaseCategory.parse(
                          " " + id.toUpperCase(java.util.Locale.ROOT).replace('-', ' ') + " ")
                      .equals(CaseCategory.parse(id)));
    }
  }
}
