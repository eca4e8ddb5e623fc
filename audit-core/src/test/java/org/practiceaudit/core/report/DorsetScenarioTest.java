package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Rebuilds the kind of figures in Dorset's monthly audit report for June 2019 (seed document 001,
 * sections 3 to 5) from synthetic audits: compliance 76%, overall average 6.2 in May and 6.9 in
 * June, weakest domain supervision (5.9 June LAC, 5.8 CWAD), strongest voice of the child (7.4 LAC,
 * 7.8 CWAD), 5 Outstanding (15%), 47% Good, 2 Inadequate; CWAD 62% Good, none Outstanding or
 * Inadequate. Synthetic data only: no real case or person.
 */
final class DorsetScenarioTest {

  static final GradeScale OFSTED = GradeScale.ofsted();
  static final List<Domain> SEVEN =
      List.of(
          SyntheticAudits.domain("voice", "Voice of the child", 1, 10),
          SyntheticAudits.domain("assessment", "Assessment", 1, 10),
          SyntheticAudits.domain("planning", "Planning", 1, 10),
          SyntheticAudits.domain("supervision", "Supervision and management oversight", 1, 10),
          SyntheticAudits.domain("equality", "Equality and diversity", 1, 10),
          SyntheticAudits.domain("recording", "Recording", 1, 10),
          SyntheticAudits.domain("impact", "Impact", 1, 10));
  static final ReportSpec SPEC =
      ReportSpec.builder()
          .addAllDomains(SEVEN)
          .gradeScale(OFSTED)
          .asOf(Instant.parse("2019-07-01T09:00:00Z"))
          .auditDeadline(AuditDeadline.daysAfterAllocation(20))
          .addAllCohortAttributes(ReportSpec.DORSET_COHORTS)
          .build();

  /** Builds {@code n} completed audits whose domain sums are exactly {@code sums}, spread ±1. */
  static List<Audit> month(
      String prefix, String category, LocalDate allocated, int n, int[] sums, int[] grades) {
    List<Audit> audits = new ArrayList<>();
    int graded = 0;
    int grade = 0;
    for (int i = 0; i < n; i++) {
      ImmutableAudit.Builder audit =
          Audit.builder()
              .id(AuditId.of(prefix + i))
              .caseId(CaseId.of("SYN-" + prefix + i))
              .auditor(PersonId.of("AUD" + (i % 5)))
              .frameworkId("dorset-synthetic")
              .frameworkVersion("2019")
              .auditType("monthly")
              .status(AuditStatus.COMPLETED)
              .allocatedOn(allocated)
              .completedOn(allocated.plusDays(17))
              .putAttribute("category", category)
              .putAttribute("team", i % 2 == 0 ? "east" : "west");
      for (int d = 0; d < sums.length; d++) {
        int base = sums[d] / n;
        int extra = i < sums[d] % n ? 1 : 0;
        int wobble = n % 2 == 0 || i < n - 1 ? (i % 2 == 0 ? 1 : -1) : 0;
        audit.putScore(SEVEN.get(d).id(), DomainScore.of(base + extra + wobble));
      }
      while (grade < grades.length && graded == grades[grade]) {
        grade++;
        graded = 0;
      }
      audit.overallGrade(OFSTED.ofRank(grade));
      graded++;
      audits.add(audit.build());
    }
    return audits;
  }

