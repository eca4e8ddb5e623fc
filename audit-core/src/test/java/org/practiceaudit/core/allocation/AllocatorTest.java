package org.practiceaudit.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.quicktheories.core.Gen;

/** Tests of {@link Allocator}. All case and workforce data is synthetic. */
final class AllocatorTest {

  static void assertShuffledInputsGiveTheSameAllocation(
      Allocator allocator, Instances.Instance instance, long seed) {
    Allocation first = allocator.allocate(instance.cases(), instance.auditors());
    List<CaseFile> cases = new ArrayList<>(instance.cases());
    List<Auditor> auditors = new ArrayList<>(instance.auditors());
    Collections.shuffle(cases, new Random(seed));
    Collections.shuffle(auditors, new Random(seed + 1));
    Allocation second = allocator.allocate(cases, auditors);
    assertThat(second).isEqualTo(first);
    assertThat(List.copyOf(second.assignments().keySet()))
        .isEqualTo(List.copyOf(first.assignments().keySet()));
  }

  private static final PairingCost EXPERIENCE =
      PairingCost.experience(
          c ->
              c.id().value().endsWith("0")
                  ? ExperienceLevel.SENIOR
                  : ExperienceLevel.NEWLY_QUALIFIED,
          700);

  static CaseFile caseFile(String id, String team) {
    return CaseFile.builder()
        .id(CaseId.of(id))
        .category(CaseCategory.LOOKED_AFTER)
        .team(team)
        .openedOn(Instances.OPENED)
        .build();
  }

  static Auditor auditor(String id, String team, int capacity) {
    return Auditor.builder()
        .id(PersonId.of(id))
        .role(Role.TEAM_MANAGER)
        .team(team)
        .capacity(capacity)
        .build();
  }

  @Nested
  final class Laws {

    @Test
    void allocate_anyInstance_respectsIndependenceAndCapacity() {
      qt().withFixedSeed(20261124L)
          .withExamples(400)
          .forAll(Instances.instances(12, 6, 3))
          .checkAssert(
              instance -> {
                Allocation allocation =
                    Allocator.withDefaults().allocate(instance.cases(), instance.auditors());
                Map<CaseId, CaseFile> byId =
                    instance.cases().stream().collect(Collectors.toMap(CaseFile::id, c -> c));
                Map<PersonId, Auditor> auditors =
                    instance.auditors().stream().collect(Collectors.toMap(Auditor::id, a -> a));
                allocation
                    .assignments()
                    .forEach(
                        (caseId, auditorId) ->
                            assertThat(
                                    Instances.independent(
                                        byId.get(caseId), auditors.get(auditorId)))
                                .as("%s -> %s", caseId, auditorId)
                                .isTrue());
                allocation
                    .load()
                    .forEach(
                        (id, load) -> assertThat(load).isBetween(0, auditors.get(id).capacity()));
                Map<PersonId, Long> counted =
                    allocation.assignments().values().stream()
                        .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
                allocation
                    .load()
                    .forEach(
                        (id, load) ->
                            assertThat(counted.getOrDefault(id, 0L)).isEqualTo((long) load));
                assertThat(allocation.assignments().size() + allocation.unallocated().size())
                    .isEqualTo(instance.cases().size());
              });
    }

    @Test
    void allocate_smallInstance_coversTheBruteForceMaximumAtTheLeastCost() {
      qt().withFixedSeed(7L)
          .withExamples(300)
          .forAll(Instances.instances(12, 6, 3))
          .checkAssert(
              instance -> {
                Allocation allocation =
                    Allocator.builder()
                        .pairingCost(EXPERIENCE)
                        .build()
                        .allocate(instance.cases(), instance.auditors());
                long[] best =
                    new BruteForce(
                            sortedCases(instance.cases()),
                            instance.auditors(),
                            Instances::independent,
                            EXPERIENCE,
                            Allocator.DEFAULT_LOAD_WEIGHT)
                        .best();
                assertThat((long) allocation.assignments().size()).isEqualTo(best[0]);
                assertThat(allocation.cost()).isEqualTo(best[1]);
                if (best[0] == instance.cases().size()) {
                  assertThat(allocation.isComplete()).isTrue();
                }
              });
    }

