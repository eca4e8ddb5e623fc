package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.report.AuditColumns;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.EscalationLine;
import org.practiceaudit.core.report.ReportAccumulator;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The streaming report (issue 15 items 1 and 5): the same report as the object path, in a small
 * heap.
 */
final class ReportStreamingTest {

  @TempDir Path dir;

  @Nested
  final class SameReport {

    @Test
    void report_streamedFile_equalsObjectStreamingAndColumnarPaths() throws IOException {
      Path file = dir.resolve("audits.csv");
      SyntheticAuditsFile.write(file, 5_000, 41L);
      AuditFramework dudley = Frameworks.resolve("dudley").framework();
      List<String> cohorts = List.of("team");
      List<Audit> audits = AuditsCsv.read(file, dudley);
      LocalDate day = Reports.latestDate(audits);
      ReportSpec spec = Reports.spec(dudley, day, cohorts);
      AuditReport objects = ReportAggregate.of(spec, audits).toReport();
      ReportAccumulator accumulator = ReportAccumulator.of(spec);
      audits.forEach(accumulator);
      AuditColumns columns = AuditColumns.of(spec);
      audits.forEach(columns);

      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              file.toString(),
              "--cohort",
              "team",
              "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(accumulator.toAggregate().toReport()).isEqualTo(objects);
      assertThat(columns.toAggregate().toReport()).isEqualTo(objects);
      assertThat(result.out()).isEqualTo(printed(Reports.toJson(dudley, objects)));
      assertThat(objects.escalations()).isNotEmpty();
      assertThat(objects.cohorts()).hasSizeGreaterThan(10);
      assertThat(objects.complianceByMonth()).hasSizeGreaterThan(10);
      assertThat(objects.domains().get(0).notApplicable()).isPositive();
    }

    @Test
    void report_asOfGiven_equalsObjectPathAtThatDay() throws IOException {
      Path file = dir.resolve("audits.csv");
      SyntheticAuditsFile.write(file, 2_000, 42L);
      AuditFramework dudley = Frameworks.resolve("dudley").framework();
      LocalDate day = LocalDate.of(2026, 6, 30);
      AuditReport objects = Reports.build(dudley, AuditsCsv.read(file, dudley), day, List.of());

      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dudley",
              "--audits",
              file.toString(),
              "--as-of",
              day.toString(),
              "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).isEqualTo(printed(Reports.toJson(dudley, objects)));
      long raised = objects.escalations().stream().mapToLong(EscalationLine::raised).sum();
      long overdue = objects.escalations().stream().mapToLong(EscalationLine::overdue).sum();
      assertThat(overdue).isPositive().isLessThan(raised);
    }
  }

  @Nested
  final class LargeFile {

    /**
     * Feeds a file of about 200 MB (2,150,000 audits) to {@code report} in a JVM of its own with a
     * heap of 256 MB, asking for progress: the report is complete, the JSON on standard output
     * whole, the progress on standard error.
     */
    @Test
    void report_200MegabyteFileIn256MegabyteHeap_succeedsWithProgressOnStandardError()
        throws Exception {
      Path file = dir.resolve("large.csv");
      SyntheticAuditsFile.write(file, 2_150_000, 43L);
      assertThat(Files.size(file)).isGreaterThan(195L * 1024 * 1024);

      Run run =
          java(
              "-Xmx256m",
              "report",
              "--framework",
              "dudley",
              "--audits",
              file.toString(),
              "--json",
              "--progress");

      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode json = new Cli.Result(0, run.out(), "").json();
      assertThat(json.get("audits").asLong()).isEqualTo(2_150_000L);
      assertThat(run.err()).contains("reading audits: ").contains(" rows/s");
      assertThat(run.out()).doesNotContain("rows/s");
    }

    @Test
    void report_heapTooSmall_oneLineSayingHowToGiveJavaMore() throws Exception {
      Path file = dir.resolve("large.csv");
      SyntheticAuditsFile.write(file, 600_000, 44L);

      Run run =
          java("-Xmx24m", "report", "--framework", "dudley", "--audits", file.toString(), "--json");

      assertThat(run.exitCode()).isNotZero();
      assertThat(run.err().strip()).doesNotContain("\n").contains("out of memory").contains("-Xmx");
      assertThat(run.err()).doesNotContain("at org.").doesNotContain("Exception");
      assertThat(run.out()).isEmpty();
    }
  }

  /** A JSON document as the command line prints it. */
  private static String printed(ObjectNode document) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    Json.print(out, document);
    out.flush();
    return text.toString();
  }

  record Run(int exitCode, String out, String err) {}

  /** Runs the command line in a JVM of its own, with this test's class path and the given heap. */
  private Run java(String heap, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the command line ran for more than 5 minutes");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
