package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.practiceaudit.core.sampling.StratumAllocation;
import org.practiceaudit.imports.annexa.AnnexA;
import org.practiceaudit.json.AuditJson;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
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

  @Option(
      names = "--cases",
      required = true,
      paramLabel = "FILE",
      description =
          "The cases: case_id,category,team,worker,opened_on,closed_on,last_audited_on,"
              + " further columns being attributes; or an Annex A workbook (recognised by its content),"
              + " read as 'audit import annex-a' reads it.")
  Path cases;

  @Mixin KeyFileOption key;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "DATE",
      description = "The date the sample is drawn on (ISO, such as 2026-11-02).")
  LocalDate asOf;

  @Option(names = "--seed", required = true, paramLabel = "N", description = "The random seed.")
  long seed;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Size size;

  /** At most one sample size; one is needed unless --plan gives it. */
  static final class Size {
    @Option(
        names = "--size",
        required = true,
        paramLabel = "N",
        description = "How many cases to select (overrides the plan's size).")
    Integer count;

    @Option(
        names = "--share",
        required = true,
        paramLabel = "X",
        description =
            "The share of open cases to select, ceil(X x open cases), counted before"
                + " exclusions; more than 0 and at most 1 (overrides the plan's size).")
    BigDecimal share;
  }

  @Option(
      names = "--stratify",
      split = ",",
      paramLabel = "COL",
      description =
          "Stratify by these columns (category, team or attribute columns), in proportion"
              + " (overrides the plan's strata).")
  List<String> stratify;

  @Option(
      names = "--min-per-stratum",
      paramLabel = "N",
      description =
          "At least this many cases from every stratum that has them (default: the plan's, or"
              + " 0).")
  Integer minPerStratum;

  @Option(
      names = "--exclude-audited-within",
      paramLabel = "PERIOD",
      description =
          "Leave out cases audited within this ISO-8601 period before --as-of, such as P6M"
              + " (overrides the plan's window).")
  Period excludeAuditedWithin;

  @Option(
      names = "--include-closed-within",
      paramLabel = "PERIOD",
      description =
          "Keep cases closed within this ISO-8601 period before --as-of eligible, such as P1M for"
              + " front-door contacts closed with no further action (overrides the plan's window).")
  Period includeClosedWithin;

  @Option(
      names = "--theme",
      paramLabel = "THEME",
      description =
          "Draw only cases whose theme column is this theme, such as the CSCP's theme for Camden's"
              + " multi-agency audits (overrides the plan's theme).")
  String theme;

  @ArgGroup(exclusive = false, multiplicity = "0..1")
  FrameworkPlan frameworkPlan;

  /** A sampling plan of a framework: --framework and --plan go together. */
  static final class FrameworkPlan {
    @Option(
        names = "--framework",
        required = true,
        paramLabel = "ID|FILE",
        description =
            "A bundled framework id (such as dudley) or a framework configuration file whose"
                + " sampling plan --plan names.")
    String framework;

    @Option(
        names = "--plan",
        required = true,
        paramLabel = "NAME",
        description =
            "Start from this sampling plan of the framework (its size, strata, minimum per"
                + " stratum, exclusion and closed-within windows, filters and worker coverage); --size or"
                + " --share, --stratify, --min-per-stratum, --exclude-audited-within and"
                + " --include-closed-within override its settings where given.")
    String plan;
  }

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "FILE.csv",
      description =
          "Also write the selected cases here, in sample order, ready for 'allocate --cases':"
              + " the rows of --cases with every column and the same header; from an Annex A workbook, the"
              + " cases as read (pseudonymised), in the cases format.")
  Path output;

  @CommandLine.Mixin Vocabulary vocabulary;

  @Mixin ProgressOption progressOption;

  @Override
  public Integer call() {
    if (size == null && frameworkPlan == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Missing required argument: one of"
              + " --size=N or --share=X, or --framework=ID|FILE --plan=NAME");
    }
    checkOptions();
    Optional<Frameworks.Loaded> loaded =
        Optional.ofNullable(frameworkPlan).map(f -> Frameworks.resolve(f.framework));
    loaded.ifPresent(l -> vocabulary.declaredBy(l.framework()));
    SamplingPlan plan = plan(loaded);
    Set<String> wanted = attributesRead(plan);
    InputProblems problems = new InputProblems();
    Progress progress = progressOption.start(spec.commandLine().getErr());
    progress.phase("reading cases");
    Optional<CasesCsv.Population> population =
        CaseSources.population(
            cases,
            Optional.of(asOf),
            key,
            wanted,
            plan.coverWorkers(),
            vocabulary,
            problems,
            progress);
    progress.done();
    vocabulary.warn(problems);
    problems.finish(spec.commandLine().getErr());
    checkColumns(population.orElseThrow().columns(), plan);
    Sample sample = Sampler.draw(population.get().population(), plan, asOf, Seed.of(seed));
    if (output != null) {
      writeSelected(sample, wanted);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (sample.selectedCount() > sample.plannedSize()) {
      spec.commandLine()
          .getErr()
          .printf(
              "warning: selected %d, more than the %d planned, because of the"
                  + " minimum per stratum%n",
              sample.selectedCount(), sample.plannedSize());
      spec.commandLine().getErr().flush();
    }
    if (json) {
      ObjectNode document = toJson(sample);
      if (frameworkPlan != null) {
        document.put("framework", frameworkPlan.framework);
      }
      Json.print(out, document);
    } else {
      printText(out, sample);
      if (output != null) {
        out.printf("wrote %s%n", output);
      }
    }
    return 0;
  }

  /** The attributes of the cases the plan reads: its strata, filters and theme. */
  private static Set<String> attributesRead(SamplingPlan plan) {
    Set<String> wanted = new TreeSet<>(plan.strata());
    wanted.addAll(plan.attributeFilters().keySet());
    wanted.removeAll(List.of(SamplingPlan.CATEGORY, SamplingPlan.TEAM));
    plan.theme().ifPresent(t -> wanted.add(SamplingPlan.THEME_ATTRIBUTE));
    return wanted;
  }

  /**
   * Writes the selected cases to {@code --out} in sample order (issue 18 item 6): a cases file's
   * own rows, every column as the file has it; a workbook's cases as read, in the cases format.
   */
  private void writeSelected(Sample sample, Set<String> wanted) {
    if (AnnexA.isWorkbook(cases)) {
      InputProblems problems = new InputProblems();
      List<CaseFile> population =
          CaseSources.read(
              cases,
              InvolvementsCsv.Involvements.none(),
              Optional.of(asOf),
              key,
              wanted,
              vocabulary,
              problems);
      problems.throwIfAny();
      Map<CaseId, CaseFile> byId = new java.util.HashMap<>();
      population.forEach(c -> byId.put(c.id(), c));
      CsvWriters.writeCases(
          output, sample.selectedIds().stream().map(byId::get).collect(Collectors.toList()));
      return;
    }
    CsvWriters.writeRows(
        output,
        CasesCsv.file(cases.toString()),
        "case_id",
        sample.selectedIds().stream().map(CaseId::value).collect(Collectors.toList()));
  }

  /** Every invalid option value is a usage error naming the option (issue 16 item 7). */
  private void checkOptions() {
    if (size != null && size.count != null && size.count < 1) {
      throw usage(
          "--size must be a whole number of 1 or more, for example 25; found " + size.count);
    }
    if (size != null
        && size.share != null
        && (size.share.signum() <= 0 || size.share.compareTo(BigDecimal.ONE) > 0)) {
      throw usage(
          "--share must be more than 0 and at most 1, for example 0.1; found "
              + size.share.toPlainString());
    }
    if (minPerStratum != null && minPerStratum < 0) {
      throw usage("--min-per-stratum must be 0 or more; found " + minPerStratum);
    }
    if (stratify != null) {
      Set<String> seen = new TreeSet<>();
      for (String column : stratify) {
        if (column.isBlank()) {
          throw usage(
              "--stratify has a blank column name; give column names joined by commas, such as"
                  + " category,team");
        }
        if (!seen.add(column)) {
          throw usage("--stratify names column '" + column + "' twice; give each column once");
        }
      }
    }
    if (excludeAuditedWithin != null
        && (excludeAuditedWithin.isNegative() || excludeAuditedWithin.isZero())) {
      throw usage("--exclude-audited-within must be a period longer than zero, for example P6M");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /**
   * The plan to draw with: the framework's plan, if --plan names one, with the options given on the
   * command line in place of its settings; otherwise a plan of the options alone.
   */
  private SamplingPlan plan(Optional<Frameworks.Loaded> loaded) {
    Optional<SamplingPlan> base = loaded.map(l -> l.samplingPlan(frameworkPlan.plan));
    ImmutableSamplingPlan.Builder plan =
        SamplingPlan.builder().name(base.map(SamplingPlan::name).orElse("command-line"));
    base.ifPresent(
        b ->
            plan.addAllCategories(b.categories())
                .addAllTeams(b.teams())
                .putAllAttributeFilters(b.attributeFilters())
                .excludeClosed(b.excludeClosed())
                .minimumSharePerStratum(b.minimumSharePerStratum())
                .addAllExcludedIds(b.excludedIds())
                .coverWorkers(b.coverWorkers()));
    if (size != null && size.count != null) {
      plan.fixedSize(size.count);
    } else if (size != null) {
      plan.shareOfOpen(size.share);
    } else {
      SamplingPlan b = base.orElseThrow();
      plan.fixedSize(b.fixedSize())
          .maximumSize(b.maximumSize())
          .shareOfOpen(b.shareOfOpen())
          .addAllStratumCounts(b.stratumCounts());
    }
    plan.addAllStrata(
        stratify != null ? stratify : base.map(SamplingPlan::strata).orElse(List.of()));
    plan.minimumPerStratum(
        minPerStratum != null
            ? minPerStratum
            : base.map(SamplingPlan::minimumPerStratum).orElse(0));
    Optional<Period> window =
        excludeAuditedWithin != null
            ? Optional.of(excludeAuditedWithin)
            : base.flatMap(SamplingPlan::auditedWithin);
    plan.auditedWithin(window);
    plan.includeClosedWithin(
        includeClosedWithin != null
            ? Optional.of(includeClosedWithin)
            : base.flatMap(SamplingPlan::includeClosedWithin));
    plan.theme(theme != null ? Optional.of(theme) : base.flatMap(SamplingPlan::theme));
    return plan.build();
  }

  private void checkColumns(Set<String> columns, SamplingPlan plan) {
    if (plan.theme().isPresent() && !columns.contains(SamplingPlan.THEME_ATTRIBUTE)) {
      throw new InputException(
          "sampling plan '"
              + plan.name()
              + "' draws cases on the theme '"
              + plan.theme().get()
              + "', but "
              + cases
              + " has no column '"
              + SamplingPlan.THEME_ATTRIBUTE
              + "'; expected some of "
              + columns);
    }
    List<String> unknown =
        plan.strata().stream().filter(s -> !columns.contains(s)).collect(Collectors.toList());
    if (unknown.isEmpty()) {
      return;
    }
    if (stratify != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Invalid value for option"
              + " '--stratify': no column "
              + unknown
              + " in "
              + cases
              + "; expected some of "
              + columns);
    }
    throw new InputException(
        "sampling plan '"
            + plan.name()
            + "' stratifies by "
            + unknown
            + ", but "
            + cases
            + " has no such column; expected some of "
            + columns
            + " (or give --stratify)");
  }

  /**
   * The sample in its one JSON form, audit-json's interchange {@code Sample}, unchanged; the
   * command adds only {@code framework} when a plan of a framework was drawn.
   */
  static ObjectNode toJson(Sample sample) {
    return (ObjectNode) AuditJson.mapper().valueToTree(sample);
  }

  /**
   * The exclusion's reason as the interchange form spells it, such as {@code
   * audited-within-window}.
   */
  static String reason(Exclusion exclusion) {
    return AuditJson.mapper().valueToTree(exclusion.reason()).asString();
  }

  private static void printText(PrintWriter out, Sample sample) {
    out.printf(
        "selected %d of %d eligible (%d open on %s), plan %s, seed %s, %s%n",
        sample.selectedCount(),
        sample.eligible(),
        sample.openPopulation(),
        sample.asOf(),
        sample.planName(),
        sample.seed(),
        sample.algorithm());
    sample.shortfall().ifPresent(s -> out.println("shortfall: " + s.describe()));
    if (sample.selectedCount() > sample.plannedSize()) {
      out.printf(
          "selected %d, more than the %d planned, because of the minimum per stratum%n",
          sample.selectedCount(), sample.plannedSize());
    }
    if (!sample.uncoveredWorkers().isEmpty()) {
      out.printf("workers without a selected case: %d%n", sample.uncoveredWorkers().size());
    }
    for (StratumAllocation allocation : sample.allocations()) {
      if (!allocation.key().isEmpty()) {
        out.printf(
            "  %-40s eligible %4d  selected %3d%n",
            stratum(allocation.key()), allocation.eligible(), allocation.selected());
      }
    }
    Map<String, Long> reasons =
        sample.exclusions().stream()
            .collect(
                Collectors.groupingBy(
                    SampleCommand::reason, java.util.TreeMap::new, Collectors.counting()));
    reasons.forEach((reason, count) -> out.printf("excluded %d: %s%n", count, reason));
    for (CaseId id : sample.selectedIds()) {
      out.println(id.value());
    }
  }

  private static String stratum(Map<String, String> key) {
    return key.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
