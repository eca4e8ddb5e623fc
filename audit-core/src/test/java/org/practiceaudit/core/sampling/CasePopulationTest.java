package org.practiceaudit.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.synthetic.SyntheticPlans;
import org.practiceaudit.core.synthetic.SyntheticPopulations;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.core.Gen;

final class CasePopulationTest {

  private static final LocalDate AS_OF = SyntheticPopulations.AS_OF;

  /**
   * SYNTHETIC: a generated population made harder for a columnar copy: some attributes present with
   * an empty value (which must fall in the same stratum as a missing one), attributes named like
   * the built-in strata, and dates at the ends of what LocalDate holds (whose epoch days do not fit
   * an int).
   */
  private static List<CaseFile> widened(int size, int attributes, RandomGenerator random) {
    List<CaseFile> cases = new ArrayList<>();
    for (CaseFile c : SyntheticPopulations.generate(size, attributes, random)) {
      ImmutableCaseFile w = ImmutableCaseFile.copyOf(c);
      switch (random.nextInt(12)) {
        case 0:
          w = w.withAttributes(with(c, "rag", ""));
          break;
        case 1:
          w = w.withAttributes(with(c, SamplingPlan.CATEGORY, "v" + random.nextInt(2)));
          break;
        case 2:
          w = w.withAttributes(with(c, SamplingPlan.TEAM, ""));
          break;
        case 3:
          w = w.withOpenedOn(LocalDate.MIN);
          break;
        case 4:
          w = w.withLastAuditedOn(random.nextBoolean() ? LocalDate.MAX : LocalDate.MIN);
          break;
        case 5:
          w = w.withClosedOn(LocalDate.MAX);
          break;
        default:
          break;
      }
      cases.add(w);
    }
    return cases;
  }

  private static java.util.Map<String, String> with(CaseFile c, String name, String value) {
    java.util.Map<String, String> attributes = new java.util.HashMap<>(c.attributes());
    attributes.put(name, value);
    return attributes;
  }

  /**
   * SYNTHETIC plans over {@link #widened}: those of {@link SyntheticPlans}, some stratified on
   * oddities.
   */
  /** Widened populations of 0 to {@code maxSize} cases with one to four attributes. */
  private static Gen<SamplingGens.Population> widened(int maxSize) {
    return integers()
        .between(0, maxSize)
        .flatMap(
            size ->
                integers()
                    .between(1, 4)
                    .flatMap(
                        attributes ->
                            SyntheticGens.drawn(
                                random ->
                                    new SamplingGens.Population(
                                        size, attributes, widened(size, attributes, random)))));
  }

  private static SamplingPlan plan(int attributes, int size, long seed) {
    SamplingPlan plan = SyntheticPlans.generate(attributes, size, seed);
    Random random = new Random(seed);
    if (plan.stratumCounts().isEmpty() && random.nextInt(3) == 0) {
      List<String> strata = new ArrayList<>(plan.strata());
      strata.remove(SamplingPlan.TEAM);
      strata.remove(SamplingPlan.CATEGORY);
      strata.add(random.nextBoolean() ? SamplingPlan.TEAM : SamplingPlan.CATEGORY);
      if (!strata.contains("rag")) {
        strata.add("rag");
      }
      if (random.nextBoolean()) {
        strata.add("not-an-attribute");
      }
      return ImmutableSamplingPlan.copyOf(plan).withStrata(strata);
    }
    return plan;
  }

  @Nested
  final class Draw {

    @Test
    void draw_fromPopulation_equalsDrawFromCaseFiles() {
      qt().withFixedSeed(61L)
          .withExamples(300)
          .forAll(widened(400), longs().all(), longs().all())
          .checkAssert(
              (generated, popSeed, planSeed) -> {
                int size = generated.size();
                int attributes = generated.attributes();
                List<CaseFile> cases = generated.cases();
                SamplingPlan plan = plan(attributes, size, planSeed);
                Seed seed = Seed.of(popSeed ^ planSeed);
                assertThat(Sampler.draw(CasePopulation.of(cases), plan, AS_OF, seed))
                    .isEqualTo(Sampler.draw(cases, plan, AS_OF, seed));
              });
    }

