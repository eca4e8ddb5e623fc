package org.practiceaudit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceaudit.json.JsonGens.actions;
import static org.practiceaudit.json.JsonGens.audits;
import static org.practiceaudit.json.JsonGens.caseFiles;
import static org.practiceaudit.json.JsonGens.conversations;
import static org.practiceaudit.json.JsonGens.domains;
import static org.practiceaudit.json.JsonGens.involvements;
import static org.practiceaudit.json.JsonGens.kebab;
import static org.practiceaudit.json.JsonGens.moderations;
import static org.practiceaudit.json.JsonGens.scales;
import static org.practiceaudit.json.JsonGens.scoreScales;
import static org.practiceaudit.json.JsonGens.text;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.ConversationTiming;
import org.practiceaudit.core.audit.FeedbackSource;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.PractitionerConversation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.json.JsonMapper;

/** value → JSON → value is the identity for every bound type. All values are synthetic. */
final class AuditJsonRoundTripTest {

  private static final JsonMapper MAPPER = AuditJson.mapper();
  private static final GradeScale FIVE = JsonGens.FIVE;

  /**
   * Checks that every generated value, written as JSON and read back, equals itself. A failure
   * shrinks to a small value and reports the seed.
   */
  static <T> void roundTrips(Class<T> type, Gen<T> values) {
    qt().withFixedSeed(20261125L)
        .withExamples(300)
        .forAll(values)
        .checkAssert(
            value -> {
              String json = MAPPER.writeValueAsString(value);
              assertThat(MAPPER.readValue(json, type)).as(json).isEqualTo(value);
            });
  }

  @Nested
  final class AtomicTypes {
    @Test
    void ids_anyValue_roundTrip() {
      roundTrips(CaseId.class, kebab().map(k -> CaseId.of("C" + k)));
      roundTrips(PersonId.class, kebab().map(k -> PersonId.of("P" + k)));
      roundTrips(AuditId.class, kebab().map(k -> AuditId.of("A" + k)));
    }

    @Test
    void openSets_anyValue_roundTrip() {
      roundTrips(CaseCategory.class, kebab().map(CaseCategory::of));
      roundTrips(Role.class, kebab().map(Role::of));
    }

    @Test
    void enums_anyValue_roundTripAsKebabText() {
      roundTrips(AuditStatus.class, Generate.enumValues(AuditStatus.class));
      roundTrips(ActionStatus.class, Generate.enumValues(ActionStatus.class));
      roundTrips(ConcernFlag.class, Generate.enumValues(ConcernFlag.class));
      roundTrips(FeedbackSource.class, Generate.enumValues(FeedbackSource.class));
      roundTrips(ConversationTiming.class, Generate.enumValues(ConversationTiming.class));
      assertThat(MAPPER.writeValueAsString(AuditStatus.IN_PROGRESS)).isEqualTo("\"in-progress\"");
    }

    @Test
    void scalesScoresAndPeriods_anyValue_roundTrip() {
      roundTrips(GradeScale.class, scales());
      roundTrips(ScoreScale.class, scoreScales());
      roundTrips(
          DomainScore.class,
          Generate.oneOf(
              Generate.constant(DomainScore.notApplicable()),
              integers().all().map(DomainScore::of)));
      roundTrips(
          ReviewPeriod.class,
          // normalised periods: ReviewPeriod.ofMonths(20) keeps P20M while parse("P20M") gives
          // P1Y8M, and the two are not equal (an audit-core quirk reported to the lead), so
          // generate what parse yields
          integers()
              .between(1, 120)
              .flatMap(a -> integers().between(a, 120).map(b -> ReviewPeriod.ofMonths(a, b)))
              .map(p -> ReviewPeriod.parse(p.toString())));
    }

    @Test
    void grade_onOfstedByDefault_roundTripsAsLabel() {
      roundTrips(Grade.class, Generate.pick(GradeScale.ofsted().grades()));
      assertThat(MAPPER.writeValueAsString(GradeScale.ofsted().parse("RI")))
          .isEqualTo("\"Requires Improvement\"");
    }

