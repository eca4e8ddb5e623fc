package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.report.AuditColumns;
import org.practiceaudit.core.report.AuditReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code audit report}: the figures of a set of audits. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Reports on audits made under a framework: compliance, the average domain scores, the grade"
          + " distribution, escalations and actions. Optionally writes the report as a self-contained HTML"
          + " page."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--framework", required = true, paramLabel = "ID|FILE",
      description = "A bundled framework id (such as dudley) or a framework configuration file.")
  String framework;

  @Option(names = "--audits", required = true, paramLabel = "FILE.csv",
      description = "The audits: audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,"
          + "escalation_category, one score.<domain-id> column per domain (an integer or NA), further"
          + " columns being attributes.")
  Path audits;

  @Option(names = "--html", paramLabel = "OUT.html", description = "Also write the report as HTML here.")
  Path html;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The day the report judges overdue items on, at its end (ISO; default: the latest"
          + " allocation or completion date in the file).")
  LocalDate asOf;

  @Option(names = "--cohort", split = ",", paramLabel = "COL",
      description = "Compare cohorts by these attribute columns of the audits file.")
  List<String> cohorts = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Mixin ProgressOption progressOption;

  @Override
  public Integer call() {
    Frameworks.Loaded loaded = Frameworks.resolve(framework);
    AuditFramework resolved = loaded.framework();
    if (resolved.domains().isEmpty()) {
      throw new InputException("framework '" + resolved.id() + "' has no domains; a report needs a"
          + " framework with at least one scored domain");
    }
    Progress progress = progressOption.start(spec.commandLine().getErr());
    progress.phase("reading audits");
    InputProblems problems = new InputProblems();
    // The file is read once, in order, into columns of a few bytes per audit (no audit is kept), and the
    // report day, the latest date in the file unless --as-of gives it, is applied once it is known.
    AuditColumns columns;
    try {
      columns = AuditColumns.of(Reports.spec(resolved, asOf != null ? asOf : LocalDate.EPOCH, cohorts));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--cohort': "
          + e.getMessage());
    }
    Optional<AuditsCsv.Summary> read = AuditsCsv.read(audits.toString(), resolved, problems, progress, columns);
    long count = read.map(AuditsCsv.Summary::audits).orElse(0L);
    if (!problems.hasProblems() && count == 0 && asOf == null) {
      problems.add(audits.toString(), new InputProblems.Kind("empty file", "empty files"),
          "has no audits, so there is no date to report as of; give --as-of to report on no audits");
    }
    if (asOf != null && count > 0) {
      checkSpan(read.get(), problems);
    }
    progress.done();
    problems.finish(spec.commandLine().getErr());
    checkCohorts(read.map(AuditsCsv.Summary::attributes).orElse(Set.of()));
    LocalDate day = asOf != null ? asOf : read.get().latest();
    progress.phase("reporting");
    AuditReport report = columns.toAggregate(Reports.endOf(day)).toReport();
    progress.done();
    if (html != null) {
      Reports.writeHtml(html, resolved.name() + ": audit report to " + day, resolved, report);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode document = Reports.toJson(resolved, report);
      if (html != null) {
        document.put("html", html.toString());
      }
      Json.print(out, document);
    } else {
      Reports.printSummary(out, resolved, report);
      if (html != null) {
        out.printf("wrote %s%n", html);
      }
    }
    return 0;
  }

  private void checkCohorts(Set<String> columns) {
    List<String> unknown = new ArrayList<>(cohorts);
    unknown.removeAll(columns);
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option"
          + " '--cohort': no attribute column " + unknown + " in " + audits + "; expected some of "
          + columns);
    }
  }

  /** Warns when --as-of is before every date of the file, or more than a year after the last. */
  private void checkSpan(AuditsCsv.Summary read, InputProblems problems) {
    LocalDate earliest = read.earliestAllocation();
    LocalDate latest = read.latest();
    if (asOf.isBefore(earliest)) {
      problems.warn("--as-of " + asOf + " is before every audit in " + audits + " (allocated from "
          + earliest + " to " + latest + "); the report counts none of them as due");
    } else if (asOf.isAfter(latest.plusYears(1))) {
      problems.warn("--as-of " + asOf + " is more than a year after the last date in " + audits
          + " (" + latest + ")");
    }
  }
}
