package org.practiceaudit.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.report.AuditColumns;

/**
 * Times the phases of {@code report}'s reading path on one audits file of Dudley's framework, in
 * one JVM, to show what bounds the command's time: the CSV alone (cells split, nothing checked),
 * the rows checked and turned into audits (dropped), the same into the column table, and the report
 * from the columns. Run by {@code scripts/cli-timings.sh}; prints one line per run.
 */
final class ReportPhases {

  private ReportPhases() {}

  /**
   * Times the phases: {@code FILE [RUNS]}.
   *
   * @param args the audits file, and optionally the number of runs (default 3)
   */
  public static void main(String[] args) {
    String file = args[0];
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    AuditFramework dudley = Frameworks.resolve("dudley").framework();
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      long[] rows = {0};
      CsvFile.read(
          file,
          "audits",
          AuditsCsv.COLUMNS,
          h -> true,
          new InputProblems(),
          Progress.none(),
          row -> rows[0]++);
      long t1 = System.nanoTime();
      AuditsCsv.read(file, dudley, new InputProblems(), Progress.none(), audit -> {});
      long t2 = System.nanoTime();
      AuditColumns columns = AuditColumns.of(Reports.spec(dudley, LocalDate.EPOCH, List.of()));
      Optional<AuditsCsv.Summary> read =
          AuditsCsv.read(file, dudley, new InputProblems(), Progress.none(), columns);
      long t3 = System.nanoTime();
      columns.toAggregate(Reports.endOf(read.orElseThrow().latest())).toReport();
      long t4 = System.nanoTime();
      System.out.printf(
          "%,d rows: CSV alone %.2f s; rows checked into audits %.2f s; into the column table"
              + " %.2f s; report from the columns %.3f s%n",
          rows[0], (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
    }
  }
}
