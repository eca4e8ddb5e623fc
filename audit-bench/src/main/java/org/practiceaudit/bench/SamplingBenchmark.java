package org.practiceaudit.bench;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.sampling.CasePopulation;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.synthetic.SyntheticData;

/**
 * Drawing a stratified 10% sample (strata: category and team) with an exclusion window (not audited
 * in the last six months, not closed) from 10,000, 100,000 and 1,000,000 synthetic cases, given in
 * a shuffled order. Target: at most 300 ms for 1,000,000 cases.
 *
 * <p>{@code stratifiedTenPercent} draws from the list of case files (building their population on
 * the way), {@code fromPopulation} draws the same sample from a {@link CasePopulation} built once
 * in set-up, and {@code buildPopulation} builds that population from the list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SamplingBenchmark {

  /** The number of cases in the population. */
  @Param({"10000", "100000", "1000000"})
  public int cases;

  private List<CaseFile> population;
  private SamplingPlan plan;
  private CasePopulation built;

  /** Creates the benchmark state; JMH calls it. */
  public SamplingBenchmark() {}

  /** Generates the population and the plan. */
  @Setup(Level.Trial)
  public void setUp() {
    List<CaseFile> generated = SyntheticData.cases(cases, 20261104L);
    // The sampler sorts by id; shuffle so the sort is not handed sorted input.
    Collections.shuffle(generated, new Random(20261108L));
    population = generated;
    plan =
        SamplingPlan.builder()
            .name("synthetic-stratified-10pc")
            .shareOfOpen(new BigDecimal("0.10"))
            .addStrata(SamplingPlan.CATEGORY, SamplingPlan.TEAM)
            .minimumPerStratum(1)
            .auditedWithin(Period.ofMonths(6))
            .build();
    built = CasePopulation.of(population);
    if (!fromPopulation().equals(stratifiedTenPercent())) {
      throw new IllegalStateException(
          "the sample from the population differs from the sample from the list");
    }
  }

  /**
   * Draws the sample.
   *
   * @return the sample
   */
  @Benchmark
  public Sample stratifiedTenPercent() {
    return Sampler.draw(population, plan, SyntheticData.AS_OF, Seed.of(20261124L));
  }

  /**
   * Draws the same sample from the population built in set-up.
   *
   * @return the sample
   */
  @Benchmark
  public Sample fromPopulation() {
    return Sampler.draw(built, plan, SyntheticData.AS_OF, Seed.of(20261124L));
  }

  /**
   * Builds the population of the case files, as drawing from the list does first.
   *
   * @return the population
   */
  @Benchmark
  public CasePopulation buildPopulation() {
    return CasePopulation.of(population);
  }
}
