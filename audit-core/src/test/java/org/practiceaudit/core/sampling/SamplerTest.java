package org.practiceaudit.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.synthetic.SyntheticPlans;
import org.practiceaudit.core.synthetic.SyntheticPopulations;
import org.practiceaudit.core.workforce.PersonId;

final class SamplerTest {

  private static final LocalDate AS_OF = SyntheticPopulations.AS_OF;

  /**
   * A population and plan generated from four numbers, so QuickTheories can shrink and report them.
   */
  private static Sample drawGenerated(int size, int attributes, long popSeed, long planSeed) {
    List<CaseFile> population = SyntheticPopulations.generate(size, attributes, popSeed);
    SamplingPlan plan = SyntheticPlans.generate(attributes, size, planSeed);
    return Sampler.draw(population, plan, AS_OF, Seed.of(popSeed ^ planSeed));
  }

  /** The test's own statement of the eligibility rules, to check the sampler against. */
  private static ExclusionReason expectedReason(CaseFile c, SamplingPlan plan) {
    if (c.openedOn().isAfter(AS_OF)) {
      return ExclusionReason.NOT_OPEN;
    }
    boolean closed = c.closedOn().map(d -> d.isBefore(AS_OF)).orElse(false);
    boolean recentlyClosed =
        closed
            && plan.includeClosedWithin()
                .map(w -> !c.closedOn().get().isBefore(AS_OF.minus(w)))
                .orElse(false);
    if (closed && plan.excludeClosed() && !recentlyClosed) {
      return ExclusionReason.CLOSED;
    }
    boolean inPopulation =
        (plan.categories().isEmpty() || plan.categories().contains(c.category()))
            && (plan.teams().isEmpty() || plan.teams().contains(c.team()))
            && plan.theme().map(t -> t.equals(c.attributes().get("theme"))).orElse(true)
            && plan.attributeFilters().entrySet().stream()
                .allMatch(
                    f ->
                        c.attributes().containsKey(f.getKey())
                            && f.getValue().contains(c.attributes().get(f.getKey())));
    if (!inPopulation) {
      return ExclusionReason.FILTERED_OUT;
    }
    if (plan.excludedIds().contains(c.id())) {
      return ExclusionReason.EXCLUDED_EXPLICITLY;
    }
    if (plan.auditedWithin().isPresent()
        && c.lastAuditedOn()
            .map(d -> !d.isBefore(AS_OF.minus(plan.auditedWithin().get())))
            .orElse(false)) {
      return ExclusionReason.AUDITED_WITHIN_WINDOW;
    }
    return null;
  }

  /** The allocation with one minimum for every stratum. */
  private static int[] allocate(int total, int[] sizes, int minimum, AllocationBound[] bounds) {
    int[] minimums = new int[sizes.length];
    java.util.Arrays.fill(minimums, minimum);
    return LargestRemainder.allocate(total, sizes, minimums, bounds);
  }

  private static SamplingPlan simplePlan(int size, String... strata) {
    return SamplingPlan.builder().name("synthetic").fixedSize(size).addStrata(strata).build();
  }

  @Nested
  final class Size {

    @Test
    void draw_anyPlan_hasPlannedSizeOrReportsShortfall() {
      qt().withFixedSeed(31L)
          .withExamples(300)
          .forAll(SamplingGens.populations(0, 400, 1, 4), longs().all())
          .checkAssert(
              (generated, planSeed) -> {
                int size = generated.size();
                int attributes = generated.attributes();
                List<CaseFile> population = generated.cases();
                SamplingPlan plan = SyntheticPlans.generate(attributes, size, planSeed);
                Sample sample = Sampler.draw(population, plan, AS_OF, Seed.of(planSeed));
                int expected;
                if (plan.stratumCounts().isEmpty()) {
                  int minimums =
                      sample.allocations().stream()
                          .mapToInt(a -> Math.min(plan.minimumPerStratum(), a.eligible()))
                          .sum();
                  expected = Math.max(Math.min(sample.plannedSize(), sample.eligible()), minimums);
                } else {
                  expected =
                      sample.allocations().stream()
                          .mapToInt(a -> Math.min(a.target(), a.eligible()))
                          .sum();
                  assertThat(sample.plannedSize())
                      .isEqualTo(plan.stratumCounts().stream().mapToInt(StratumCount::count).sum());
                }
                assertThat(sample.selectedCount()).isEqualTo(expected);
                if (expected < sample.plannedSize()) {
                  Shortfall shortfall = sample.shortfall().orElseThrow();
                  assertThat(shortfall.planned()).isEqualTo(sample.plannedSize());
                  assertThat(shortfall.selected()).isEqualTo(expected);
                  assertThat(shortfall.eligible()).isEqualTo(sample.eligible());
                  assertThat(shortfall.missing()).isEqualTo(sample.plannedSize() - expected);
                } else {
                  assertThat(sample.shortfall()).isEmpty();
                }
              });
    }

