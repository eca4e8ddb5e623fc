package org.practiceaudit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceaudit.json.AuditJsonRoundTripTest.roundTrips;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.agreement.Agreements;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.allocation.Unallocated;
import org.practiceaudit.core.allocation.UnallocatedReason;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.moderation.ModerationSample;
import org.practiceaudit.core.programme.EntryProgress;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.programme.ProgrammeProgress;
import org.practiceaudit.core.quota.DateRange;
import org.practiceaudit.core.quota.PersonQuotaStatus;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.QuotaReport;
import org.practiceaudit.core.quota.QuotaTracker;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.quota.RoleQuotaStatus;
import org.practiceaudit.core.report.AuditDeadline;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.EscalationDeadline;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.core.sampling.AllocationBound;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.sampling.StratumAllocation;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.rules.Outcome;
import org.quicktheories.api.Pair;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Interchange of samples, allocations, quotas, reports and statistics. All values are synthetic.
 */
final class InterchangeTest {

  private static final JsonMapper MAPPER = AuditJson.mapper();

  /** A small fixed sample, for the tests of malformed input. */
  static Sample fixedSample() {
    return Sample.builder()
        .planName("synthetic")
        .algorithm("synthetic/1")
        .seed(Seed.of(1))
        .asOf(LocalDate.of(2026, 1, 5))
        .populationFingerprint("0123456789abcdef".repeat(4))
        .addStrata("team")
        .populationSize(3)
        .openPopulation(3)
        .eligible(3)
        .plannedSize(1)
        .addAllocations(
            StratumAllocation.builder()
                .putKey("team", "north")
                .eligible(3)
                .target(1)
                .selected(1)
                .bound(AllocationBound.values()[0])
                .build())
        .addSelectedIds(CaseId.of("C1"))
        .build();
  }

  @Nested
  final class RoundTrips {

    @Test
    void ruleOutcome_anyValue_roundTrips() {
      roundTrips(Outcome.class, JsonGens.outcomes());
    }

    @Test
    void sample_anyValue_roundTrips() {
      roundTrips(Sample.class, JsonGens.samples());
    }

    @Test
    void moderationSample_anyValue_roundTrips() {
      roundTrips(ModerationSample.class, JsonGens.moderationSamples());
    }

    @Test
    void moderationPolicy_onEitherScale_roundTripsThroughTheScaleReader() {
      qt().withFixedSeed(20261125L)
          .withExamples(300)
          .forAll(
              JsonGens.scales()
                  .flatMap(scale -> JsonGens.policies(scale).map(p -> Pair.of(scale, p))))
          .checkAssert(
              pair -> {
                GradeScale scale = pair._1;
                ModerationPolicy policy = pair._2;
                String json = MAPPER.writeValueAsString(policy);
                assertThat(
                        AuditJson.reader(scale)
                            .forType(ModerationPolicy.class)
                            .<ModerationPolicy>readValue(json))
                    .as(json)
                    .isEqualTo(policy);
              });
    }

    @Test
    void allocation_anyValue_roundTrips() {
      roundTrips(Allocation.class, JsonGens.allocations());
    }

    @Test
    void roleQuota_anyValue_roundTrips() {
      roundTrips(RoleQuota.class, JsonGens.quotas());
    }

    @Test
    void statistic_anyValue_roundTripsBothForms() {
      qt().withFixedSeed(20261125L)
          .withExamples(500)
          .forAll(doubles().any())
          .checkAssert(
              d -> {
                Statistic s =
                    Double.isFinite(d)
                        ? Statistic.of(d)
                        : Statistic.notComputable("synthetic reason");
                String json = MAPPER.writeValueAsString(s);
                assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
                assertThat(MAPPER.readValue(json, Statistic.class)).as(json).isEqualTo(s);
              });
    }
  }

  @Nested
  final class Shapes {

    @Test
    void write_notComputableStatistic_isWrittenWithItsReason() {
      assertThat(MAPPER.writeValueAsString(Statistic.notComputable("no moderated pairs")))
          .isEqualTo("{\"not_computable\":\"no moderated pairs\"}");
      assertThat(MAPPER.writeValueAsString(Statistic.of(0.5))).isEqualTo("{\"value\":0.5}");
    }

    @Test
    void agreementOnNoPairs_isWrittenAsNotComputable_neverNaN() {
      JsonNode tree = MAPPER.valueToTree(Agreements.summarise(AgreementTable.empty(4)));
      assertThat(tree.path("pairs").longValue()).isZero();
      assertThat(tree.path("cohen_kappa").has("not_computable")).isTrue();
      assertThat(tree.path("cohen_kappa").path("not_computable").stringValue()).isNotBlank();
      assertThat(tree.path("ordinal_alpha").has("value")).isFalse();
      assertThat(tree.toString()).doesNotContain("NaN");
    }

