package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceaudit.core.report.SyntheticAudits.SPEC;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.quota.DateRange;
import org.practiceaudit.core.quota.QuotaTracker;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.workforce.PersonId;

final class ReportAggregateTest {

  @Nested
  final class MergeLaws {

    @Test
    void merge_randomPartition_equalsAggregateOfWhole() {
      qt().withFixedSeed(61L)
          .withExamples(100)
          .forAll(SyntheticAudits.splits(80, 1, 5))
          .checkAssert(
              split -> {
                List<Audit> audits = split._1;
                ReportAggregate merged = ReportAggregate.empty(SPEC);
                for (List<Audit> part : split._2) {
                  merged = merged.merge(ReportAggregate.of(SPEC, part));
                }
                ReportAggregate whole = ReportAggregate.of(SPEC, audits);
                assertThat(merged).isEqualTo(whole);
                assertThat(merged.toReport()).isEqualTo(whole.toReport());
              });
    }

    @Test
    void merge_anyParts_associativeAndCommutative() {
      qt().withFixedSeed(62L)
          .withExamples(100)
          .forAll(SyntheticAudits.splits(90, 3, 3))
          .checkAssert(
              split -> {
                List<List<Audit>> parts = split._2;
                ReportAggregate a = ReportAggregate.of(SPEC, parts.get(0));
                ReportAggregate b = ReportAggregate.of(SPEC, parts.get(1));
                ReportAggregate c = ReportAggregate.of(SPEC, parts.get(2));
                assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
                assertThat(a.merge(b)).isEqualTo(b.merge(a));
                assertThat(a.merge(b).toReport()).isEqualTo(b.merge(a).toReport());
              });
    }

    @Test
    void merge_empty_isIdentity() {
      qt().withFixedSeed(63L)
          .withExamples(100)
          .forAll(SyntheticAudits.lists(60))
          .checkAssert(
              audits -> {
                ReportAggregate a = ReportAggregate.of(SPEC, audits);
                assertThat(a.merge(ReportAggregate.empty(SPEC))).isEqualTo(a);
                assertThat(ReportAggregate.empty(SPEC).merge(a)).isEqualTo(a);
              });
    }

    @Test
    void merge_differentSpecs_throws() {
      ReportSpec other =
          ImmutableReportSpec.copyOf(SPEC).withAsOf(Instant.parse("2020-01-01T00:00:00Z"));
      assertThatThrownBy(() -> ReportAggregate.empty(SPEC).merge(ReportAggregate.empty(other)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("different report specs");
    }

    @Test
    void merge_anyInputs_leavesThemUnchanged() {
      List<Audit> audits = SyntheticAudits.random(5, 40);
      ReportAggregate a = ReportAggregate.of(SPEC, audits.subList(0, 20));
      ReportAggregate before = ReportAggregate.of(SPEC, audits.subList(0, 20));
      a.merge(ReportAggregate.of(SPEC, audits.subList(20, 40)));
      assertThat(a).isEqualTo(before);
    }
  }

  @Nested
  final class Collecting {

    @Test
    void collector_sequentialOrParallelStream_equalsOf() {
      qt().withFixedSeed(69L)
          .withExamples(40)
          .forAll(SyntheticAudits.lists(3000))
          .checkAssert(
              audits -> {
                ReportAggregate whole = ReportAggregate.of(SPEC, audits);
                assertThat(audits.stream().collect(ReportAggregate.collector(SPEC)))
                    .isEqualTo(whole);
                ReportAggregate parallel =
                    audits.parallelStream().collect(ReportAggregate.collector(SPEC));
                assertThat(parallel).isEqualTo(whole);
                assertThat(parallel.toReport()).isEqualTo(whole.toReport());
              });
    }

    @Test
    void collector_nullAudit_throwsNamingIt() {
      List<Audit> audits = new ArrayList<>(SyntheticAudits.random(3, 2));
      audits.add(null);
      assertThatThrownBy(() -> audits.stream().collect(ReportAggregate.collector(SPEC)))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("audit");
    }

    @Test
    void of_domainIdsInOtherStringInstances_sameAggregate() {
      // Audits read from JSON carry their own copies of the domain ids, not the spec's instances.
      qt().withFixedSeed(70L)
          .withExamples(60)
          .forAll(SyntheticAudits.lists(80))
          .checkAssert(
              audits -> {
                List<Audit> copied = new ArrayList<>();
                for (Audit audit : audits) {
                  Map<String, DomainScore> scores = new LinkedHashMap<>();
                  audit
                      .scores()
                      .forEach((id, score) -> scores.put(new String(id.toCharArray()), score));
                  copied.add(ImmutableAudit.copyOf(audit).withScores(scores));
                }
                assertThat(ReportAggregate.of(SPEC, copied))
                    .isEqualTo(ReportAggregate.of(SPEC, audits));
              });
    }
  }

  @Nested
  final class AgreesWithQuota {

    @Test
    void quotas_anyAuditsAndPartition_equalTheTrackerOverTheUnion() {
      QuotaTracker tracker = QuotaTracker.of(SPEC.quotas().orElseThrow().quotas());
      qt().withFixedSeed(67L)
          .withExamples(100)
          .forAll(SyntheticAudits.splits(120, 1, 4))
          .checkAssert(
              split -> {
                List<Audit> audits = split._1;
                ReportAggregate merged = ReportAggregate.empty(SPEC);
                for (List<Audit> part : split._2) {
                  merged = merged.merge(ReportAggregate.of(SPEC, part));
                }
                assertThat(merged.toReport().quotas())
                    .isEqualTo(
                        tracker.track(
                            SyntheticAudits.PEOPLE,
                            audits,
                            SyntheticAudits.YEAR_2019,
                            SyntheticAudits.CYCLE));
              });
    }

    @Test
    void complianceByMonth_anyAudits_classifiesAsTheTrackerDoes() {
      qt().withFixedSeed(68L)
          .withExamples(100)
          .forAll(SyntheticAudits.lists(120))
          .checkAssert(
              audits -> {
                AuditReport report = ReportAggregate.of(SPEC, audits).toReport();
                for (MonthlyCompliance month : report.complianceByMonth()) {
                  DateRange range =
                      DateRange.of(month.month().atDay(1), month.month().atEndOfMonth());
                  assertThat(month.compliance())
                      .isEqualTo(
                          QuotaTracker.compliance(
                              audits,
                              range,
                              AuditDuePolicy.calendarDays(20),
                              WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES),
                              SPEC.asOfDate()));
                }
              });
    }
  }

