package org.practiceaudit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.ConversationTiming;
import org.practiceaudit.core.audit.FeedbackSource;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.PractitionerConversation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import tools.jackson.databind.json.JsonMapper;

/** value → JSON → value is the identity for every bound type. All values are synthetic. */
final class AuditJsonRoundTripTest {

  private static final JsonMapper MAPPER = AuditJson.mapper();
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final GradeScale FIVE =
      GradeScale.of(
              "report-card-5",
              List.of("Exceptional", "Strong", "Expected", "Needs attention", "Urgent"))
          .withAlias("NA-1", "Urgent");

  static <T> void roundTrips(Class<T> type, Function<Random, T> generator) {
    qt().withFixedSeed(20261125L)
        .withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              T value = generator.apply(new Random(seed));
              String json = MAPPER.writeValueAsString(value);
              assertThat(MAPPER.readValue(json, type)).as(json).isEqualTo(value);
            });
  }

  static String kebab(Random r) {
    int parts = 1 + r.nextInt(3);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        b.append('-');
      }
      for (int j = 0, n = 1 + r.nextInt(8); j < n; j++) {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }

  static String text(Random r) {
    StringBuilder b = new StringBuilder("t");
    for (int i = 0, n = r.nextInt(40); i < n; i++) {
      b.append((char) (r.nextInt(5) == 0 ? 0x20 + r.nextInt(0x2000) : 'a' + r.nextInt(26)));
    }
    return b.toString();
  }

  static LocalDate date(Random r) {
    return LocalDate.of(1990, 1, 1).plusDays(r.nextInt(20_000));
  }

  static <E> E pick(Random r, List<E> options) {
    return options.get(r.nextInt(options.size()));
  }

  static GradeScale scale(Random r) {
    return r.nextBoolean() ? GradeScale.ofsted() : FIVE;
  }

  static ScoreScale scoreScale(Random r) {
    int min = r.nextInt(2001) - 1000;
    ScoreScale s = ScoreScale.of(min, min + 1 + r.nextInt(1000));
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      s = s.withAnchor(s.min() + r.nextInt(s.max() - s.min() + 1), text(r));
    }
    return s;
  }

  static Domain domain(Random r) {
    var b = Domain.builder().id(kebab(r)).title(text(r)).scoreScale(scoreScale(r));
    if (r.nextBoolean()) {
      b.guidance(text(r));
    }
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      b.addGoodIndicator(Indicator.of("g" + i, text(r)));
    }
    for (int i = 0, n = r.nextInt(3); i < n; i++) {
      b.addOutstandingIndicator(Indicator.of("o" + i, text(r)));
    }
    return b.build();
  }

  static Involvement involvement(Random r) {
    LocalDate from = date(r);
    var b =
        Involvement.builder()
            .person(PersonId.of("P" + r.nextInt(100_000)))
            .role(pick(r, List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.of(kebab(r)))))
            .from(from);
    if (r.nextBoolean()) {
      b.to(from.plusDays(r.nextInt(900)));
    }
    return b.build();
  }

  static CaseFile caseFile(Random r) {
    LocalDate opened = date(r);
    ImmutableCaseFile.Builder b =
        CaseFile.builder()
            .id(CaseId.of("SYN-" + r.nextInt(1_000_000)))
            .category(
                pick(
                    r,
                    List.of(
                        CaseCategory.CHILD_IN_NEED,
                        CaseCategory.LOOKED_AFTER,
                        CaseCategory.of(kebab(r)))))
            .team(text(r))
            .openedOn(opened);
    if (r.nextBoolean()) {
      b.allocatedWorker(PersonId.of("W" + r.nextInt(500)));
    }
    if (r.nextBoolean()) {
      b.closedOn(opened.plusDays(r.nextInt(2000)));
    }
    if (r.nextBoolean()) {
      b.lastAuditedOn(date(r));
    }
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      b.addInvolvement(involvement(r));
    }
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      b.putAttribute(kebab(r).replace('-', '_'), text(r));
    }
    return b.build();
  }

  static RecommendedAction action(Random r) {
    var b = RecommendedAction.builder().description(text(r));
    ActionStatus status = pick(r, List.of(ActionStatus.values()));
    b.status(status);
    if (status.isOutstanding() == false) {
      b.closedOn(date(r));
    }
    if (r.nextBoolean()) {
      b.owner(PersonId.of("O" + r.nextInt(100)));
    }
    if (r.nextBoolean()) {
      b.dueOn(date(r));
    }
    return b.build();
  }

  static Audit audit(Random r, GradeScale scale) {
    AuditStatus status = pick(r, List.of(AuditStatus.values()));
    LocalDate allocated = date(r);
    ImmutableAudit.Builder b =
        Audit.builder()
            .id(AuditId.of("A-" + r.nextInt(1_000_000)))
            .caseId(CaseId.of("SYN-" + r.nextInt(1000)))
            .auditor(PersonId.of("AU" + r.nextInt(100)))
            .frameworkId(kebab(r))
            .frameworkVersion("1." + r.nextInt(9))
            .auditType(kebab(r))
            .status(status)
            .allocatedOn(allocated);
    if (status.isCompleted()) {
      b.completedOn(allocated.plusDays(r.nextInt(60)));
      if (r.nextBoolean()) {
        b.moderation(Moderation.of(PersonId.of("M1"), pick(r, scale.grades()), date(r)));
      }
    }
    if (r.nextBoolean()) {
      b.agency(kebab(r));
    }
    if (r.nextBoolean()) {
      LocalDate from = date(r);
      b.reviewedFrom(from).reviewedTo(from.plusMonths(12));
    }
    for (int i = 0, n = r.nextInt(7); i < n; i++) {
      b.putScore(
          "d" + i,
          r.nextInt(4) == 0 ? DomainScore.notApplicable() : DomainScore.of(r.nextInt(21) - 5));
      b.putAreaGrade("d" + i, pick(r, scale.grades()));
    }
    if (r.nextBoolean()) {
      b.overallGrade(pick(r, scale.grades()));
    }
    for (int i = 0, n = r.nextInt(3); i < n; i++) {
      b.addEvidencedIndicator(kebab(r));
      b.addConcern(pick(r, List.of(ConcernFlag.values())));
      b.addFeedbackFrom(pick(r, List.of(FeedbackSource.values())));
      b.addNotified(pick(r, List.of("head-of-service", "qa-unit")));
      b.addAction(action(r));
      b.putAttribute(kebab(r), text(r));
    }
    if (r.nextBoolean()) {
      b.escalationCategory(1 + r.nextInt(4));
      b.escalatedAt(Instant.ofEpochSecond(1_500_000_000L + r.nextInt(300_000_000)));
      if (r.nextBoolean()) {
        b.followedUpAt(Instant.ofEpochSecond(1_800_000_000L + r.nextInt(300_000_000)));
      }
    }
    if (r.nextBoolean()) {
      b.practitionerConversation(
          PractitionerConversation.of(
              PersonId.of("SW" + r.nextInt(50)),
              pick(r, List.of(ConversationTiming.values())),
              date(r)));
    }
    return b.build();
  }

  @Nested
  final class AtomicTypes {
    @Test
    void ids_roundTrip() {
      roundTrips(CaseId.class, r -> CaseId.of("C" + kebab(r)));
      roundTrips(PersonId.class, r -> PersonId.of("P" + kebab(r)));
      roundTrips(AuditId.class, r -> AuditId.of("A" + kebab(r)));
    }

    @Test
    void openSets_roundTrip() {
      roundTrips(CaseCategory.class, r -> CaseCategory.of(kebab(r)));
      roundTrips(Role.class, r -> Role.of(kebab(r)));
    }

    @Test
    void enums_roundTripAsKebabText() {
      roundTrips(AuditStatus.class, r -> pick(r, List.of(AuditStatus.values())));
      roundTrips(ActionStatus.class, r -> pick(r, List.of(ActionStatus.values())));
      roundTrips(ConcernFlag.class, r -> pick(r, List.of(ConcernFlag.values())));
      roundTrips(FeedbackSource.class, r -> pick(r, List.of(FeedbackSource.values())));
      roundTrips(ConversationTiming.class, r -> pick(r, List.of(ConversationTiming.values())));
      assertThat(MAPPER.writeValueAsString(AuditStatus.IN_PROGRESS)).isEqualTo("\"in-progress\"");
    }

    @Test
    void scalesScoresAndPeriods_roundTrip() {
      roundTrips(GradeScale.class, r -> scale(r));
      roundTrips(ScoreScale.class, r -> scoreScale(r));
      roundTrips(
          DomainScore.class,
          r -> r.nextInt(5) == 0 ? DomainScore.notApplicable() : DomainScore.of(r.nextInt()));
      roundTrips(
          ReviewPeriod.class,
          r -> {
            int a = 1 + r.nextInt(120);
            // normalised periods: ReviewPeriod.ofMonths(20) keeps P20M while parse("P20M") gives
            // P1Y8M, and the
            // two are not equal (an audit-core quirk reported to the lead), so generate what parse
            // yields
            return ReviewPeriod.parse(ReviewPeriod.ofMonths(a, a + r.nextInt(121 - a)).toString());
          });
    }

    @Test
    void grade_onOfstedByDefault_roundTripsAsLabel() {
      roundTrips(Grade.class, r -> pick(r, GradeScale.ofsted().grades()));
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
    void frameworkParts_roundTrip() {
      roundTrips(Indicator.class, r -> Indicator.of(kebab(r), text(r)));
      roundTrips(Domain.class, AuditJsonRoundTripTest::domain);
      roundTrips(
          AuditType.class,
          r ->
              AuditType.builder()
                  .id(kebab(r))
                  .name(text(r))
                  .reviewPeriod(ReviewPeriod.parse("P" + (1 + r.nextInt(24)) + "M"))
                  .description(r.nextBoolean() ? text(r) : "")
                  .build());
    }

    @Test
    void escalationAndCalendarParts_roundTrip() {
      roundTrips(
          org.practiceaudit.core.calendar.UkDivision.class,
          r -> pick(r, List.of(org.practiceaudit.core.calendar.UkDivision.values())));
      roundTrips(
          org.practiceaudit.core.calendar.FollowUpPolicy.class,
          r ->
              pick(
                  r,
                  List.of(
                      org.practiceaudit.core.calendar.FollowUpPolicy.none(),
                      org.practiceaudit.core.calendar.FollowUpPolicy.elapsedHours(
                          1 + r.nextInt(8760)),
                      org.practiceaudit.core.calendar.FollowUpPolicy.workingDays(
                          1 + r.nextInt(260)))));
      roundTrips(
          org.practiceaudit.core.framework.EscalationCategory.class,
          r ->
              org.practiceaudit.core.framework.EscalationCategory.builder()
                  .level(1 + r.nextInt(20))
                  .name(text(r))
                  .meaning(r.nextBoolean() ? text(r) : "")
                  .followUp(
                      org.practiceaudit.core.calendar.FollowUpPolicy.workingDays(1 + r.nextInt(20)))
                  .build());
      assertThat(
              MAPPER.writeValueAsString(
                  org.practiceaudit.core.calendar.FollowUpPolicy.elapsedHours(48)))
          .isEqualTo("{\"hours\":48}");
    }

    @Test
    void auditDuePolicy_roundTripsInTheConfigurationShape() {
      roundTrips(
          AuditDuePolicy.class,
          r ->
              pick(
                  r,
                  List.of(
                      AuditDuePolicy.none(), AuditDuePolicy.endOfMonth(),
                      AuditDuePolicy.workingDays(r.nextInt(261)),
                          AuditDuePolicy.calendarDays(r.nextInt(367)))));
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
    void casesAndInvolvements_roundTrip() {
      roundTrips(Involvement.class, AuditJsonRoundTripTest::involvement);
      roundTrips(CaseFile.class, AuditJsonRoundTripTest::caseFile);
    }

    @Test
    void auditsAndTheirParts_roundTrip() {
      roundTrips(RecommendedAction.class, AuditJsonRoundTripTest::action);
      roundTrips(
          Moderation.class,
          r ->
              Moderation.of(
                  PersonId.of("M" + r.nextInt(9)), pick(r, GradeScale.ofsted().grades()), date(r)));
      roundTrips(
          PractitionerConversation.class,
          r ->
              PractitionerConversation.of(
                  PersonId.of("S1"), pick(r, List.of(ConversationTiming.values())), date(r)));
      roundTrips(Audit.class, r -> audit(r, GradeScale.ofsted()));
    }

    @Test
    void audit_onAnotherScale_roundTripsThroughTheScaleReader() {
      qt().withFixedSeed(7L)
          .withExamples(200)
          .forAll(longs().all())
          .checkAssert(
              seed -> {
                Audit audit = audit(new Random(seed), FIVE);
                String json = MAPPER.writeValueAsString(audit);
                assertThat(AuditJson.reader(FIVE).forType(Audit.class).<Audit>readValue(json))
                    .isEqualTo(audit);
              });
    }
  }

  @Nested
  final class Strictness {
    @Test
    void unknownProperty_isRejected() {
      String json =
          MAPPER
              .writeValueAsString(Indicator.of("spoken-alone", "Spoken to alone"))
              .replace("{", "{\"colour\":\"red\",");
      assertThatThrownBy(() -> MAPPER.readValue(json, Indicator.class))
          .hasMessageContaining("unknown property 'colour'");
    }

    @Test
    void invalidValue_isRejectedWithTheCoreMessage() {
      assertThatThrownBy(() -> MAPPER.readValue("\"bad id!\"", CaseId.class))
          .hasMessageContaining("invalid case id");
    }

    @Test
    void datesAreIsoText() {
      assertThat(
              MAPPER.writeValueAsString(
                  Moderation.of(
                      PersonId.of("M1"), GradeScale.ofsted().best(), LocalDate.of(2026, 3, 30))))
          .contains("\"moderated_on\":\"2026-03-30\"");
    }
  }
}
