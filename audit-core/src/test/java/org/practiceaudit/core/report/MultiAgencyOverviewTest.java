package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;

/**
 * London multi-agency audit pack: each agency grades each area of work on the same case
 * (synthetic).
 */
final class MultiAgencyOverviewTest {

  static final GradeScale OFSTED = GradeScale.ofsted();

  static Audit audit(String id, String caseId, String agency, String assessment, String planning) {
    return started(id, caseId, agency)
        .status(AuditStatus.COMPLETED)
        .completedOn(LocalDate.of(2019, 5, 20))
        .putAreaGrade("assessment", OFSTED.parse(assessment))
        .putAreaGrade("planning", OFSTED.parse(planning))
        .build();
  }

  /** A synthetic audit of a case by one agency, before its status and grades. */
  static org.practiceaudit.core.audit.ImmutableAudit.Builder started(
      String id, String caseId, String agency) {
    return Audit.builder()
        .id(AuditId.of(id))
        .caseId(CaseId.of(caseId))
        .auditor(PersonId.of("AUD-" + agency))
        .frameworkId("london-multi-agency")
        .frameworkVersion("1")
        .auditType("multi-agency")
        .agency(agency)
        .allocatedOn(LocalDate.of(2019, 5, 1));
  }

  static Audit completed(Audit audit, LocalDate on) {
    return org.practiceaudit.core.audit.ImmutableAudit.copyOf(audit).withCompletedOn(on);
  }

  static final List<Audit> AUDITS =
      List.of(
          audit("1", "SYN-1", "social-care", "Good", "Good"),
          audit("2", "SYN-1", "health", "Good", "Inadequate"),
          audit("3", "SYN-1", "police", "RI", "Good"),
          audit("4", "SYN-2", "social-care", "Outstanding", "Good"),
          audit("5", "SYN-2", "health", "Outstanding", "Good"));

  @Test
  void of_severalAgencies_sideBySideDistributionsAndDisagreements() {
    MultiAgencyOverview overview = MultiAgencyOverview.of(AUDITS, OFSTED);
    assertThat(overview.agencies()).containsExactly("health", "police", "social-care");
    assertThat(overview.areas()).containsExactly("assessment", "planning");
    assertThat(overview.comparisons()).hasSize(4);
    AgencyComparison first = overview.comparisons().get(0);
    assertThat(first.caseId()).isEqualTo(CaseId.of("SYN-1"));
    assertThat(first.grades().keySet()).containsExactly("health", "police", "social-care");
    assertThat(first.spread()).isEqualTo(1);
    assertThat(overview.disagreements())
        .extracting(c -> c.caseId() + "/" + c.area() + "/" + c.spread())
        .containsExactly("SYN-1/planning/2", "SYN-1/assessment/1");
    assertThat(overview.byAgency().get("health").grades())
        .extracting(GradeCount::count)
        .containsExactly(1L, 2L, 0L, 1L);
    assertThat(overview.byAgency().get("police").graded()).isEqualTo(2);
  }

  @Test
  void L4_L14_gradesOfEachArea_totalledAcrossAgencies() {
    MultiAgencyOverview overview = MultiAgencyOverview.of(AUDITS, OFSTED);
    assertThat(overview.byArea().keySet()).containsExactly("assessment", "planning");
    assertThat(overview.byArea().get("assessment").grades())
        .extracting(GradeCount::count)
        .containsExactly(2L, 2L, 1L, 0L);
    assertThat(overview.byArea().get("planning").grades())
        .extracting(GradeCount::count)
        .containsExactly(0L, 4L, 0L, 1L);
    assertThat(overview.byArea().get("planning").graded()).isEqualTo(5);
  }

  @Test
  void L4_gradesOfEachArea_totalledPerAgency() {
    MultiAgencyOverview overview = MultiAgencyOverview.of(AUDITS, OFSTED);
    assertThat(overview.byAgencyAndArea().keySet())
        .containsExactly("health", "police", "social-care");
    assertThat(overview.byAgencyAndArea().get("health").get("assessment").grades())
        .extracting(GradeCount::count)
        .containsExactly(1L, 1L, 0L, 0L);
    assertThat(overview.byAgencyAndArea().get("health").get("planning").grades())
        .extracting(GradeCount::count)
        .containsExactly(0L, 1L, 0L, 1L);
    assertThat(overview.byAgencyAndArea().get("police").get("assessment").graded()).isEqualTo(1);
  }

