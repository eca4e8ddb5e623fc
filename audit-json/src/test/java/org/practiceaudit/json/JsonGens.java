package org.practiceaudit.json;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.allocation.ImmutableAllocation;
import org.practiceaudit.core.allocation.ImmutableUnallocated;
import org.practiceaudit.core.allocation.Unallocated;
import org.practiceaudit.core.allocation.UnallocatedReason;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.ConversationTiming;
import org.practiceaudit.core.audit.FeedbackSource;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.PractitionerConversation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ImmutableModerationPolicy;
import org.practiceaudit.core.moderation.ModerationPick;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.moderation.ModerationReason;
import org.practiceaudit.core.moderation.ModerationSample;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.AllocationBound;
import org.practiceaudit.core.sampling.Exclusion;
import org.practiceaudit.core.sampling.ExclusionReason;
import org.practiceaudit.core.sampling.ImmutableSample;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.sampling.StratumAllocation;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.rules.ImmutableOutcome;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of every value the JSON binding reads and writes. Each value is built
 * from draws of QuickTheories' own generators, so a failing round trip shrinks to a small
 * counterexample (short texts, few list entries, early dates, absent optional fields). All values
 * are SYNTHETIC.
 */
final class JsonGens {

  /** A grade scale other than Ofsted's, with an alias, for values read through a scale reader. */
  static final GradeScale FIVE =
      GradeScale.of(
              "report-card-5",
              List.of("Exceptional", "Strong", "Expected", "Needs attention", "Urgent"))
          .withAlias("NA-1", "Urgent");

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private JsonGens() {}

  /** Draws a whole number in {@code [min, max]}. */
  static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  /** Draws a coin. */
  static boolean coin(RandomnessSource in) {
    return booleans().all().generate(in);
  }

  /** Draws one of the options (shrinking towards the first). */
  static <E> E pick(RandomnessSource in, List<E> options) {
    return Generate.pick(options).generate(in);
  }

  /** Draws how many times to repeat a part, 0 to {@code max}. */
  static int upTo(RandomnessSource in, int max) {
    return between(in, 0, max);
  }

  /** Lower-case kebab-case ids of one to three parts of one to eight letters or digits. */
  static Gen<String> kebab() {
    Gen<String> part =
        lists()
            .of(
                Generate.pick(
                    ALPHABET.chars().mapToObj(c -> (char) c).collect(Collectors.toList())))
            .ofSizeBetween(1, 8)
            .map(JsonGens::join);
    return lists().of(part).ofSizeBetween(1, 3).map(parts -> String.join("-", parts));
  }

  /**
   * Free texts: "t" then up to 40 characters, mostly lower-case letters, about one in five from
   * U+0020 to U+201F (spaces, punctuation, accents, Greek, Cyrillic, Hebrew and more).
   */
  static Gen<String> text() {
    Gen<Character> character =
        Generate.frequency(
            Pair.of(4, Generate.characters('a', 'z')),
            Pair.of(1, Generate.characters(0x20, 0x201F)));
    return lists().of(character).ofSizeBetween(0, 40).map(cs -> "t" + join(cs));
  }

  /** Days from 1990-01-01 to about 2044. */
  static Gen<LocalDate> dates() {
    return integers().between(0, 19_999).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  /** Ofsted's scale or {@link #FIVE}. */
  static Gen<GradeScale> scales() {
    return Generate.pick(List.of(GradeScale.ofsted(), FIVE));
  }

  /** Score scales from -1000 upwards with up to three anchors. */
  static Gen<ScoreScale> scoreScales() {
    return in -> {
      int min = between(in, -1000, 1000);
      ScoreScale s = ScoreScale.of(min, min + between(in, 1, 1000));
      for (int i = 0, n = upTo(in, 3); i < n; i++) {
        s = s.withAnchor(between(in, s.min(), s.max()), text().generate(in));
      }
      return s;
    };
  }

  /** Framework domains with optional guidance and indicators. */
  static Gen<Domain> domains() {
    return in -> {
      var b =
          Domain.builder()
              .id(kebab().generate(in))
              .title(text().generate(in))
              .scoreScale(scoreScales().generate(in));
      if (coin(in)) {
        b.guidance(text().generate(in));
      }
      for (int i = 0, n = upTo(in, 3); i < n; i++) {
        b.addGoodIndicator(Indicator.of("g" + i, text().generate(in)));
      }
      for (int i = 0, n = upTo(in, 2); i < n; i++) {
        b.addOutstandingIndicator(Indicator.of("o" + i, text().generate(in)));
      }
      return b.build();
    };
  }

  /** Roles: the built-in ones and councils' own. */
  static Gen<Role> roles() {
    return Generate.oneOf(
        Generate.pick(List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.SERVICE_MANAGER)),
        kebab().map(Role::of));
  }