    @Test
    void allocate_reportedCost_isThePairingAndLoadCostOfTheAssignments() {
      qt().withFixedSeed(11L)
          .withExamples(300)
          .forAll(Instances.instances(12, 6, 3))
          .checkAssert(
              instance -> {
                Allocation allocation =
                    Allocator.builder()
                        .pairingCost(EXPERIENCE)
                        .build()
                        .allocate(instance.cases(), instance.auditors());
                long cost = 0;
                for (CaseFile c : instance.cases()) {
                  PersonId who = allocation.assignments().get(c.id());
                  if (who != null) {
                    Auditor a =
                        instance.auditors().stream()
                            .filter(x -> x.id().equals(who))
                            .findFirst()
                            .get();
                    cost += EXPERIENCE.cost(c, a);
                  }
                }
                for (Auditor a : instance.auditors()) {
                  for (int j = 1; j <= allocation.load().get(a.id()); j++) {
                    cost += (Allocator.DEFAULT_LOAD_WEIGHT * j + a.capacity() - 1) / a.capacity();
                  }
                }
                assertThat(allocation.cost()).isEqualTo(cost);
              });
    }

    @Test
    void allocate_shuffledInputs_giveTheSameAllocation() {
      qt().withFixedSeed(3L)
          .withExamples(300)
          .forAll(Instances.instances(12, 6, 3), longs().all())
          .checkAssert(
              (instance, seed) ->
                  assertShuffledInputsGiveTheSameAllocation(
                      Allocator.builder().pairingCost(EXPERIENCE).build(), instance, seed));
    }

    @Test
    void allocate_equalCapacitiesAndNoConflicts_loadsDifferByAtMostOne() {
      qt().withFixedSeed(5L)
          .withExamples(300)
          .forAll(integers().between(1, 40), integers().between(1, 8), integers().between(1, 6))
          .checkAssert(
              (caseCount, auditorCount, capacity) -> {
                List<CaseFile> cases = new ArrayList<>();
                for (int c = 0; c < caseCount; c++) {
                  cases.add(caseFile(String.format("C-%02d", c), "East"));
                }
                List<Auditor> auditors = new ArrayList<>();
                for (int a = 0; a < auditorCount; a++) {
                  auditors.add(auditor(String.format("A-%02d", a), "West", capacity));
                }
                Allocation allocation = Allocator.withDefaults().allocate(cases, auditors);
                int min = Collections.min(allocation.load().values());
                int max = Collections.max(allocation.load().values());
                assertThat(max - min).isLessThanOrEqualTo(1);
                assertThat(max).isLessThanOrEqualTo(capacity);
                assertThat(allocation.assignments())
                    .hasSize(Math.min(caseCount, auditorCount * capacity));
              });
    }

    @Test
    void allocateModerators_anyInstance_neverTheOriginalAuditorNorTheCaseTeam() {
      qt().withFixedSeed(13L)
          .withExamples(300)
          .forAll(Instances.instances(12, 6, 3))
          .checkAssert(
              instance -> {
                Allocation first =
                    Allocator.withDefaults().allocate(instance.cases(), instance.auditors());
                Map<CaseId, CaseFile> cases =
                    instance.cases().stream().collect(Collectors.toMap(CaseFile::id, c -> c));
                List<Audit> audits = new ArrayList<>();
                first
                    .assignments()
                    .forEach((caseId, auditorId) -> audits.add(completed(caseId, auditorId)));
                ModeratorAllocation moderation =
                    Allocator.withDefaults().allocateModerators(audits, cases, instance.auditors());
                Map<AuditId, Audit> byId =
                    audits.stream().collect(Collectors.toMap(Audit::id, a -> a));
                Map<PersonId, Auditor> moderators =
                    instance.auditors().stream().collect(Collectors.toMap(Auditor::id, a -> a));
                moderation
                    .assignments()
                    .forEach(
                        (auditId, moderatorId) -> {
                          Audit audit = byId.get(auditId);
                          assertThat(moderatorId).isNotEqualTo(audit.auditor());
                          assertThat(
                                  Instances.independent(
                                      cases.get(audit.caseId()), moderators.get(moderatorId)))
                              .isTrue();
                        });
                moderation
                    .load()
                    .forEach(
                        (id, load) ->
                            assertThat(load).isLessThanOrEqualTo(moderators.get(id).capacity()));
                long[] best =
                    new BruteForce(
                            audits.stream()
                                .map(a -> cases.get(a.caseId()))
                                .collect(Collectors.toList()),
                            instance.auditors(),
                            (c, m) ->
                                Instances.independent(c, m)
                                    && !first.assignments().get(c.id()).equals(m.id()),
                            PairingCost.none(),
                            Allocator.DEFAULT_LOAD_WEIGHT)
                        .best();
                assertThat((long) moderation.assignments().size()).isEqualTo(best[0]);
              });
    }
  }

