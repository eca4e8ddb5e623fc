package org.practiceaudit.core.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;
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
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Synthetic audits over every field a report reads, imperfect records included: audits in every
 * status, scores not applicable, above the domain's scale or for a domain the framework does not
 * have, missing overall grades, moderations, escalations and open and closed actions. SYNTHETIC:
 * the framework id is {@code synthetic}, every action's text says so, and no value describes a real
 * child, worker or team.
 *
 * <p>Audits are allocated from 1 March of the given year over 120 days, on 50 cases by 6 auditors,
 * with the attributes {@code team} ({@code team-0} to {@code team-2}) and sometimes {@code
 * category} for report cohorts; escalations fall from 28 June 10:00 UTC onwards.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticReportAudits {

  private SyntheticReportAudits() {}

  /**
   * Generates audits with ids {@code A<seed>-0} upwards, the same for the same arguments.
   *
   * @param seed the seed
   * @param count how many audits, 0 or more
   * @param domains the domains scored; not null
   * @param scale the grade scale of the overall grades and moderations; not null
   * @param year the year the audits are allocated in; not null
   * @return a new mutable list of {@code count} audits
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static List<Audit> of(
      long seed, int count, List<Domain> domains, GradeScale scale, Year year) {
    return of(new Random(seed), "A" + seed + "-", count, domains, scale, year);
  }

  /**
   * Generates audits with ids {@code idPrefix0} upwards, drawing every choice from a generator.
   *
   * @param random the source of every random choice; not null
   * @param idPrefix the beginning of every audit id, so that audits of several calls can be told
   *     apart; a valid audit id once a number is appended
   * @param count how many audits, 0 or more
   * @param domains the domains scored; not null
   * @param scale the grade scale of the overall grades and moderations; not null
   * @param year the year the audits are allocated in; not null
   * @return a new mutable list of {@code count} audits
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static List<Audit> of(
      RandomGenerator random,
      String idPrefix,
      int count,
      List<Domain> domains,
      GradeScale scale,
      Year year) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(idPrefix, "idPrefix");
    Objects.requireNonNull(domains, "domains");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(year, "year");
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more: " + count);
    }
    List<Audit> audits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      audits.add(audit(random, AuditId.of(idPrefix + i), domains, scale, year));
    }
    return audits;
  }

  private static Audit audit(
      RandomGenerator random, AuditId id, List<Domain> domains, GradeScale scale, Year year) {
    LocalDate allocated = year.atMonth(3).atDay(1).plusDays(random.nextInt(120));
    AuditStatus status = AuditStatus.values()[random.nextInt(4)];
    ImmutableAudit.Builder audit =
        Audit.builder()
            .id(id)
            .caseId(CaseId.of("C" + random.nextInt(50)))
            .auditor(PersonId.of("P" + random.nextInt(6)))
            .frameworkId("synthetic")
            .frameworkVersion("1")
            .auditType(random.nextBoolean() ? "monthly" : "thematic")
            .status(status)
            .allocatedOn(allocated);
    if (status.isCompleted()) {
      audit.completedOn(allocated.plusDays(random.nextInt(40)));
      scores(random, audit, domains);
      if (random.nextInt(6) > 0) {
        audit.overallGrade(scale.ofRank(random.nextInt(scale.size())));
        if (random.nextInt(3) == 0) {
          audit.moderation(
              Moderation.of(
                  PersonId.of("M1"),
                  scale.ofRank(random.nextInt(scale.size())),
                  allocated.plusDays(50)));
        }
      }
    }
    if (random.nextInt(3) > 0) {
      audit.putAttribute("category", random.nextBoolean() ? "looked-after" : "disabled-children");
    }
    audit.putAttribute("team", "team-" + random.nextInt(3));
    if (random.nextInt(4) == 0) {
      Instant from = year.atMonth(6).atDay(28).atTime(10, 0).toInstant(ZoneOffset.UTC);
      audit.escalationCategory(1 + random.nextInt(4));
      audit.escalatedAt(from.plusSeconds(3600L * random.nextInt(100)));
    }
    for (int a = random.nextInt(3); a > 0; a--) {
      boolean open = random.nextBoolean();
      ImmutableRecommendedAction.Builder action =
          ImmutableRecommendedAction.builder()
              .description("synthetic action")
              .dueOn(year.atMonth(6).atDay(1).plusDays(random.nextInt(60)));
      if (!open) {
        action.status(ActionStatus.DONE).closedOn(year.atMonth(6).atDay(20));
      }
      audit.addAction(action.build());
    }
    return audit.build();
  }

  /** One in ten not applicable, one in ten above the scale, one in ten missing, the rest valid. */
  private static void scores(
      RandomGenerator random, ImmutableAudit.Builder audit, List<Domain> domains) {
    for (Domain domain : domains) {
      int roll = random.nextInt(10);
      if (roll == 0) {
        audit.putScore(domain.id(), DomainScore.notApplicable());
      } else if (roll == 1) {
        audit.putScore(domain.id(), DomainScore.of(domain.scoreScale().max() + 1));
      } else if (roll > 2) {
        int min = domain.scoreScale().min();
        audit.putScore(
            domain.id(), DomainScore.of(min + random.nextInt(domain.scoreScale().max() - min + 1)));
      }
    }
    if (random.nextInt(8) == 0) {
      audit.putScore("unknown-domain", DomainScore.of(5));
    }
  }
}
