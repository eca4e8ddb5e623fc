package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.ListRead;
import org.practiceaudit.imports.annexa.AnnexA;
import org.practiceaudit.imports.ssda903.Ssda903;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code audit import}: a council's Annex A workbook or SSDA903 return into a cases file. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a dataset the council already produces into a cases file, keeping only what sampling needs:"
          + " workers' names become keyed pseudonyms, dates of birth age bands, and no name, date of birth"
          + " or free text is written or printed."
    },
    subcommands = {ImportCommand.AnnexACommand.class, ImportCommand.Ssda903Command.class})
final class ImportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command; expected one of " + spec.subcommands().keySet());
  }

  /** The options every import takes. */
  static final class Output {
    @Option(
        names = "--as-of",
        required = true,
        paramLabel = "DATE",
        description =
            "The day the import is as of (ISO, such as 2026-03-31): ages are counted to it, and"
                + " SSDA903's current period of care and social worker are the ones on it.")
    LocalDate asOf;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE.csv",
        description =
            "The cases file to write: case_id,category,team,worker,opened_on,closed_on,"
                + "last_audited_on and the attributes asked for. Written whole or not at all.")
    Path out;

    @Option(
        names = "--attributes",
        split = ",",
        paramLabel = "NAME",
        description = "Attributes to keep, such as age-band,legal-status (default: none).")
    List<String> attributes = List.of();

    @Mixin KeyFileOption key;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    ImportOptions options() {
      return ImportOptions.builder()
          .asOf(asOf)
          .pseudonyms(key.pseudonyms())
          .addAllAttributes(attributes)
          .build();
    }

    /** Writes the cases file and prints what was read. */
    int write(ImportResult result, PrintWriter out, PrintWriter err) {
      CsvWriters.writeCases(this.out, result.cases());
      if (json) {
        Json.print(out, toJson(result, this.out));
        return 0;
      }
      for (ListRead list : result.lists()) {
        out.printf(
            "read %s: %s (%s)%n",
            list.list(), Plurals.count(list.rows(), "row", "rows"), list.source());
      }
      StringBuilder categories = new StringBuilder();
      for (Map.Entry<CaseCategory, Integer> entry : result.categories().entrySet()) {
        categories
            .append(categories.length() == 0 ? "" : ", ")
            .append(entry.getKey().id())
            .append(' ')
            .append(entry.getValue());
      }
      out.println("cases by category: " + (categories.length() == 0 ? "none" : categories));
      if (result.skippedRows() > 0) {
        out.println("skipped " + Plurals.count(result.skippedRows(), "row", "rows") + ":");
        result.skipped().forEach((reason, count) -> out.printf("  %d %s%n", count, reason));
      }
      result
          .valuesLeftOut()
          .forEach(
              (attribute, count) ->
                  out.printf(
                      "left out %s of %s: not short codes%n",
                      Plurals.count(count, "value", "values"), attribute));
      result.warnings().forEach(w -> err.println("warning: " + w));
      out.printf(
          "wrote %s to %s%n", Plurals.count(result.cases().size(), "case", "cases"), this.out);
      return 0;
    }

    private static ObjectNode toJson(ImportResult result, Path out) {
      ObjectNode json = Json.object();
      ArrayNode lists = json.putArray("lists");
      for (ListRead list : result.lists()) {
        lists
            .addObject()
            .put("list", list.list())
            .put("source", list.source())
            .put("rows", list.rows());
      }
      ObjectNode categories = json.putObject("categories");
      result.categories().forEach((category, count) -> categories.put(category.id(), count));
      ObjectNode skipped = json.putObject("skipped");
      result.skipped().forEach(skipped::put);
      ObjectNode leftOut = json.putObject("values_left_out");
      result.valuesLeftOut().forEach(leftOut::put);
      ArrayNode warnings = json.putArray("warnings");
      result.warnings().forEach(warnings::add);
      json.put("cases", result.cases().size());
      json.put("out", out.toString());
      return json;
    }
  }

  /** {@code audit import annex-a}. */
  @Command(
      name = "annex-a",
      mixinStandardHelpOptions = true,
      description = {
        "Reads Ofsted's Annex A lists (an .xlsx workbook, a folder of CSV lists or one CSV list): List 6 is"
            + " the spine, Lists 7 and 8 are joined by child id. Prints the rows read per list, the cases"
            + " per category and the rows skipped by reason (counted, never shown)."
      })
  static final class AnnexACommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description =
            "The Annex A workbook (.xlsx, recognised by its content), folder or CSV file.")
    Path file;

    @Mixin Output output;

    @Override
    public Integer call() {
      ImportResult result = AnnexA.read(file, output.options());
      return output.write(result, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }

  /** {@code audit import ssda903}. */
  @Command(
      name = "ssda903",
      mixinStandardHelpOptions = true,
      description = {
        "Reads an SSDA903 return of children looked after (CSV files, dates DD/MM/YYYY) as of a day: each"
            + " child's current period of care, and the social worker on that day."
      })
  static final class Ssda903Command implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--header",
        required = true,
        paramLabel = "FILE.csv",
        description = "The Header file: CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB.")
    Path header;

    @Option(
        names = "--episodes",
        required = true,
        paramLabel = "FILE.csv",
        description = "The Episodes file: CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,...")
    Path episodes;

    @Option(
        names = "--social-workers",
        paramLabel = "FILE.csv",
        description = "The Social worker episodes file: CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON.")
    Path socialWorkers;

    @Mixin Output output;

    @Override
    public Integer call() {
      ImportResult result =
          Ssda903.read(header, episodes, Optional.ofNullable(socialWorkers), output.options());
      return output.write(result, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }
}