  /**
   * Cases that look alike to the allocator (same allowed auditors at the same pairing costs) share
   * one node of the flow network; these laws stress that grouping.
   */
  @Nested
  final class LookalikeCases {

    @Test
    void allocate_lookalikeCases_coversTheBruteForceMaximumAtTheLeastCost() {
      qt().withFixedSeed(20261125L)
          .withExamples(400)
          .forAll(Instances.lookalikes(16, 4, 5), loadWeights())
          .checkAssert(
              (instance, loadWeight) -> {
                Allocation allocation =
                    Allocator.builder()
                        .pairingCost(Instances.COMPLEXITY_COST)
                        .loadWeight(loadWeight)
                        .build()
                        .allocate(instance.cases(), instance.auditors());
                long[] best =
                    new BruteForce(
                            instance.cases(),
                            instance.auditors(),
                            Instances::independent,
                            Instances.COMPLEXITY_COST,
                            loadWeight)
                        .best();
                assertThat((long) allocation.assignments().size()).isEqualTo(best[0]);
                assertThat(allocation.cost()).isEqualTo(best[1]);
                assertThat(allocation.cost())
                    .isEqualTo(costOf(allocation, instance, Instances.COMPLEXITY_COST, loadWeight));
                assertRespectsIndependenceAndCapacity(allocation, instance);
              });
    }

    @Test
    void allocate_manyLookalikeCases_coversAsManyAtTheSameCostAsOneNodePerCase() {
      qt().withFixedSeed(20261126L)
          .withExamples(150)
          .forAll(Instances.lookalikes(150, 8, 30), loadWeights())
          .checkAssert(
              (instance, loadWeight) -> {
                Allocation allocation =
                    Allocator.builder()
                        .pairingCost(Instances.COMPLEXITY_COST)
                        .loadWeight(loadWeight)
                        .build()
                        .allocate(instance.cases(), instance.auditors());
                long[] best =
                    PerCaseFlow.best(
                        instance.cases(),
                        instance.auditors(),
                        Instances::independent,
                        Instances.COMPLEXITY_COST,
                        loadWeight);
                assertThat((long) allocation.assignments().size()).isEqualTo(best[0]);
                assertThat(allocation.cost()).isEqualTo(best[1]);
                assertThat(allocation.cost())
                    .isEqualTo(costOf(allocation, instance, Instances.COMPLEXITY_COST, loadWeight));
                assertRespectsIndependenceAndCapacity(allocation, instance);
              });
    }

    @Test
    void allocate_lookalikeCasesShuffled_giveTheSameAllocation() {
      qt().withFixedSeed(20261127L)
          .withExamples(300)
          .forAll(Instances.lookalikes(40, 5, 8), longs().all())
          .checkAssert(
              (instance, seed) ->
                  assertShuffledInputsGiveTheSameAllocation(
                      Allocator.builder().pairingCost(Instances.COMPLEXITY_COST).build(),
                      instance,
                      seed));
    }