  /** The seed-fidelity figures (D12, D15, D17): from any split, as from the audits themselves. */
  @Nested
  final class SeedFigures {

    private ReportAggregate mergedParts(List<List<Audit>> parts) {
      ReportAggregate merged = ReportAggregate.empty(SPEC);
      for (List<Audit> part : parts) {
        merged =
            merged.merge(ReportAggregate.from(SPEC, ReportAggregate.of(SPEC, part).snapshot()));
      }
      return merged;
    }

    @Test
    void D12_complianceByAuditor_anySplit_eachAuditorAsTheTrackerAndAddingUpToTheWhole() {
      qt().withFixedSeed(71L)
          .withExamples(100)
          .forAll(SyntheticAudits.splits(120, 1, 4))
          .checkAssert(
              split -> {
                List<Audit> audits = split._1;
                AuditReport report = mergedParts(split._2).toReport();
                long[] totals = new long[4];
                Set<PersonId> auditors = new TreeSet<>();
                audits.forEach(a -> auditors.add(a.auditor()));
                assertThat(report.complianceByAuditor())
                    .extracting(AuditorCompliance::auditor)
                    .containsExactlyElementsOf(auditors);
                for (AuditorCompliance c : report.complianceByAuditor()) {
                  List<Audit> own = new ArrayList<>();
                  audits.stream().filter(a -> a.auditor().equals(c.auditor())).forEach(own::add);
                  assertThat(c.compliance())
                      .isEqualTo(
                          QuotaTracker.compliance(
                              own,
                              DateRange.parse("2019-01-01/2019-12-31"),
                              AuditDuePolicy.calendarDays(20),
                              WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES),
                              SPEC.asOfDate()));
                  totals[0] += c.compliance().completedOnTime();
                  totals[1] += c.compliance().completedLate();
                  totals[2] += c.compliance().overdue();
                  totals[3] += c.compliance().pending();
                }
                Compliance whole = report.compliance();
                assertThat(totals)
                    .containsExactly(
                        whole.completedOnTime(),
                        whole.completedLate(),
                        whole.overdue(),
                        whole.pending());
              });
    }