  static List<Audit> notCompleted(int n, LocalDate allocated) {
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      audits.add(
          Audit.builder()
              .id(AuditId.of("JUN-OPEN-" + i))
              .caseId(CaseId.of("SYN-OPEN-" + i))
              .auditor(PersonId.of("AUD" + i % 5))
              .frameworkId("dorset-synthetic")
              .frameworkVersion("2019")
              .auditType("monthly")
              .status(AuditStatus.ALLOCATED)
              .allocatedOn(allocated)
              .build());
    }
    return audits;
  }

  static final LocalDate JUNE = LocalDate.of(2019, 6, 3);
  // voice, assessment, planning, supervision, equality, recording, impact
  static final List<Audit> JUNE_LAC =
      month(
          "JUN",
          "looked-after",
          JUNE,
          34,
          new int[] {252, 238, 238, 201, 238, 238, 237},
          new int[] {5, 16, 11, 2});
  static final List<Audit> MAY_LAC =
      month(
          "MAY",
          "looked-after",
          LocalDate.of(2019, 5, 1),
          31,
          new int[] {192, 192, 192, 192, 192, 192, 193},
          new int[] {3, 14, 12, 2});
  static final List<Audit> APRIL_CWAD =
      month(
          "APR",
          "disabled-children",
          LocalDate.of(2019, 4, 1),
          13,
          new int[] {101, 90, 90, 75, 90, 91, 91},
          new int[] {0, 8, 5, 0});

  static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  @Test
  void toReport_juneAudits_rebuildsComplianceAveragesAndJudgements() {
    List<Audit> june = new ArrayList<>(JUNE_LAC);
    june.addAll(notCompleted(11, JUNE));
    AuditReport report = ReportAggregate.of(SPEC, june).toReport();

    assertThat(report.compliance().allocated()).isEqualTo(45);
    assertThat(report.compliance().completedOnTime()).isEqualTo(34);
    assertThat(report.compliance().overdue()).isEqualTo(11);
    assertThat(Math.round(100 * report.compliance().onTime().share().orElse(0))).isEqualTo(76);

    assertThat(oneDecimal(report.overallAverage().orElse(0))).isEqualTo("6.9");
    assertThat(report.weakestDomain()).contains("supervision");
    assertThat(report.strongestDomain()).contains("voice");
    assertThat(oneDecimal(report.domains().get(3).average().orElse(0))).isEqualTo("5.9");
    assertThat(oneDecimal(report.domains().get(0).average().orElse(0))).isEqualTo("7.4");
    assertThat(report.domains().get(0).scored()).isEqualTo(34);

    GradeDistribution grades = report.grades();
    assertThat(grades.graded()).isEqualTo(34);
    assertThat(grades.grades()).extracting(GradeCount::count).containsExactly(5L, 16L, 11L, 2L);
    assertThat(grades.grades())
        .extracting(GradeCount::tenthsOfPercent)
        .containsExactly(147, 471, 323, 59);
    assertThat(grades.goodOrBetter().count()).isEqualTo(21);
  }

  @Test
  void merge_twoMonths_givesTrendNoteAndCohortComparison() {
    ReportAggregate april = ReportAggregate.of(SPEC, APRIL_CWAD);
    ReportAggregate may = ReportAggregate.of(SPEC, MAY_LAC);
    ReportAggregate june = ReportAggregate.of(SPEC, JUNE_LAC);
    AuditReport report = april.merge(may).merge(june).toReport();

    Trend overall = report.overallTrend();
    assertThat(overall.months())
        .extracting(MonthlyAverage::month)
        .containsExactly(YearMonth.of(2019, 4), YearMonth.of(2019, 5), YearMonth.of(2019, 6));
    assertThat(oneDecimal(overall.months().get(1).average().orElse(0))).isEqualTo("6.2");
    assertThat(oneDecimal(overall.months().get(2).average().orElse(0))).isEqualTo("6.9");
    assertThat(overall.latestChange().orElseThrow().note())
        .startsWith("6.2 \u2192 6.9 on 31 and 34 audits: ");

    Trend supervision = report.domainTrends().get(3);
    assertThat(oneDecimal(supervision.months().get(2).average().orElse(0))).isEqualTo("5.9");

    CohortResult cwad =
        report.cohorts().stream()
            .filter(c -> c.dimension().equals("category") && c.value().equals("disabled-children"))
            .findFirst()
            .orElseThrow();
    assertThat(cwad.audits()).isEqualTo(13);
    assertThat(oneDecimal(cwad.domains().get(3).average().orElse(0))).isEqualTo("5.8");
    assertThat(oneDecimal(cwad.domains().get(0).average().orElse(0))).isEqualTo("7.8");
    assertThat(cwad.grades().grades().get(0).count()).isZero();
    assertThat(cwad.grades().grades().get(3).count()).isZero();
    assertThat(Math.round(cwad.grades().grades().get(1).tenthsOfPercent() / 10.0)).isEqualTo(62);
    assertThat(report.cohorts())
        .extracting(CohortResult::dimension)
        .containsSubsequence("category", "team", "audit-type");
  }

  @Test
  void moderation_dudleySample_agreementAndMovements() {
    List<Audit> moderated = new ArrayList<>();
    for (int i = 0; i < JUNE_LAC.size(); i++) {
      Audit audit = JUNE_LAC.get(i);
      if (i % 5 == 0) {
        int rank = audit.overallGrade().orElseThrow().rank();
        int moved = i == 10 ? Math.max(0, rank - 1) : i == 20 ? Math.min(3, rank + 1) : rank;
        audit =
            ImmutableAudit.copyOf(audit)
                .withStatus(AuditStatus.MODERATED)
                .withModeration(
                    Moderation.of(
                        PersonId.of("LEAD"), OFSTED.ofRank(moved), LocalDate.of(2019, 6, 28)));
      }
      moderated.add(audit);
    }
    ModerationResults results = ReportAggregate.of(SPEC, moderated).toReport().moderation();
    assertThat(results.agreement().pairs()).isEqualTo(7);
    assertThat(results.agreement().exact().orElse(0)).isEqualTo(5.0 / 7);
    assertThat(results.agreement().withinOne().orElse(0)).isEqualTo(1.0);
    assertThat(results.agreement().cohenKappa().isComputable()).isTrue();
    assertThat(results.auditors()).extracting(AuditorMovement::raised).containsExactly(1L);
    assertThat(results.auditors()).extracting(AuditorMovement::lowered).containsExactly(1L);
    assertThat(results.auditors().get(0).moderated()).isEqualTo(7);
  }
}
