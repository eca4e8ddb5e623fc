package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the README's month, step by step (issue 18 item 6), through picocli exactly as the README
 * writes it, with {@code target/month} in a temporary folder: demo, sample, allocate, check,
 * report.
 */
final class ReadmeTourTest {

  private static final String HEADING = "### A month, step by step";

  @TempDir static Path dir;

  private static final Map<String, Cli.Result> results = new LinkedHashMap<>();

  @BeforeAll
  static void runTheTour() throws IOException {
    for (List<String> command : commands(Files.readString(Path.of("..", "README.md")))) {
      List<String> args =
          command.subList(1, command.size()).stream()
              .map(a -> a.replace("target/month", dir.toString()))
              .collect(Collectors.toList());
      results.put(args.get(0), Cli.run(args.toArray(String[]::new)));
    }
  }

  /** The lines of the section's shell block, continuation lines joined. */
  private static List<String> block(String readme) {
    String section = readme.substring(readme.indexOf(HEADING));
    String block = section.substring(section.indexOf("```sh\n") + 6);
    return Arrays.asList(block.substring(0, block.indexOf("```")).replace("\\\n", " ").split("\n"));
  }

  /** The {@code $J ...} lines of the section's shell block. */
  static List<List<String>> commands(String readme) {
    List<List<String>> commands = new ArrayList<>();
    for (String line : block(readme)) {
      if (line.startsWith("$J ")) {
        commands.add(Arrays.asList(line.trim().split("\\s+")));
      }
    }
    return commands;
  }

  @Test
  void readme_everyOutputLine_printedByItsCommand() throws IOException {
    String command = null;
    int checked = 0;
    for (String line : block(Files.readString(Path.of("..", "README.md")))) {
      if (line.startsWith("$J ")) {
        command = line.split("\\s+")[1];
      } else if (line.startsWith("# ") && command != null) {
        Cli.Result result = results.get(command);
        String printed = line.substring(2).replace("target/month", dir.toString());
        assertThat((result.out() + result.err()).lines()).as(command).contains(printed);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(10);
  }

  private static JsonNode read(String text) {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void tour_everyStep_exitZero() {
    assertThat(results.keySet()).containsExactly("demo", "sample", "allocate", "check", "report");
    results.forEach(
        (command, result) ->
            assertThat(result.exitCode()).as(command + ": " + result.err()).isZero());
  }

  @Test
  void sample_out_theSelectedRowsOfTheCasesFileInSampleOrder() throws IOException {
    List<String> cases = Files.readAllLines(dir.resolve("cases.csv"));
    List<String> sample = Files.readAllLines(dir.resolve("sample.csv"));
    List<String> printed =
        results
            .get("sample")
            .out()
            .lines()
            .filter(l -> l.matches("SYN-\\d+"))
            .collect(Collectors.toList());

    assertThat(sample.get(0)).isEqualTo(cases.get(0));
    assertThat(sample.subList(1, sample.size()))
        .hasSize(25)
        .allSatisfy(row -> assertThat(cases).contains(row));
    assertThat(
            sample.subList(1, sample.size()).stream()
                .map(r -> r.substring(0, r.indexOf(',')))
                .collect(Collectors.toList()))
        .isEqualTo(printed);
  }

  @Test
  void allocate_out_theAuditorsOfTheDemosAudits() throws IOException {
    List<String> allocation = Files.readAllLines(dir.resolve("allocation.csv"));
    List<String> audits = Files.readAllLines(dir.resolve("audits.csv"));
    List<String> fromAudits =
        audits.subList(1, audits.size()).stream()
            .map(r -> Arrays.asList(r.split(",")).subList(1, 3))
            .map(p -> String.join(",", p))
            .sorted()
            .collect(Collectors.toList());

    assertThat(allocation.get(0)).isEqualTo("case_id,auditor_id");
    assertThat(
            allocation.subList(1, allocation.size()).stream().sorted().collect(Collectors.toList()))
        .hasSize(25)
        .isEqualTo(fromAudits);
    assertThat(results.get("allocate").err())
        .startsWith(
            "warning: "
                + dir.resolve("involvements.csv")
                + ": left out the involvements of 1975 cases not in "
                + dir.resolve("sample.csv"));
  }

  @Test
  void report_ofTheAuditsJsonl_theDemosReport() throws IOException {
    ObjectNode demo = (ObjectNode) read(Files.readString(dir.resolve("report.json")));
    demo.remove("synthetic");
    demo.remove("seed");
    Cli.Result json =
        Cli.run(
            "report",
            "--framework",
            "dudley",
            "--audits",
            dir.resolve("audits.jsonl").toString(),
            "--as-of",
            "2026-11-30",
            "--cohort",
            "category,team",
            "--json");

    demo.properties()
        .forEach(
            e -> assertThat(json.json().get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue()));
    assertThat(json.json().size()).isEqualTo(demo.size());
    assertThat(results.get("report").out()).contains("audits: 25 allocated, 21 completed");
  }

  @Test
  void check_ofTheAuditsJsonl_everyCompletedAuditMayComplete() {
    String out = results.get("check").out();

    assertThat(out).contains("check: framework dudley 2017-08, as of 2026-11-30");
    assertThat(out.lines().filter(l -> l.startsWith("audit SYN-A")).count()).isEqualTo(25);
  }

  @Test
  void demo_auditsCsv_readBackWithTheSameCoreFigures() throws IOException {
    Cli.Result csv =
        Cli.run(
            "report",
            "--framework",
            "dudley",
            "--audits",
            dir.resolve("audits.csv").toString(),
            "--as-of",
            "2026-11-30",
            "--json");
    JsonNode demo = read(Files.readString(dir.resolve("report.json")));

    assertThat(csv.exitCode()).as(csv.err()).isZero();
    for (String field :
        List.of("audits", "completed", "compliance_detail", "domains", "grades", "average")) {
      assertThat(csv.json().get(field)).as(field).isEqualTo(demo.get(field));
    }
  }
}