    @Test
    void D17_gradesByMonth_anySplit_eachMonthCountsTheJudgementsOfItsCompletedAudits() {
      qt().withFixedSeed(72L)
          .withExamples(100)
          .forAll(SyntheticAudits.splits(120, 1, 4))
          .checkAssert(
              split -> {
                List<Audit> audits = split._1;
                AuditReport report = mergedParts(split._2).toReport();
                Map<YearMonth, long[]> expected = new TreeMap<>();
                for (Audit audit : audits) {
                  if (audit.status().isCompleted()) {
                    long[] counts =
                        expected.computeIfAbsent(
                            YearMonth.from(audit.completedOn().orElseThrow()), m -> new long[4]);
                    audit.overallGrade().ifPresent(g -> counts[g.rank()]++);
                  }
                }
                assertThat(report.gradesByMonth())
                    .extracting(MonthlyGrades::month)
                    .containsExactlyElementsOf(expected.keySet());
                long graded = 0;
                for (MonthlyGrades month : report.gradesByMonth()) {
                  assertThat(month.grades().grades())
                      .extracting(GradeCount::count)
                      .containsExactly(
                          Arrays.stream(expected.get(month.month())).boxed().toArray(Long[]::new));
                  graded += month.grades().graded();
                }
                assertThat(graded).isEqualTo(report.grades().graded());
              });
    }

    @Test
    void D15_cohortWeakestAndStrongestDomain_anySplit_theCohortsLowestAndHighestAverage() {
      qt().withFixedSeed(73L)
          .withExamples(100)
          .forAll(SyntheticAudits.splits(120, 1, 4))
          .checkAssert(
              split -> {
                List<Audit> audits = split._1;
                AuditReport report = mergedParts(split._2).toReport();
                for (CohortResult cohort : report.cohorts()) {
                  List<DomainResult> scored =
                      cohort.domains().stream().filter(d -> d.average().isComputable()).toList();
                  if (scored.isEmpty()) {
                    assertThat(cohort.weakestDomain()).isEmpty();
                    assertThat(cohort.strongestDomain()).isEmpty();
                    continue;
                  }
                  DomainResult weakest = byId(cohort, cohort.weakestDomain().orElseThrow());
                  DomainResult strongest = byId(cohort, cohort.strongestDomain().orElseThrow());
                  for (DomainResult d : scored) {
                    assertThat(weakest.average().orElse(0))
                        .isLessThanOrEqualTo(d.average().orElse(0));
                    assertThat(strongest.average().orElse(0))
                        .isGreaterThanOrEqualTo(d.average().orElse(0));
                  }
                }
              });
    }

    private DomainResult byId(CohortResult cohort, String id) {
      return cohort.domains().stream().filter(d -> d.domainId().equals(id)).findFirst().get();
    }

    @Test
    void D15_cohortsOfTwoCategories_eachWithItsOwnWeakestAndStrongestDomain() {
      List<Audit> audits = new ArrayList<>();
      audits.add(scored("A1", "looked-after", 7, 5, 9));
      audits.add(scored("A2", "disabled-children", 8, 9, 4));
      AuditReport report = ReportAggregate.of(SPEC, audits).toReport();
      CohortResult lac = cohort(report, "category", "looked-after");
      CohortResult cwad = cohort(report, "category", "disabled-children");
      assertThat(lac.weakestDomain()).contains("planning");
      assertThat(lac.strongestDomain()).contains("supervision");
      assertThat(cwad.weakestDomain()).contains("supervision");
      assertThat(cwad.strongestDomain()).contains("planning");
    }

    private CohortResult cohort(AuditReport report, String dimension, String value) {
      return report.cohorts().stream()
          .filter(c -> c.dimension().equals(dimension) && c.value().equals(value))
          .findFirst()
          .orElseThrow();
    }

    private Audit scored(String id, String category, int voice, int planning, int supervision) {
      return Audit.builder()
          .id(AuditId.of(id))
          .caseId(CaseId.of("C-" + id))
          .auditor(PersonId.of("P1"))
          .frameworkId("synthetic")
          .frameworkVersion("1")
          .auditType("monthly")
          .status(AuditStatus.COMPLETED)
          .allocatedOn(LocalDate.of(2019, 6, 3))
          .completedOn(LocalDate.of(2019, 6, 10))
          .putScore("voice", DomainScore.of(voice))
          .putScore("planning", DomainScore.of(planning))
          .putScore("supervision", DomainScore.of(supervision))
          .putAttribute("category", category)
          .build();
    }
  }

  @Nested
  final class Figures {