    @Test
    void sample_drawnBySampler_roundTrips() {
      List<CaseFile> cases = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        cases.add(
            CaseFile.builder()
                .id(CaseId.of("C" + i))
                .category(i % 3 == 0 ? CaseCategory.CHILD_PROTECTION : CaseCategory.LOOKED_AFTER)
                .team("team-" + (i % 4))
                .openedOn(LocalDate.of(2025, 1, 1).plusDays(i))
                .putAttribute("rag", i % 5 == 0 ? "red" : "green")
                .build());
      }
      SamplingPlan plan =
          SamplingPlan.builder()
              .name("synthetic")
              .shareOfOpen(new BigDecimal("0.10"))
              .addStrata("rag", SamplingPlan.TEAM)
              .minimumPerStratum(1)
              .build();
      Sample sample = Sampler.draw(cases, plan, LocalDate.of(2026, 1, 5), Seed.of(20261125L));
      assertThat(sample.selectedIds()).isNotEmpty();
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(sample), Sample.class))
          .isEqualTo(sample);
    }

    /**
     * A deadline is {@code {kind, due, due_at}}, the names of the {@code check --json} contract
     * (issue 18); before, the date was written {@code due_date}.
     */
    @Test
    void write_workingDaysDeadline_isWrittenWithKindDueAndDueAt() {
      JsonNode tree = MAPPER.valueToTree(Deadline.endOf(LocalDate.of(2027, 1, 20)));
      assertThat(tree.propertyNames()).containsExactly("kind", "due", "due_at");
      assertThat(tree.path("kind").stringValue()).isEqualTo("working-days");
      assertThat(tree.path("due").stringValue()).isEqualTo("2027-01-20");
      assertThat(
              MAPPER.readValue(
                  "{\"kind\":\"working-days\",\"due\":\"2027-01-20\"}", Deadline.class))
          .isEqualTo(Deadline.endOf(LocalDate.of(2027, 1, 20)));
      assertThatThrownBy(
              () ->
                  MAPPER.readValue(
                      "{\"kind\":\"working-days\",\"due_date\":\"2027-01-20\"}", Deadline.class))
          .hasMessageContaining("unknown property 'due_date'");
    }

    @Test
    void read_statisticWithBothForms_isRejected() {
      assertThatThrownBy(
              () -> MAPPER.readValue("{\"value\":1,\"not_computable\":\"x\"}", Statistic.class))
          .hasMessageContaining("a statistic is");
    }

    @Test
    void write_unallocated_carriesReasonAndExplanation() {
      Allocation a =
          Allocation.builder()
              .cost(0)
              .addUnallocated(
                  Unallocated.builder()
                      .caseId(CaseId.of("C1"))
                      .team("north")
                      .reason(UnallocatedReason.NO_INDEPENDENT_AUDITOR)
                      .independentCount(0)
                      .build())
              .build();
      JsonNode tree = MAPPER.valueToTree(a);
      JsonNode u = tree.path("unallocated").get(0);
      assertThat(u.path("reason").stringValue()).isEqualTo("no-independent-auditor");
      assertThat(u.path("explanation").stringValue())
          .isEqualTo(a.unallocated().get(0).explanation());
    }

    @Test
    void sample_unknownProperty_isRejected() {
      String json = MAPPER.writeValueAsString(fixedSample()).replaceFirst("\\{", "{\"colour\":1,");
      assertThatThrownBy(() -> MAPPER.readValue(json, Sample.class))
          .hasMessageContaining("unknown property 'colour'");
    }

    @Test
    void sample_brokenInvariant_isRejectedWithTheCoreMessage() {
      String json =
          MAPPER
              .writeValueAsString(fixedSample())
              .replaceFirst(
                  "\"population_fingerprint\":\"[0-9a-f]+\"", "\"population_fingerprint\":\"xyz\"");
      assertThatThrownBy(() -> MAPPER.readValue(json, Sample.class))
          .hasMessageContaining("fingerprint must be 64");
    }

    @Test
    void read_writeOnlyReport_isRejected() {
      assertThatThrownBy(() -> MAPPER.readValue("{}", AuditReport.class))
          .isInstanceOf(tools.jackson.core.JacksonException.class);
    }
  }

  @Nested
  final class Golden {

    @Test
    void write_auditReport_matchesGolden() {
      assertGolden("audit-report.json", report());
    }

    @Test
    void write_quotaReport_matchesGolden() {
      RoleQuota tm = RoleQuota.of(Role.TEAM_MANAGER, 2, QuotaPeriod.PER_CYCLE);
      QuotaReport report =
          QuotaReport.builder()
              .addPeople(
                  PersonQuotaStatus.builder().person(PersonId.of("P1")).quota(tm).done(1).build())
              .addRoles(
                  RoleQuotaStatus.builder()
                      .quota(tm)
                      .people(3)
                      .done(5)
                      .doneWithinQuota(4)
                      .peopleMeeting(1)
                      .build())
              .build();
      assertGolden("quota-report.json", report);
    }

    @Test
    void write_multiAgencyOverview_matchesGolden() {
      GradeScale ofsted = GradeScale.ofsted();
      List<Audit> audits = new ArrayList<>();
      String[] agencies = {"health", "police", "social-care"};
      for (int i = 0; i < 3; i++) {
        audits.add(
            Audit.builder()
                .id(AuditId.of("MA" + i))
                .caseId(CaseId.of("C9"))
                .auditor(PersonId.of("P" + i))
                .frameworkId("london")
                .frameworkVersion("1")
                .auditType("multi-agency")
                .agency(agencies[i])
                .status(AuditStatus.COMPLETED)
                .allocatedOn(LocalDate.of(2026, 3, 2))
                .completedOn(LocalDate.of(2026, 3, 20))
                .putAreaGrade("planning", ofsted.ofRank(i))
                .putAreaGrade("outcomes", ofsted.ofRank(1))
                .overallGrade(ofsted.ofRank(i))
                .build());
      }
      assertGolden("multi-agency-overview.json", MultiAgencyOverview.of(audits, ofsted));
    }

    @Test
    void write_programmeProgress_matchesGolden() {
      ProgrammeEntry march =
          ProgrammeEntry.builder()
              .month(YearMonth.of(2026, 3))
              .auditType("thematic")
              .theme("neglect")
              .planned(12)
              .build();
      ProgrammeEntry spring =
          ProgrammeEntry.builder()
              .month(YearMonth.of(2026, 4))
              .until(YearMonth.of(2026, 6))
              .auditType("practice-week")
              .notes("synthetic note")
              .build();
      ProgrammeProgress progress =
          ProgrammeProgress.builder()
              .addEntries(EntryProgress.builder().entry(march).done(7).build())
              .addEntries(EntryProgress.builder().entry(spring).done(3).build())
              .doneTotal(10)
              .build();
      assertGolden("programme-progress.json", progress);
    }
  }

  /**
   * A report over a fixed set of synthetic audits, covering grades, moderation, escalations and
   * actions.
   */
  static AuditReport report() {
    GradeScale ofsted = GradeScale.ofsted();
    List<Domain> domains =
        List.of(
            Domain.builder()
                .id("voice")
                .title("Voice of the child")
                .scoreScale(ScoreScale.of(1, 10))
                .build(),
            Domain.builder()
                .id("planning")
                .title("Planning")
                .scoreScale(ScoreScale.of(1, 10))
                .build());
    ReportSpec spec =
        ReportSpec.builder()
            .addAllDomains(domains)
            .gradeScale(ofsted)
            .asOf(Instant.parse("2026-07-01T09:00:00Z"))
            .auditDeadline(AuditDeadline.daysAfterAllocation(20))
            .escalationDeadline(EscalationDeadline.elapsedHours(Map.of(1, 48)))
            .addCohortAttributes("team")
            .quotas(
                QuotaTracker.of(List.of(RoleQuota.of(Role.TEAM_MANAGER, 2, QuotaPeriod.PER_CYCLE)))
                    .scope(
                        Map.of(PersonId.of("P1"), Role.TEAM_MANAGER),
                        DateRange.parse("2026-01-01/2026-12-31"),
                        DateRange.parse("2026-04-01/2026-06-30")))
            .build();
    Random r = new Random(20260701L);
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      LocalDate allocated = LocalDate.of(2026, 3, 2).plusDays(9L * i);
      var b =
          Audit.builder()
              .id(AuditId.of("A" + i))
              .caseId(CaseId.of("C" + i))
              .auditor(PersonId.of("P" + (i % 3)))
              .frameworkId("synthetic")
              .frameworkVersion("1")
              .auditType("monthly")
              .status(i % 5 == 4 ? AuditStatus.ALLOCATED : AuditStatus.COMPLETED)
              .allocatedOn(allocated)
              .putAttribute("team", "team-" + (i % 2));
      if (i % 5 != 4) {
        b.completedOn(allocated.plusDays(5 + r.nextInt(30)))
            .putScore("voice", DomainScore.of(1 + r.nextInt(10)))
            .putScore(
                "planning",
                i % 4 == 0 ? DomainScore.notApplicable() : DomainScore.of(1 + r.nextInt(10)))
            .overallGrade(ofsted.ofRank(r.nextInt(4)));
        if (i % 3 == 0) {
          b.moderation(
              Moderation.of(
                  PersonId.of("M1"), ofsted.ofRank(r.nextInt(4)), allocated.plusDays(40)));
        }
      }
      if (i == 6) {
        b.escalationCategory(1).escalatedAt(Instant.parse("2026-06-28T10:00:00Z"));
      }
      audits.add(b.build());
    }
    return ReportAggregate.of(spec, audits).toReport();
  }

  static void assertGolden(String name, Object value) {
    String actual = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    String path = "/org/practiceaudit/json/golden/" + name;
    if (Boolean.getBoolean("golden.update")) {
      try {
        java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources" + path), actual);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    try (InputStream in = InterchangeTest.class.getResourceAsStream(path)) {
      assertThat(in)
          .as("golden file " + path + " (write it with -Dgolden.update=true, then review it)")
          .isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