    @Test
    void allocateModerators_lookalikeAudits_coverTheBruteForceMaximumAtTheLeastCost() {
      qt().withFixedSeed(20261128L)
          .withExamples(300)
          .forAll(Instances.lookalikes(14, 4, 5))
          .checkAssert(
              instance -> {
                Allocation first =
                    Allocator.withDefaults().allocate(instance.cases(), instance.auditors());
                Map<CaseId, CaseFile> cases =
                    instance.cases().stream().collect(Collectors.toMap(CaseFile::id, c -> c));
                List<Audit> audits = new ArrayList<>();
                first
                    .assignments()
                    .forEach((caseId, auditorId) -> audits.add(completed(caseId, auditorId)));
                ModeratorAllocation moderation =
                    Allocator.withDefaults().allocateModerators(audits, cases, instance.auditors());
                long[] best =
                    new BruteForce(
                            audits.stream()
                                .map(a -> cases.get(a.caseId()))
                                .collect(Collectors.toList()),
                            instance.auditors(),
                            (c, m) ->
                                Instances.independent(c, m)
                                    && !first.assignments().get(c.id()).equals(m.id()),
                            PairingCost.none(),
                            Allocator.DEFAULT_LOAD_WEIGHT)
                        .best();
                assertThat((long) moderation.assignments().size()).isEqualTo(best[0]);
                assertThat(moderation.cost()).isEqualTo(best[1]);
                Map<AuditId, Audit> byId =
                    audits.stream().collect(Collectors.toMap(Audit::id, a -> a));
                moderation
                    .assignments()
                    .forEach(
                        (auditId, moderatorId) ->
                            assertThat(moderatorId).isNotEqualTo(byId.get(auditId).auditor()));
              });
    }

    @Test
    void allocate_identicalCasesBeyondCapacity_givesTheFirstIdsToTheFirstAuditors() {
      List<CaseFile> cases = new ArrayList<>();
      for (int c = 5; c >= 1; c--) {
        cases.add(caseFile("C-" + c, "East"));
      }
      Allocation allocation =
          Allocator.withDefaults()
              .allocate(cases, List.of(auditor("A-2", "West", 1), auditor("A-1", "North", 1)));
      assertThat(allocation.assignments())
          .containsExactly(
              Map.entry(CaseId.of("C-1"), PersonId.of("A-1")),
              Map.entry(CaseId.of("C-2"), PersonId.of("A-2")));
      assertThat(allocation.unallocated())
          .extracting(Unallocated::caseId)
          .containsExactly(CaseId.of("C-3"), CaseId.of("C-4"), CaseId.of("C-5"));
      assertThat(allocation.unallocated())
          .allSatisfy(u -> assertThat(u.reason()).isEqualTo(UnallocatedReason.ALL_AT_CAPACITY));
    }

    private Gen<Long> loadWeights() {
      // Small weights make several units of an auditor's capacity cost the same; 1,000 is the
      // default.
      return longs()
          .between(0, 12)
          .map(w -> w <= 10 ? w : Allocator.DEFAULT_LOAD_WEIGHT * (w - 10));
    }
  }

  static long costOf(
      Allocation allocation, Instances.Instance instance, PairingCost pairing, long loadWeight) {
    Map<PersonId, Auditor> auditors =
        instance.auditors().stream().collect(Collectors.toMap(Auditor::id, a -> a));
    long cost = 0;
    for (CaseFile c : instance.cases()) {
      PersonId who = allocation.assignments().get(c.id());
      if (who != null) {
        cost += pairing.cost(c, auditors.get(who));
      }
    }
    for (Auditor a : instance.auditors()) {
      for (int j = 1; j <= allocation.load().get(a.id()); j++) {
        cost += (loadWeight * j + a.capacity() - 1) / a.capacity();
      }
    }
    return cost;
  }

  static void assertRespectsIndependenceAndCapacity(
      Allocation allocation, Instances.Instance instance) {
    Map<CaseId, CaseFile> byId =
        instance.cases().stream().collect(Collectors.toMap(CaseFile::id, c -> c));
    Map<PersonId, Auditor> auditors =
        instance.auditors().stream().collect(Collectors.toMap(Auditor::id, a -> a));
    allocation
        .assignments()
        .forEach(
            (caseId, auditorId) ->
                assertThat(Instances.independent(byId.get(caseId), auditors.get(auditorId)))
                    .as("%s -> %s", caseId, auditorId)
                    .isTrue());
    Map<PersonId, Long> counted =
        allocation.assignments().values().stream()
            .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
    allocation
        .load()
        .forEach(
            (id, load) -> {
              assertThat(load).isBetween(0, auditors.get(id).capacity());
              assertThat(counted.getOrDefault(id, 0L)).isEqualTo((long) load);
            });
    assertThat(allocation.assignments().size() + allocation.unallocated().size())
        .isEqualTo(instance.cases().size());
  }

