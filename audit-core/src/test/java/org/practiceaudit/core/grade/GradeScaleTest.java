package org.practiceaudit.core.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.TestGenerators;
import org.quicktheories.core.Gen;

final class GradeScaleTest {

  private static final GradeScale OFSTED = GradeScale.ofsted();

  private static final List<String> FIVE_POINT =
      List.of(
          "Exceptional", "Strong", "Expected standard", "Needs attention", "Urgent improvement");

  /**
   * Random scales of 2 to 9 distinct labels (arbitrary basic-Latin text made distinct by a suffix).
   */
  private static Gen<GradeScale> randomScales() {
    Gen<List<String>> labels =
        lists()
            .of(strings().basicLatinAlphabet().ofLengthBetween(0, 12))
            .ofSizeBetween(2, 9)
            .map(
                raw -> {
                  List<String> out = new ArrayList<>();
                  for (int i = 0; i < raw.size(); i++) {
                    out.add(raw.get(i) + "#" + i);
                  }
                  return out;
                });
    return TestGenerators.kebabIds().zip(labels, GradeScale::of);
  }

  @Nested
  final class Ofsted {

    @Test
    void grades_bestFirst_fourOfstedLabels() {
      assertThat(OFSTED.id()).isEqualTo("ofsted");
      assertThat(OFSTED.grades())
          .extracting(Grade::label)
          .containsExactly("Outstanding", "Good", "Requires Improvement", "Inadequate");
      assertThat(OFSTED.grades()).extracting(Grade::rank).containsExactly(0, 1, 2, 3);
      assertThat(OFSTED.size()).isEqualTo(4);
      assertThat(OFSTED.best().label()).isEqualTo("Outstanding");
      assertThat(OFSTED.worst().label()).isEqualTo("Inadequate");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Requires Improvement to be Good",
          "requires improvement",
          "RI",
          "ri",
          "RIG",
          "REQUIRES-IMPROVEMENT",
          "requires_improvement",
          "  Requires   Improvement  ",
          "requires improvement to be good"
        })
    void parse_requiresImprovementSpellings_returnsRequiresImprovement(String text) {
      assertThat(OFSTED.parse(text)).isEqualTo(OFSTED.ofRank(2));
      assertThat(OFSTED.parse(text).label()).isEqualTo("Requires Improvement");
    }

    @Test
    void parse_paddedLowerCase_returnsGood() {
      assertThat(OFSTED.parse("  good ")).isEqualTo(OFSTED.ofRank(1));
      assertThat(OFSTED.parse("OUTSTANDING")).isEqualTo(OFSTED.best());
      assertThat(OFSTED.parse("inadequate")).isEqualTo(OFSTED.worst());
    }