  @Test
  void of_singleAgencyAudits_leftOut() {
    Audit single =
        org.practiceaudit.core.audit.ImmutableAudit.copyOf(AUDITS.get(0))
            .withAgency(java.util.Optional.empty());
    MultiAgencyOverview overview = MultiAgencyOverview.of(List.of(single), OFSTED);
    assertThat(overview.comparisons()).isEmpty();
    assertThat(overview.agencies()).isEmpty();
  }

  @Test
  void of_agencyAuditedCaseTwice_latestByCompletionDateCounts() {
    Audit later =
        completed(
            audit("1", "SYN-1", "health", "Outstanding", "Outstanding"), LocalDate.of(2019, 6, 3));
    Audit earlier =
        completed(
            audit("9", "SYN-1", "health", "Inadequate", "Inadequate"), LocalDate.of(2019, 5, 30));

    MultiAgencyOverview overview = MultiAgencyOverview.of(List.of(later, earlier), OFSTED);

    assertThat(overview.comparisons())
        .extracting(c -> c.grades().get("health").label())
        .containsExactly("Outstanding", "Outstanding");
    assertThat(overview.byAgency().get("health").graded()).isEqualTo(2);
  }

  @Test
  void latestPerAgencyAndCase_sameCompletionDate_greaterAuditIdCounts() {
    Audit first = audit("A-1", "SYN-1", "health", "Good", "Good");
    Audit second = audit("A-2", "SYN-1", "health", "Inadequate", "Good");

    assertThat(MultiAgencyOverview.latestPerAgencyAndCase(List.of(second, first)))
        .containsExactly(second);
    assertThat(MultiAgencyOverview.latestPerAgencyAndCase(List.of(first, second)))
        .containsExactly(second);
  }

  @Test
  void of_latestPerAgencyAndCase_completedBeatsNotYetCompleted() {
    Audit open =
        started("Z-9", "SYN-1", "health")
            .status(AuditStatus.IN_PROGRESS)
            .putAreaGrade("assessment", OFSTED.parse("Good"))
            .build();
    Audit done = audit("A-1", "SYN-1", "health", "Inadequate", "Good");

    assertThat(MultiAgencyOverview.latestPerAgencyAndCase(List.of(done, open)))
        .containsExactly(done);
  }

  /**
   * The law: the overview depends on the audits as a set, never on their order (London pack, L31).
   */
  @Test
  void of_anyOrderOfTheSameAudits_sameOverview() {
    String[] labels = {"Outstanding", "Good", "RI", "Inadequate"};
    String[] agencies = {"health", "police", "social-care"};
    org.quicktheories.core.Gen<Audit> audits =
        integers()
            .between(0, 2)
            .zip(
                integers().between(0, 2),
                integers().between(0, 9),
                integers().between(0, 15),
                (c, a, day, grades) -> new int[] {c, a, day, grades})
            .zip(
                integers().between(0, 999),
                (parts, id) ->
                    completed(
                        audit(
                            "A-" + id,
                            "SYN-" + parts[0],
                            agencies[parts[1]],
                            labels[parts[3] % 4],
                            labels[parts[3] / 4]),
                        LocalDate.of(2019, 5, 20 + parts[2])));
    qt().withFixedSeed(20261206L)
        .withExamples(300)
        .forAll(lists().of(audits).ofSizeBetween(0, 12), longs().all())
        .checkAssert(
            (list, seed) -> {
              List<Audit> distinct =
                  new java.util.ArrayList<>(
                      list.stream()
                          .collect(
                              java.util.stream.Collectors.toMap(
                                  Audit::id, x -> x, (x, y) -> x, java.util.LinkedHashMap::new))
                          .values());
              List<Audit> shuffled = new java.util.ArrayList<>(distinct);
              java.util.Collections.shuffle(shuffled, new java.util.Random(seed));

              assertThat(MultiAgencyOverview.of(shuffled, OFSTED))
                  .isEqualTo(MultiAgencyOverview.of(distinct, OFSTED));
              assertThat(MultiAgencyOverview.latestPerAgencyAndCase(shuffled))
                  .isEqualTo(MultiAgencyOverview.latestPerAgencyAndCase(distinct));
            });
  }
}