    @Test
    void C17_draw_upToANumber_drawsThatManyOrEveryEligibleCaseAndNeverAShortfall() {
      qt().withFixedSeed(17L)
          .withExamples(200)
          .forAll(SamplingGens.populations(0, 300, 1, 2), integers().between(1, 200), longs().all())
          .checkAssert(
              (generated, most, seed) -> {
                SamplingPlan plan =
                    SamplingPlan.builder()
                        .name("practice-week")
                        .maximumSize(most)
                        .auditedWithin(Period.ofMonths(6))
                        .build();
                Sample sample = Sampler.draw(generated.cases(), plan, AS_OF, Seed.of(seed));

                assertThat(sample.plannedSize()).isEqualTo(Math.min(most, sample.eligible()));
                assertThat(sample.selectedCount()).isEqualTo(Math.min(most, sample.eligible()));
                assertThat(sample.shortfall()).isEmpty();
              });
    }

    @Test
    void C17_draw_fixedSizeAboveEligible_reportsTheShortfallUpToDoesNot() {
      List<CaseFile> population = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        population.add(
            CaseFile.builder()
                .id(CaseId.of("SYN-" + i))
                .category(CaseCategory.CHILD_IN_NEED)
                .team("family-intervention")
                .openedOn(AS_OF.minusYears(1))
                .build());
      }
      SamplingPlan fixed = SamplingPlan.builder().name("fixed").fixedSize(60).build();
      SamplingPlan upTo = SamplingPlan.builder().name("up-to").maximumSize(60).build();

      assertThat(Sampler.draw(population, fixed, AS_OF, Seed.of(1L)).shortfall())
          .hasValueSatisfying(f -> assertThat(f.missing()).isEqualTo(48));
      Sample sample = Sampler.draw(population, upTo, AS_OF, Seed.of(1L));
      assertThat(sample.selectedCount()).isEqualTo(12);
      assertThat(sample.shortfall()).isEmpty();
    }

    @Test
    void draw_share_isCeilingOfShareOfOpenCasesBeforeExclusions() {
      List<CaseFile> population = new ArrayList<>();
      for (int i = 0; i < 31; i++) {
        population.add(
            CaseFile.builder()
                .id(CaseId.of("SYN-" + i))
                .category(CaseCategory.CHILD_IN_NEED)
                .team("team-a")
                .openedOn(AS_OF.minusYears(1))
                .lastAuditedOn(AS_OF.minusMonths(i < 20 ? 1 : 12))
                .build());
      }
      SamplingPlan plan =
          SamplingPlan.builder()
              .name("dudley-10-percent")
              .shareOfOpen(new BigDecimal("0.10"))
              .auditedWithin(Period.ofMonths(6))
              .build();

      Sample sample = Sampler.draw(population, plan, AS_OF, Seed.of(1));

      assertThat(sample.openPopulation()).isEqualTo(31);
      assertThat(sample.eligible()).isEqualTo(11);
      assertThat(sample.plannedSize()).isEqualTo(4); // ceil(3.1), not ceil(1.1)
      assertThat(sample.selectedCount()).isEqualTo(4);
    }

    @Test
    void draw_tooFewEligible_reportsShortfallWithNumbers() {
      List<CaseFile> population = SyntheticPopulations.generate(20, 1, 5L);
      Sample sample = Sampler.draw(population, simplePlan(30, "rag"), AS_OF, Seed.of(9));

      Shortfall shortfall = sample.shortfall().orElseThrow();
      assertThat(shortfall.planned()).isEqualTo(30);
      assertThat(shortfall.selected()).isEqualTo(sample.eligible());
      assertThat(shortfall.missing()).isEqualTo(30 - sample.eligible());
      assertThat(shortfall.describe()).contains("planned 30 cases").contains("short");
      assertThat(sample.allocations()).allMatch(a -> a.bound() == AllocationBound.CAPPED);
    }

