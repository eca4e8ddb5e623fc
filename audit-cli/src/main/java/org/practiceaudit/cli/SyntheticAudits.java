package org.practiceaudit.cli;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ModerationPick;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.moderation.ModerationSample;
import org.practiceaudit.core.moderation.ModerationSampler;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.grading.GradeBands;

/**
 * Simulates the audits of the demonstration month, deterministically from a seed, and applies the
 * framework's rules to them. Everything here is SYNTHETIC: every audit carries the attribute {@code
 * source=synthetic}, every action's text says so.
 *
 * <p>For each allocated case an auditor scores every domain (about one score in twenty not
 * applicable) around a quality drawn for the case, and gives an overall judgement: the grade band
 * of the average score, one step away in about one audit in eight. Inadequate cases sometimes carry
 * a concern of immediate risk, cases requiring improvement sometimes one of needs not met; cases
 * below good get recommended actions. About one audit in eight is still in progress at the month's
 * end.
 *
 * <p>The framework's rules then decide: the escalation rule gives each completed audit its
 * category, follow-up deadline and who is told; actions are due at that deadline, and some are done
 * by the month's end; the moderation policy selects audits for the lead auditor. Finally every rule
 * is evaluated again on the finished audits, as of the end of the month, and the outcomes are
 * counted.
 */
final class SyntheticAudits {

  /** The lead auditor who moderates the demonstration's audits. */
  static final PersonId MODERATOR = PersonId.of("SYN-LA01");

  /** The audits and the rules' verdicts on them. */
  record Month(
      List<Audit> audits, Map<String, Map<OutcomeStatus, Integer>> outcomes, int moderated) {}

  private SyntheticAudits() {}

  /**
   * Simulates the audits of the allocated cases and applies the framework's rules.
   *
   * @param seed the seed of the simulation
   * @param loaded the framework and its rules
   * @param cases the allocated cases, with their auditors
   * @param allocatedOn the day the audits were allocated
   * @param monthEnd the last day of the month, when the rules are applied
   * @throws InputException if the framework's rules cannot be built
   */
  static Month simulate(
      long seed,
      Frameworks.Loaded loaded,
      Map<CaseFile, PersonId> cases,
      LocalDate allocatedOn,
      LocalDate monthEnd) {
    AuditFramework framework = loaded.framework();
    io.vavr.control.Validation<io.vavr.collection.Seq<String>, RuleSet> built =
        loaded.local().ruleSet(RuleRegistry.load());
    if (built.isInvalid()) {
      throw new InputException(built.getError().asJava());
    }
    RuleSet rules = built.get();
    RuleContext context =
        RuleContext.of(Clock.fixed(Reports.endOf(monthEnd), WorkingCalendar.LONDON), framework);
    String escalationRule = loaded.escalationRuleId();
    Random random = new Random(Long.rotateLeft(seed, 17) ^ 0x41554449544CL);
    String auditType =
        framework.auditTypes().stream().map(AuditType::id).findFirst().orElse("case-file");
    List<Audit> audits = new ArrayList<>();
    int number = 0;
    for (Map.Entry<CaseFile, PersonId> entry : cases.entrySet()) {
      number++;
      audits.add(
          audit(
              random,
              framework,
              loaded.gradeBands(),
              rules,
              context,
              escalationRule,
              AuditId.of(String.format("SYN-A%04d", number)),
              entry.getKey(),
              entry.getValue(),
              auditType,
              allocatedOn,
              monthEnd));
    }
    List<Audit> completed =
        audits.stream()
            .filter(a -> a.status().isCompleted())
            .collect(java.util.stream.Collectors.toList());
    ModerationPolicy policy = loaded.local().moderationPolicy().orElse(ModerationPolicy.dudley());
    ModerationSample moderation = ModerationSampler.select(completed, policy, Seed.of(seed));
    Set<AuditId> picked = new HashSet<>();
    for (ModerationPick pick : moderation.picks()) {
      picked.add(pick.auditId());
    }
    List<Audit> finished = moderated(audits, picked, framework, random, monthEnd);
    Map<String, Map<OutcomeStatus, Integer>> outcomes = new TreeMap<>();
    for (Audit audit : finished) {
      if (audit.status().isCompleted()) {
        count(outcomes, rules.evaluate(SubjectType.AUDIT, audit, context));
      }
    }
    count(outcomes, rules.evaluate(SubjectType.AUDITS, List.copyOf(finished), context));
    return new Month(List.copyOf(finished), outcomes, picked.size());
  }

