package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.ProgrammeProgress;
import org.practiceaudit.core.programme.ProgrammeTally;
import org.practiceaudit.core.region.RegionalComparison;
import org.practiceaudit.core.region.SmallCountSuppression;
import org.practiceaudit.core.report.AuditColumns;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.html.HtmlReport;
import org.practiceaudit.json.AuditJson;
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
          + " distribution, escalations and actions, and, where audits name an agency, the multi-agency overview"
          + " (each area of work's grades, all agencies together and each agency's own). Optionally writes the report as a self-contained HTML"
          + " page, and its aggregate (sums and counts only) for 'report --merge', which merges the parts of a"
          + " region into the report of the whole with each part beside it."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--framework",
      paramLabel = "ID|FILE",
      description =
          "A bundled framework id (such as dudley) or a framework configuration file (with"
              + " --merge: the parts' bundled framework by default).")
  String framework;

  @Option(
      names = "--audits",
      paramLabel = "FILE",
      description =
          "The audits: a CSV file, audit_id,case_id,auditor_id,type,allocated_on,completed_on,"
              + "grade,escalation_category, one score.<domain-id> column per domain (an integer or NA), agency and"
              + " one area_grade.<domain-id> column per area of work (multi-agency audits), further"
              + " columns being attributes; or the interchange JSON (.json array, or .jsonl with one audit per"
              + " line), as check reads it.")
  Path audits;

  @Option(
      names = "--html",
      paramLabel = "OUT.html",
      description = "Also write the report as HTML here.")
  Path html;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The day the report judges overdue items on, at its end (ISO; default: the latest"
              + " allocation or completion date in the file).")
  LocalDate asOf;

  @Option(
      names = "--cohort",
      split = ",",
      paramLabel = "COL",
      description = "Compare cohorts by these attribute columns of the audits file.")
  List<String> cohorts = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(
      names = "--aggregate-out",
      paramLabel = "PART.json",
      description =
          "Also write the report's aggregate here (sums and counts only: no audit, case or"
              + " auditor's text), for 'report --merge'.")
  Path aggregateOut;

  @Option(
      names = "--part-name",
      paramLabel = "NAME",
      description =
          "The part's name in --aggregate-out, such as a council or a team (default: the audits"
              + " file's name without its extension).")
  String partName;

  @Option(
      names = "--merge",
      arity = "1..*",
      paramLabel = "PART.json",
      description =
          "Merge parts written by --aggregate-out (made under one framework, as of one day, with"
              + " the same cohorts) into the report of the whole, with each part beside the whole.")
  List<Path> merge;

  @Option(
      names = "--suppress-below",
      paramLabel = "N",
      description =
          "With --merge: publish no count from 1 to N-1, nor what would give one away (the"
              + " small-count rule of official statistics; 5 is usual).")
  Integer suppressBelow;

  @Mixin ProgressOption progressOption;

  @Override
  public Integer call() {
    if (merge != null) {
      return mergeParts();
    }
    checkSingleReportOptions();
    Frameworks.Loaded loaded = Frameworks.resolve(framework);
    AuditFramework resolved = loaded.framework();
    if (resolved.domains().isEmpty()) {
      throw new InputException(
          "framework '"
              + resolved.id()
              + "' has no domains; a report needs a"
              + " framework with at least one scored domain");
    }
    Progress progress = progressOption.start(spec.commandLine().getErr());
    progress.phase("reading audits");
    InputProblems problems = new InputProblems();
    AuditColumns columns = columns(resolved);
    // The framework's audit programme, if it has one, is tallied in the same pass (issue 18 item
    // 5).
    Optional<AuditProgramme> programme = loaded.local().programme();
    ProgrammeTally tally = new ProgrammeTally();
    // Audits naming an agency (London's multi-agency audits, L4, L14) are kept for the overview,
    // which compares agencies' grades of each case; no other audit is kept.
    List<Audit> multiAgency = new ArrayList<>();
    Consumer<Audit> sink =
        audit -> {
          columns.accept(audit);
          programme.ifPresent(p -> tally.accept(audit));
          if (audit.agency().isPresent()) {
            multiAgency.add(audit);
          }
        };
    Optional<AuditsCsv.Summary> read = read(resolved, problems, progress, sink);
    checkRead(read, problems);
    progress.done();
    problems.finish(spec.commandLine().getErr());
    checkCohorts(read.map(AuditsCsv.Summary::attributes).orElse(Set.of()));
    LocalDate day = asOf != null ? asOf : read.get().latest();
    progress.phase("reporting");
    ReportAggregate aggregate = columns.toAggregate(Reports.endOf(day));
    AuditReport report = aggregate.toReport();
    Optional<ProgrammeProgress> progressOf = programme.map(tally::progress);
    Optional<MultiAgencyOverview> overview = overview(multiAgency, resolved);
    progress.done();
    if (aggregateOut != null) {
      RegionalReports.writePart(aggregateOut, partName(), resolved, day, cohorts, aggregate);
    }
    if (html != null) {
      String title = resolved.name() + ": audit report to " + day;
      Reports.writeHtml(html, title, resolved, report, progressOf, overview);
    }
    print(resolved, report, progressOf, overview);
    return 0;
  }

  /** The multi-agency overview of the audits naming an agency, if there are any (L4, L14). */
  private static Optional<MultiAgencyOverview> overview(
      List<Audit> multiAgency, AuditFramework resolved) {
    return multiAgency.isEmpty()
        ? Optional.empty()
        : Optional.of(MultiAgencyOverview.of(multiAgency, resolved.gradeScale()));
  }

  /**
   * Adds the problem of a file with no audits and no --as-of, and warns when --as-of is far from
   * the file's dates.
   */
  private void checkRead(Optional<AuditsCsv.Summary> read, InputProblems problems) {
    long count = read.map(AuditsCsv.Summary::audits).orElse(0L);
    if (!problems.hasProblems() && count == 0 && asOf == null) {
      problems.add(
          audits.toString(),
          new InputProblems.Kind("empty file", "empty files"),
          "has no audits, so there is no date to report as of; give --as-of to report on no audits");
    }
    if (asOf != null && count > 0) {
      checkSpan(read.get(), problems);
    }
  }

  /**
   * The columns the audits are read into: the file is read once, in order, into a few bytes per
   * audit (no audit is kept), and the report day, the latest date in the file unless --as-of gives
   * it, is applied once it is known.
   */
  private AuditColumns columns(AuditFramework resolved) {
    try {
      return AuditColumns.of(
          Reports.spec(resolved, asOf != null ? asOf : LocalDate.EPOCH, cohorts));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Invalid value for option '--cohort': " + e.getMessage());
    }
  }

  /** Prints the report as JSON or text, naming the files written. */
  private void print(
      AuditFramework resolved,
      AuditReport report,
      Optional<ProgrammeProgress> progressOf,
      Optional<MultiAgencyOverview> overview) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode document = Reports.toJson(resolved, report);
      progressOf.ifPresent(
          p -> document.set("programme_progress", AuditJson.mapper().valueToTree(p)));
      overview.ifPresent(
          o -> document.set("multi_agency_overview", AuditJson.mapper().valueToTree(o)));
      if (html != null) {
        document.put("html", html.toString());
      }
      Json.print(out, document);
    } else {
      Reports.printSummary(out, resolved, report);
      progressOf.ifPresent(p -> Reports.printProgramme(out, p));
      overview.ifPresent(o -> Reports.printOverview(out, o));
      if (html != null) {
        out.printf("wrote %s%n", html);
      }
      if (aggregateOut != null) {
        out.printf("wrote %s%n", aggregateOut);
      }
    }
  }

  /** The options of one report from audits: --framework and --audits, and none of --merge's. */
  private void checkSingleReportOptions() {
    if (framework == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--framework=ID|FILE'");
    }
    if (audits == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Missing required option: '--audits=FILE'" + " (or --merge PART.json...)");
    }
    if (suppressBelow != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--suppress-below applies to the" + " published report of --merge; give it with --merge");
    }
    if (partName != null && aggregateOut == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--part-name names the part written by"
              + " --aggregate-out; give it with --aggregate-out");
    }
    if (partName != null && !Cells.TEAM.matcher(partName).matches()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--part-name must be letters, digits,"
              + " spaces and & ' ( ) , . / -, such as 'Camden' or 'Assessment North'");
    }
  }

  private String partName() {
    if (partName != null) {
      return partName;
    }
    String file = audits.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String name =
        (dot > 0 ? file.substring(0, dot) : file).replaceAll("[^\\p{L}\\p{N} &'(),./-]", "-");
    return Cells.TEAM.matcher(name).matches() ? name : "part";
  }

  /**
   * {@code report --merge}: the parts merged into the report of the whole, with each part beside
   * it, in text, JSON and HTML (issue 15 item 6).
   */
  private int mergeParts() {
    if (audits != null
        || aggregateOut != null
        || partName != null
        || asOf != null
        || !cohorts.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--merge takes the report day and cohorts"
              + " from its parts; give it without --audits, --aggregate-out, --part-name, --as-of and --cohort");
    }
    if (suppressBelow != null && suppressBelow < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--suppress-below must be a whole number of"
              + " 1 or more, for example 5; found "
              + suppressBelow);
    }
    RegionalReports.Merged merged =
        RegionalReports.merge(merge, Optional.ofNullable(framework).map(Frameworks::resolve));
    SmallCountSuppression rule =
        suppressBelow == null
            ? SmallCountSuppression.none()
            : SmallCountSuppression.below(suppressBelow);
    RegionalComparison comparison = RegionalReports.compare(merged, rule);
    if (html != null) {
      TextFiles.write(
          html,
          HtmlReport.renderRegional(
              merged.framework().name() + ": regional report to " + merged.asOf(),
              comparison,
              merged.whole(),
              merged.framework().escalationCategories()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode document = RegionalReports.toJson(merged, comparison);
      if (html != null) {
        document.put("html", html.toString());
      }
      Json.print(out, document);
    } else {
      RegionalReports.printText(out, merged, comparison);
      if (html != null) {
        out.printf("wrote %s%n", html);
      }
    }
    return 0;
  }

  /**
   * Reads the audits once, in order, into the columns: a CSV file streamed row by row, interchange
   * JSON ({@code .json}, {@code .jsonl}) audit by audit; empty if there were problems.
   */
  private Optional<AuditsCsv.Summary> read(
      AuditFramework resolved, InputProblems problems, Progress progress, Consumer<Audit> sink) {
    if (!AuditsJson.isJson(audits.toString())) {
      return AuditsCsv.read(audits.toString(), resolved, problems, progress, sink);
    }
    List<Audit> read = AuditsJson.read(audits.toString(), resolved, problems);
    read.forEach(sink);
    return problems.hasProblems() ? Optional.empty() : Optional.of(AuditsCsv.Summary.of(read));
  }

  private void checkCohorts(Set<String> columns) {
    List<String> unknown = new ArrayList<>(cohorts);
    unknown.removeAll(columns);
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Invalid value for option"
              + " '--cohort': no attribute column "
              + unknown
              + " in "
              + audits
              + "; expected some of "
              + columns);
    }
  }

  /** Warns when --as-of is before every date of the file, or more than a year after the last. */
  private void checkSpan(AuditsCsv.Summary read, InputProblems problems) {
    LocalDate earliest = read.earliestAllocation();
    LocalDate latest = read.latest();
    if (asOf.isBefore(earliest)) {
      problems.warn(
          "--as-of "
              + asOf
              + " is before every audit in "
              + audits
              + " (allocated from "
              + earliest
              + " to "
              + latest
              + "); the report counts none of them as due");
    } else if (asOf.isAfter(latest.plusYears(1))) {
      problems.warn(
          "--as-of "
              + asOf
              + " is more than a year after the last date in "
              + audits
              + " ("
              + latest
              + ")");
    }
  }
}