    @Test
    void averages_anyAudits_withinTheDomainScale() {
      qt().withFixedSeed(64L)
          .withExamples(100)
          .forAll(SyntheticAudits.lists(80))
          .checkAssert(
              audits -> {
                AuditReport report = ReportAggregate.of(SPEC, audits).toReport();
                List<DomainResult> all = new ArrayList<>(report.domains());
                report.cohorts().forEach(c -> all.addAll(c.domains()));
                for (DomainResult d : all) {
                  if (d.average().isComputable()) {
                    assertThat(d.average().orElse(-1))
                        .isBetween((double) d.scaleMin(), (double) d.scaleMax());
                  } else {
                    assertThat(d.scored()).isZero();
                  }
                }
                assertThat(report.overallAverage().orElse(0)).isBetween(0.0, 10.0);
                for (Trend trend : report.domainTrends()) {
                  trend
                      .months()
                      .forEach(m -> assertThat(m.average().orElse(0)).isBetween(0.0, 10.0));
                }
              });
    }

    @Test
    void shares_anyAudits_addUpToExactly1000Tenths() {
      qt().withFixedSeed(65L)
          .withExamples(100)
          .forAll(SyntheticAudits.lists(80))
          .checkAssert(
              audits -> {
                AuditReport report = ReportAggregate.of(SPEC, audits).toReport();
                List<GradeDistribution> all = new ArrayList<>();
                all.add(report.grades());
                report.cohorts().forEach(c -> all.add(c.grades()));
                for (GradeDistribution d : all) {
                  int sum = d.grades().stream().mapToInt(GradeCount::tenthsOfPercent).sum();
                  assertThat(sum).isEqualTo(d.graded() == 0 ? 0 : 1000);
                  for (GradeCount g : d.grades()) {
                    double exact = d.graded() == 0 ? 0 : 1000.0 * g.count() / d.graded();
                    assertThat(Math.abs(g.tenthsOfPercent() - exact)).isLessThan(1.0);
                  }
                }
              });
    }

    @Test
    void notApplicable_addedToAnyAudit_neverChangesAnAverage() {
      qt().withFixedSeed(66L)
          .withExamples(100)
          .forAll(SyntheticAudits.lists(80))
          .checkAssert(
              audits -> {
                List<Audit> withNa = new ArrayList<>();
                for (Audit audit : audits) {
                  Map<String, DomainScore> scores = new LinkedHashMap<>(audit.scores());
                  for (Domain domain : SyntheticAudits.DOMAINS) {
                    scores.putIfAbsent(domain.id(), DomainScore.notApplicable());
                  }
                  withNa.add(ImmutableAudit.copyOf(audit).withScores(scores));
                }
                AuditReport plain = ReportAggregate.of(SPEC, audits).toReport();
                AuditReport marked = ReportAggregate.of(SPEC, withNa).toReport();
                assertThat(marked.overallAverage()).isEqualTo(plain.overallAverage());
                assertThat(marked.domainTrends()).isEqualTo(plain.domainTrends());
                assertThat(marked.overallTrend()).isEqualTo(plain.overallTrend());
                for (int d = 0; d < plain.domains().size(); d++) {
                  assertThat(marked.domains().get(d).average())
                      .isEqualTo(plain.domains().get(d).average());
                  assertThat(marked.domains().get(d).notApplicable())
                      .isGreaterThanOrEqualTo(plain.domains().get(d).notApplicable());
                }
              });
    }
  }

  @Test
  void toReport_noAudits_explainsWhatCannotBeComputed() {
    AuditReport report = ReportAggregate.empty(SPEC).toReport();
    assertThat(report.overallAverage().reason()).contains("no audit has a score");
    assertThat(report.domains().get(0).average().reason()).contains("no audit scored this domain");
    assertThat(report.weakestDomain()).isEmpty();
    assertThat(report.compliance().onTime().share().isComputable()).isFalse();
    assertThat(report.moderation().agreement().cohenKappa().isComputable()).isFalse();
    assertThat(report.grades().grades()).extracting(GradeCount::tenthsOfPercent).containsOnly(0);
    assertThat(report.quotas().roles()).hasSize(2);
    assertThat(report.quotas().shortfalls()).hasSize(3);
  }

  @Test
  void gradeShares_largestRemainder_tiesToBetterGrade() {
    assertThat(GradeShares.tenthsOfPercent(new long[] {1, 1, 1})).containsExactly(334, 333, 333);
    assertThat(GradeShares.tenthsOfPercent(new long[] {5, 16, 11, 2}))
        .containsExactly(147, 471, 323, 59);
    assertThat(GradeShares.tenthsOfPercent(new long[] {0, 0})).containsExactly(0, 0);
  }
}