  /**
   * The audits with the picked ones moderated three working days after completion: one in five
   * moderated a grade away.
   */
  private static List<Audit> moderated(
      List<Audit> audits,
      Set<AuditId> picked,
      AuditFramework framework,
      Random random,
      LocalDate monthEnd) {
    WorkingCalendar calendar = framework.calendar();
    List<Audit> finished = new ArrayList<>();
    for (Audit audit : audits) {
      if (picked.contains(audit.id()) && audit.overallGrade().isPresent()) {
        LocalDate on = calendar.plusWorkingDays(audit.completedOn().get(), 3);
        Grade grade =
            random.nextInt(100) < 20
                ? step(framework.gradeScale(), audit.overallGrade().get(), random)
                : audit.overallGrade().get();
        // a moderated audit is shared with its auditor (Dudley 2017, line 152; U26)
        Set<String> told = new java.util.TreeSet<>(audit.notified());
        told.add("auditor");
        finished.add(
            ImmutableAudit.copyOf(audit)
                .withModeration(
                    Moderation.of(MODERATOR, grade, on.isAfter(monthEnd) ? monthEnd : on))
                .withNotified(told));
      } else {
        finished.add(audit);
      }
    }
    return finished;
  }

  private static void count(
      Map<String, Map<OutcomeStatus, Integer>> counts, List<Outcome> outcomes) {
    for (Outcome outcome : outcomes) {
      counts
          .computeIfAbsent(outcome.ruleId(), id -> new EnumMap<>(OutcomeStatus.class))
          .merge(outcome.status(), 1, Integer::sum);
    }
  }

  private static Audit audit(
      Random random,
      AuditFramework framework,
      java.util.Optional<GradeBands> bands,
      RuleSet rules,
      RuleContext context,
      String escalationRule,
      AuditId id,
      CaseFile caseFile,
      PersonId auditor,
      String auditType,
      LocalDate allocatedOn,
      LocalDate monthEnd) {
    WorkingCalendar calendar = framework.calendar();
    GradeScale scale = framework.gradeScale();
    ImmutableAudit.Builder builder =
        allocated(framework, id, caseFile, auditor, auditType, allocatedOn);
    boolean done = random.nextInt(100) >= 12;
    double quality = 2.55 + random.nextGaussian() * 0.7;
    if (!done) {
      return builder.status(AuditStatus.IN_PROGRESS).build();
    }
    // a completed audit starts with a pen picture of the child's journey (Dudley 2017, line 130;
    // U23)
    builder.addSection("pen-picture");
    LocalDate completedOn = calendar.plusWorkingDays(allocatedOn, 2 + random.nextInt(14));
    if (completedOn.isAfter(monthEnd)) {
      completedOn = monthEnd;
    }
    Instant completedAt =
        completedOn.atTime(LocalTime.of(16, 0)).atZone(WorkingCalendar.LONDON).toInstant();
    double average = score(builder, framework, random, quality);
    Grade grade = band(scale, bands, average, quality);
    if (random.nextInt(100) < 12) {
      grade = step(scale, grade, random);
    }
    int fromWorst = scale.size() - 1 - grade.rank();
    Set<ConcernFlag> concerns = concerns(fromWorst, random);
    int actions =
        fromWorst == 0
            ? 2 + random.nextInt(2)
            : fromWorst == 1
                ? 1 + random.nextInt(2)
                : grade.rank() == 0 ? 0 : random.nextInt(100) < 30 ? 1 : 0;
    builder
        .status(AuditStatus.COMPLETED)
        .completedOn(completedOn)
        .overallGrade(grade)
        .addAllConcerns(concerns)
        .escalatedAt(completedAt);
    List<RecommendedAction> drafts = new ArrayList<>();
    for (int k = 1; k <= actions; k++) {
      drafts.add(
          RecommendedAction.builder().description("SYNTHETIC recommended action " + k).build());
    }
    Audit draft = ImmutableAudit.copyOf(builder.build()).withActions(drafts);
    return followedUp(
        draft, drafts, rules, context, escalationRule, caseFile, completedOn, monthEnd, random);
  }

  /** An audit as allocated: its ids, framework, type and the case's category and team. */
  private static ImmutableAudit.Builder allocated(
      AuditFramework framework,
      AuditId id,
      CaseFile caseFile,
      PersonId auditor,
      String auditType,
      LocalDate allocatedOn) {
    return Audit.builder()
        .id(id)
        .caseId(caseFile.id())
        .auditor(auditor)
        .frameworkId(framework.id())
        .frameworkVersion(framework.version())
        .auditType(auditType)
        .allocatedOn(allocatedOn)
        .putAttribute("category", caseFile.category().id())
        .putAttribute("team", caseFile.team())
        .putAttribute("source", "synthetic");
  }

