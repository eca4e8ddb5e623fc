package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.sampling.Exclusion;
import org.practiceaudit.core.sampling.ImmutableSamplingPlan;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.sampling.Shortfall;
import org.practiceaudit.core.sampling.StratumAllocation;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code audit sample}: a reproducible random sample of open cases. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Draws a reproducible random sample of the cases open on --as-of: the same file, options and seed"
          + " always give the same sample, whatever the order of the rows."
    })
final class SampleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--cases", required = true, paramLabel = "FILE.csv",
      description = "The cases: case_id,category,team,worker,opened_on,closed_on,last_audited_on,"
          + " further columns being attributes.")
  Path cases;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "The date the sample is drawn on (ISO, such as 2026-11-02).")
  LocalDate asOf;

  @Option(names = "--seed", required = true, paramLabel = "N", description = "The random seed.")
  long seed;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Size size;

  /** Exactly one sample size. */
  static final class Size {
    @Option(names = "--size", required = true, paramLabel = "N",
        description = "How many cases to select.")
    Integer count;

    @Option(names = "--share", required = true, paramLabel = "X",
        description = "The share of open cases to select, ceil(X x open cases), counted before"
            + " exclusions; more than 0 and at most 1.")
    BigDecimal share;
  }

  @Option(names = "--stratify", split = ",", paramLabel = "COL",
      description = "Stratify by these columns (category, team or attribute columns), in proportion.")
  List<String> stratify = new ArrayList<>();

  @Option(names = "--min-per-stratum", paramLabel = "N", defaultValue = "0",
      description = "At least this many cases from every stratum that has them (default ${DEFAULT-VALUE}).")
  int minPerStratum;

  @Option(names = "--exclude-audited-within", paramLabel = "PERIOD",
      description = "Leave out cases audited within this ISO-8601 period before --as-of, such as P6M.")
  Period excludeAuditedWithin;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() {
    List<CaseFile> population = CasesCsv.read(cases, InvolvementsCsv.Involvements.none());
    checkColumns(population);
    ImmutableSamplingPlan.Builder plan = SamplingPlan.builder()
        .name("command-line")
        .addAllStrata(stratify)
        .minimumPerStratum(minPerStratum);
    if (size.count != null) {
      plan.fixedSize(size.count);
    } else {
      plan.shareOfOpen(size.share);
    }
    if (excludeAuditedWithin != null) {
      plan.auditedWithin(excludeAuditedWithin);
    }
    Sample sample = Sampler.draw(population, plan.build(), asOf, Seed.of(seed));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, toJson(sample));
    } else {
      printText(out, sample);
    }
    return 0;
  }

  private void checkColumns(List<CaseFile> population) {
    Set<String> columns = new TreeSet<>(List.of(SamplingPlan.CATEGORY, SamplingPlan.TEAM));
    population.forEach(c -> columns.addAll(c.attributes().keySet()));
    List<String> unknown = stratify.stream().filter(s -> !columns.contains(s))
        .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option"
          + " '--stratify': no column " + unknown + " in " + cases + "; expected some of " + columns);
    }
  }

  static ObjectNode toJson(Sample sample) {
    ObjectNode json = Json.object();
    ArrayNode selected = json.putArray("selected");
    sample.selectedIds().forEach(id -> selected.add(id.value()));
    ArrayNode strata = json.putArray("strata");
    for (StratumAllocation allocation : sample.allocations()) {
      ObjectNode stratum = strata.addObject();
      ObjectNode key = stratum.putObject("stratum");
      allocation.key().forEach(key::put);
      stratum.put("eligible", allocation.eligible());
      stratum.put("target", allocation.target());
      stratum.put("selected", allocation.selected());
    }
    ArrayNode excluded = json.putArray("excluded");
    for (Exclusion exclusion : sample.exclusions()) {
      ObjectNode e = excluded.addObject();
      e.put("case_id", exclusion.caseId().value());
      e.put("reason", reason(exclusion));
    }
    json.put("shortfall", sample.shortfall().map(Shortfall::missing).orElse(0));
    json.put("seed", sample.seed().value());
    json.put("algorithm", sample.algorithm());
    json.put("as_of", sample.asOf().toString());
    json.put("population", sample.populationSize());
    json.put("open", sample.openPopulation());
    json.put("eligible", sample.eligible());
    json.put("planned", sample.plannedSize());
    json.put("population_fingerprint", sample.populationFingerprint());
    return json;
  }

  static String reason(Exclusion exclusion) {
    return exclusion.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void printText(PrintWriter out, Sample sample) {
    out.printf("selected %d of %d eligible (%d open on %s), seed %s, %s%n", sample.selectedCount(),
        sample.eligible(), sample.openPopulation(), sample.asOf(), sample.seed(), sample.algorithm());
    sample.shortfall().ifPresent(s -> out.println("shortfall: " + s.describe()));
    for (StratumAllocation allocation : sample.allocations()) {
      if (!allocation.key().isEmpty()) {
        out.printf("  %-40s eligible %4d  selected %3d%n", stratum(allocation.key()),
            allocation.eligible(), allocation.selected());
      }
    }
    Map<String, Long> reasons = sample.exclusions().stream()
        .collect(Collectors.groupingBy(SampleCommand::reason, java.util.TreeMap::new,
            Collectors.counting()));
    reasons.forEach((reason, count) -> out.printf("excluded %d: %s%n", count, reason));
    for (CaseId id : sample.selectedIds()) {
      out.println(id.value());
    }
  }

  private static String stratum(Map<String, String> key) {
    return key.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
