package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.region.Figure;
import org.practiceaudit.core.region.PartFigures;
import org.practiceaudit.core.region.RegionalComparison;
import org.practiceaudit.core.region.SmallCountSuppression;
import org.practiceaudit.core.report.AggregateState;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.html.HtmlReport;
import org.practiceaudit.json.AuditJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regional merge (issue 15 item 6): a report's part written as its aggregate snapshot (sums and
 * counts only, no audit and no case), and parts merged into the report of the whole, with each part
 * beside it.
 *
 * <p>A part file is one JSON document: {@code part} (its name, such as a council or a team), {@code
 * framework}, {@code framework_version}, {@code as_of} (the report day), {@code cohort_attributes}
 * and {@code aggregate}, audit-json's interchange form of {@link AggregateState}. Parts merge only
 * when they share framework, version, report day and cohorts; otherwise the merge is refused,
 * naming the difference.
 */
final class RegionalReports {

  /**
   * The figures of a row of the comparison, in table order; shares and the average go between them.
   */
  private static final List<Figure> TIMELINESS =
      List.of(
          Figure.AUDITS,
          Figure.COMPLETED,
          Figure.COMPLETED_ON_TIME,
          Figure.COMPLETED_LATE,
          Figure.OVERDUE,
          Figure.PENDING);

  private RegionalReports() {}

  /** A part read from its file. */
  record Part(
      String file,
      String name,
      String framework,
      String frameworkVersion,
      LocalDate asOf,
      List<String> cohorts,
      AggregateState state) {}

  /** Parts merged: the framework, the report day, each part's aggregate and the whole's. */
  record Merged(
      AuditFramework framework,
      LocalDate asOf,
      List<String> names,
      List<AuditReport> parts,
      AuditReport whole) {}

  /**
   * Writes a part: the aggregate's snapshot with what it was computed against.
   *
   * @throws InputException if the file cannot be written
   */
  static void writePart(
      Path file,
      String name,
      AuditFramework framework,
      LocalDate asOf,
      List<String> cohorts,
      ReportAggregate aggregate) {
    ObjectNode part = Json.object();
    part.put("part", name);
    part.put("framework", framework.id());
    part.put("framework_version", framework.version());
    part.put("as_of", asOf.toString());
    ArrayNode attributes = part.putArray("cohort_attributes");
    cohorts.forEach(attributes::add);
    part.set("aggregate", AuditJson.mapper().valueToTree(aggregate.snapshot()));
    TextFiles.write(file, Json.toText(part) + "\n");
  }

  /**
   * Reads a part, saying in plain words what is wrong with a file that is not one.
   *
   * @throws InputException if the file cannot be read or is not a part
   */
  static Part readPart(Path path) {
    String file = path.toString();
    String text = TextFiles.read(file, "report part");
    JsonNode json;
    try {
      json = AuditJson.mapper().readTree(text);
    } catch (JacksonException e) {
      throw new InputException(
          file + ": is not JSON; expected a report part written by 'report" + " --aggregate-out'");
    }
    for (String field :
        List.of(
            "part", "framework", "framework_version", "as_of", "cohort_attributes", "aggregate")) {
      if (json == null || !json.isObject() || !json.has(field)) {
        throw new InputException(
            file
                + ": has no field '"
                + field
                + "'; expected a report part written by"
                + " 'report --aggregate-out'");
      }
    }
    String name = json.get("part").asString();
    if (name.isBlank() || !Cells.TEAM.matcher(name).matches()) {
      throw new InputException(
          file
              + ": the part's name is not a name a part may have; expected letters,"
              + " digits, spaces and & ' ( ) , . / -");
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(json.get("as_of").asString());
    } catch (DateTimeParseException e) {
      throw new InputException(
          file + ": as_of is not a date; expected an ISO date such as 2026-11-30");
    }
    List<String> cohorts = new ArrayList<>();
    json.get("cohort_attributes").forEach(c -> cohorts.add(c.asString()));
    AggregateState state;
    try {
      state = AuditJson.mapper().treeToValue(json.get("aggregate"), AggregateState.class);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new InputException(
          file
              + ": the aggregate is not a consistent report aggregate; write the part"
              + " again with 'report --aggregate-out'");
    }
    return new Part(
        file,
        name,
        json.get("framework").asString(),
        json.get("framework_version").asString(),
        asOf,
        List.copyOf(cohorts),
        state);
  }