  /** Involvements, open or ended. */
  static Gen<Involvement> involvements() {
    return in -> {
      LocalDate from = dates().generate(in);
      var b =
          Involvement.builder()
              .person(PersonId.of("P" + between(in, 0, 99_999)))
              .role(roles().generate(in))
              .from(from);
      if (coin(in)) {
        b.to(from.plusDays(between(in, 0, 899)));
      }
      return b.build();
    };
  }

  /** Case files with every optional part sometimes present. */
  static Gen<CaseFile> caseFiles() {
    return in -> {
      LocalDate opened = dates().generate(in);
      ImmutableCaseFile.Builder b =
          CaseFile.builder()
              .id(CaseId.of("SYN-" + between(in, 0, 999_999)))
              .category(
                  Generate.oneOf(
                          Generate.pick(
                              List.of(CaseCategory.CHILD_IN_NEED, CaseCategory.LOOKED_AFTER)),
                          kebab().map(CaseCategory::of))
                      .generate(in))
              .team(text().generate(in))
              .openedOn(opened);
      if (coin(in)) {
        b.allocatedWorker(PersonId.of("W" + between(in, 0, 499)));
      }
      if (coin(in)) {
        b.closedOn(opened.plusDays(between(in, 0, 1999)));
      }
      if (coin(in)) {
        b.lastAuditedOn(dates().generate(in));
      }
      for (int i = 0, n = upTo(in, 3); i < n; i++) {
        b.addInvolvement(involvements().generate(in));
      }
      for (int i = 0, n = upTo(in, 3); i < n; i++) {
        b.putAttribute(kebab().generate(in).replace('-', '_'), text().generate(in));
      }
      return b.build();
    };
  }

  /** Recommended actions in every status. */
  static Gen<RecommendedAction> actions() {
    return in -> {
      var b = RecommendedAction.builder().description(text().generate(in));
      ActionStatus status = Generate.enumValues(ActionStatus.class).generate(in);
      b.status(status);
      if (!status.isOutstanding()) {
        b.closedOn(dates().generate(in));
      }
      if (coin(in)) {
        b.owner(PersonId.of("O" + between(in, 0, 99)));
      }
      if (coin(in)) {
        b.dueOn(dates().generate(in));
      }
      return b.build();
    };
  }

  /** Moderations on Ofsted's scale. */
  static Gen<Moderation> moderations() {
    return in ->
        Moderation.of(
            PersonId.of("M" + between(in, 0, 8)),
            pick(in, GradeScale.ofsted().grades()),
            dates().generate(in));
  }

  /** Practitioner conversations at every timing. */
  static Gen<PractitionerConversation> conversations() {
    return in ->
        PractitionerConversation.of(
            PersonId.of("SW" + between(in, 0, 49)),
            Generate.enumValues(ConversationTiming.class).generate(in),
            dates().generate(in));
  }

  /** Audits graded on the given scale, over every field an audit has. */
  static Gen<Audit> audits(GradeScale scale) {
    return in -> {
      AuditStatus status = Generate.enumValues(AuditStatus.class).generate(in);
      LocalDate allocated = dates().generate(in);
      ImmutableAudit.Builder b =
          Audit.builder()
              .id(AuditId.of("A-" + between(in, 0, 999_999)))
              .caseId(CaseId.of("SYN-" + between(in, 0, 999)))
              .auditor(PersonId.of("AU" + between(in, 0, 99)))
              .frameworkId(kebab().generate(in))
              .frameworkVersion("1." + between(in, 0, 8))
              .auditType(kebab().generate(in))
              .status(status)
              .allocatedOn(allocated);
      if (status.isCompleted()) {
        b.completedOn(allocated.plusDays(between(in, 0, 59)));
        if (coin(in)) {
          b.moderation(
              Moderation.of(PersonId.of("M1"), pick(in, scale.grades()), dates().generate(in)));
        }
      }
      if (coin(in)) {
        b.agency(kebab().generate(in));
      }
      if (coin(in)) {
        LocalDate from = dates().generate(in);
        b.reviewedFrom(from).reviewedTo(from.plusMonths(12));
      }
      auditParts(in, b, scale);
      return b.build();
    };
  }