  static Audit completed(CaseId caseId, PersonId auditor) {
    return Audit.builder()
        .id(AuditId.of("AU-" + caseId.value()))
        .caseId(caseId)
        .auditor(auditor)
        .frameworkId("synthetic")
        .frameworkVersion("1")
        .auditType("practice-week")
        .status(AuditStatus.COMPLETED)
        .allocatedOn(LocalDate.of(2026, 1, 5))
        .completedOn(LocalDate.of(2026, 1, 12))
        .build();
  }

  private static List<CaseFile> sortedCases(List<CaseFile> cases) {
    List<CaseFile> sorted = new ArrayList<>(cases);
    sorted.sort(java.util.Comparator.comparing(CaseFile::id));
    return sorted;
  }

  @Nested
  final class Explanations {

    @Test
    void allocate_independentAuditorsFull_saysEveryEligibleAuditorIsAtCapacity() {
      List<CaseFile> cases =
          List.of(
              caseFile("C-1", "East"),
              caseFile("C-2", "East"),
              caseFile("C-3", "East"),
              caseFile("C-4", "East"));
      Allocation allocation =
          Allocator.withDefaults()
              .allocate(cases, List.of(auditor("A-1", "West", 1), auditor("A-2", "East", 5)));
      assertThat(allocation.assignments())
          .containsExactly(Map.entry(CaseId.of("C-1"), PersonId.of("A-1")));
      assertThat(allocation.summary())
          .containsExactly("3 cases in team East: every eligible auditor is at capacity");
      assertThat(allocation.unallocated())
          .allSatisfy(u -> assertThat(u.reason()).isEqualTo(UnallocatedReason.ALL_AT_CAPACITY));
      assertThat(allocation.unallocated().get(0).explanation())
          .isEqualTo(
              "case C-2 in team East: every eligible auditor is at capacity (1 independent auditor)");
    }

    @Test
    void allocate_onlyOwnTeamOrInvolved_saysNoAuditorIsIndependent() {
      CaseFile involved =
          ImmutableCaseFile.copyOf(caseFile("C-9", "West"))
              .withInvolvements(
                  Involvement.builder()
                      .person(PersonId.of("A-3"))
                      .role(Role.TEAM_MANAGER)
                      .from(LocalDate.of(2020, 1, 1))
                      .to(LocalDate.of(2020, 6, 1))
                      .build());
      Allocation allocation =
          Allocator.withDefaults()
              .allocate(
                  List.of(involved),
                  List.of(auditor("A-1", "West", 3), auditor("A-3", "North", 3)));
      assertThat(allocation.assignments()).isEmpty();
      assertThat(allocation.summary())
          .containsExactly("1 case in team West: no auditor is independent of it");
      assertThat(allocation.unallocated().get(0).explanation())
          .isEqualTo("case C-9 in team West: no auditor is independent of it");
    }

    @Test
    void allocate_independentAuditorsWithoutCapacity_saysNoCapacity() {
      Allocation allocation =
          Allocator.withDefaults()
              .allocate(
                  List.of(caseFile("C-1", "North"), caseFile("C-2", "North")),
                  List.of(auditor("A-1", "South", 0), auditor("A-2", "North", 2)));
      assertThat(allocation.summary())
          .containsExactly(
              "2 cases in team North: no independent auditor has any capacity this cycle");
    }

    @Test
    void allocate_mixedTeams_groupsByTeamThenReason() {
      List<CaseFile> cases =
          List.of(
              caseFile("C-1", "East"),
              caseFile("C-2", "East"),
              caseFile("C-3", "West"),
              caseFile("C-4", "West"));
      Allocation allocation =
          Allocator.withDefaults().allocate(cases, List.of(auditor("A-1", "West", 1)));
      assertThat(allocation.summary())
          .containsExactly(
              "1 case in team East: every eligible auditor is at capacity",
              "2 cases in team West: no auditor is independent of them");
    }