    @Test
    void grade_onAnotherScale_isReadWithThatScale() {
      String json = MAPPER.writeValueAsString(FIVE.parse("Needs attention"));
      assertThat(AuditJson.reader(FIVE).forType(Grade.class).<Grade>readValue(json))
          .isEqualTo(FIVE.parse("Needs attention"));
      assertThatThrownBy(() -> MAPPER.readValue(json, Grade.class))
          .hasMessageContaining("unknown grade 'Needs attention'");
    }
  }

  @Nested
  final class CompositeTypes {
    @Test
    void frameworkParts_anyValue_roundTrip() {
      roundTrips(Indicator.class, kebab().zip(text(), Indicator::of));
      roundTrips(Domain.class, domains());
      roundTrips(
          AuditType.class,
          kebab()
              .zip(
                  text(),
                  integers().between(1, 24),
                  Generate.oneOf(text(), Generate.constant("")),
                  (id, name, months, description) ->
                      AuditType.builder()
                          .id(id)
                          .name(name)
                          .reviewPeriod(ReviewPeriod.parse("P" + months + "M"))
                          .description(description)
                          .build()));
    }

    @Test
    void escalationAndCalendarParts_anyValue_roundTrip() {
      roundTrips(
          org.practiceaudit.core.calendar.UkDivision.class,
          Generate.enumValues(org.practiceaudit.core.calendar.UkDivision.class));
      roundTrips(
          org.practiceaudit.core.calendar.FollowUpPolicy.class,
          Generate.oneOf(
              Generate.constant(org.practiceaudit.core.calendar.FollowUpPolicy.none()),
              integers()
                  .between(1, 8760)
                  .map(org.practiceaudit.core.calendar.FollowUpPolicy::elapsedHours),
              integers()
                  .between(1, 260)
                  .map(org.practiceaudit.core.calendar.FollowUpPolicy::workingDays)));
      roundTrips(
          org.practiceaudit.core.framework.EscalationCategory.class,
          integers()
              .between(1, 20)
              .zip(
                  text(),
                  Generate.oneOf(text(), Generate.constant("")),
                  integers().between(1, 20),
                  (level, name, meaning, days) ->
                      org.practiceaudit.core.framework.EscalationCategory.builder()
                          .level(level)
                          .name(name)
                          .meaning(meaning)
                          .followUp(
                              org.practiceaudit.core.calendar.FollowUpPolicy.workingDays(days))
                          .build()));
      assertThat(
              MAPPER.writeValueAsString(
                  org.practiceaudit.core.calendar.FollowUpPolicy.elapsedHours(48)))
          .isEqualTo("{\"hours\":48}");
    }

    @Test
    void auditDuePolicy_anyValue_roundTripsInTheConfigurationShape() {
      roundTrips(
          AuditDuePolicy.class,
          Generate.oneOf(
              Generate.pick(List.of(AuditDuePolicy.none(), AuditDuePolicy.endOfMonth())),
              integers().between(0, 260).map(AuditDuePolicy::workingDays),
              integers().between(0, 366).map(AuditDuePolicy::calendarDays)));
      assertThat(MAPPER.writeValueAsString(AuditDuePolicy.workingDays(10)))
          .isEqualTo("{\"working_days\":10}");
      assertThat(MAPPER.writeValueAsString(AuditDuePolicy.calendarDays(20)))
          .isEqualTo("{\"days\":20}");
      assertThat(MAPPER.writeValueAsString(AuditDuePolicy.endOfMonth()))
          .isEqualTo("\"end-of-month\"");
      assertThat(MAPPER.writeValueAsString(AuditDuePolicy.none())).isEqualTo("\"none\"");
      assertThatThrownBy(() -> MAPPER.readValue("\"10wd\"", AuditDuePolicy.class))
          .hasMessageContaining(
              "an audit due policy is {\"working_days\": N}, {\"days\": N}, \"end-of-month\" or \"none\"");
    }