    @Test
    void draw_populationOfShuffledCases_givesSameSample() {
      qt().withFixedSeed(62L)
          .withExamples(200)
          .forAll(widened(400), longs().all(), longs().all())
          .checkAssert(
              (generated, popSeed, planSeed) -> {
                int size = generated.size();
                int attributes = generated.attributes();
                List<CaseFile> cases = generated.cases();
                List<CaseFile> shuffled = new ArrayList<>(cases);
                Collections.shuffle(shuffled, new Random(planSeed));
                SamplingPlan plan = plan(attributes, size, planSeed);
                assertThat(
                        Sampler.draw(CasePopulation.of(shuffled), plan, AS_OF, Seed.of(planSeed)))
                    .isEqualTo(
                        Sampler.draw(CasePopulation.of(cases), plan, AS_OF, Seed.of(planSeed)));
              });
    }

    @Test
    void draw_manyPlansFromOnePopulation_eachEqualsItsOwnDraw() {
      qt().withFixedSeed(63L)
          .withExamples(100)
          .forAll(widened(300), longs().all(), longs().all())
          .checkAssert(
              (generated, popSeed, planSeed) -> {
                int size = generated.size();
                int attributes = generated.attributes();
                List<CaseFile> cases = generated.cases();
                CasePopulation population = CasePopulation.of(cases);
                for (long p = 0; p < 4; p++) {
                  SamplingPlan plan = plan(attributes, size, planSeed + p);
                  LocalDate asOf = AS_OF.minusDays(40 * p);
                  assertThat(Sampler.draw(population, plan, asOf, Seed.of(p)))
                      .isEqualTo(Sampler.draw(cases, plan, asOf, Seed.of(p)));
                }
              });
    }

    @Test
    void draw_emptyValueAndMissingAttribute_fallInOneStratum() {
      List<CaseFile> cases = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        ImmutableCaseFile.Builder c =
            CaseFile.builder()
                .id(CaseId.of("SYN-E-" + i))
                .category(CaseCategory.CHILD_IN_NEED)
                .team("team-a")
                .openedOn(AS_OF.minusYears(1));
        if (i % 3 == 1) {
          c.putAttribute("rag", "");
        } else if (i % 3 == 2) {
          c.putAttribute("rag", "red");
        }
        cases.add(c.build());
      }
      SamplingPlan plan =
          SamplingPlan.builder().name("synthetic").fixedSize(3).addStrata("rag").build();

      Sample sample = Sampler.draw(CasePopulation.of(cases), plan, AS_OF, Seed.of(5));