  /**
   * Merges parts into the report of the whole.
   *
   * @param framework the framework given with {@code --framework}, if any; otherwise the bundled
   *     framework the parts name
   * @throws InputException if the parts differ in framework, version, report day or cohorts, share
   *     a name, or do not fit the framework, naming the difference
   */
  static Merged merge(List<Path> files, Optional<Frameworks.Loaded> framework) {
    List<Part> parts = new ArrayList<>();
    files.forEach(f -> parts.add(readPart(f)));
    Part first = parts.get(0);
    requireMergeable(parts);
    AuditFramework resolved =
        framework.orElseGet(() -> Frameworks.resolve(first.framework())).framework();
    if (!resolved.id().equals(first.framework())
        || !resolved.version().equals(first.frameworkVersion())) {
      throw new InputException(
          "the parts were made under framework "
              + first.framework()
              + " "
              + first.frameworkVersion()
              + ", not "
              + resolved.id()
              + " "
              + resolved.version()
              + " as --framework"
              + " gives");
    }
    ReportSpec spec = Reports.spec(resolved, first.asOf(), first.cohorts());
    ReportAggregate whole = ReportAggregate.empty(spec);
    List<AuditReport> reports = new ArrayList<>();
    List<String> partNames = new ArrayList<>();
    for (Part part : parts) {
      ReportAggregate aggregate;
      try {
        aggregate = ReportAggregate.from(spec, part.state());
      } catch (IllegalArgumentException e) {
        throw new InputException(
            part.file()
                + ": does not fit framework "
                + resolved.id()
                + " "
                + resolved.version()
                + ": "
                + e.getMessage());
      }
      whole = whole.merge(aggregate);
      reports.add(aggregate.toReport());
      partNames.add(part.name());
    }
    return new Merged(
        resolved, first.asOf(), List.copyOf(partNames), List.copyOf(reports), whole.toReport());
  }

  /**
   * Requires the parts to have distinct names and the same framework, day and cohorts as the first.
   */
  private static void requireMergeable(List<Part> parts) {
    Part first = parts.get(0);
    Map<String, String> names = new HashMap<>();
    for (Part part : parts) {
      String earlier = names.putIfAbsent(part.name(), part.file());
      if (earlier != null) {
        throw new InputException(
            part.file()
                + ": part '"
                + part.name()
                + "' again (first in "
                + earlier
                + "); give each part its own name with 'report --aggregate-out FILE --part-name NAME'");
      }
      if (!part.framework().equals(first.framework())
          || !part.frameworkVersion().equals(first.frameworkVersion())) {
        throw new InputException(
            "cannot merge parts made under different frameworks: "
                + first.file()
                + " under "
                + first.framework()
                + " "
                + first.frameworkVersion()
                + ", "
                + part.file()
                + " under "
                + part.framework()
                + " "
                + part.frameworkVersion());
      }
      if (!part.asOf().equals(first.asOf())) {
        throw new InputException(
            "cannot merge parts reported as of different days: "
                + first.file()
                + " as of "
                + first.asOf()
                + ", "
                + part.file()
                + " as of "
                + part.asOf()
                + "; report every part with the same"
                + " --as-of");
      }
      if (!part.cohorts().equals(first.cohorts())) {
        throw new InputException(
            "cannot merge parts comparing different cohorts: "
                + first.file()
                + " "
                + first.cohorts()
                + ", "
                + part.file()
                + " "
                + part.cohorts()
                + "; report every part with the same"
                + " --cohort");
      }
    }
  }

  /** Each part beside the whole, under the rule. */
  static RegionalComparison compare(Merged merged, SmallCountSuppression rule) {
    List<PartFigures> parts = new ArrayList<>();
    for (int i = 0; i < merged.parts().size(); i++) {
      parts.add(PartFigures.of(merged.names().get(i), merged.parts().get(i)));
    }
    return RegionalComparison.of(parts, PartFigures.of("whole", merged.whole()), rule);
  }

