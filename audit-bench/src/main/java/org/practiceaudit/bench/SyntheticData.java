package org.practiceaudit.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.practiceaudit.core.allocation.Auditor;
import org.practiceaudit.core.allocation.ExperienceLevel;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.ConversationTiming;
import org.practiceaudit.core.audit.FeedbackSource;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.ImmutableRecommendedAction;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.PractitionerConversation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditTypes;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * Deterministic synthetic data for the benchmarks: case files, auditors and audits. SYNTHETIC: no
 * value here describes a real child, family, worker or council; every case and audit carries the
 * attribute {@code synthetic=true} and every id the prefix {@code syn-}.
 *
 * <p>The same arguments always give the same data, on any JVM: values come from {@link Random},
 * whose algorithm the JDK specifies. Cases are spread over {@value #TEAMS} teams, the seven case
 * categories and four localities; each has an allocated worker and a team manager in its
 * involvement history, about a third were audited within the last year (so an exclusion window
 * bites), and a few are closed. Audits score each domain of a framework (about {@value
 * #NOT_APPLICABLE_PERCENT}% not applicable), carry an overall grade that follows their mean score,
 * and sometimes concerns, escalations, actions and a moderation; their attributes {@code team} and
 * {@code category} serve as report cohorts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticData {

  /** The number of teams cases and auditors belong to. */
  public static final int TEAMS = 40;

  /** The share of domain scores, in percent, that are not applicable. */
  public static final int NOT_APPLICABLE_PERCENT = 8;

  /** The day every synthetic data set is generated "as of". */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);

  private static final List<CaseCategory> CATEGORIES =
      List.of(
          CaseCategory.CHILD_IN_NEED,
          CaseCategory.CHILD_PROTECTION,
          CaseCategory.LOOKED_AFTER,
          CaseCategory.DISABLED_CHILDREN,
          CaseCategory.EARLY_HELP,
          CaseCategory.CARE_LEAVER,
          CaseCategory.FRONT_DOOR);
  private static final List<String> LOCALITIES = List.of("north", "south", "east", "west");
  private static final List<String> AGE_BANDS = List.of("0-4", "5-9", "10-15", "16-17");
  private static final List<Role> AUDITOR_ROLES =
      List.of(
          Role.TEAM_MANAGER,
          Role.SERVICE_MANAGER,
          Role.ADVANCED_PRACTITIONER,
          Role.HEAD_OF_SERVICE);
  private static final int WORKERS_PER_TEAM = 25;

  private SyntheticData() {}

  /**
   * Generates synthetic case files with ids {@code syn-c0000001} upwards.
   *
   * @param count how many cases, 0 or more
   * @param seed the seed: the same seed gives the same cases
   * @return a new mutable list of {@code count} cases in id order
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static List<CaseFile> cases(int count, long seed) {
    requireCount(count);
    Random random = new Random(seed);
    List<CaseCategory> categories = CATEGORIES;
    List<CaseFile> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int team = random.nextInt(TEAMS);
      PersonId worker = worker(team, random.nextInt(WORKERS_PER_TEAM));
      LocalDate opened = AS_OF.minusDays(30 + random.nextInt(3 * 365));
      ImmutableCaseFile.Builder builder =
          CaseFile.builder()
              .id(CaseId.of(String.format("syn-c%07d", i + 1)))
              .category(categories.get(random.nextInt(categories.size())))
              .team(team(team))
              .allocatedWorker(worker)
              .addInvolvements(
                  Involvement.builder()
                      .person(worker)
                      .role(Role.SOCIAL_WORKER)
                      .from(opened)
                      .build(),
                  Involvement.builder()
                      .person(manager(team))
                      .role(Role.TEAM_MANAGER)
                      .from(opened)
                      .build())
              .openedOn(opened)
              .putAttribute("synthetic", "true")
              .putAttribute("locality", LOCALITIES.get(team % LOCALITIES.size()))
              .putAttribute("age-band", AGE_BANDS.get(random.nextInt(AGE_BANDS.size())));
      if (random.nextInt(100) < 35) {
        builder.lastAuditedOn(AS_OF.minusDays(1 + random.nextInt(365)));
      }
      if (random.nextInt(100) < 5) {
        builder.closedOn(AS_OF.minusDays(random.nextInt(30)));
      }
      cases.add(builder.build());
    }
    return cases;
  }

  /**
   * Generates synthetic auditors with ids {@code syn-a0001} upwards, spread over the teams; every
   * fourth one, up to one per team, is the team manager of its team (and so involved in that team's
   * cases).
   *
   * @param count how many auditors, 0 or more
   * @param totalCapacity the capacity shared among them, spread as evenly as possible; 0 or more
   * @param seed the seed: the same seed gives the same auditors
   * @return a new mutable list of {@code count} auditors in id order
   * @throws IllegalArgumentException if {@code count} or {@code totalCapacity} is negative, or the
   *     capacity is positive with no auditors
   */
  public static List<Auditor> auditors(int count, int totalCapacity, long seed) {
    requireCount(count);
    if (totalCapacity < 0 || (count == 0 && totalCapacity > 0)) {
      throw new IllegalArgumentException(
          "capacity must be 0 or more, and 0 without auditors: " + totalCapacity + " for " + count);
    }
    Random random = new Random(seed);
    List<Auditor> auditors = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean manager = i % 4 == 0 && i / 4 < TEAMS;
      int team = manager ? i / 4 : i % TEAMS;
      int capacity = totalCapacity / count + (i < totalCapacity % count ? 1 : 0);
      auditors.add(
          Auditor.builder()
              .id(manager ? manager(team) : PersonId.of(String.format("syn-a%04d", i + 1)))
              .role(
                  manager
                      ? Role.TEAM_MANAGER
                      : AUDITOR_ROLES.get(random.nextInt(AUDITOR_ROLES.size())))
              .team(team(team))
              .capacity(capacity)
              .experience(ExperienceLevel.values()[random.nextInt(ExperienceLevel.values().length)])
              .putAttribute("synthetic", "true")
              .putAttribute("locality", LOCALITIES.get(random.nextInt(LOCALITIES.size())))
              .build());
    }
    return auditors;
  }

  /**
   * Returns a synthetic framework of six domains scored 1 to 4 on the Ofsted grade scale, for
   * benchmarks that need audits but no council preset.
   *
   * @return the framework {@code synthetic/bench}, version 1
   */
  public static AuditFramework framework() {
    List<Domain> domains = new ArrayList<>();
    for (int d = 1; d <= 6; d++) {
      domains.add(
          Domain.builder()
              .id("domain-" + d)
              .title("Synthetic domain " + d)
              .scoreScale(ScoreScale.of(1, 4))
              .build());
    }
    return AuditFramework.builder()
        .id("synthetic/bench")
        .version("1")
        .name("Synthetic benchmark framework")
        .addAllDomains(domains)
        .addAuditTypes(AuditTypes.COMPLIANCE)
        .addEscalationCategories(
            EscalationCategory.builder()
                .level(1)
                .name("Immediate")
                .meaning("Synthetic category 1")
                .followUp(FollowUpPolicy.elapsedHours(48))
                .build(),
            EscalationCategory.builder()
                .level(2)
                .name("Prompt")
                .meaning("Synthetic category 2")
                .followUp(FollowUpPolicy.workingDays(10))
                .build())
        .calendar(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES))
        .build();
  }

  /**
   * Generates completed synthetic audits of the given framework, with ids {@code syn-u0000001}
   * upwards, over the cases {@code syn-c0000001} to {@code syn-c(count)} and a hundred auditors.
   * Scores are drawn per domain around an audit-level quality, so the overall grade (from the mean
   * normalised score) agrees with them.
   *
   * @param count how many audits, 0 or more
   * @param framework the framework whose domains, scales, grade scale and first audit type the
   *     audits use; not null, with at least one audit type
   * @param seed the seed: the same seed gives the same audits
   * @return a new mutable list of {@code count} audits in id order
   * @throws IllegalArgumentException if {@code count} is negative or the framework has no audit
   *     type
   */
  public static List<Audit> audits(int count, AuditFramework framework, long seed) {
    requireCount(count);
    Objects.requireNonNull(framework, "framework");
    if (framework.auditTypes().isEmpty()) {
      throw new IllegalArgumentException("framework '" + framework.id() + "' has no audit type");
    }
    Random random = new Random(seed);
    List<Audit> audits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      audits.add(audit(i, random, framework));
    }
    return audits;
  }

  /** The {@code i}th synthetic audit, its figures drawn from {@code random}. */
  private static Audit audit(int i, Random random, AuditFramework framework) {
    GradeScale grades = framework.gradeScale();
    String auditType = framework.auditTypes().get(0).id();
    double quality = random.nextDouble();
    int team = random.nextInt(TEAMS);
    LocalDate allocated = AS_OF.minusDays(random.nextInt(365));
    LocalDate completed = allocated.plusDays(random.nextInt(28));
    ImmutableAudit.Builder builder =
        Audit.builder()
            .id(AuditId.of(String.format("syn-u%07d", i + 1)))
            .caseId(CaseId.of(String.format("syn-c%07d", i + 1)))
            .auditor(PersonId.of(String.format("syn-a%04d", 1 + random.nextInt(100))))
            .frameworkId(framework.id())
            .frameworkVersion(framework.version())
            .auditType(auditType)
            .status(AuditStatus.COMPLETED)
            .allocatedOn(allocated)
            .completedOn(completed)
            .reviewedFrom(allocated.minusMonths(12))
            .reviewedTo(allocated)
            .putAttribute("synthetic", "true")
            .putAttribute("team", team(team))
            .putAttribute("category", CATEGORIES.get(random.nextInt(CATEGORIES.size())).toString());
    double mean = score(builder, framework.domains(), random, quality);
    Grade overall = gradeOf(grades, mean);
    builder.overallGrade(overall);
    if (overall.equals(grades.worst()) && random.nextInt(100) < 60) {
      addConcern(builder, random, framework, completed);
    }
    if (!overall.equals(grades.best())) {
      addActions(builder, random, completed);
    }
    if (random.nextInt(100) < 80) {
      builder.practitionerConversation(
          PractitionerConversation.of(
              worker(random.nextInt(TEAMS), random.nextInt(WORKERS_PER_TEAM)),
              ConversationTiming.values()[random.nextInt(ConversationTiming.values().length)],
              completed));
    }
    EnumSet<FeedbackSource> feedback = EnumSet.noneOf(FeedbackSource.class);
    for (FeedbackSource source : FeedbackSource.values()) {
      if (random.nextBoolean()) {
        feedback.add(source);
      }
    }
    builder.addAllFeedbackFrom(feedback);
    if (random.nextInt(100) < 10) {
      Grade moderated =
          random.nextInt(100) < 80 ? overall : grades.ofRank(random.nextInt(grades.size()));
      builder.moderation(
          Moderation.of(
              PersonId.of("syn-m" + (1 + random.nextInt(9))), moderated, completed.plusDays(7)));
    }
    return builder.build();
  }

  /** A concern that needs are not met, escalated when the framework has categories. */
  private static void addConcern(
      ImmutableAudit.Builder builder,
      Random random,
      AuditFramework framework,
      LocalDate completed) {
    builder.addConcerns(ConcernFlag.NEEDS_NOT_MET);
    if (!framework.escalationCategories().isEmpty()) {
      EscalationCategory category =
          framework
              .escalationCategories()
              .get(random.nextInt(framework.escalationCategories().size()));
      builder
          .escalationCategory(category.level())
          .escalatedAt(completed.atTime(10, 0).toInstant(ZoneOffset.UTC))
          .addNotified("head-of-service");
    }
  }

  /** Scores each domain about the audit's quality; returns the mean normalised score. */
  private static double score(
      ImmutableAudit.Builder builder, List<Domain> domains, Random random, double quality) {
    double sum = 0;
    int applicable = 0;
    for (Domain domain : domains) {
      if (random.nextInt(100) < NOT_APPLICABLE_PERCENT) {
        builder.putScore(domain.id(), DomainScore.notApplicable());
        continue;
      }
      ScoreScale scale = domain.scoreScale();
      int span = scale.max() - scale.min();
      double q = Math.min(1.0, Math.max(0.0, quality + (random.nextDouble() - 0.5) * 0.4));
      int value = scale.min() + (int) Math.round(q * span);
      builder.putScore(domain.id(), DomainScore.of(value));
      sum += scale.normalise(value);
      applicable++;
    }
    return applicable == 0 ? quality : sum / applicable;
  }

  /** One to three recommended actions, some done. */
  private static void addActions(
      ImmutableAudit.Builder builder, Random random, LocalDate completed) {
    int actions = 1 + random.nextInt(3);
    for (int a = 0; a < actions; a++) {
      boolean done = random.nextBoolean();
      ImmutableRecommendedAction.Builder action =
          RecommendedAction.builder()
              .description("Synthetic action " + (a + 1))
              .owner(worker(random.nextInt(TEAMS), random.nextInt(WORKERS_PER_TEAM)))
              .dueOn(completed.plusDays(20))
              .status(done ? ActionStatus.DONE : ActionStatus.OPEN);
      if (done) {
        action.closedOn(completed.plusDays(10));
      }
      builder.addActions(action.build());
    }
  }

  /**
   * Returns the instant every synthetic data set is generated "as of", at noon UTC.
   *
   * @return the instant
   */
  public static Instant asOfInstant() {
    return AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  private static Grade gradeOf(GradeScale grades, double meanNormalised) {
    int rank = (int) Math.floor((1.0 - meanNormalised) * grades.size());
    return grades.ofRank(Math.min(grades.size() - 1, Math.max(0, rank)));
  }

  private static String team(int team) {
    return String.format("syn-team-%02d", team + 1);
  }

  private static PersonId worker(int team, int n) {
    return PersonId.of(String.format("syn-w%02d%02d", team + 1, n + 1));
  }

  private static PersonId manager(int team) {
    return PersonId.of(String.format("syn-tm%02d", team + 1));
  }

  private static void requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more: " + count);
    }
  }
}