    @Test
    void conflicts_involvedManagerInOwnTeam_listsEveryReason() {
      CaseFile c =
          ImmutableCaseFile.copyOf(caseFile("C-1", "East")).withAllocatedWorker(PersonId.of("A-1"));
      assertThat(Allocator.withDefaults().conflicts(c, auditor("A-1", "East", 1)))
          .containsExactly(
              "auditor A-1 is in team East, the case's own team",
              "auditor A-1 is the case's allocated worker");
      assertThat(Allocator.withDefaults().conflicts(c, auditor("A-2", "West", 1))).isEmpty();
    }

    @Test
    void allocate_councilRule_isApplied() {
      CaseFile c =
          ImmutableCaseFile.copyOf(caseFile("C-1", "East"))
              .withAttributes(Map.of("service-area", "north"));
      Auditor same =
          ImmutableAuditor.copyOf(auditor("A-1", "West", 1))
              .withAttributes(Map.of("service-area", "north"));
      Auditor other =
          ImmutableAuditor.copyOf(auditor("A-2", "West", 1))
              .withAttributes(Map.of("service-area", "south"));
      Allocator allocator =
          Allocator.builder().addRule(IndependenceRules.notSameAttribute("service-area")).build();
      assertThat(allocator.allocate(List.of(c), List.of(same, other)).assignments())
          .containsExactly(Map.entry(CaseId.of("C-1"), PersonId.of("A-2")));
      assertThat(allocator.conflicts(c, same))
          .containsExactly("auditor A-1 has the case's own service-area north");
    }

    @Test
    void allocate_experienceCost_givesComplexCasesToSeniorAuditors() {
      Auditor senior =
          ImmutableAuditor.copyOf(auditor("A-1", "West", 2)).withExperience(ExperienceLevel.SENIOR);
      Auditor novice =
          ImmutableAuditor.copyOf(auditor("A-2", "West", 2))
              .withExperience(ExperienceLevel.NEWLY_QUALIFIED);
      Allocation allocation =
          Allocator.builder()
              .pairingCost(EXPERIENCE)
              .build()
              .allocate(
                  List.of(caseFile("C-10", "East"), caseFile("C-11", "East")),
                  List.of(novice, senior));
      assertThat(allocation.assignments())
          .containsEntry(CaseId.of("C-10"), PersonId.of("A-1"))
          .containsEntry(CaseId.of("C-11"), PersonId.of("A-2"));
    }
  }

  @Nested
  final class Moderators {

    @Test
    void allocateModerators_originalAuditorAndCaseTeam_areExcluded() {
      CaseFile c = caseFile("C-1", "East");
      Audit audit = completed(c.id(), PersonId.of("M-1"));
      ModeratorAllocation result =
          Allocator.withDefaults()
              .allocateModerators(
                  List.of(audit),
                  Map.of(c.id(), c),
                  List.of(
                      auditor("M-1", "West", 5),
                      auditor("M-2", "East", 5),
                      auditor("M-3", "QA", 5)));
      assertThat(result.assignments()).containsExactly(Map.entry(audit.id(), PersonId.of("M-3")));
    }

    @Test
    void allocateModerators_onlyTheOriginalAuditor_explainsNoIndependentModerator() {
      CaseFile c = caseFile("C-1", "East");
      Audit audit = completed(c.id(), PersonId.of("M-1"));
      ModeratorAllocation result =
          Allocator.withDefaults()
              .allocateModerators(
                  List.of(audit), Map.of(c.id(), c), List.of(auditor("M-1", "QA", 5)));
      assertThat(result.summary())
          .containsExactly("1 audit in team East: no moderator is independent of it");
      assertThat(result.unallocated().get(0).explanation())
          .isEqualTo("audit AU-C-1 of case C-1 in team East: no moderator is independent of it");
    }

