package org.practiceaudit.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.ImmutableRecommendedAction;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.quota.DateRange;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.QuotaTracker;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/** Synthetic audits for tests: no real case, person or team. */
final class SyntheticAudits {

  static final GradeScale OFSTED = GradeScale.ofsted();

  static final List<Domain> DOMAINS =
      List.of(
          domain("voice", "Voice of the child", 1, 10),
          domain("planning", "Planning", 1, 10),
          domain("supervision", "Supervision and management oversight", 1, 10),
          domain("risk", "Risk rating", 0, 3));

  /** Every synthetic audit is allocated and completed in 2019. */
  static final DateRange YEAR_2019 = DateRange.parse("2019-01-01/2019-12-31");

  /** An audit cycle that some synthetic audits are completed outside of. */
  static final DateRange CYCLE = DateRange.parse("2019-04-01/2019-06-30");

  /** The people with quotas in {@link #SPEC}. */
  static final Map<PersonId, Role> PEOPLE =
      Map.of(
          PersonId.of("P0"), Role.SERVICE_MANAGER,
          PersonId.of("P1"), Role.SERVICE_MANAGER,
          PersonId.of("P2"), Role.TEAM_MANAGER);

  static final ReportSpec SPEC =
      ReportSpec.builder()
          .addAllDomains(DOMAINS)
          .gradeScale(OFSTED)
          .asOf(Instant.parse("2019-07-01T09:00:00Z"))
          .auditDeadline(AuditDeadline.daysAfterAllocation(20))
          .escalationDeadline(EscalationDeadline.elapsedHours(Map.of(1, 48, 2, 240)))
          .addAllCohortAttributes(ReportSpec.DORSET_COHORTS)
          .quotas(
              QuotaTracker.of(
                      List.of(
                          RoleQuota.of(Role.SERVICE_MANAGER, 8, QuotaPeriod.PER_YEAR),
                          RoleQuota.of(Role.TEAM_MANAGER, 1, QuotaPeriod.PER_CYCLE)))
                  .scope(PEOPLE, YEAR_2019, CYCLE))
          .build();

  private SyntheticAudits() {}

  static Domain domain(String id, String title, int min, int max) {
    return Domain.builder().id(id).title(title).scoreScale(ScoreScale.of(min, max)).build();
  }

  /**
   * Random audits over every field a report reads, including out-of-scale scores and unknown
   * domains.
   */
  static List<Audit> random(long seed, int count) {
    Random random = new Random(seed);
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate allocated = LocalDate.of(2019, 3, 1).plusDays(random.nextInt(120));
      AuditStatus status = AuditStatus.values()[random.nextInt(4)];
      ImmutableAudit.Builder audit =
          Audit.builder()
              .id(AuditId.of("A" + seed + "-" + i))
              .caseId(CaseId.of("C" + random.nextInt(50)))
              .auditor(PersonId.of("P" + random.nextInt(6)))
              .frameworkId("synthetic")
              .frameworkVersion("1")
              .auditType(random.nextBoolean() ? "monthly" : "thematic")
              .status(status)
              .allocatedOn(allocated);
      if (status.isCompleted()) {
        audit.completedOn(allocated.plusDays(random.nextInt(40)));
        for (Domain domain : DOMAINS) {
          int roll = random.nextInt(10);
          if (roll == 0) {
            audit.putScore(domain.id(), DomainScore.notApplicable());
          } else if (roll == 1) {
            audit.putScore(domain.id(), DomainScore.of(domain.scoreScale().max() + 1));
          } else if (roll > 2) {
            int min = domain.scoreScale().min();
            audit.putScore(
                domain.id(),
                DomainScore.of(min + random.nextInt(domain.scoreScale().max() - min + 1)));
          }
        }
        if (random.nextInt(8) == 0) {
          audit.putScore("unknown-domain", DomainScore.of(5));
        }
        if (random.nextInt(6) > 0) {
          audit.overallGrade(OFSTED.ofRank(random.nextInt(4)));
          if (random.nextInt(3) == 0) {
            audit.moderation(
                Moderation.of(
                    PersonId.of("M1"), OFSTED.ofRank(random.nextInt(4)), allocated.plusDays(50)));
          }
        }
      }
      if (random.nextInt(3) > 0) {
        audit.putAttribute("category", random.nextBoolean() ? "looked-after" : "disabled-children");
      }
      audit.putAttribute("team", "team-" + random.nextInt(3));
      if (random.nextInt(4) == 0) {
        audit.escalationCategory(1 + random.nextInt(4));
        audit.escalatedAt(
            Instant.parse("2019-06-28T10:00:00Z").plusSeconds(3600L * random.nextInt(100)));
      }
      for (int a = random.nextInt(3); a > 0; a--) {
        boolean open = random.nextBoolean();
        ImmutableRecommendedAction.Builder action =
            ImmutableRecommendedAction.builder()
                .description("synthetic action")
                .dueOn(LocalDate.of(2019, 6, 1).plusDays(random.nextInt(60)));
        if (!open) {
          action.status(ActionStatus.DONE).closedOn(LocalDate.of(2019, 6, 20));
        }
        audit.addAction(action.build());
      }
      audits.add(audit.build());
    }
    return audits;
  }
}
