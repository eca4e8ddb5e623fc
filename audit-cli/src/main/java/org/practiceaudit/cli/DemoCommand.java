package org.practiceaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.practiceaudit.core.casefile.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit demo}: one synthetic month, from caseload to report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one month of audits on a deterministic SYNTHETIC caseload (2,000 open cases, no real data):"
          + " selects the sample, allocates independent auditors, simulates the completed audits,"
          + " applies Dudley's framework and writes the month's report.",
      "Also writes the synthetic cases.csv, involvements.csv and auditors.csv, for the other commands."
    })
final class DemoCommand implements Callable<Integer> {

  /** The first working day of the demonstration month. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/demo",
      description = "Where to write the files (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20261102",
      description = "The seed of the synthetic caseload and of the sample (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--scale-down", paramLabel = "K", defaultValue = "1", hidden = true,
      description = "Divide every team's caseload by K (for small example files).")
  int scaleDown;

  @Override
  public Integer call() {
    if (scaleDown < 1) {
      throw new InputException("--scale-down must be 1 or more: " + scaleDown);
    }
    SyntheticCaseload caseload = SyntheticCaseload.generate(seed, AS_OF, scaleDown);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot create the directory " + out, e));
    }
    CsvWriters.writeCases(out.resolve("cases.csv"), caseload.cases());
    CsvWriters.writeInvolvements(out.resolve("involvements.csv"), caseload.cases());
    CsvWriters.writeAuditors(out.resolve("auditors.csv"), caseload.auditors());
    printSummary(spec.commandLine().getOut(), caseload);
    return 0;
  }

  private void printSummary(PrintWriter printer, SyntheticCaseload caseload) {
    List<CaseFile> cases = caseload.cases();
    long open = cases.stream().filter(c -> c.isOpenOn(AS_OF)).count();
    long teams = cases.stream().map(CaseFile::team).distinct().count();
    long workers = cases.stream().map(CaseFile::allocatedWorker).distinct().count();
    int involvements = cases.stream().mapToInt(c -> c.involvements().size()).sum();
    Map<String, Long> byCategory = cases.stream()
        .collect(Collectors.groupingBy(c -> c.category().id(), TreeMap::new, Collectors.counting()));
    Map<String, Long> byRole = caseload.auditors().stream()
        .collect(Collectors.groupingBy(a -> a.role().id(), TreeMap::new, Collectors.counting()));
    printer.printf("SYNTHETIC demonstration (no real data), seed %d, month starting %s%n", seed, AS_OF);
    printer.printf("caseload: %d open cases in %d teams, %d social workers, %d involvements%n", open,
        teams, workers, involvements);
    printer.printf("  by category: %s%n", byCategory);
    printer.printf("auditors: %d in %d roles %s%n", caseload.auditors().size(), byRole.size(), byRole);
    printer.printf("wrote %s, %s, %s%n", out.resolve("cases.csv"), out.resolve("involvements.csv"),
        out.resolve("auditors.csv"));
  }
}