  /**
   * The merged report as one JSON document: without suppression the report of the whole as {@code
   * report} prints it, then {@code parts} and {@code comparison}; under a small-count rule only
   * {@code framework}, {@code framework_version}, {@code as_of}, {@code parts}, {@code
   * suppress_below}, {@code suppression} and {@code comparison}, with {@code null} for each figure
   * not published.
   */
  static ObjectNode toJson(Merged merged, RegionalComparison comparison) {
    boolean suppressed = comparison.rule().isActive();
    ObjectNode json;
    if (suppressed) {
      json = Json.object();
      json.put("framework", merged.framework().id());
      json.put("framework_version", merged.framework().version());
      json.put("as_of", merged.asOf().toString());
    } else {
      json = Reports.toJson(merged.framework(), merged.whole());
    }
    ArrayNode names = json.putArray("parts");
    merged.names().forEach(names::add);
    if (suppressed) {
      json.put("suppress_below", comparison.rule().threshold());
      json.put("suppression", HtmlReport.suppressionNote(comparison.rule()));
    }
    ArrayNode rows = json.putArray("comparison");
    List<PartFigures> figures = comparison.rows();
    for (int r = 0; r < figures.size(); r++) {
      ObjectNode row = rows.addObject();
      boolean whole = r == figures.size() - 1;
      row.put("part", whole ? "whole" : figures.get(r).name());
      row.put("whole", whole);
      for (Figure figure : Figure.values()) {
        OptionalLong value = comparison.published(r, figure);
        if (value.isPresent()) {
          row.put(figure.id(), value.getAsLong());
        } else {
          row.putNull(figure.id());
        }
      }
      share(row, "compliance", comparison.compliance(r));
      share(row, "good_or_better_share", comparison.goodOrBetter(r));
      share(row, "average", comparison.average(r));
    }
    return json;
  }

  private static void share(ObjectNode row, String name, OptionalDouble value) {
    if (value.isPresent()) {
      row.put(name, Math.round(value.getAsDouble() * 10_000) / 10_000.0);
    } else {
      row.putNull(name);
    }
  }

  /**
   * The merged report in words: the whole's summary unless suppressed, then the parts beside it.
   */
  static void printText(PrintWriter out, Merged merged, RegionalComparison comparison) {
    boolean suppressed = comparison.rule().isActive();
    if (suppressed) {
      out.printf(
          "report: framework %s %s, as of %s%n",
          merged.framework().id(), merged.framework().version(), merged.asOf());
    } else {
      Reports.printSummary(out, merged.framework(), merged.whole());
    }
    out.printf(
        "merged from %s: %s%n",
        Plurals.count(merged.names().size(), "part", "parts"), String.join(", ", merged.names()));
    out.printf(
        "%-20s %7s %9s %7s %5s %7s %11s %10s %7s %6s %5s %6s %11s %12s%n",
        "part",
        "audits",
        "completed",
        "on time",
        "late",
        "overdue",
        "not yet due",
        "compliance",
        "average",
        "graded",
        "good+",
        "good%",
        "escalations",
        "open actions");
    List<PartFigures> rows = comparison.rows();
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = cells(comparison, r, rows);
      out.printf(
          "%-20s %7s %9s %7s %5s %7s %11s %10s %7s %6s %5s %6s %11s %12s%n", cells.toArray());
    }
    if (suppressed) {
      out.println(HtmlReport.suppressionNote(comparison.rule()));
    }
  }

  /** The cells of one row of the text table: a part, or the whole on the last row. */
  private static List<String> cells(RegionalComparison comparison, int r, List<PartFigures> rows) {
    List<String> cells = new ArrayList<>();
    cells.add(r == rows.size() - 1 ? "whole" : rows.get(r).name());
    for (Figure figure : TIMELINESS) {
      cells.add(count(comparison.published(r, figure)));
    }
    cells.add(
        percent(
            comparison.compliance(r),
            comparison.isHidden(r, Figure.COMPLETED_ON_TIME)
                || comparison.isHidden(r, Figure.AUDITS)));
    cells.add(
        comparison.isHidden(r, Figure.SCORED_AUDITS)
            ? HtmlReport.SUPPRESSED
            : comparison.average(r).isPresent()
                ? String.format(Locale.ROOT, "%.2f", comparison.average(r).getAsDouble())
                : "n/a");
    cells.add(count(comparison.published(r, Figure.GRADED)));
    cells.add(count(comparison.published(r, Figure.GOOD_OR_BETTER)));
    cells.add(
        percent(
            comparison.goodOrBetter(r),
            comparison.isHidden(r, Figure.GOOD_OR_BETTER)
                || comparison.isHidden(r, Figure.GRADED)));
    cells.add(count(comparison.published(r, Figure.ESCALATIONS_RAISED)));
    cells.add(count(comparison.published(r, Figure.ACTIONS_OUTSTANDING)));
    return cells;
  }

  private static String count(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : HtmlReport.SUPPRESSED;
  }

  private static String percent(OptionalDouble value, boolean hidden) {
    return hidden
        ? HtmlReport.SUPPRESSED
        : value.isPresent()
            ? String.format(Locale.ROOT, "%.1f%%", 100 * value.getAsDouble())
            : "n/a";
  }
}
