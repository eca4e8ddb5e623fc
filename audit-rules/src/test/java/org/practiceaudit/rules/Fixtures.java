package org.practiceaudit.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.workforce.PersonId;

/** Synthetic test data: no real case, child or person. */
public final class Fixtures {

  /** A fixed instant: Monday 2 March 2026, 09:00 UTC. */
  public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private Fixtures() {}

  /** A clock fixed at {@link #NOW}. */
  public static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** A framework of {@code n} domains scored 1-10, England and Wales calendar. */
  public static AuditFramework framework(int domains) {
    List<ScoreScale> scales = new ArrayList<>();
    for (int i = 0; i < domains; i++) {
      scales.add(ScoreScale.of(1, 10));
    }
    return framework(scales);
  }

  /** A framework with one domain per scale, ids d0, d1, ... */
  public static AuditFramework framework(List<ScoreScale> scales) {
    var builder =
        AuditFramework.builder()
            .id("test")
            .version("1")
            .name("Synthetic test framework")
            .calendar(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES));
    for (int i = 0; i < scales.size(); i++) {
      builder.addDomains(
          Domain.builder().id("d" + i).title("Domain " + i).scoreScale(scales.get(i)).build());
    }
    return builder.build();
  }

  /** A context at {@link #NOW}. */
  public static RuleContext context(AuditFramework framework) {
    return RuleContext.of(clock(), framework);
  }

  /** Starts a synthetic in-progress audit under a framework. */
  public static ImmutableAudit.Builder audit(AuditFramework framework) {
    return audit(framework, AuditStatus.IN_PROGRESS, LocalDate.of(2026, 2, 2));
  }

  /** Starts a synthetic audit with a status and allocation date. */
  public static ImmutableAudit.Builder audit(
      AuditFramework framework, AuditStatus status, LocalDate allocatedOn) {
    return org.practiceaudit.core.audit.Audit.builder()
        .id(AuditId.of("A-1"))
        .caseId(CaseId.of("C-1"))
        .auditor(PersonId.of("P-auditor"))
        .frameworkId(framework.id())
        .frameworkVersion(framework.version())
        .auditType("monthly-management")
        .status(status)
        .allocatedOn(allocatedOn);
  }
}
