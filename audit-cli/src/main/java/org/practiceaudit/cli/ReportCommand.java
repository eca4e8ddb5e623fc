package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.report.AuditReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

  @Option(names = "--audits", required = true, paramLabel = "FILE",
      description = "The audits: a CSV file, audit_id,case_id,auditor_id,type,allocated_on,completed_on,"
          + "grade,escalation_category, one score.<domain-id> column per domain (an integer or NA), further"
          + " columns being attributes; or the interchange JSON (.json array, or .jsonl with one audit per"
          + " line), as check reads it.")
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

  @Override
  public Integer call() {
    Frameworks.Loaded loaded = Frameworks.resolve(framework);
    AuditFramework resolved = loaded.framework();
    if (resolved.domains().isEmpty()) {
      throw new InputException("framework '" + resolved.id() + "' has no domains; a report needs a"
          + " framework with at least one scored domain");
    }
    InputProblems problems = new InputProblems();
    List<Audit> read = AuditsJson.readAny(audits.toString(), resolved, problems);
    if (!problems.hasProblems() && read.isEmpty() && asOf == null) {
      problems.add(audits.toString(), new InputProblems.Kind("empty file", "empty files"),
          "has no audits, so there is no date to report as of; give --as-of to report on no audits");
    }
    if (asOf != null && !read.isEmpty()) {
      checkSpan(read, problems);
    }
    problems.finish(spec.commandLine().getErr());
    checkCohorts(read);
    LocalDate day = asOf != null ? asOf : Reports.latestDate(read);
    AuditReport report = Reports.build(resolved, read, day, cohorts);
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

  private void checkCohorts(List<Audit> read) {
    Set<String> columns = new TreeSet<>();
    read.forEach(a -> columns.addAll(a.attributes().keySet()));
    List<String> unknown = new ArrayList<>(cohorts);
    unknown.removeAll(columns);
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option"
          + " '--cohort': no attribute column " + unknown + " in " + audits + "; expected some of "
          + columns);
    }
  }

  /** Warns when --as-of is before every date of the file, or more than a year after the last. */
  private void checkSpan(List<Audit> read, InputProblems problems) {
    LocalDate earliest = read.stream().map(Audit::allocatedOn).min(LocalDate::compareTo).orElseThrow();
    LocalDate latest = Reports.latestDate(read);
    if (asOf.isBefore(earliest)) {
      problems.warn("--as-of " + asOf + " is before every audit in " + audits + " (allocated from "
          + earliest + " to " + latest + "); the report counts none of them as due");
    } else if (asOf.isAfter(latest.plusYears(1))) {
      problems.warn("--as-of " + asOf + " is more than a year after the last date in " + audits
          + " (" + latest + ")");
    }
  }
}