  private static void auditParts(RandomnessSource in, ImmutableAudit.Builder b, GradeScale scale) {
    for (int i = 0, n = upTo(in, 6); i < n; i++) {
      b.putScore(
          "d" + i,
          coin(in) && coin(in) ? DomainScore.notApplicable() : DomainScore.of(between(in, -5, 15)));
      b.putAreaGrade("d" + i, pick(in, scale.grades()));
    }
    if (coin(in)) {
      b.overallGrade(pick(in, scale.grades()));
    }
    for (int i = 0, n = upTo(in, 2); i < n; i++) {
      b.addEvidencedIndicator(kebab().generate(in));
      b.addConcern(Generate.enumValues(ConcernFlag.class).generate(in));
      b.addFeedbackFrom(Generate.enumValues(FeedbackSource.class).generate(in));
      b.addNotified(pick(in, List.of("head-of-service", "qa-unit")));
      b.addAction(actions().generate(in));
      b.putAttribute(kebab().generate(in), text().generate(in));
    }
    if (coin(in)) {
      b.escalationCategory(between(in, 1, 4));
      b.escalatedAt(Instant.ofEpochSecond(1_500_000_000L + between(in, 0, 299_999_999)));
      if (coin(in)) {
        b.followedUpAt(Instant.ofEpochSecond(1_800_000_000L + between(in, 0, 299_999_999)));
      }
    }
    if (coin(in)) {
      b.practitionerConversation(conversations().generate(in));
    }
  }

  /** Pseudonymous case ids. */
  static Gen<CaseId> caseIds() {
    return integers().between(0, 99_999).map(n -> CaseId.of("C" + n));
  }

  /** Pseudonymous person ids. */
  static Gen<PersonId> personIds() {
    return integers().between(0, 999).map(n -> PersonId.of("P" + n));
  }

  /** SHA-256 fingerprints as 64 lower-case hexadecimal digits. */
  static Gen<String> fingerprints() {
    return lists()
        .of(
            Generate.pick(
                List.of(
                    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e',
                    'f')))
        .ofSize(64)
        .map(JsonGens::join);
  }

