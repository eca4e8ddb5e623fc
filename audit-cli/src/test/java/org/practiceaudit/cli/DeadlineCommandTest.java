package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class DeadlineCommandTest {

  @Nested
  final class Json {

    @Test
    void deadline_hoursAcrossClockChange_dueIsOffsetDateTimeInLondon() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "1",
              "--raised",
              "2026-03-28T09:00",
              "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).isEmpty();
      JsonNode json = result.json();
      assertThat(json.get("category").asInt()).isEqualTo(1);
      // 48 elapsed hours: the clocks go forward on 29 March 2026.
      assertThat(json.get("due").asString()).isEqualTo("2026-03-30T10:00+01:00");
      assertThat(json.get("rule").asString()).isEqualTo("dudley/escalation-category");
    }

    @Test
    void deadline_frameworkFile_ruleIsTheConfiguredEscalationRule() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              Cli.resource("framework.json"),
              "--category",
              "3",
              "--raised",
              "2026-12-18T10:00",
              "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(result.json().get("rule").asString()).isEqualTo("dudley/escalation-category");
      assertThat(result.json().get("framework_version").asString()).isEqualTo("2017-08");
    }

    @Test
    void deadline_frameworkFileWithItsOwnRuleId_ruleIsThatId() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              Cli.resource("framework-plans.json"),
              "--category",
              "1",
              "--raised",
              "2026-12-18T10:00",
              "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(result.json().get("rule").asString())
          .isEqualTo("synthetic-council/raise-a-concern");
      // 5 working days after Friday 18 December 2026: 21-24, then Tuesday 29 (25 and 28 are
      // holidays).
      assertThat(result.json().get("due").asString()).isEqualTo("2026-12-29");
    }

    @Test
    void deadline_workingDaysOverChristmas_dueIsIsoDate() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "2",
              "--raised",
              "2026-12-18T10:00",
              "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(result.json().get("due").asString()).isEqualTo("2027-01-06");
      assertThat(result.json().get("kind").asString()).isEqualTo("working-days");
    }

    @Test
    void deadline_offsetDateTime_isTheSameInstant() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "1",
              "--raised",
              "2026-06-01T08:00Z",
              "--json");

      assertThat(result.json().get("due").asString()).isEqualTo("2026-06-03T09:00+01:00");
      assertThat(result.json().get("raised").asString()).isEqualTo("2026-06-01T09:00+01:00");
    }

    @Test
    void deadline_categoryWithoutFollowUp_dueIsNull() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "4",
              "--raised",
              "2026-12-18T10:00",
              "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(result.json().get("due").isNull()).isTrue();
      assertThat(result.json().get("category").asInt()).isEqualTo(4);
    }

    @Test
    void deadline_nationOverridesCalendar_scotlandKeepsSecondOfJanuary() {
      // 2 January 2027 is a Saturday; Scotland's substitute holiday is Monday 4 January 2027.
      Cli.Result ew =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "2",
              "--raised",
              "2026-12-18T10:00",
              "--json");
      Cli.Result scotland =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "2",
              "--raised",
              "2026-12-18T10:00",
              "--nation",
              "scotland",
              "--json");

      assertThat(scotland.json().get("due").asString())
          .isNotEqualTo(ew.json().get("due").asString());
      assertThat(scotland.json().get("calendar").asString()).isEqualTo("scotland");
    }
  }

  @Nested
  final class Errors {

    @Test
    void deadline_unknownCategory_usageError2NamingTheOption() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "9",
              "--raised",
              "2026-12-18T10:00",
              "--json");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err().lines())
          .containsExactly(
              "audit deadline: --category must be one of the"
                  + " escalation categories of framework 'dudley': [1, 2, 3, 4]; found 9 (see 'java -jar"
                  + " audit-cli.jar deadline --help')");
    }

    @Test
    void warnings_frameworkWithoutEscalationCategories_saysSoNotAnEmptyList() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "camden",
              "--category",
              "1",
              "--raised",
              "2026-12-18T10:00");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines())
          .containsExactly(
              "framework 'camden' has no escalation"
                  + " categories, so it has no follow-up deadlines");
    }

    @Test
    void warnings_timeTheClocksSkip_refusedNamingTheValidTimes() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "1",
              "--raised",
              "2026-03-29T01:30");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err())
          .contains(
              "'2026-03-29T01:30' does not exist in Europe/London: the clocks"
                  + " go forward from 01:00 to 02:00 that day; give a time before 2026-03-29T01:00 or from"
                  + " 2026-03-29T02:00");
    }

    @Test
    void warnings_timeThatHappensTwice_refusedNamingBoth() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "1",
              "--raised",
              "2026-10-25T01:30");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err())
          .contains(
              "give 2026-10-25T01:30+01:00 (the first) or" + " 2026-10-25T01:30Z (the second)");
    }

    @Test
    void deadline_unknownFramework_exit1() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "nowhere",
              "--category",
              "1",
              "--raised",
              "2026-12-18T10:00");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).startsWith("unknown framework 'nowhere'");
    }

    @Test
    void deadline_badDateTime_usageError2() {
      Cli.Result result =
          Cli.run("deadline", "--framework", "dudley", "--category", "1", "--raised", "yesterday");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err().lines()).hasSize(1);
      assertThat(result.err()).contains("'yesterday' is not a date-time");
    }

    @Test
    void deadline_missingOption_usageError2() {
      Cli.Result result = Cli.run("deadline", "--framework", "dudley", "--category", "1");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err())
          .startsWith("audit deadline: Missing required option: '--raised=DATE_TIME'");
    }

    @Test
    void deadline_badNation_usageError2() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "1",
              "--raised",
              "2026-12-18T10:00",
              "--nation",
              "wales");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains("expected england-and-wales, scotland or northern-ireland");
    }

    @Test
    void deadline_debug_printsStackTrace() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              "dudley",
              "--category",
              "9",
              "--raised",
              "2026-12-18T10:00",
              "--debug");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains("\tat org.practiceaudit.cli.");
    }
  }
}
