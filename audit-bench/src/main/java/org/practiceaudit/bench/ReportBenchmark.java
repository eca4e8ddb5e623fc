package org.practiceaudit.bench;

import java.util.ArrayList;
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
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.DomainResult;
import org.practiceaudit.core.report.GradeCount;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.core.synthetic.SyntheticData;

/**
 * Report aggregation over 10,000, 100,000 and 1,000,000 synthetic completed audits (the same audits
 * as {@link RawLoopBenchmark}, the practical limit). Target: at most 500 ms for 1,000,000 audits,
 * and at most 3 times the raw loop.
 *
 * <ul>
 *   <li>{@link #report}: {@code ReportAggregate.of(spec, audits).toReport()} with Dorset's cohorts
 *       (category and team): every figure of the report.
 *   <li>{@link #reportParallel}: the same report from {@code ReportAggregate.collector(spec)} on a
 *       parallel stream (the common fork-join pool: both cores).
 *   <li>{@link #mergePartials}: the same report from {@value #PARTS} partial aggregates computed
 *       beforehand (as per team, then per council), merged and finished.
 * </ul>
 *
 * <p>The set-up checks that the report's domain averages, N/A counts and grade counts equal the raw
 * loops'.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

  /** The number of partial aggregates merged by {@link #mergePartials}. */
  public static final int PARTS = 16;

  /** The number of audits. */
  @Param({"10000", "100000", "1000000"})
  public int audits;

  private List<Audit> auditList;
  private ReportSpec spec;
  private List<ReportAggregate> partials;
  private int domainCount;
  private int gradeCount;

  /** Creates the benchmark state; JMH calls it. */
  public ReportBenchmark() {}

  /**
   * Generates the audits, the spec, the partial aggregates and the primitive arrays, and checks
   * that the raw loops agree with the report.
   *
   * @throws IllegalStateException if a raw loop's averages or grade counts differ from the report's
   */
  @Setup(Level.Trial)
  public void setUp() {
    AuditFramework framework = SyntheticData.framework();
    auditList = SyntheticData.audits(audits, framework, RawLoopBenchmark.AUDIT_SEED);
    spec =
        ReportSpec.builder()
            .addAllDomains(framework.domains())
            .gradeScale(framework.gradeScale())
            .asOf(SyntheticData.asOfInstant())
            .addAllCohortAttributes(ReportSpec.DORSET_COHORTS)
            .build();
    partials = new ArrayList<>(PARTS);
    int step = (audits + PARTS - 1) / PARTS;
    for (int from = 0; from < audits; from += step) {
      partials.add(
          ReportAggregate.of(spec, auditList.subList(from, Math.min(audits, from + step))));
    }
    domainCount = framework.domains().size();
    gradeCount = framework.gradeScale().size();
    String[] domainIds = RawLoopBenchmark.domainIds(framework);
    int[] scores = RawLoopBenchmark.scores(auditList, domainIds);
    int[] gradeRanks = RawLoopBenchmark.gradeRanks(auditList);
    double[] raw = RawLoopBenchmark.primitivePass(scores, gradeRanks, domainCount, gradeCount);
    check(report(), raw, "raw loop over primitive arrays");
    check(
        report(),
        RawLoopBenchmark.objectPass(auditList, domainIds, gradeCount),
        "raw loop over audits");
    check(mergePartials(), raw, "merged report");
    check(reportParallel(), raw, "report on a parallel stream");
  }

  /**
   * Aggregates every audit and derives the report.
   *
   * @return the report
   */
  @Benchmark
  public AuditReport report() {
    return ReportAggregate.of(spec, auditList).toReport();
  }

  /**
   * Aggregates every audit on a parallel stream (both cores) and derives the report.
   *
   * @return the report
   */
  @Benchmark
  public AuditReport reportParallel() {
    return auditList.parallelStream().collect(ReportAggregate.collector(spec)).toReport();
  }

  /**
   * Merges the partial aggregates and derives the report.
   *
   * @return the report
   */
  @Benchmark
  public AuditReport mergePartials() {
    ReportAggregate merged = ReportAggregate.empty(spec);
    for (ReportAggregate partial : partials) {
      merged = merged.merge(partial);
    }
    return merged.toReport();
  }

  private void check(AuditReport report, double[] raw, String what) {
    for (int k = 0; k < domainCount; k++) {
      DomainResult domain = report.domains().get(k);
      double average = domain.average().orElse(Double.NaN);
      if (Math.abs(average - raw[k]) > 1e-9
          || domain.notApplicable() != (long) raw[domainCount + k]) {
        throw new IllegalStateException(
            what
                + " disagrees with the report on domain "
                + domain.domainId()
                + ": "
                + raw[k]
                + " vs "
                + average);
      }
    }
    for (GradeCount count : report.grades().grades()) {
      if (count.count() != (long) raw[2 * domainCount + count.rank()]) {
        throw new IllegalStateException(
            what + " disagrees with the report on grade rank " + count.rank());
      }
    }
  }
}
