package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;

/** London multi-agency audit pack: each agency grades each area of work on the same case (synthetic). */
final class MultiAgencyOverviewTest {

  static final GradeScale OFSTED = GradeScale.ofsted();

  static Audit audit(String id, String caseId, String agency, String assessment, String planning) {
    return Audit.builder()
        .id(AuditId.of(id))
        .caseId(CaseId.of(caseId))
        .auditor(PersonId.of("AUD-" + agency))
        .frameworkId("london-multi-agency")
        .frameworkVersion("1")
        .auditType("multi-agency")
        .agency(agency)
        .status(AuditStatus.COMPLETED)
        .allocatedOn(LocalDate.of(2019, 5, 1))
        .completedOn(LocalDate.of(2019, 5, 20))
        .putAreaGrade("assessment", OFSTED.parse(assessment))
        .putAreaGrade("planning", OFSTED.parse(planning))
        .build();
  }

  static final List<Audit> AUDITS =
      List.of(
          audit("1", "SYN-1", "social-care", "Good", "Good"),
          audit("2", "SYN-1", "health", "Good", "Inadequate"),
          audit("3", "SYN-1", "police", "RI", "Good"),
          audit("4", "SYN-2", "social-care", "Outstanding", "Good"),
          audit("5", "SYN-2", "health", "Outstanding", "Good"));

  @Test
  void of_sideBySideDistributionsAndDisagreements() {
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
    assertThat(overview.byAgency().get("health").grades()).extracting(GradeCount::count).containsExactly(1L, 2L, 0L, 1L);
    assertThat(overview.byAgency().get("police").graded()).isEqualTo(2);
  }

  @Test
  void of_singleAgencyAudits_leftOut() {
    Audit single = org.practiceaudit.core.audit.ImmutableAudit.copyOf(AUDITS.get(0)).withAgency(java.util.Optional.empty());
    MultiAgencyOverview overview = MultiAgencyOverview.of(List.of(single), OFSTED);
    assertThat(overview.comparisons()).isEmpty();
    assertThat(overview.agencies()).isEmpty();
  }
}