    @Test
    void parse_misspelledLabel_throwsWithTextAndAllowedLabels() {
      assertThatThrownBy(() -> OFSTED.parse("requires improvment"))
          .isInstanceOf(AuditParseException.class)
          .hasMessage(
              "unknown grade 'requires improvment'; expected one of"
                  + " [outstanding, good, requires improvement, inadequate]")
          .extracting(e -> ((AuditParseException) e).rejectedText())
          .isEqualTo("requires improvment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Good!", "excellent", "R I", "requiresimprovement", "1"})
    void parse_otherText_throwsListingLabels(String text) {
      assertThatThrownBy(() -> OFSTED.parse(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessageStartingWith("unknown grade '" + text + "'")
          .hasMessageEndingWith("[outstanding, good, requires improvement, inadequate]");
    }

    @Test
    void find_unknown_isEmpty() {
      assertThat(OFSTED.find("requires improvment")).isEmpty();
      assertThat(OFSTED.find("ri")).contains(OFSTED.ofRank(2));
    }

    @Test
    void aliases_ofsted_mapToRequiresImprovement() {
      assertThat(OFSTED.aliases())
          .containsEntry("RI", "Requires Improvement")
          .containsEntry("Requires Improvement to be Good", "Requires Improvement");
    }
  }

  @Nested
  final class Of {

    @Test
    void of_fivePointScale_parsesOrdersAndReportsItsLabels() {
      GradeScale five = GradeScale.of("report-card-5", FIVE_POINT);
      assertThat(five.size()).isEqualTo(5);
      assertThat(five.best().label()).isEqualTo("Exceptional");
      assertThat(five.worst().label()).isEqualTo("Urgent improvement");
      assertThat(five.parse("needs_attention").rank()).isEqualTo(3);
      assertThat(five.parse("Expected standard").isBetterThan(five.parse("needs attention")))
          .isTrue();
      assertThatThrownBy(() -> five.parse("good"))
          .isInstanceOf(AuditParseException.class)
          .hasMessage(
              "unknown grade 'good'; expected one of"
                  + " [exceptional, strong, expected standard, needs attention, urgent improvement]");
    }

    @Test
    void of_twoLabels_isSmallestScale() {
      GradeScale two = GradeScale.of("pass-fail", List.of("Pass", "Fail"));
      assertThat(two.best().isBetterThan(two.worst())).isTrue();
    }

    @Test
    void of_paddedLabels_stripped() {
      GradeScale scale = GradeScale.of("s", List.of("  Met ", "Not met"));
      assertThat(scale.best().label()).isEqualTo("Met");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ofsted", "report card", "report_card", "-x", "x-", "a--b", "é"})
    void of_malformedId_throwsQuotingId(String id) {
      assertThatThrownBy(() -> GradeScale.of(id, List.of("A", "B")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "grade scale id must be lower-case kebab-case such as 'report-card-5': '" + id + "'");
    }

    @Test
    void of_oneLabel_throwsWithCount() {
      assertThatThrownBy(() -> GradeScale.of("s", List.of("Only")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a grade scale needs at least two grades: 1 given");
      assertThatThrownBy(() -> GradeScale.of("s", List.of()))
          .hasMessage("a grade scale needs at least two grades: 0 given");
    }

    @Test
    void of_blankLabel_throwsQuotingLabel() {
      assertThatThrownBy(() -> GradeScale.of("s", List.of("Good", "  ")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("grade labels must not be blank: '  '");
    }

    @Test
    void of_duplicateLabelIgnoringCaseAndSpacing_throwsQuotingLabel() {
      assertThatThrownBy(() -> GradeScale.of("s", List.of("Very good", "very_GOOD")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("duplicate grade label 'very_GOOD' in scale 's'");
    }

    @Test
    void of_nulls_throwNamingParameter() {
      assertThatNullPointerException()
          .isThrownBy(() -> GradeScale.of(null, List.of("A", "B")))
          .withMessage("id");
      assertThatNullPointerException()
          .isThrownBy(() -> GradeScale.of("s", null))
          .withMessage("labelsBestFirst");
      assertThatNullPointerException()
          .isThrownBy(() -> GradeScale.of("s", Arrays.asList("A", null)))
          .withMessage("label");
    }
  }

  @Nested
  final class WithAlias {

    @Test
    void withAlias_newAlias_parsesToGrade() {
      GradeScale scale = OFSTED.withAlias("Outstanding practice", "outstanding");
      assertThat(scale.parse("OUTSTANDING PRACTICE")).isEqualTo(OFSTED.best());
      assertThat(scale).isNotEqualTo(OFSTED);
      assertThat(OFSTED.find("outstanding practice")).isEmpty();
    }

    @Test
    void withAlias_sameAliasSameGrade_returnsThis() {
      assertThat(OFSTED.withAlias("ri", "Requires Improvement")).isSameAs(OFSTED);
    }

    @Test
    void withAlias_aliasOfAnotherGrade_throwsNamingBoth() {
      assertThatThrownBy(() -> OFSTED.withAlias("RI", "Good"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("alias 'RI' already stands for 'Requires Improvement' on scale 'ofsted'");
      assertThatThrownBy(() -> OFSTED.withAlias("inadequate", "Good"))
          .hasMessage("alias 'inadequate' already stands for 'Inadequate' on scale 'ofsted'");
    }

    @Test
    void withAlias_blankAlias_throws() {
      assertThatThrownBy(() -> OFSTED.withAlias(" ", "Good"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("grade alias must not be blank: ' '");
    }

    @Test
    void withAlias_unknownLabel_throwsParseException() {
      assertThatThrownBy(() -> OFSTED.withAlias("E", "Excellent"))
          .isInstanceOf(AuditParseException.class)
          .hasMessageStartingWith("unknown grade 'Excellent'");
    }

    @Test
    void withAlias_nulls_throwNamingParameter() {
      assertThatNullPointerException()
          .isThrownBy(() -> OFSTED.withAlias(null, "Good"))
          .withMessage("alias");
      assertThatNullPointerException()
          .isThrownBy(() -> OFSTED.withAlias("G", null))
          .withMessage("text");
    }
  }

  @Nested
  final class Queries {

    @Test
    void ofRank_outOfRange_throwsWithRangeAndRank() {
      assertThatThrownBy(() -> OFSTED.ofRank(4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rank must be from 0 to 3 on scale 'ofsted': 4");
      assertThatThrownBy(() -> OFSTED.ofRank(-1))
          .hasMessage("rank must be from 0 to 3 on scale 'ofsted': -1");
    }

    @Test
    void contains_gradeOfOtherScaleOrSameIdOtherLabels_isFalse() {
      GradeScale other = GradeScale.of("other", List.of("Outstanding", "Good"));
      GradeScale impostor = GradeScale.of("ofsted", List.of("A", "B", "C", "D", "E", "F"));
      assertThat(OFSTED.contains(OFSTED.ofRank(1))).isTrue();
      assertThat(OFSTED.contains(other.best())).isFalse();
      assertThat(OFSTED.contains(impostor.ofRank(1))).isFalse();
      assertThat(OFSTED.contains(impostor.ofRank(5))).isFalse();
      assertThatNullPointerException().isThrownBy(() -> OFSTED.contains(null)).withMessage("grade");
    }

    @Test
    void findAndParse_null_throwNamingText() {
      assertThatNullPointerException().isThrownBy(() -> OFSTED.find(null)).withMessage("text");
      assertThatNullPointerException().isThrownBy(() -> OFSTED.parse(null)).withMessage("text");
    }

    @Test
    void grades_modified_throws() {
      assertThatThrownBy(() -> OFSTED.grades().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> OFSTED.aliases().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalsAndHashCode_sameIdGradesAndAliases_equal() {
      GradeScale a = GradeScale.of("s", List.of("A", "B"));
      GradeScale b = GradeScale.of("s", List.of("A", "B"));
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a).isNotEqualTo(GradeScale.of("t", List.of("A", "B")));
      assertThat(a).isNotEqualTo(GradeScale.of("s", List.of("B", "A")));
      assertThat(a).isNotEqualTo(a.withAlias("x", "A"));
      assertThat(a).isNotEqualTo("s[A, B]");
      assertThat(a.toString()).isEqualTo("s[A, B]");
      assertThat(OFSTED.toString())
          .isEqualTo("ofsted[Outstanding, Good, Requires Improvement, Inadequate]");
    }
  }

  @Nested
  final class Keys {

    private final java.util.regex.Pattern separators =
        java.util.regex.Pattern.compile("[\\s_\\-]+");

    @Test
    void key_anyTextOfLettersAndSeparators_equalsRegexReplacement() {
      String alphabet = "aB z_-\t\n\u000B\f\r\u00A0\u2003Éi";
      qt().withFixedSeed(20261125L)
          .withExamples(3000)
          .forAll(
              lists()
                  .of(
                      org.quicktheories.generators.SourceDSL.integers()
                          .between(0, alphabet.length() - 1))
                  .ofSizeBetween(0, 12))
          .checkAssert(
              indices -> {
                StringBuilder text = new StringBuilder();
                indices.forEach(i -> text.append(alphabet.charAt(i)));
                String expected =
                    separators
                        .matcher(text.toString().strip().toLowerCase(Locale.ROOT))
                        .replaceAll(" ");
                assertThat(GradeScale.key(text.toString())).isEqualTo(expected);
              });
    }

    @Test
    void key_alreadyAKey_returnsSameInstance() {
      String key = "requires improvement";
      assertThat(GradeScale.key(key)).isSameAs(key);
      assertThat(GradeScale.key("Requires  Improvement")).isEqualTo(key);
      assertThat(GradeScale.key("requires_-improvement ")).isEqualTo(key);
    }
  }

  @Nested
  final class Properties {

    @Test
    void parse_everyLabelOfRandomScale_roundTripsInAnyCaseAndPadding() {
      qt().withFixedSeed(20261125L)
          .withExamples(500)
          .forAll(randomScales())
          .checkAssert(
              scale -> {
                assertThat(scale.size()).isBetween(2, 9);
                for (int rank = 0; rank < scale.size(); rank++) {
                  Grade grade = scale.ofRank(rank);
                  assertThat(grade.rank()).isEqualTo(rank);
                  assertThat(grade.scaleId()).isEqualTo(scale.id());
                  assertThat(scale.parse(grade.toString())).isEqualTo(grade);
                  assertThat(scale.parse(" " + grade.label().toUpperCase(Locale.ROOT) + "\t"))
                      .isEqualTo(grade);
                  assertThat(scale.contains(grade)).isTrue();
                }
              });
    }

    @Test
    void compareTo_randomScale_followsRank() {
      qt().withFixedSeed(20261126L)
          .withExamples(500)
          .forAll(randomScales())
          .checkAssert(
              scale -> {
                List<Grade> grades = scale.grades();
                for (Grade a : grades) {
                  for (Grade b : grades) {
                    assertThat(Integer.signum(a.compareTo(b)))
                        .isEqualTo(Integer.signum(b.rank() - a.rank()));
                    assertThat(a.isBetterThan(b)).isEqualTo(a.rank() < b.rank());
                    assertThat(a.isAtLeast(b)).isEqualTo(a.rank() <= b.rank());
                  }
                }
                assertThat(grades.stream().max(Grade::compareTo)).contains(scale.best());
                assertThat(grades.stream().min(Grade::compareTo)).contains(scale.worst());
              });
    }
  }
}