    @Test
    void draw_emptyPopulation_reportsWholeSizeAsShortfall() {
      Sample sample = Sampler.draw(List.of(), simplePlan(5), AS_OF, Seed.of(1));

      assertThat(sample.selectedIds()).isEmpty();
      assertThat(sample.shortfall().orElseThrow().missing()).isEqualTo(5);
    }
  }

  @Nested
  final class Exclusions {

    @Test
    void draw_anyPlan_neverSelectsExcludedAndListsEveryExclusionWithItsReason() {
      qt().withFixedSeed(32L)
          .withExamples(300)
          .forAll(SamplingGens.populations(0, 400, 1, 4), longs().all())
          .checkAssert(
              (generated, planSeed) -> {
                int size = generated.size();
                int attributes = generated.attributes();
                List<CaseFile> population = generated.cases();
                SamplingPlan plan = SyntheticPlans.generate(attributes, size, planSeed);
                Sample sample = Sampler.draw(population, plan, AS_OF, Seed.of(planSeed));
                Map<CaseId, ExclusionReason> listed = new HashMap<>();
                sample.exclusions().forEach(e -> listed.put(e.caseId(), e.reason()));
                int eligible = 0;
                for (CaseFile c : population) {
                  ExclusionReason expected = expectedReason(c, plan);
                  assertThat(listed.get(c.id())).as("reason for %s", c.id()).isEqualTo(expected);
                  eligible += expected == null ? 1 : 0;
                }
                assertThat(sample.eligible()).isEqualTo(eligible);
                assertThat(listed.size() + eligible).isEqualTo(population.size());
                assertThat(sample.selectedIds()).noneMatch(listed::containsKey);
              });
    }

    @Test
    void draw_caseAuditedExactlyAtWindowStart_isExcluded() {
      CaseFile boundary =
          CaseFile.builder()
              .id(CaseId.of("SYN-1"))
              .category(CaseCategory.CHILD_IN_NEED)
              .team("team-a")
              .openedOn(AS_OF.minusYears(1))
              .lastAuditedOn(AS_OF.minusMonths(6))
              .build();
      CaseFile dayBefore =
          org.practiceaudit.core.casefile.ImmutableCaseFile.copyOf(boundary)
              .withId(CaseId.of("SYN-2"))
              .withLastAuditedOn(AS_OF.minusMonths(6).minusDays(1));
      SamplingPlan plan =
          SamplingPlan.builder()
              .name("camden")
              .fixedSize(2)
              .auditedWithin(Period.ofMonths(6))
              .build();

      Sample sample = Sampler.draw(List.of(boundary, dayBefore), plan, AS_OF, Seed.of(3));

      assertThat(sample.exclusions())
          .containsExactly(Exclusion.of(boundary.id(), ExclusionReason.AUDITED_WITHIN_WINDOW));
      assertThat(sample.selectedIds()).containsExactly(dayBefore.id());
    }
  }

  /**
   * A minimum share of each stratum, rounded up (Dudley's 10% per team; seed-fidelity review U2).
   */
  @Nested
  final class MinimumSharePerStratum {

    @Test
    void U2_draw_anyStrataAndShare_everyStratumGetsAtLeastItsShareRoundedUp() {
      qt().withFixedSeed(2L)
          .withExamples(300)
          .forAll(
              SamplingGens.populations(0, 400, 2, 2),
              longs().all(),
              integers().between(1, 100),
              integers().between(1, 60))
          .checkAssert(
              (generated, drawSeed, percent, planned) -> {
                int size = generated.size();
                List<CaseFile> population = generated.cases();
                BigDecimal share = BigDecimal.valueOf(percent, 2);
                SamplingPlan plan =
                    SamplingPlan.builder()
                        .name("service-cycle")
                        .fixedSize(planned)
                        .addStrata(SamplingPlan.TEAM)
                        .minimumSharePerStratum(share)
                        .build();

                Sample sample = Sampler.draw(population, plan, AS_OF, Seed.of(drawSeed));

                int total = 0;
                for (StratumAllocation a : sample.allocations()) {
                  int least =
                      share
                          .multiply(BigDecimal.valueOf(a.eligible()))
                          .setScale(0, java.math.RoundingMode.CEILING)
                          .intValueExact();
                  assertThat(a.selected())
                      .as("%s", a)
                      .isGreaterThanOrEqualTo(least)
                      .isLessThanOrEqualTo(a.eligible());
                  total += a.selected();
                }
                assertThat(sample.selectedCount()).isEqualTo(total);
                assertThat(total).isGreaterThanOrEqualTo(Math.min(planned, sample.eligible()));
              });
    }

    @Test
    void U2_draw_teamOfFifteenAmongLargerTeams_getsTwoNotOne() {
      List<CaseFile> cases = new ArrayList<>();
      int[] teams = {15, 200, 285};
      for (int t = 0; t < teams.length; t++) {
        for (int i = 0; i < teams[t]; i++) {
          cases.add(
              CaseFile.builder()
                  .id(CaseId.of(String.format("SYN-%d-%03d", t, i)))
                  .category(CaseCategory.CHILD_IN_NEED)
                  .team("team-" + t)
                  .openedOn(AS_OF.minusYears(1))
                  .build());
        }
      }
      SamplingPlan proportional =
          SamplingPlan.builder()
              .name("service-cycle")
              .shareOfOpen(new BigDecimal("0.10"))
              .addStrata(SamplingPlan.TEAM)
              .build();
      SamplingPlan perTeam =
          ImmutableSamplingPlan.copyOf(proportional)
              .withMinimumSharePerStratum(new BigDecimal("0.10"));

      Sample before = Sampler.draw(cases, proportional, AS_OF, Seed.of(2017));
      Sample after = Sampler.draw(cases, perTeam, AS_OF, Seed.of(2017));

      assertThat(before.allocations().get(0).selected()).isEqualTo(1);
      assertThat(after.allocations())
          .extracting(StratumAllocation::selected)
          .containsExactly(2, 20, 29);
      assertThat(after.allocations().get(0).bound()).isEqualTo(AllocationBound.MINIMUM);
    }

    @Test
    void U2_plan_shareOutOfRangeOrWithCountsPerStratum_throwsWithValue() {
      assertThatThrownBy(
              () ->
                  SamplingPlan.builder()
                      .name("p")
                      .fixedSize(3)
                      .addStrata("team")
                      .minimumSharePerStratum(new BigDecimal("1.5"))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("minimum share per stratum must be more than 0 and at most 1: 1.5");
      assertThatThrownBy(
              () ->
                  SamplingPlan.builder()
                      .name("p")
                      .addStrata("team")
                      .addStratumCount(StratumCount.of(Map.of("team", "a"), 2))
                      .minimumSharePerStratum(new BigDecimal("0.1"))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("0.1");
    }
  }

  /**
   * Cases closed within a window before the as-of date (Camden's front door; seed-fidelity review
   * C13).
   */
  @Nested
  final class ClosedWithin {

    private Set<CaseId> eligible(List<CaseFile> population, Sample sample) {
      Set<CaseId> ids = new HashSet<>();
      population.forEach(c -> ids.add(c.id()));
      sample.exclusions().forEach(e -> ids.remove(e.caseId()));
      return ids;
    }

    private ImmutableSamplingPlan.Builder plan() {
      return SamplingPlan.builder().name("front-door").fixedSize(30);
    }

    @Test
    void C13_draw_widerClosedWindow_onlyAddsCasesClosedWithinItAndNeverChangesTheOpenCount() {
      qt().withFixedSeed(13L)
          .withExamples(300)
          .forAll(
              SamplingGens.populations(0, 300, 2, 2),
              longs().all(),
              integers().between(1, 200),
              integers().between(0, 200))
          .checkAssert(
              (generated, drawSeed, days, extra) -> {
                int size = generated.size();
                List<CaseFile> population = generated.cases();
                Seed seed = Seed.of(drawSeed);
                Period narrow = Period.ofDays(days);
                Period wide = Period.ofDays(days + extra);
                Sample none = Sampler.draw(population, plan().build(), AS_OF, seed);
                Sample inNarrow =
                    Sampler.draw(
                        population, plan().includeClosedWithin(narrow).build(), AS_OF, seed);
                Sample inWide =
                    Sampler.draw(population, plan().includeClosedWithin(wide).build(), AS_OF, seed);
                Sample every =
                    Sampler.draw(population, plan().excludeClosed(false).build(), AS_OF, seed);

                assertThat(eligible(population, inNarrow)).containsAll(eligible(population, none));
                assertThat(eligible(population, inWide))
                    .containsAll(eligible(population, inNarrow));
                assertThat(eligible(population, every)).containsAll(eligible(population, inWide));
                Set<CaseId> added = new HashSet<>(eligible(population, inWide));
                added.removeAll(eligible(population, none));
                for (CaseFile c : population) {
                  if (added.contains(c.id())) {
                    assertThat(c.closedOn()).as("%s", c.id()).isPresent();
                    assertThat(c.closedOn().get())
                        .isBefore(AS_OF)
                        .isAfterOrEqualTo(AS_OF.minus(wide));
                  }
                }
                assertThat(
                        List.of(
                            inNarrow.openPopulation(),
                            inWide.openPopulation(),
                            every.openPopulation()))
                    .containsOnly(none.openPopulation());
              });
    }

    @Test
    void C13_draw_contactsClosedWithinTheWindow_eligibleAndEarlierOnesClosed() {
      CaseFile open = contact("SYN-1", null);
      CaseFile nfa = contact("SYN-2", AS_OF.minusMonths(1));
      CaseFile steppedDown = contact("SYN-3", AS_OF.minusDays(3));
      CaseFile old = contact("SYN-4", AS_OF.minusMonths(1).minusDays(1));

      Sample sample =
          Sampler.draw(
              List.of(open, nfa, steppedDown, old),
              plan().includeClosedWithin(Period.ofMonths(1)).build(),
              AS_OF,
              Seed.of(20270104L));

      assertThat(sample.sortedSelectedIds()).containsExactly(open.id(), nfa.id(), steppedDown.id());
      assertThat(sample.exclusions())
          .containsExactly(Exclusion.of(old.id(), ExclusionReason.CLOSED));
      assertThat(sample.openPopulation()).isEqualTo(1);
    }

    @Test
    void C13_plan_closedWindowNotPositiveOrWithEveryClosedCase_throwsWithValue() {
      assertThatThrownBy(() -> plan().includeClosedWithin(Period.ZERO).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("closed-within window must be a positive period such as P1M: P0D");
      assertThatThrownBy(
              () -> plan().includeClosedWithin(Period.ofMonths(1)).excludeClosed(false).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("P1M");
    }

    private CaseFile contact(String id, LocalDate closedOn) {
      var c =
          CaseFile.builder()
              .id(CaseId.of(id))
              .category(CaseCategory.FRONT_DOOR)
              .team("mash")
              .openedOn(AS_OF.minusMonths(2));
      if (closedOn != null) {
        c.closedOn(closedOn);
      }
      return c.build();
    }
  }

  @Nested
  final class Allocation {

    @Test
    void draw_anyPlan_allocationsSumToSelectionAndStayWithinOneOfProportionalShare() {
      qt().withFixedSeed(33L)
          .withExamples(300)
          .forAll(SamplingGens.populations(0, 400, 1, 4), longs().all())
          .checkAssert(
              (generated, planSeed) -> {
                int size = generated.size();
                int attributes = generated.attributes();
                List<CaseFile> population = generated.cases();
                SamplingPlan plan = SyntheticPlans.generate(attributes, size, planSeed);
                Sample sample = Sampler.draw(population, plan, AS_OF, Seed.of(planSeed));
                assertThat(
                        sample.allocations().stream().mapToInt(StratumAllocation::selected).sum())
                    .isEqualTo(sample.selectedCount());
                assertThat(
                        sample.allocations().stream().mapToInt(StratumAllocation::eligible).sum())
                    .isEqualTo(sample.eligible());
                if (plan.stratumCounts().isEmpty()) {
                  assertProportional(sample, plan.minimumPerStratum());
                }
              });
    }

    @Test
    void allocate_anySizes_sumsToTotalAndStaysWithinOneOfShare() {
      qt().withFixedSeed(34L)
          .withExamples(1000)
          .forAll(
              org.quicktheories.generators.SourceDSL.lists()
                  .of(integers().between(0, 5000))
                  .ofSizeBetween(1, 30),
              integers().between(0, 40000),
              integers().between(0, 5))
          .checkAssert(
              (sizeList, total, minimum) -> {
                int[] sizes = sizeList.stream().mapToInt(Integer::intValue).toArray();
                AllocationBound[] bounds = new AllocationBound[sizes.length];
                int[] alloc = allocate(total, sizes, minimum, bounds);
                long eligible = sizeList.stream().mapToLong(Integer::longValue).sum();
                long minimums = sizeList.stream().mapToLong(s -> Math.min(s, minimum)).sum();
                assertThat(java.util.Arrays.stream(alloc).asLongStream().sum())
                    .isEqualTo(Math.max(Math.min(total, eligible), minimums));
                for (int h = 0; h < sizes.length; h++) {
                  assertThat(alloc[h]).isBetween(Math.min(minimum, sizes[h]), sizes[h]);
                }
                boolean anyPinned =
                    java.util.Arrays.stream(bounds)
                        .anyMatch(b -> b != AllocationBound.PROPORTIONAL);
                if (!anyPinned && eligible > 0) {
                  for (int h = 0; h < sizes.length; h++) {
                    assertThat(Math.abs((long) alloc[h] * eligible - (long) total * sizes[h]))
                        .isLessThan(eligible);
                  }
                }
              });
    }

    @Test
    void allocate_tie_goesToLargerRemainderThenLargerStratumThenKeyOrder() {
      AllocationBound[] bounds = new AllocationBound[3];
      // 5 over (3, 3, 4): exact shares 1.5, 1.5, 2.0 -> floors 1, 1, 2; one left, remainders tie:
      // key order.
      assertThat(allocate(5, new int[] {3, 3, 4}, 0, bounds)).containsExactly(2, 1, 2);
      // 2 over (1, 2, 2): exact 0.4, 0.8, 0.8 -> floors 0; two left: the 0.8s (equal size, key
      // order).
      assertThat(allocate(2, new int[] {1, 2, 2}, 0, bounds)).containsExactly(0, 1, 1);
      // 1 over (2, 4) with shares 1/3 and 2/3: larger remainder wins.
      assertThat(allocate(1, new int[] {2, 4}, 0, bounds)).containsExactly(0, 1);
      // 3 over (3, 6, 3): exact 0.75, 1.5, 0.75 -> floors 0, 1, 0; two left: remainders 0.75 tie,
      // both get one.
      assertThat(allocate(3, new int[] {3, 6, 3}, 0, bounds)).containsExactly(1, 1, 1);
      // 2 over (3, 6, 3) -> exact 0.5, 1, 0.5; one left; remainders tie at 0.5 and 0 -> first
      // stratum.
      assertThat(allocate(2, new int[] {3, 6, 3}, 0, bounds)).containsExactly(1, 1, 0);
    }

    @Test
    void allocate_minimum_raisesSmallStrataAndRedistributes() {
      AllocationBound[] bounds = new AllocationBound[3];
      // Camden front door: 30 cases over RAG strata of 5 red, 95 amber, 900 green, at least 3 each.
      assertThat(allocate(30, new int[] {5, 95, 900}, 3, bounds)).containsExactly(3, 3, 24);
      assertThat(bounds)
          .containsExactly(
              AllocationBound.MINIMUM, AllocationBound.PROPORTIONAL, AllocationBound.PROPORTIONAL);
      // A minimum above what a stratum holds takes all of it.
      assertThat(allocate(10, new int[] {1, 100}, 2, bounds)).containsExactly(1, 9);
    }

    private void assertProportional(Sample sample, int minimum) {
      long pinnedTargets = 0;
      long freeEligible = 0;
      for (StratumAllocation a : sample.allocations()) {
        switch (a.bound()) {
          case MINIMUM:
            assertThat(a.target()).isEqualTo(Math.min(minimum, a.eligible()));
            pinnedTargets += a.target();
            break;
          case CAPPED:
            assertThat(a.target()).isEqualTo(a.eligible());
            pinnedTargets += a.target();
            break;
          case PROPORTIONAL:
            freeEligible += a.eligible();
            break;
          default:
            throw new AssertionError("unexpected bound " + a.bound());
        }
      }
      long remaining = Math.max(0, sample.plannedSize() - pinnedTargets);
      for (StratumAllocation a : sample.allocations()) {
        if (a.bound() == AllocationBound.PROPORTIONAL) {
          // |target - remaining * eligible / freeEligible| < 1, in integers.
          assertThat(Math.abs(a.target() * freeEligible - remaining * a.eligible()))
              .as("stratum %s", a.key())
              .isLessThan(freeEligible);
        }
      }
    }
  }

  @Nested
  final class Reproducibility {

    @Test
    void draw_shuffledInput_givesSameSample() {
      qt().withFixedSeed(35L)
          .withExamples(200)
          .forAll(SamplingGens.populations(0, 400, 1, 4), longs().all())
          .checkAssert(
              (generated, planSeed) -> {
                int size = generated.size();
                int attributes = generated.attributes();
                List<CaseFile> population = generated.cases();
                SamplingPlan plan = SyntheticPlans.generate(attributes, size, planSeed);
                Sample sample = Sampler.draw(population, plan, AS_OF, Seed.of(planSeed));
                List<CaseFile> shuffled = new ArrayList<>(population);
                Collections.shuffle(shuffled, new Random(planSeed + 1));
                Sample again =
                    Sampler.draw(new HashSet<>(shuffled), plan, AS_OF, Seed.of(planSeed));
                assertThat(again).isEqualTo(sample);
              });
    }

    @Test
    void draw_sameSeed_givesSameSample() {
      qt().withFixedSeed(36L)
          .withExamples(200)
          .forAll(
              integers().between(0, 400), integers().between(1, 4), longs().all(), longs().all())
          .checkAssert(
              (size, attributes, popSeed, planSeed) ->
                  assertThat(drawGenerated(size, attributes, popSeed, planSeed))
                      .isEqualTo(drawGenerated(size, attributes, popSeed, planSeed)));
    }

    @Test
    void draw_differentSeeds_usuallyDiffer() {
      qt().withFixedSeed(37L)
          .withExamples(50)
          // A statistical property of the seeds: the populations are only its backdrop and must be
          // realistic (at least 40 eligible cases), so they come from seeds, not shrinking draws.
          .forAll(integers().between(60, 400), integers().between(1, 4), longs().all())
          .checkAssert(
              (size, attributes, drawSeed) -> {
                List<CaseFile> population =
                    SyntheticPopulations.generate(size, attributes, drawSeed);
                SamplingPlan plan =
                    SamplingPlan.builder().name("synthetic").fixedSize(10).addStrata("rag").build();
                Set<List<CaseId>> distinct = new HashSet<>();
                for (long s = 0; s < 40; s++) {
                  distinct.add(
                      Sampler.draw(population, plan, AS_OF, Seed.of(drawSeed + s))
                          .sortedSelectedIds());
                }
                // At least 40 eligible cases choose 10: repeats among 40 seeds are very unlikely.
                assertThat(distinct).hasSizeGreaterThanOrEqualTo(38);
              });
    }

    @Test
    void draw_seedsDifferingOnlyInHighBits_differ() {
      List<CaseFile> population = SyntheticPopulations.generate(300, 2, 11L);
      SamplingPlan plan = simplePlan(20);
      assertThat(Sampler.draw(population, plan, AS_OF, Seed.of(5L)).selectedIds())
          .isNotEqualTo(
              Sampler.draw(population, plan, AS_OF, Seed.of(5L | (1L << 60))).selectedIds());
    }

    @Test
    void draw_auditTrail_recordsAlgorithmSeedDatePlanAndFingerprint() {
      List<CaseFile> population = SyntheticPopulations.generate(100, 2, 12L);
      Sample sample = Sampler.draw(population, simplePlan(10, "rag"), AS_OF, Seed.of(77));
      Sample fewer =
          Sampler.draw(population.subList(1, 100), simplePlan(10, "rag"), AS_OF, Seed.of(77));

      assertThat(sample.algorithm()).isEqualTo("stratified-fisher-yates-lcg48/1");
      assertThat(sample.seed()).isEqualTo(Seed.of(77));
      assertThat(sample.asOf()).isEqualTo(AS_OF);
      assertThat(sample.planName()).isEqualTo("synthetic");
      assertThat(sample.populationFingerprint()).matches("[0-9a-f]{64}");
      assertThat(fewer.populationFingerprint()).isNotEqualTo(sample.populationFingerprint());
    }

    @Test
    void draw_duplicateId_throwsNamingId() {
      List<CaseFile> population = new ArrayList<>(SyntheticPopulations.generate(10, 1, 13L));
      population.add(population.get(3));

      assertThatThrownBy(() -> Sampler.draw(population, simplePlan(3), AS_OF, Seed.of(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(population.get(3).id().value());
    }

    @Test
    void draw_nullArguments_throw() {
      List<CaseFile> population = List.of();
      SamplingPlan plan = simplePlan(1);
      Seed seed = Seed.of(1);
      // The cast picks the overload: draw(CasePopulation, ...) takes a null just as well.
      assertThatThrownBy(() -> Sampler.draw((List<CaseFile>) null, plan, AS_OF, seed))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> Sampler.draw(population, null, AS_OF, seed))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> Sampler.draw(population, plan, null, seed))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> Sampler.draw(population, plan, AS_OF, null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  final class Uniformity {

    /**
     * Wilson–Hilferty approximation of the chi-square quantile; z = 3.090232 is the normal 0.999
     * quantile.
     */
    private double chiSquareCritical999(int degreesOfFreedom) {
      double k = degreesOfFreedom;
      double z = 3.090232;
      double t = 1 - 2 / (9 * k) + z * Math.sqrt(2 / (9 * k));
      return k * t * t * t;
    }

    @Test
    void chiSquareCritical_smallDegreesOfFreedom_matchesTable() {
      // Published 0.999 quantiles: df 10 -> 29.588, df 30 -> 59.703, df 100 -> 149.449.
      assertThat(chiSquareCritical999(10))
          .isCloseTo(29.588, org.assertj.core.data.Offset.offset(0.3));
      assertThat(chiSquareCritical999(30))
          .isCloseTo(59.703, org.assertj.core.data.Offset.offset(0.3));
      assertThat(chiSquareCritical999(100))
          .isCloseTo(149.449, org.assertj.core.data.Offset.offset(0.3));
    }

    @Test
    void draw_acrossSeeds_choosesEveryCaseInStratumAboutEquallyOften() {
      qt().withFixedSeed(38L)
          .withExamples(4)
          .forAll(integers().between(80, 250), integers().between(1, 2), longs().all())
          .checkAssert(
              (size, attributes, popSeed) -> assertUniform(size, attributes, popSeed, 2000));
    }

    private void assertUniform(int size, int attributes, long popSeed, int seeds) {
      List<CaseFile> population = SyntheticPopulations.generate(size, attributes, popSeed);
      SamplingPlan plan =
          SamplingPlan.builder()
              .name("synthetic-uniformity")
              .shareOfOpen(new BigDecimal("0.15"))
              .minimumPerStratum(1)
              .addAllStrata(SyntheticPopulations.ATTRIBUTES.subList(0, attributes))
              .build();
      Map<CaseId, Integer> chosen = new HashMap<>();
      Sample first = null;
      for (int s = 0; s < seeds; s++) {
        Sample sample = Sampler.draw(population, plan, AS_OF, Seed.of(1_000_003L * s + 17));
        first = first == null ? sample : first;
        sample.selectedIds().forEach(id -> chosen.merge(id, 1, Integer::sum));
      }
      Map<CaseId, CaseFile> byId = new HashMap<>();
      population.forEach(c -> byId.put(c.id(), c));
      Set<CaseId> excluded = new HashSet<>();
      first.exclusions().forEach(e -> excluded.add(e.caseId()));
      int tested = 0;
      for (StratumAllocation stratum : first.allocations()) {
        if (stratum.eligible() < 2
            || stratum.target() == 0
            || stratum.target() == stratum.eligible()) {
          continue;
        }
        double expected = (double) seeds * stratum.target() / stratum.eligible();
        double statistic = 0;
        for (CaseFile c : population) {
          if (excluded.contains(c.id()) || !inStratum(c, stratum)) {
            continue;
          }
          double observed = chosen.getOrDefault(c.id(), 0);
          statistic += (observed - expected) * (observed - expected) / expected;
        }
        assertThat(statistic)
            .as(
                "chi-square for stratum %s (%d eligible, target %d)",
                stratum.key(), stratum.eligible(), stratum.target())
            .isLessThan(chiSquareCritical999(stratum.eligible() - 1));
        tested++;
      }
      assertThat(tested).as("strata tested").isPositive();
    }

    private boolean inStratum(CaseFile c, StratumAllocation stratum) {
      return stratum.key().entrySet().stream()
          .allMatch(e -> e.getValue().equals(c.attributes().getOrDefault(e.getKey(), "")));
    }
  }

  @Nested
  final class WorkerCoverage {

    @Test
    void draw_enoughRoom_givesEveryWorkerACase() {
      qt().withFixedSeed(39L)
          .withExamples(200)
          .forAll(SamplingGens.populations(1, 400, 1, 4), longs().all())
          .checkAssert(
              (generated, drawSeed) -> {
                int size = generated.size();
                int attributes = generated.attributes();
                List<CaseFile> population = generated.cases();
                Set<PersonId> workers = new HashSet<>();
                SamplingPlan probe = simplePlan(1);
                Set<CaseId> excluded = new HashSet<>();
                Sampler.draw(population, probe, AS_OF, Seed.of(1))
                    .exclusions()
                    .forEach(e -> excluded.add(e.caseId()));
                population.stream()
                    .filter(c -> !excluded.contains(c.id()))
                    .forEach(c -> c.allocatedWorker().ifPresent(workers::add));
                SamplingPlan plan =
                    SamplingPlan.builder()
                        .name("camden-coverage")
                        .fixedSize(workers.size() + 3)
                        .coverWorkers(true)
                        .build();
                Sample sample = Sampler.draw(population, plan, AS_OF, Seed.of(drawSeed));
                Map<CaseId, CaseFile> byId = new HashMap<>();
                population.forEach(c -> byId.put(c.id(), c));
                Set<PersonId> covered = new HashSet<>();
                sample
                    .selectedIds()
                    .forEach(id -> byId.get(id).allocatedWorker().ifPresent(covered::add));
                assertThat(sample.uncoveredWorkers()).isEmpty();
                assertThat(covered).containsAll(workers);
              });
    }

    @Test
    void draw_stratifiedWithCoverage_keepsAllocationAndListsUncovered() {
      qt().withFixedSeed(40L)
          .withExamples(200)
          .forAll(SamplingGens.populations(1, 400, 1, 4), longs().all(), integers().between(1, 60))
          .checkAssert(
              (generated, drawSeed, n) -> {
                int size = generated.size();
                int attributes = generated.attributes();
                List<CaseFile> population = generated.cases();
                SamplingPlan plan =
                    SamplingPlan.builder()
                        .name("synthetic")
                        .fixedSize(n)
                        .addStrata("rag")
                        .coverWorkers(true)
                        .build();
                Sample sample = Sampler.draw(population, plan, AS_OF, Seed.of(drawSeed));
                Sample without =
                    Sampler.draw(
                        population,
                        ImmutableSamplingPlan.copyOf(plan).withCoverWorkers(false),
                        AS_OF,
                        Seed.of(drawSeed));
                assertThat(sample.allocations()).isEqualTo(without.allocations());
                Map<CaseId, CaseFile> byId = new HashMap<>();
                population.forEach(c -> byId.put(c.id(), c));
                Set<PersonId> covered = new HashSet<>();
                sample
                    .selectedIds()
                    .forEach(id -> byId.get(id).allocatedWorker().ifPresent(covered::add));
                assertThat(sample.uncoveredWorkers()).noneMatch(covered::contains);
                assertThat(sample.uncoveredWorkers()).isSorted();
              });
    }
  }

  @Nested
  final class Golden {

    /** SYNTHETIC: 60 made-up cases, ids SYN-G-00 .. SYN-G-59, RAG by a fixed rule; no real data. */
    private List<CaseFile> goldenPopulation() {
      List<CaseFile> cases = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        cases.add(
            CaseFile.builder()
                .id(CaseId.of(String.format("SYN-G-%02d", i)))
                .category(CaseCategory.FRONT_DOOR)
                .team("mash")
                .openedOn(LocalDate.of(2026, 1, 1).plusDays(i))
                .putAttribute("rag", i % 10 == 0 ? "red" : i % 3 == 0 ? "amber" : "green")
                .build());
      }
      return cases;
    }

    @Test
    void draw_fixedPopulationAndSeed_givesPinnedSample() {
      SamplingPlan plan =
          SamplingPlan.builder()
              .name("camden-front-door")
              .fixedSize(12)
              .addStrata("rag")
              .minimumPerStratum(3)
              .build();

      Sample sample = Sampler.draw(goldenPopulation(), plan, AS_OF, Seed.of(20261124L));

      assertThat(sample.selectedIds().stream().map(CaseId::value).toList())
          .containsExactly(GOLDEN_IDS);
      assertThat(sample.populationFingerprint()).isEqualTo(GOLDEN_FINGERPRINT);
      assertThat(sample.allocations())
          .extracting(StratumAllocation::target)
          .containsExactly(3, 6, 3); // amber, green, red (red raised to the minimum)
    }

    private static final String GOLDEN_FINGERPRINT =
        "29891d298b17c8b561f6ee6ff6842d6c1d75249e20d49e6065e98e0c227a2e45";
    private static final String[] GOLDEN_IDS = {
      "SYN-G-51",
      "SYN-G-21",
      "SYN-G-45", // amber
      "SYN-G-17",
      "SYN-G-59",
      "SYN-G-49",
      "SYN-G-28",
      "SYN-G-19",
      "SYN-G-26", // green
      "SYN-G-00",
      "SYN-G-40",
      "SYN-G-20" // red
    };
  }
}
