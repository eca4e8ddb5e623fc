package org.practiceaudit.json.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.json.AuditJson;
import org.practiceaudit.json.Problem;
import org.practiceaudit.json.bundled.BundledFrameworks;
import tools.jackson.databind.JsonNode;

/** Issue 18 item 5: the audit programme in a framework's configuration. All data is synthetic. */
final class ProgrammeConfigurationTest {

  private static final String ENTRIES =
      "{\"month\": \"2026-07\", \"audit_type\": \"monthly\", \"planned\": 60,"
          + " \"sampling_plan\": \"monthly\", \"notes\": \"Feedback forms to be completed\"},"
          + " {\"month\": \"2027-01\", \"until\": \"2027-02\", \"audit_type\": \"monthly\", \"theme\": \"front-door\"}";

  private static String with(String entries) {
    return FrameworkLoaderTest.BASE.replace(
        "\"rules\": [",
        "\"programme\": {\"name\": \"Synthetic programme 2026-27\", \"description\": \"Made up.\","
            + " \"entries\": ["
            + entries
            + "]},\n  \"rules\": [");
  }

  private static String problems(String entries) {
    return FrameworkLoaderTest.problems(with(entries)).stream()
        .map(p -> p.pointer() + ": " + p.message())
        .reduce("", (a, b) -> a + b + "\n");
  }

  @Nested
  final class Valid {

    @Test
    void load_programme_entriesInOrderWithTheirPlans() {
      AuditProgramme programme =
          FrameworkLoaderTest.validate(with(ENTRIES)).get().programme().orElseThrow();

      assertThat(programme.name()).isEqualTo("Synthetic programme 2026-27");
      ProgrammeEntry july = programme.entries().get(0);
      assertThat(july.month()).isEqualTo(YearMonth.of(2026, 7));
      assertThat(july.until()).isEqualTo(july.month());
      assertThat(july.planned()).isEqualTo(OptionalInt.of(60));
      assertThat(july.samplingPlan()).hasValue("monthly");
      assertThat(july.notes()).hasValue("Feedback forms to be completed");
      ProgrammeEntry winter = programme.entries().get(1);
      assertThat(winter.until()).isEqualTo(YearMonth.of(2027, 2));
      assertThat(winter.theme()).hasValue("front-door");
      assertThat(winter.planned()).isEmpty();
    }

    @Test
    void load_programme_inTheLocalFramework() {
      FrameworkConfiguration config = FrameworkLoaderTest.validate(with(ENTRIES)).get();

      assertThat(config.localFramework().programme()).isEqualTo(config.programme());
    }

    @Test
    void load_noProgramme_empty() {
      assertThat(FrameworkLoaderTest.validate(FrameworkLoaderTest.BASE).get().programme())
          .isEmpty();
    }

    /** One JSON form: the section reads as the interchange AuditProgramme, which writes it back. */
    @Test
    void interchange_programme_writtenAsTheDocumentWritesIt() {
      AuditProgramme programme =
          FrameworkLoaderTest.validate(with(ENTRIES)).get().programme().orElseThrow();

      JsonNode written = AuditJson.mapper().valueToTree(programme);
      assertThat(written.get("entries").get(0).get("sampling_plan").asString())
          .isEqualTo("monthly");
      assertThat(AuditJson.mapper().treeToValue(written, AuditProgramme.class))
          .isEqualTo(programme);
    }