  /** Samples with strata, allocations, exclusions and uncovered workers. */
  static Gen<Sample> samples() {
    return in -> {
      List<String> strata = new java.util.ArrayList<>();
      for (int i = 0, n = upTo(in, 2); i < n; i++) {
        strata.add("s" + i + kebab().generate(in));
      }
      ImmutableSample.Builder b =
          Sample.builder()
              .planName(kebab().generate(in))
              .algorithm(kebab().generate(in) + "/1")
              .seed(Seed.of(longs().all().generate(in)))
              .asOf(dates().generate(in))
              .populationFingerprint(fingerprints().generate(in))
              .addAllStrata(strata)
              .populationSize(between(in, 0, 4999))
              .openPopulation(between(in, 0, 4999))
              .eligible(between(in, 0, 4999))
              .plannedSize(between(in, 0, 499));
      int selected = 0;
      for (int i = 0, n = upTo(in, 4); i < n; i++) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String s : strata) {
          key.put(s, coin(in) && coin(in) ? "" : kebab().generate(in));
        }
        int eligible = between(in, 0, 39);
        int target = between(in, 0, 39);
        b.addAllocations(
            StratumAllocation.builder()
                .putAllKey(key)
                .eligible(eligible)
                .target(target)
                .selected(Math.min(eligible, target))
                .bound(Generate.enumValues(AllocationBound.class).generate(in))
                .build());
        selected += Math.min(eligible, target);
      }
      b.addAllSelectedIds(distinct(in, caseIds(), selected));
      for (int i = 0, n = upTo(in, 5); i < n; i++) {
        b.addExclusions(
            Exclusion.of(
                caseIds().generate(in), Generate.enumValues(ExclusionReason.class).generate(in)));
      }
      for (int i = 0, n = upTo(in, 2); i < n; i++) {
        b.addUncoveredWorkers(personIds().generate(in));
      }
      return b.build();
    };
  }

  /** {@code count} distinct values; a value drawn twice is replaced by the next unused one. */
  private static Set<CaseId> distinct(RandomnessSource in, Gen<CaseId> ids, int count) {
    Set<CaseId> out = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      CaseId id = ids.generate(in);
      for (int k = 0; !out.add(id); k++) {
        id = CaseId.of(id + "x" + k);
      }
    }
    return out;
  }

  /** Moderation policies whose grade threshold, when present, is on the given scale. */
  static Gen<ModerationPolicy> policies(GradeScale scale) {
    return in -> {
      ImmutableModerationPolicy.Builder b =
          ModerationPolicy.builder()
              .share(
                  BigDecimal.valueOf(between(in, 1, 10_000), between(in, 4, 6)).min(BigDecimal.ONE))
              .atLeastOnePerAuditor(coin(in));
      if (coin(in)) {
        b.includeGradedAtOrBelow(pick(in, scale.grades()));
      }
      return b.build();
    };
  }

  /** Moderation samples with distinct picks. */
  static Gen<ModerationSample> moderationSamples() {
    return in -> {
      var b =
          ModerationSample.builder()
              .algorithm(kebab().generate(in))
              .seed(Seed.of(longs().all().generate(in)))
              .policy(policies(GradeScale.ofsted()).generate(in))
              .populationFingerprint(fingerprints().generate(in))
              .completed(between(in, 0, 999))
              .plannedSize(between(in, 0, 199));
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0, n = upTo(in, 7); i < n; i++) {
        String id = "A" + between(in, 0, 9_999);
        if (seen.add(id)) {
          b.addPicks(
              ModerationPick.of(
                  AuditId.of(id),
                  personIds().generate(in),
                  Generate.enumValues(ModerationReason.class).generate(in)));
        }
      }
      return b.build();
    };
  }

  /** Allocations with assignments, unallocated cases and loads. */
  static Gen<Allocation> allocations() {
    return in -> {
      ImmutableAllocation.Builder b =
          Allocation.builder()
              .cost(coin(in) ? 0 : longs().between(0, Long.MAX_VALUE >> 2).generate(in));
      Set<CaseId> assigned = new LinkedHashSet<>();
      for (int i = 0, n = upTo(in, 9); i < n; i++) {
        CaseId c = caseIds().generate(in);
        if (assigned.add(c)) {
          b.putAssignment(c, personIds().generate(in));
        }
      }
      for (int i = 0, n = upTo(in, 4); i < n; i++) {
        CaseId c = caseIds().generate(in);
        if (!assigned.contains(c)) {
          b.addUnallocated(unallocated(in, c));
        }
      }
      for (int i = 0, n = upTo(in, 5); i < n; i++) {
        b.putLoad(PersonId.of("L" + i), between(in, 0, 49));
      }
      return b.build();
    };
  }

  private static Unallocated unallocated(RandomnessSource in, CaseId c) {
    UnallocatedReason reason = Generate.enumValues(UnallocatedReason.class).generate(in);
    ImmutableUnallocated.Builder u =
        Unallocated.builder()
            .caseId(c)
            .team(kebab().generate(in))
            .reason(reason)
            .independentCount(
                reason == UnallocatedReason.NO_INDEPENDENT_AUDITOR ? 0 : between(in, 1, 30));
    if (coin(in)) {
      u.auditId(AuditId.of("A" + between(in, 0, 999)));
    }
    return u.build();
  }

  /** Role quotas for built-in and councils' own roles. */
  static Gen<RoleQuota> quotas() {
    return in ->
        RoleQuota.builder()
            .role(roles().generate(in))
            .minimum(between(in, 0, 99))
            .period(Generate.enumValues(QuotaPeriod.class).generate(in))
            .assisted(coin(in))
            .build();
  }

  /** Rule outcomes over every optional part, scores from tiny to huge. */
  static Gen<Outcome> outcomes() {
    return in -> {
      ImmutableOutcome.Builder b =
          Outcome.builder()
              .ruleId(kebab().generate(in) + "/" + kebab().generate(in))
              .status(Generate.enumValues(OutcomeStatus.class).generate(in))
              .reason("synthetic " + kebab().generate(in));
      for (int i = 0, n = upTo(in, 2); i < n; i++) {
        b.putInput("in-" + i, kebab().generate(in));
      }
      if (coin(in)) {
        b.grade(pick(in, GradeScale.ofsted().grades()));
      }
      if (coin(in)) {
        b.escalationCategory(between(in, 1, 4));
      }
      if (coin(in)) {
        b.deadline(
            coin(in)
                ? Deadline.at(Instant.ofEpochSecond(1_500_000_000L + between(in, 0, 399_999_999)))
                : Deadline.endOf(dates().generate(in)));
      }
      for (int i = 0, n = upTo(in, 2); i < n; i++) {
        b.addNotification(
            Notification.builder()
                .recipient(kebab().generate(in))
                .channel(Generate.enumValues(Notification.Channel.class).generate(in))
                .withAudit(coin(in))
                .inPersonFollowUp(coin(in))
                .build());
      }
      if (coin(in)) {
        b.score((doubles().fromZeroToOne().generate(in) - 0.5) * Math.pow(10, between(in, 0, 11)));
      }
      if (coin(in)) {
        b.coverage(doubles().fromZeroToOne().generate(in));
      }
      for (int i = 0, n = upTo(in, 2); i < n; i++) {
        b.addFlag(kebab().generate(in));
      }
      return b.build();
    };
  }

  private static String join(List<Character> characters) {
    StringBuilder b = new StringBuilder(characters.size());
    characters.forEach(b::append);
    return b.toString();
  }
}
