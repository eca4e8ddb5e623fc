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
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.report.AuditColumns;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.core.synthetic.SyntheticData;

/**
 * The library's report from columns (issue 15 item 4): {@code
 * AuditColumns.toAggregate().toReport()} over 10,000, 100,000 and 1,000,000 synthetic audits (the
 * same audits as {@link RawLoopBenchmark} and {@link ReportBenchmark}) with Dorset's cohorts, the
 * table filled beforehand as the command line's streaming reader fills it. Target: at most 3 times
 * {@link RawLoopBenchmark#primitiveArrays} measured in the same run ({@code audit-bench/run.sh
 * 'ColumnsReport|RawLoop'}).
 *
 * <p>The set-up checks that the report from the columns equals the report from the audit objects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ColumnsReportBenchmark {

  /** The number of audits. */
  @Param({"10000", "100000", "1000000"})
  public int audits;

  private AuditColumns columns;

  /** Creates the benchmark state; JMH calls it. */
  public ColumnsReportBenchmark() {}

  /**
   * Generates the audits, fills the column table, and checks that it reports what the objects
   * report.
   *
   * @throws IllegalStateException if the reports differ
   */
  @Setup(Level.Trial)
  public void setUp() {
    AuditFramework framework = SyntheticData.framework();
    List<Audit> auditList = SyntheticData.audits(audits, framework, RawLoopBenchmark.AUDIT_SEED);
    ReportSpec spec =
        ReportSpec.builder()
            .addAllDomains(framework.domains())
            .gradeScale(framework.gradeScale())
            .asOf(SyntheticData.asOfInstant())
            .addAllCohortAttributes(ReportSpec.DORSET_COHORTS)
            .build();
    columns = AuditColumns.of(spec);
    auditList.forEach(columns);
    if (!report().equals(ReportAggregate.of(spec, auditList).toReport())) {
      throw new IllegalStateException(
          "the report from columns differs from the report from objects");
    }
  }

  /**
   * Derives the report from the columns.
   *
   * @return the report
   */
  @Benchmark
  public AuditReport report() {
    return columns.toAggregate().toReport();
  }
}