    /** C31: Camden's annual table in its bundled document, as the preset has it. */
    @Test
    void C31_camdenBundled_theAnnualTable() {
      AuditProgramme programme = BundledFrameworks.load("camden").programme().orElseThrow();

      assertThat(programme.entries())
          .extracting(
              e ->
                  e.month()
                      + " "
                      + e.auditType()
                      + " "
                      + (e.planned().isPresent() ? e.planned().getAsInt() : "-"))
          .containsExactly(
              "2021-05 deep-dive -",
              "2021-07 practice-week 60",
              "2021-09 front-door 30",
              "2021-11 practice-week 54",
              "2022-01 front-door 30",
              "2022-03 practice-week -",
              "2021-04 front-door 1",
              "2021-04 multi-agency 10",
              "2021-10 multi-agency 10");
      assertThat(programme.entries().get(4).until()).isEqualTo(YearMonth.of(2022, 2));
      assertThat(programme.entries().get(2).samplingPlan()).hasValue("front-door");
      assertThat(programme.entries().get(1).notes())
          .hasValue("Service user feedback forms to be completed");
    }

    @Test
    void C15_camdenBundled_oneFrontDoorAuditOverTheYearJointWithEarlyHelp() {
      ProgrammeEntry joint =
          BundledFrameworks.load("camden").programme().orElseThrow().entries().get(6);

      assertThat(joint.jointWith()).hasValue("early-help");
      assertThat(joint.auditType()).isEqualTo("front-door");
      assertThat(joint.until()).isEqualTo(YearMonth.of(2022, 3));
      assertThat(joint.planned()).hasValue(1);
    }

    @Test
    void C26_camdenBundled_multiAgencyAuditsInEachHalfOfTheYear() {
      List<ProgrammeEntry> entries =
          BundledFrameworks.load("camden").programme().orElseThrow().entries();

      assertThat(entries.subList(7, 9))
          .extracting(e -> e.month() + " to " + e.until() + " " + e.samplingPlan().orElse(""))
          .containsExactly("2021-04 to 2021-09 multi-agency", "2021-10 to 2022-03 multi-agency");
    }
  }

  @Nested
  final class Problems {

    @Test
    void load_unknownAuditType_suggestsTheClosest() {
      assertThat(problems("{\"month\": \"2026-07\", \"audit_type\": \"montly\"}"))
          .isEqualTo(
              "/programme/entries/0/audit_type: unknown audit type 'montly'; did you mean 'monthly'?\n");
    }

    @Test
    void load_unknownSamplingPlan_suggestsTheClosest() {
      assertThat(
              problems(
                  "{\"month\": \"2026-07\", \"audit_type\": \"monthly\", \"sampling_plan\": \"montly\"}"))
          .isEqualTo(
              "/programme/entries/0/sampling_plan: unknown sampling plan 'montly'; did you mean"
                  + " 'monthly'?\n");
    }

    @Test
    void load_endsBeforeItStarts_locatedAtUntilOnce() {
      assertThat(
              problems(
                  "{\"month\": \"2026-07\", \"until\": \"2026-05\", \"audit_type\": \"monthly\"}"))
          .isEqualTo(
              "/programme/entries/0/until: the entry ends in 2026-05, before it starts in 2026-07\n");
    }

    @Test
    void load_monthNotAMonth_isASchemaProblem() {
      List<Problem> problems =
          FrameworkLoaderTest.problems(with("{\"month\": \"July\", \"audit_type\": \"monthly\"}"));

      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/programme/entries/0/month");
                assertThat(p.message())
                    .isEqualTo("'July' is not allowed here: An ISO-8601 month, such as 2021-07.");
              });
    }

    @Test
    void load_negativePlanned_isASchemaProblem() {
      assertThat(
              FrameworkLoaderTest.problems(
                  with(
                      "{\"month\": \"2026-07\", \"audit_type\": \"monthly\","
                          + " \"planned\": -1}")))
          .singleElement()
          .extracting(Problem::pointer)
          .isEqualTo("/programme/entries/0/planned");
    }

    @Test
    void load_misspeltProperty_isASchemaProblem() {
      assertThat(
              FrameworkLoaderTest.problems(
                  with(
                      "{\"month\": \"2026-07\", \"audit_type\": \"monthly\"," + " \"planed\": 3}")))
          .singleElement()
          .extracting(Problem::message)
          .asString()
          .contains("planned");
    }
  }
}
