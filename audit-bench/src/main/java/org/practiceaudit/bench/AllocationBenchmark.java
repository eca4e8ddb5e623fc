package org.practiceaudit.bench;

import java.util.List;
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
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.allocation.Allocator;
import org.practiceaudit.core.allocation.Auditor;
import org.practiceaudit.core.allocation.IndependenceRules;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.synthetic.SyntheticData;

/**
 * Allocating synthetic cases to independent auditors by minimum-cost flow. Sizes (cases x
 * auditors): {@code 300x50} and {@code 3000x300} are the two sizes (target for the second:
 * at most 1 s); {@code 300x50} to {@code 3000x50}, and {@code 3000x300} to {@code 30000x300}, show
 * growth in cases at a fixed number of auditors (target: 10 times the cases cost at most 12 times
 * the time). Independence rules: the defaults (not the case's own team, not involved in the case)
 * plus "not the same locality"; a quarter of the auditors are team managers involved in their own
 * team's cases. Total capacity is 1.5 times the number of cases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocationBenchmark {

  /** The problem size as cases x auditors. */
  @Param({"300x50", "3000x50", "3000x300", "30000x300"})
  public String size;

  private List<CaseFile> cases;
  private List<Auditor> auditors;
  private Allocator allocator;

  /** Creates the benchmark state; JMH calls it. */
  public AllocationBenchmark() {}

  /** Generates the cases and auditors for the size. */
  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = size.split("x", -1);
    int caseCount = Integer.parseInt(parts[0]);
    int auditorCount = Integer.parseInt(parts[1]);
    cases = SyntheticData.cases(caseCount, 20261102L);
    auditors = SyntheticData.auditors(auditorCount, caseCount * 3 / 2, 20261103L);
    allocator = Allocator.builder().addRule(IndependenceRules.notSameAttribute("locality")).build();
  }

  /**
   * Allocates every case.
   *
   * @return the allocation
   */
  @Benchmark
  public Allocation allocate() {
    return allocator.allocate(cases, auditors);
  }
}
