package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.allocation.Allocator;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.escalation.Escalation;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.EscalationDeadline;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.synthetic.SyntheticCouncil;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.json.AuditJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code audit demo}: one synthetic month, from caseload to report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one month of audits on a deterministic SYNTHETIC caseload (2,000 open cases, no real data):"
          + " selects the sample, allocates independent auditors, simulates the completed audits,"
          + " applies Dudley's framework and writes the month's report.",
      "Also writes the synthetic cases.csv, involvements.csv and auditors.csv, and the month's audits as"
          + " audits.csv and audits.jsonl, for the other commands."
    })
final class DemoCommand implements Callable<Integer> {

  /** The first working day of the demonstration month. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);

  /** The last day of the demonstration month, when the rules are applied and the report is made. */
  static final LocalDate MONTH_END = LocalDate.of(2026, 11, 30);

  /** The framework of the demonstration: Dudley's, bundled with audit-json. */
  static final String FRAMEWORK = "dudley";

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "target/demo",
      description = "Where to write the files (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "20261102",
      description =
          "The seed of the synthetic caseload and of the sample (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--scale-down",
      paramLabel = "K",
      defaultValue = "1",
      hidden = true,
      description = "Divide every team's caseload by K (for small example files).")
  int scaleDown;

  @Override
  public Integer call() {
    if (scaleDown < 1) {
      throw new InputException("--scale-down must be 1 or more: " + scaleDown);
    }
    List<CaseFile> cases = SyntheticCouncil.cases(seed, AS_OF, scaleDown);
    List<AuditorsCsv.AuditorRow> auditors =
        SyntheticCouncil.auditors().stream()
            .map(a -> new AuditorsCsv.AuditorRow(a.id(), a.role(), a.team(), a.capacity()))
            .toList();
    TextFiles.createFolder(out);
    CsvWriters.writeCases(out.resolve("cases.csv"), cases);
    CsvWriters.writeInvolvements(out.resolve("involvements.csv"), cases);
    CsvWriters.writeAuditors(out.resolve("auditors.csv"), auditors);
    PrintWriter printer = spec.commandLine().getOut();
    printSummary(printer, cases, auditors);
    // 1. The month's sample.
    Sample sample = Sampler.draw(cases, monthPlan(), AS_OF, Seed.of(seed));
    printer.printf(
        "sample: %d of %s, %s, seed %d%n",
        sample.selectedCount(),
        Plurals.count(sample.eligible(), "eligible case", "eligible cases"),
        sample.algorithm(),
        seed);
    // 2. Independent auditors for the sampled cases.
    Set<CaseId> selected = Set.copyOf(sample.selectedIds());
    List<CaseFile> sampled =
        cases.stream().filter(c -> selected.contains(c.id())).collect(Collectors.toList());
    Allocation allocation =
        Allocator.withDefaults().allocate(sampled, AllocateCommand.toAuditors(auditors));
    printer.printf(
        "allocation: %d of %s allocated to %s, %d unallocated%n",
        allocation.assignments().size(),
        Plurals.count(sampled.size(), "case", "cases"),
        Plurals.count(
            allocation.load().values().stream().filter(n -> n > 0).count(), "auditor", "auditors"),
        allocation.unallocated().size());
    // 3. and 4. The month's audits, simulated, and the framework's rules applied to them.
    Frameworks.Loaded loaded = Frameworks.resolve(FRAMEWORK);
    AuditFramework framework = loaded.framework();
    Map<CaseFile, PersonId> allocated = new LinkedHashMap<>();
    for (CaseFile caseFile : sampled) {
      PersonId auditor = allocation.assignments().get(caseFile.id());
      if (auditor != null) {
        allocated.put(caseFile, auditor);
      }
    }
    SyntheticAudits.Month month =
        SyntheticAudits.simulate(seed, loaded, allocated, AS_OF, MONTH_END);
    printMonth(printer, loaded, month);
    writeAudits(printer, framework, month.audits());
    writeReport(printer, framework, month.audits());
    return 0;
  }

  /**
   * The month's sampling plan: Dudley's 300 audits a year for 2,000 open cases is 25 a month, in
   * proportion to the categories, leaving out cases audited in the last six months (Camden's rule).
   */
  private SamplingPlan monthPlan() {
    return SamplingPlan.builder()
        .name("demo-month")
        .fixedSize(Math.max(1, SyntheticCouncil.fullSize() / scaleDown * 300 / 2000 / 12))
        .addStrata(SamplingPlan.CATEGORY)
        .minimumPerStratum(1)
        .auditedWithin(Period.ofMonths(6))
        .build();
  }

  /** Writes the month's report as JSON and HTML. */
  private void writeReport(PrintWriter printer, AuditFramework framework, List<Audit> audits) {
    AuditReport report = Reports.build(framework, audits, MONTH_END, ReportSpec.DORSET_COHORTS);
    ObjectNode json = Reports.toJson(framework, report);
    json.put("synthetic", true);
    json.set("seed", AuditJson.mapper().valueToTree(Seed.of(seed)));
    TextFiles.write(out.resolve("report.json"), Json.toText(json) + "\n");
    Reports.writeHtml(
        out.resolve("report.html"),
        "SYNTHETIC demonstration: " + framework.name() + ", audits of November 2026",
        framework,
        report);
    printer.printf("wrote %s, %s%n", out.resolve("report.html"), out.resolve("report.json"));
  }

  /**
   * Writes the month's audits for {@code report}, {@code check} and {@code report --merge} (issue
   * 18 item 6): {@code audits.csv} with what the audits CSV carries, {@code audits.jsonl} with
   * everything.
   */
  private void writeAudits(PrintWriter printer, AuditFramework framework, List<Audit> audits) {
    CsvWriters.writeAudits(out.resolve("audits.csv"), framework, audits);
    CsvWriters.writeAuditsJson(out.resolve("audits.jsonl"), audits);
    printer.printf("wrote %s, %s%n", out.resolve("audits.csv"), out.resolve("audits.jsonl"));
  }

  private static void printMonth(
      PrintWriter printer, Frameworks.Loaded loaded, SyntheticAudits.Month month) {
    List<Audit> audits = month.audits();
    long completed = audits.stream().filter(a -> a.status().isCompleted()).count();
    printer.printf(
        "audits (SYNTHETIC, framework %s %s): %d completed, %d in progress, %d moderated%n",
        loaded.framework().id(),
        loaded.framework().version(),
        completed,
        audits.size() - completed,
        month.moderated());
    Map<String, Long> grades = new LinkedHashMap<>();
    loaded.framework().gradeScale().grades().forEach(g -> grades.put(g.label(), 0L));
    audits.forEach(a -> a.overallGrade().ifPresent(g -> grades.merge(g.label(), 1L, Long::sum)));
    printer.printf("  grades: %s%n", grades);
    // Only tracked escalations count: a category without follow-up (Dudley's 4) is none (U20).
    EscalationDeadline followUps = EscalationDeadline.followUps(loaded.framework());
    Map<Integer, Long> escalations = new TreeMap<>();
    audits.forEach(
        a ->
            followUps
                .escalation(a)
                .filter(Escalation::isTracked)
                .ifPresent(e -> escalations.merge(e.category(), 1L, Long::sum)));
    printer.printf("  escalations by category: %s%n", escalations);
    long actions = audits.stream().mapToLong(a -> a.actions().size()).sum();
    long open =
        audits.stream()
            .flatMap(a -> a.actions().stream())
            .filter(a -> a.status().isOutstanding())
            .count();
    printer.printf("  recommended actions: %d, %d still open%n", actions, open);
    printer.printf("rule outcomes:%n");
    month
        .outcomes()
        .forEach(
            (rule, counts) ->
                printer.printf(
                    "  %-36s %s%n",
                    rule,
                    counts.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))));
  }

  private void printSummary(
      PrintWriter printer, List<CaseFile> cases, List<AuditorsCsv.AuditorRow> auditors) {
    // The caseload, labelled synthetic.
    long open = cases.stream().filter(c -> c.isOpenOn(AS_OF)).count();
    long teams = cases.stream().map(CaseFile::team).distinct().count();
    long workers = cases.stream().map(CaseFile::allocatedWorker).distinct().count();
    int involvements = cases.stream().mapToInt(c -> c.involvements().size()).sum();
    Map<String, Long> byCategory =
        cases.stream()
            .collect(
                Collectors.groupingBy(c -> c.category().id(), TreeMap::new, Collectors.counting()));
    Map<String, Long> byRole =
        auditors.stream()
            .collect(
                Collectors.groupingBy(a -> a.role().id(), TreeMap::new, Collectors.counting()));
    printer.printf(
        "SYNTHETIC demonstration (no real data), seed %d, month starting %s%n", seed, AS_OF);
    printer.printf(
        "caseload: %s in %s, %s, %s%n",
        Plurals.count(open, "open case", "open cases"),
        Plurals.count(teams, "team", "teams"),
        Plurals.count(workers, "social worker", "social workers"),
        Plurals.count(involvements, "involvement", "involvements"));
    printer.printf("  by category: %s%n", byCategory);
    printer.printf(
        "auditors: %d in %s %s%n",
        auditors.size(), Plurals.count(byRole.size(), "role", "roles"), byRole);
    printer.printf(
        "wrote %s, %s, %s%n",
        out.resolve("cases.csv"), out.resolve("involvements.csv"), out.resolve("auditors.csv"));
  }
}