    @Test
    void U25_moderatorWithoutRole_fails() {
      CaseFile c = caseFile("C-1", "East");
      Audit audit = completed(c.id(), PersonId.of("A-1"));
      Allocator dudley =
          Allocator.builder()
              .moderatorRoles(List.of(Role.LEAD_FOR_PROFESSIONAL_PRACTICE, Role.LEAD_AUDITOR))
              .build();
      assertThatThrownBy(
              () ->
                  dudley.allocateModerators(
                      List.of(audit),
                      Map.of(c.id(), c),
                      List.of(lead("M-1", Role.LEAD_AUDITOR), auditor("M-2", "QA", 5))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "moderator M-2 has role 'team-manager'; moderators must hold one of"
                  + " [lead-auditor, lead-for-professional-practice]");
    }

    @Test
    void U25_theLeadsOnly_moderateEveryAudit() {
      CaseFile east = caseFile("C-1", "East");
      CaseFile west = caseFile("C-2", "West");
      Audit first = completed(east.id(), PersonId.of("A-1"));
      Audit second = completed(west.id(), PersonId.of("A-2"));
      ModeratorAllocation result =
          Allocator.builder()
              .moderatorRoles(List.of(Role.LEAD_FOR_PROFESSIONAL_PRACTICE, Role.LEAD_AUDITOR))
              .build()
              .allocateModerators(
                  List.of(first, second),
                  Map.of(east.id(), east, west.id(), west),
                  List.of(
                      lead("M-1", Role.LEAD_AUDITOR),
                      lead("M-2", Role.LEAD_FOR_PROFESSIONAL_PRACTICE)));
      assertThat(result.isComplete()).isTrue();
      assertThat(result.load()).containsOnlyKeys(PersonId.of("M-1"), PersonId.of("M-2"));
      assertThat(result.load().values()).containsExactly(1, 1);
    }

    private Auditor lead(String id, Role role) {
      return Auditor.builder().id(PersonId.of(id)).role(role).team("QA").capacity(5).build();
    }

    @Test
    void allocateModerators_caseMissing_throwsWithIds() {
      Audit audit = completed(CaseId.of("C-7"), PersonId.of("M-1"));
      assertThatThrownBy(
              () ->
                  Allocator.withDefaults().allocateModerators(List.of(audit), Map.of(), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("audit AU-C-7: its case C-7 is not among the cases given");
    }

    @Test
    void allocateModerators_auditNotCompleted_throws() {
      Audit audit =
          Audit.builder()
              .id(AuditId.of("AU-C-7"))
              .caseId(CaseId.of("C-7"))
              .auditor(PersonId.of("M-1"))
              .frameworkId("synthetic")
              .frameworkVersion("1")
              .auditType("practice-week")
              .status(AuditStatus.IN_PROGRESS)
              .allocatedOn(LocalDate.of(2026, 1, 5))
              .build();
      CaseFile c = caseFile("C-7", "East");
      assertThatThrownBy(
              () ->
                  Allocator.withDefaults()
                      .allocateModerators(List.of(audit), Map.of(c.id(), c), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("AU-C-7 is not completed");
    }
  }

  @Nested
  final class Arguments {

    @Test
    void allocate_duplicateCaseIds_throws() {
      assertThatThrownBy(
              () ->
                  Allocator.withDefaults()
                      .allocate(
                          List.of(caseFile("C-1", "East"), caseFile("C-1", "West")), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("case id appears twice: C-1");
    }

    @Test
    void allocate_duplicateAuditorIds_throws() {
      assertThatThrownBy(
              () ->
                  Allocator.withDefaults()
                      .allocate(
                          List.of(), List.of(auditor("A-1", "East", 1), auditor("A-1", "West", 2))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("auditor id appears twice: A-1");
    }

    @Test
    void allocate_nulls_throw() {
      assertThatThrownBy(() -> Allocator.withDefaults().allocate(null, List.of()))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("cases");
      assertThatThrownBy(() -> Allocator.withDefaults().allocate(List.of(), null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("auditors");
    }

    @Test
    void allocate_negativePairingCost_throwsWithIds() {
      Allocator allocator = Allocator.builder().pairingCost((c, a) -> -1).build();
      assertThatThrownBy(
              () ->
                  allocator.allocate(
                      List.of(caseFile("C-1", "East")), List.of(auditor("A-1", "West", 1))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1 for case C-1 and auditor A-1");
    }

    @Test
    void loadWeight_outOfRange_throws() {
      assertThatThrownBy(() -> Allocator.builder().loadWeight(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("load weight must be 0 to 1000000000: -1");
    }

    @Test
    void auditor_negativeCapacityOrBlankTeam_throws() {
      assertThatThrownBy(() -> auditor("A-1", "East", -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("auditor A-1: capacity must not be negative: -1");
      assertThatThrownBy(() -> auditor("A-1", " ", 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("auditor A-1: team must not be blank");
    }
  }
}