      assertThat(sample.allocations())
          .extracting(StratumAllocation::key, StratumAllocation::eligible)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(java.util.Map.of("rag", ""), 4),
              org.assertj.core.groups.Tuple.tuple(java.util.Map.of("rag", "red"), 2));
    }

    @Test
    void draw_datesBeyondIntEpochDays_areComparedExactly() {
      CaseFile ancient = caseFile("SYN-X-1").withOpenedOn(LocalDate.MIN);
      CaseFile future = caseFile("SYN-X-2").withOpenedOn(LocalDate.MAX);
      CaseFile neverClosing = caseFile("SYN-X-3").withClosedOn(LocalDate.MAX);
      CaseFile auditedLast = caseFile("SYN-X-4").withLastAuditedOn(LocalDate.MAX);
      CaseFile auditedFirst = caseFile("SYN-X-5").withLastAuditedOn(LocalDate.MIN);
      List<CaseFile> cases = List.of(ancient, future, neverClosing, auditedLast, auditedFirst);
      SamplingPlan plan =
          SamplingPlan.builder()
              .name("synthetic")
              .fixedSize(5)
              .auditedWithin(Period.ofMonths(6))
              .build();

      for (LocalDate asOf :
          List.of(AS_OF, LocalDate.MAX.minusYears(1), LocalDate.MIN.plusYears(1))) {
        Sample sample = Sampler.draw(CasePopulation.of(cases), plan, asOf, Seed.of(1));
        for (CaseFile c : cases) {
          ExclusionReason expected =
              c.openedOn().isAfter(asOf)
                  ? ExclusionReason.NOT_OPEN
                  : c.closedOn().map(d -> d.isBefore(asOf)).orElse(false)
                      ? ExclusionReason.CLOSED
                      : c.lastAuditedOn().map(d -> !d.isBefore(asOf.minusMonths(6))).orElse(false)
                          ? ExclusionReason.AUDITED_WITHIN_WINDOW
                          : null;
          assertThat(
                  sample.exclusions().stream()
                      .filter(e -> e.caseId().equals(c.id()))
                      .map(Exclusion::reason)
                      .findFirst())
              .as("%s as of %s", c.id(), asOf)
              .isEqualTo(java.util.Optional.ofNullable(expected));
        }
      }
    }

    @Test
    void draw_nullArguments_throw() {
      CasePopulation population = CasePopulation.of(List.of());
      SamplingPlan plan = SamplingPlan.builder().name("synthetic").fixedSize(1).build();
      Seed seed = Seed.of(1);
      assertThatThrownBy(() -> Sampler.draw((CasePopulation) null, plan, AS_OF, seed))
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
  final class Building {

    @Test
    void of_duplicateId_throwsNamingIt() {
      List<CaseFile> cases = new ArrayList<>(SyntheticPopulations.generate(50, 2, 64L));
      cases.add(7, ImmutableCaseFile.copyOf(cases.get(30)).withTeam("team-z"));

      assertThatThrownBy(() -> CasePopulation.of(cases))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("duplicate case id in the population: " + cases.get(31).id());
    }

    @Test
    void of_nullCase_throwsNullPointerException() {
      List<CaseFile> cases = new ArrayList<>(SyntheticPopulations.generate(10, 1, 65L));
      cases.add(4, null);

      assertThatThrownBy(() -> CasePopulation.of(cases)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> CasePopulation.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ids_anyOrder_areTheCasesIdsSortedAndUnmodifiable() {
      qt().withFixedSeed(66L)
          .withExamples(200)
          .forAll(integers().between(0, 400), longs().all())
          .checkAssert(
              (size, seed) -> {
                List<CaseFile> cases =
                    new ArrayList<>(SyntheticPopulations.generate(size, 2, seed));
                Collections.shuffle(cases, new Random(seed));
                CasePopulation population = CasePopulation.of(cases);
                List<CaseId> expected = cases.stream().map(CaseFile::id).sorted().toList();
                assertThat(population.size()).isEqualTo(cases.size());
                assertThat(population.ids()).containsExactlyElementsOf(expected);
                assertThat(cases).allMatch(c -> population.contains(c.id()));
                assertThatThrownBy(() -> population.ids().set(0, CaseId.of("SYN-0")))
                    .isInstanceOf(UnsupportedOperationException.class);
              });
    }

    @Test
    void contains_otherId_isFalse() {
      CasePopulation population = CasePopulation.of(List.of(caseFile("SYN-B"), caseFile("SYN-D")));

      assertThat(population.contains(CaseId.of("SYN-B"))).isTrue();
      assertThat(population.contains(CaseId.of("SYN-A"))).isFalse();
      assertThat(population.contains(CaseId.of("SYN-C"))).isFalse();
      assertThat(population.contains(CaseId.of("SYN-E"))).isFalse();
    }

    @Test
    void attributeNames_ofPopulation_areThoseAnyCaseHas() {
      CasePopulation population =
          CasePopulation.of(
              List.of(
                  caseFile("SYN-1").withAttributes(java.util.Map.of("rag", "red")),
                  caseFile("SYN-2")
                      .withAttributes(java.util.Map.of("age-band", "0-4", "rag", "green")),
                  caseFile("SYN-3")));

      assertThat(population.attributeNames()).containsExactly("age-band", "rag");
      assertThat(CasePopulation.of(List.of()).attributeNames()).isEmpty();
      assertThat(CasePopulation.of(List.of()).size()).isZero();
    }

    @Test
    void toString_anyPopulation_givesSizeButNoIds() {
      CasePopulation population =
          CasePopulation.of(List.of(caseFile("SYN-T-1"), caseFile("SYN-T-2")));

      assertThat(population.toString()).isEqualTo("CasePopulation[2 cases]");
    }
  }

  /** SYNTHETIC: a made-up open case. */
  private static ImmutableCaseFile caseFile(String id) {
    return CaseFile.builder()
        .id(CaseId.of(id))
        .category(CaseCategory.CHILD_IN_NEED)
        .team("team-a")
        .openedOn(AS_OF.minusYears(1))
        .build();
  }
}