    @Test
    void casesAndInvolvements_anyValue_roundTrip() {
      roundTrips(Involvement.class, involvements());
      roundTrips(CaseFile.class, caseFiles());
    }

    @Test
    void auditsAndTheirParts_anyValue_roundTrip() {
      roundTrips(RecommendedAction.class, actions());
      roundTrips(Moderation.class, moderations());
      roundTrips(PractitionerConversation.class, conversations());
      roundTrips(Audit.class, audits(GradeScale.ofsted()));
    }

    @Test
    void audit_onAnotherScale_roundTripsThroughTheScaleReader() {
      qt().withFixedSeed(7L)
          .withExamples(200)
          .forAll(audits(FIVE))
          .checkAssert(
              audit -> {
                String json = MAPPER.writeValueAsString(audit);
                assertThat(AuditJson.reader(FIVE).forType(Audit.class).<Audit>readValue(json))
                    .isEqualTo(audit);
              });
    }
  }

  @Nested
  final class Strictness {
    @Test
    void read_unknownProperty_isRejected() {
      String json =
          MAPPER
              .writeValueAsString(Indicator.of("spoken-alone", "Spoken to alone"))
              .replace("{", "{\"colour\":\"red\",");
      assertThatThrownBy(() -> MAPPER.readValue(json, Indicator.class))
          .hasMessageContaining("unknown property 'colour'");
    }

    @Test
    void read_invalidValue_isRejectedWithTheCoreMessage() {
      assertThatThrownBy(() -> MAPPER.readValue("\"bad id!\"", CaseId.class))
          .hasMessageContaining("invalid case id");
    }

    @Test
    void read_missingRequiredProperty_namesTheJsonProperty() {
      String json = "{\"audit_type\":\"case-file\"}";
      assertThatThrownBy(() -> MAPPER.readValue(json, ProgrammeEntry.class))
          .hasMessageContaining("invalid ProgrammeEntry: missing 'month'")
          .hasMessageNotContaining("required attributes");
    }

    @Test
    void read_renamedRequiredPropertyMissing_namesTheRenamedProperty() {
      String json = "{\"category\":\"cin\",\"team\":\"north\",\"opened_on\":\"2026-01-05\"}";
      assertThatThrownBy(() -> MAPPER.readValue(json, CaseFile.class))
          .hasMessageContaining("missing 'case_id'")
          .hasMessageNotContaining("[id]");
    }

    @Test
    void read_textWhereANumberIsExpected_neverRepeatsTheText() {
      String json =
          "{\"month\":\"2026-04\",\"audit_type\":\"case-file\",\"planned\":\"SYNTHETIC free"
              + " text about a child\"}";
      assertThatThrownBy(() -> MAPPER.readValue(json, ProgrammeEntry.class))
          .hasMessageContaining("invalid ProgrammeEntry: 'planned' expects a whole number")
          .hasMessageContaining("not repeated")
          .hasMessageNotContaining("free text");
    }

    @Test
    void read_impossibleDateInABoundValue_saysWhatADateLooksLike() {
      String json =
          "{\"case_id\":\"SYN-1\",\"category\":\"cin\",\"team\":\"north\",\"opened_on\":\"2026-13-01\"}";
      assertThatThrownBy(() -> MAPPER.readValue(json, CaseFile.class))
          .hasMessageContaining("invalid CaseFile: 'opened_on' expects a date such as 2026-03-30")
          .hasMessageNotContaining("2026-13-01");
    }

    @Test
    void write_dates_areIsoText() {
      assertThat(
              MAPPER.writeValueAsString(
                  Moderation.of(
                      PersonId.of("M1"), GradeScale.ofsted().best(), LocalDate.of(2026, 3, 30))))
          .contains("\"moderated_on\":\"2026-03-30\"");
    }
  }
}
