package org.practiceaudit.core.report;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.quota.DateRange;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.QuotaTracker;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.synthetic.SyntheticReportAudits;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * The report spec the report tests share, and their synthetic audits (from the one synthetic-data
 * kit, {@link org.practiceaudit.core.synthetic}): no real case, person or team.
 */
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
   * domains: {@link SyntheticReportAudits} over {@link #DOMAINS} in 2019.
   */
  static List<Audit> random(long seed, int count) {
    return SyntheticReportAudits.of(seed, count, DOMAINS, OFSTED, Year.of(2019));
  }

  /** Lists of 0 to {@code maxSize} of the same audits, shrinking audit by audit. */
  static Gen<List<Audit>> lists(int maxSize) {
    return SyntheticGens.reportAudits("A-", 0, maxSize, DOMAINS, OFSTED, Year.of(2019));
  }

  /** Such lists, whole and split into {@code minParts} to {@code maxParts} parts. */
  static Gen<Pair<List<Audit>, List<List<Audit>>>> splits(int maxSize, int minParts, int maxParts) {
    return SyntheticGens.splits(lists(maxSize), minParts, maxParts);
  }
}