  /** Scores each domain about the audit's quality (now and then not applicable). */
  private static double score(
      ImmutableAudit.Builder builder, AuditFramework framework, Random random, double quality) {
    double sum = 0;
    int scored = 0;
    for (Domain domain : framework.domains()) {
      if (random.nextInt(100) < 5) {
        builder.putScore(domain.id(), DomainScore.notApplicable());
        continue;
      }
      int min = domain.scoreScale().min();
      int max = domain.scoreScale().max();
      double scaled = min + (quality - 1) / 3.0 * (max - min);
      int score = (int) Math.round(scaled + random.nextGaussian() * 0.45 * (max - min) / 3.0);
      score = Math.max(min, Math.min(max, score));
      builder.putScore(domain.id(), DomainScore.of(score));
      sum += score;
      scored++;
    }
    return scored == 0 ? quality : sum / scored;
  }

  /** A concern now and then in the two worst grades. */
  private static Set<ConcernFlag> concerns(int fromWorst, Random random) {
    Set<ConcernFlag> concerns = new HashSet<>();
    if (fromWorst == 0 && random.nextInt(100) < 35) {
      concerns.add(ConcernFlag.IMMEDIATE_RISK);
    } else if (fromWorst == 1 && random.nextInt(100) < 15) {
      concerns.add(ConcernFlag.NEEDS_NOT_MET);
    }
    return concerns;
  }

  /**
   * The completed audit as the escalation rule leaves it (category, deadline and who is told), its
   * actions owned, due and some done.
   */
  private static Audit followedUp(
      Audit draft,
      List<RecommendedAction> drafts,
      RuleSet rules,
      RuleContext context,
      String escalationRule,
      CaseFile caseFile,
      LocalDate completedOn,
      LocalDate monthEnd,
      Random random) {
    WorkingCalendar calendar = context.calendar();
    // The escalation rule decides the category, the follow-up deadline and who is told.
    Optional<Outcome> escalation =
        rules.evaluate(SubjectType.AUDIT, draft, context).stream()
            .filter(o -> o.ruleId().equals(escalationRule))
            .findFirst();
    OptionalInt category = escalation.map(Outcome::escalationCategory).orElse(OptionalInt.empty());
    Optional<LocalDate> due = escalation.flatMap(Outcome::deadline).map(Deadline::dueDate);
    Set<String> notified = new java.util.TreeSet<>();
    escalation.ifPresent(o -> o.notifications().forEach(n -> notified.add(n.recipient())));
    List<RecommendedAction> recorded = new ArrayList<>();
    for (RecommendedAction action : drafts) {
      LocalDate dueOn = due.orElse(calendar.plusWorkingDays(completedOn, 20));
      LocalDate last = dueOn.isAfter(monthEnd) ? monthEnd : dueOn;
      long span = last.toEpochDay() - completedOn.toEpochDay();
      var recordedAction =
          RecommendedAction.builder()
              .description(action.description())
              .owner(caseFile.allocatedWorker())
              .dueOn(dueOn);
      if (span >= 0 && random.nextInt(100) < 55) {
        recordedAction
            .status(ActionStatus.DONE)
            .closedOn(completedOn.plusDays(span == 0 ? 0 : random.nextInt((int) span + 1)));
      }
      recorded.add(recordedAction.build());
    }
    return ImmutableAudit.copyOf(draft)
        .withActions(recorded)
        .withEscalationCategory(category)
        .withNotified(notified);
  }

  /**
   * The grade of the band the average falls in (an average past the bands' ends takes the nearest
   * band), or of the quality on the scale without bands.
   */
  private static Grade band(
      GradeScale scale, java.util.Optional<GradeBands> bands, double average, double quality) {
    if (bands.isPresent()) {
      BigDecimal value = BigDecimal.valueOf(average).max(bands.get().low()).min(bands.get().high());
      Grade grade = bands.get().gradeFor(value);
      return scale.find(grade.label()).orElse(grade);
    }
    int rank = (int) Math.round((4 - quality) / 3.0 * (scale.size() - 1));
    return scale.ofRank(Math.max(0, Math.min(scale.size() - 1, rank)));
  }

  private static Grade step(GradeScale scale, Grade grade, Random random) {
    int rank = grade.rank() + (random.nextBoolean() ? 1 : -1);
    return scale.ofRank(Math.max(0, Math.min(scale.size() - 1, rank)));
  }
}
