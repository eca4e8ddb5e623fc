package org.practiceaudit.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.TestGenerators;

final class ReviewPeriodTest {

  @Nested
  final class Factories {

    @Test
    void ofMonths_fixed_shortestEqualsLongest() {
      ReviewPeriod twelve = ReviewPeriod.ofMonths(12);
      assertThat(twelve.shortest()).isEqualTo(Period.ofMonths(12));
      assertThat(twelve.longest()).isEqualTo(Period.ofMonths(12));
      assertThat(twelve.toString()).isEqualTo("P12M");
      assertThat(ReviewPeriod.ofMonths(3).toString()).isEqualTo("P3M");
    }

    @Test
    void ofMonths_range_keepsBoth() {
      ReviewPeriod range = ReviewPeriod.ofMonths(12, 18);
      assertThat(range.shortest()).isEqualTo(Period.ofMonths(12));
      assertThat(range.longest()).isEqualTo(Period.ofMonths(18));
      assertThat(range.toString()).isEqualTo("P12M/P18M");
      assertThat(ReviewPeriod.ofMonths(1, 120))
          .isEqualTo(ReviewPeriod.of(Period.ofMonths(1), Period.ofYears(10)));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "0,5", "-1,3", "5,4", "1,121", "121,121", "-2147483648,1"})
    void ofMonths_outOfRange_throwsQuotingBoth(int shortest, int longest) {
      assertThatThrownBy(() -> ReviewPeriod.ofMonths(shortest, longest))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "review period must be 1 to 120 months, shortest first: " + shortest + "-" + longest);
    }

    @Test
    void of_notPositiveOrLongestShorter_throwsQuotingPeriods() {
      assertThatThrownBy(() -> ReviewPeriod.of(Period.ZERO, Period.ofMonths(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("review period must be positive, shortest first: P0D/P1M");
      assertThatThrownBy(() -> ReviewPeriod.of(Period.ofMonths(-1), Period.ofMonths(1)))
          .hasMessage("review period must be positive, shortest first: P-1M/P1M");
      assertThatThrownBy(() -> ReviewPeriod.of(Period.ofMonths(6), Period.ofMonths(3)))
          .hasMessage("review period must be positive, shortest first: P6M/P3M");
    }

    @Test
    void of_yearsAndMonths_equalsSameMonths() {
      assertThat(ReviewPeriod.of(Period.ofYears(1), Period.of(1, 6, 0)))
          .isEqualTo(ReviewPeriod.ofMonths(12, 18));
      assertThat(ReviewPeriod.parse("P1Y/P1Y6M")).isEqualTo(ReviewPeriod.ofMonths(12, 18));
      assertThat(ReviewPeriod.parse("P1Y6M").toString()).isEqualTo("P18M");
      assertThat(ReviewPeriod.parse("P1M10D").toString()).isEqualTo("P1M10D");
    }

    @Test
    void of_hugePeriod_throwsIllegalArgumentNotDateTimeException() {
      assertThatThrownBy(
              () -> ReviewPeriod.of(Period.ofYears(1), Period.ofYears(Integer.MAX_VALUE)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("review period out of range: P1Y/P2147483647Y");
      assertThatThrownBy(() -> ReviewPeriod.of(Period.ofYears(1), Period.ofYears(1_000_000_000)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("review period out of range: P1Y/P1000000000Y");
    }

    @Test
    void of_nulls_throwNamingParameter() {
      assertThatNullPointerException()
          .isThrownBy(() -> ReviewPeriod.of(null, Period.ofMonths(1)))
          .withMessage("shortest");
      assertThatNullPointerException()
          .isThrownBy(() -> ReviewPeriod.of(Period.ofMonths(1), null))
          .withMessage("longest");
      assertThatNullPointerException()
          .isThrownBy(() -> ReviewPeriod.parse(null))
          .withMessage("text");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {"P12M|12|12", "P12M/P18M|12|18", " P3M |3|3", "P1Y|12|12", "P1Y/P1Y6M|12|18"})
    void parse_validText_givesThePeriod(String text, int shortest, int longest) {
      assertThat(ReviewPeriod.parse(text)).isEqualTo(ReviewPeriod.ofMonths(shortest, longest));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "12",
          "12 months",
          "P0M",
          "P-1M",
          "P18M/P12M",
          "P12M/",
          "/P12M",
          "P12M/P18M/P24M",
          "P12M / P18M",
          "P2147483647Y",
          "P1000000000Y"
        })
    void parse_invalid_throwsQuotingTextAndForms(String text) {
      assertThatThrownBy(() -> ReviewPeriod.parse(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessage(
              "invalid review period '"
                  + text
                  + "'; expected an ISO-8601 period such as 'P12M',"
                  + " or a range such as 'P12M/P18M'");
    }
  }

  @Nested
  final class Queries {

    @Test
    void U3_windowStart_caseOpenedWithinTheLastTwelveMonths_fromItsOpening() {
      ReviewPeriod dudley = ReviewPeriod.ofMonths(12);
      LocalDate audit = LocalDate.of(2026, 11, 25);

      assertThat(dudley.windowStart(audit, LocalDate.of(2026, 6, 1)))
          .isEqualTo(LocalDate.of(2026, 6, 1));
      assertThat(dudley.windowStart(audit, LocalDate.of(2020, 6, 1)))
          .isEqualTo(LocalDate.of(2025, 11, 25));
      assertThat(dudley.windowStart(audit, LocalDate.of(2025, 11, 25)))
          .isEqualTo(LocalDate.of(2025, 11, 25));
    }

    @Test
    void U3_windowStart_anyOpening_neverBeforeItNorBeforeTheLongestPeriod() {
      qt().withFixedSeed(3L)
          .forAll(integers().between(0, 2000), integers().between(1, 120))
          .checkAssert(
              (daysBefore, months) -> {
                LocalDate audit = LocalDate.of(2026, 11, 25);
                LocalDate opened = audit.minusDays(daysBefore);
                LocalDate start = ReviewPeriod.ofMonths(months).windowStart(audit, opened);
                assertThat(start)
                    .isAfterOrEqualTo(opened)
                    .isAfterOrEqualTo(audit.minusMonths(months));
                assertThat(start).isIn(opened, audit.minusMonths(months));
              });
    }

    @Test
    void windowStart_anyDay_isLongestBefore() {
      assertThat(ReviewPeriod.ofMonths(12, 18).windowStart(LocalDate.of(2026, 11, 25)))
          .isEqualTo(LocalDate.of(2025, 5, 25));
    }

    @Test
    void equals_sameNormalisedShortestAndLongest_equal() {
      assertThat(ReviewPeriod.ofMonths(12))
          .isEqualTo(ReviewPeriod.parse("P1Y"))
          .hasSameHashCodeAs(ReviewPeriod.parse("P12M"));
      assertThat(ReviewPeriod.ofMonths(12)).isNotEqualTo(ReviewPeriod.ofMonths(12, 13));
      assertThat(ReviewPeriod.ofMonths(12, 13)).isNotEqualTo(ReviewPeriod.ofMonths(11, 13));
      assertThat(ReviewPeriod.ofMonths(12)).isNotEqualTo("P1Y");
    }
  }

  @Nested
  final class Properties {

    @Test
    void parse_toString_roundTripsForMonthRanges() {
      qt().withFixedSeed(61L)
          .withExamples(2000)
          .forAll(integers().between(1, 120), integers().between(0, 119))
          .check(
              (s, extra) -> {
                int longest = s + extra % (121 - s);
                ReviewPeriod period = ReviewPeriod.ofMonths(s, longest);
                return ReviewPeriod.parse(period.toString()).equals(period)
                    && period
                        .toString()
                        .equals(s == longest ? "P" + s + "M" : "P" + s + "M/P" + longest + "M");
              });
    }

    @Test
    void parse_toString_roundTripsForArbitraryPositivePeriods() {
      qt().withFixedSeed(62L)
          .withExamples(2000)
          .forAll(TestGenerators.positivePeriods(), TestGenerators.positivePeriods())
          .checkAssert(
              (a, b) -> {
                Period longest = a.plus(b);
                ReviewPeriod fixed = ReviewPeriod.of(a, a);
                ReviewPeriod range = ReviewPeriod.of(a, longest);
                assertThat(ReviewPeriod.parse(fixed.toString())).isEqualTo(fixed);
                assertThat(ReviewPeriod.parse(range.toString())).isEqualTo(range);
                assertThat(range.windowStart(LocalDate.of(2026, 1, 31)))
                    .isBeforeOrEqualTo(LocalDate.of(2026, 1, 31).minus(range.shortest()));
              });
    }
  }
}
