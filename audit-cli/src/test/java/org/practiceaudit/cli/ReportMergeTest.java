package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code report --aggregate-out} and {@code report --merge} (issue 15 item 6), on the demo's month.
 */
final class ReportMergeTest {

  @TempDir static Path dir;

  /** The demo month's audits, one interchange JSON line each, with the team each belongs to. */
  private static final Map<String, List<String>> BY_TEAM = new LinkedHashMap<>();

  private static final List<String> LINES = new ArrayList<>();

  @BeforeAll
  static void demoMonth() throws IOException {
    assertThat(Cli.run("demo", "--out", dir.toString()).exitCode()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    for (String line : Files.readAllLines(dir.resolve("audits.jsonl"))) {
      LINES.add(line);
      String team = mapper.readTree(line).get("attributes").get("team").asString();
      BY_TEAM.computeIfAbsent(team, t -> new ArrayList<>()).add(line);
    }
  }

  private static String write(String name, List<String> lines) {
    try {
      Path file = dir.resolve(name);
      Files.write(file, lines);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Cli.Result report(String audits, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--framework",
                "dudley",
                "--audits",
                audits,
                "--as-of",
                "2026-11-30",
                "--cohort",
                "category,team"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /** The part of each team, written with --aggregate-out. */
  private static List<String> teamParts() {
    List<String> parts = new ArrayList<>();
    BY_TEAM.forEach(
        (team, lines) -> {
          String slug = team.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
          String part = dir.resolve(slug + ".part.json").toString();
          Cli.Result result =
              report(write(slug + ".jsonl", lines), "--aggregate-out", part, "--part-name", team);
          assertThat(result.exitCode()).as(result.err()).isZero();
          parts.add(part);
        });
    return parts;
  }

  private static Cli.Result merge(List<String> parts, String... more) {
    List<String> args = new ArrayList<>(List.of("report", "--merge"));
    args.addAll(parts);
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static ObjectNode withoutMergeFields(JsonNode merged) {
    ObjectNode copy = (ObjectNode) merged.deepCopy();
    copy.remove("parts");
    copy.remove("comparison");
    return copy;
  }

  @Nested
  final class Merge {

    @Test
    void merge_perTeamParts_theReportOfAllTheAudits() {
      Cli.Result merged = merge(teamParts(), "--json");
      Cli.Result whole = report(dir.resolve("audits.jsonl").toString(), "--json");

      assertThat(merged.exitCode()).as(merged.err()).isZero();
      assertThat(withoutMergeFields(merged.json())).isEqualTo(whole.json());
      assertThat(merged.json().get("parts")).hasSize(BY_TEAM.size());
    }

    /** The law over any split of the month's audits into parts, through the command line. */
    @Test
    void merge_anySplitIntoParts_theReportOfAllTheAudits() {
      JsonNode whole = report(dir.resolve("audits.jsonl").toString(), "--json").json();
      qt().withFixedSeed(20261207L)
          .withExamples(8)
          .forAll(SyntheticGens.splits(Generate.constant(LINES), 1, 5))
          .checkAssert(
              pair -> {
                // a part is a file of audits: parts left empty by the split are not sent
                List<List<String>> split =
                    pair._2.stream().filter(part -> !part.isEmpty()).toList();
                int k = split.size();
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                  String part = dir.resolve("split-" + i + ".json").toString();
                  Cli.Result result =
                      report(
                          write("split-" + i + ".jsonl", split.get(i)),
                          "--aggregate-out",
                          part,
                          "--part-name",
                          "part " + i);
                  assertThat(result.exitCode()).as(result.err()).isZero();
                  parts.add(part);
                }
                Cli.Result merged = merge(parts, "--json");
                assertThat(merged.exitCode()).as(merged.err()).isZero();
                assertThat(withoutMergeFields(merged.json())).isEqualTo(whole);
              });
    }

    @Test
    void merge_comparison_partsAddUpToTheWhole() {
      JsonNode comparison = merge(teamParts(), "--json").json().get("comparison");

      JsonNode whole = comparison.get(comparison.size() - 1);
      assertThat(whole.get("part").asString()).isEqualTo("whole");
      long audits = 0;
      for (int i = 0; i < comparison.size() - 1; i++) {
        audits += comparison.get(i).get("audits").asLong();
      }
      assertThat(audits).isEqualTo(whole.get("audits").asLong()).isEqualTo(25);
    }

    @Test
    void merge_text_summaryThenEachPartBesideTheWhole() {
      Cli.Result result = merge(teamParts());

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out())
          .startsWith("report: framework dudley 2017-08, as of 2026-11-30")
          .contains("merged from 10 parts: Assessment North, ")
          .containsPattern("(?m)^whole\\s+25\\s+21\\s+21\\s+0\\s+0\\s+4\\s+84\\.0%");
    }

    @Test
    void merge_html_tableWithCaptionAndScopedHeadersThenTheWhole() throws IOException {
      Path html = dir.resolve("region.html");
      Cli.Result result = merge(teamParts(), "--html", html.toString());

      assertThat(result.exitCode()).as(result.err()).isZero();
      String page = Files.readString(html);
      assertThat(page)
          .contains("<caption>Each part beside the whole</caption>")
          .contains("<th scope=\"row\">Assessment North</th>")
          .contains("<h2>The whole</h2>")
          .doesNotContain("[c]");
    }
  }

  @Nested
  final class Suppression {

    @Test
    void suppressBelow_json_smallCountsNullAndOnlyTheTable() {
      JsonNode json = merge(teamParts(), "--suppress-below", "5", "--json").json();

      assertThat(json.get("suppress_below").asInt()).isEqualTo(5);
      assertThat(json.get("suppression").asString())
          .contains("counts from 1 to 4 are not published");
      assertThat(json.has("domains")).isFalse();
      assertThat(json.has("cohorts")).isFalse();
      for (JsonNode row : json.get("comparison")) {
        for (String figure :
            List.of(
                "audits",
                "completed",
                "completed_on_time",
                "overdue",
                "pending",
                "graded",
                "good_or_better",
                "escalations_raised",
                "actions_outstanding")) {
          JsonNode value = row.get(figure);
          assertThat(value.isNull() || value.asLong() == 0 || value.asLong() >= 5)
              .as(row.get("part") + " " + figure + " " + value)
              .isTrue();
        }
        if (row.get("completed_on_time").isNull()) {
          assertThat(row.get("compliance").isNull()).isTrue();
        }
      }
      JsonNode whole = json.get("comparison").get(json.get("comparison").size() - 1);
      assertThat(whole.get("audits").asLong()).isEqualTo(25);
    }

    @Test
    void suppressBelow_htmlAndText_sayWhatIsSuppressed() throws IOException {
      Path html = dir.resolve("published.html");
      Cli.Result result = merge(teamParts(), "--suppress-below", "5", "--html", html.toString());

      assertThat(result.exitCode()).isZero();
      assertThat(result.out())
          .contains("[c]")
          .contains("Small counts are suppressed for publication")
          .doesNotContain("average domain score");
      String page = Files.readString(html);
      assertThat(page)
          .contains("[c]")
          .contains("Small counts are suppressed for publication")
          .doesNotContain("<h2>The whole</h2>");
    }

    @Test
    void suppressBelow_zero_usageError2() {
      Cli.Result result = merge(teamParts(), "--suppress-below", "0");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err())
          .contains(
              "--suppress-below must be a whole number of 1 or more, for example 5;" + " found 0");
    }

    @Test
    void suppressBelow_withoutMerge_usageError2() {
      Cli.Result result = report(dir.resolve("audits.jsonl").toString(), "--suppress-below", "5");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err())
          .contains("--suppress-below applies to the published report of --merge");
    }
  }

  @Nested
  final class Refusals {

    @Test
    void merge_partsAsOfDifferentDays_refusedNamingBoth() {
      String a = dir.resolve("a.json").toString();
      String b = dir.resolve("b.json").toString();
      report(dir.resolve("audits.jsonl").toString(), "--aggregate-out", a, "--part-name", "a");
      Cli.run(
          "report",
          "--framework",
          "dudley",
          "--audits",
          dir.resolve("audits.jsonl").toString(),
          "--as-of",
          "2026-12-31",
          "--cohort",
          "category,team",
          "--aggregate-out",
          b,
          "--part-name",
          "b");

      Cli.Result result = merge(List.of(a, b));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains(
              "cannot merge parts reported as of different days: "
                  + a
                  + " as of 2026-11-30, "
                  + b
                  + " as of 2026-12-31");
    }

    @Test
    void merge_partsOfDifferentFrameworks_refusedNamingBoth() throws IOException {
      String a = dir.resolve("dudley.json").toString();
      String b = dir.resolve("hillingdon.json").toString();
      report(dir.resolve("audits.jsonl").toString(), "--aggregate-out", a, "--part-name", "a");
      Path empty = dir.resolve("empty.jsonl");
      Files.writeString(empty, "");
      Cli.Result other =
          Cli.run(
              "report",
              "--framework",
              "hillingdon",
              "--audits",
              empty.toString(),
              "--as-of",
              "2026-11-30",
              "--aggregate-out",
              b,
              "--part-name",
              "b");
      assertThat(other.exitCode()).as(other.err()).isZero();

      Cli.Result result = merge(List.of(a, b));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains(
              "cannot merge parts made under different frameworks: "
                  + a
                  + " under dudley 2017-08, "
                  + b
                  + " under hillingdon ");
    }

    @Test
    void merge_partsComparingDifferentCohorts_refused() {
      String a = dir.resolve("cohorts-a.json").toString();
      String b = dir.resolve("cohorts-b.json").toString();
      report(dir.resolve("audits.jsonl").toString(), "--aggregate-out", a, "--part-name", "a");
      Cli.run(
          "report",
          "--framework",
          "dudley",
          "--audits",
          dir.resolve("audits.jsonl").toString(),
          "--as-of",
          "2026-11-30",
          "--aggregate-out",
          b,
          "--part-name",
          "b");

      Cli.Result result = merge(List.of(a, b));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains(
              "cannot merge parts comparing different cohorts: "
                  + a
                  + " [category, team], "
                  + b
                  + " []");
    }

    @Test
    void merge_twoPartsOfOneName_refused() {
      String a = dir.resolve("same-a.json").toString();
      String b = dir.resolve("same-b.json").toString();
      report(dir.resolve("audits.jsonl").toString(), "--aggregate-out", a, "--part-name", "Camden");
      report(dir.resolve("audits.jsonl").toString(), "--aggregate-out", b, "--part-name", "Camden");

      Cli.Result result = merge(List.of(a, b));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains(b + ": part 'Camden' again (first in " + a + ")");
    }

    @Test
    void merge_fileThatIsNotAPart_refusedInPlainWords() throws IOException {
      Path notPart = dir.resolve("not-a-part.json");
      Files.writeString(notPart, "{\"audits\": 3}");

      Cli.Result result = merge(List.of(notPart.toString()));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains(
              notPart
                  + ": has no field 'part'; expected a report part written by"
                  + " 'report --aggregate-out'");
    }

    @Test
    void merge_withAudits_usageError2() {
      Cli.Result result = Cli.run("report", "--merge", "a.json", "--audits", "x.csv");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains("--merge takes the report day and cohorts from its parts");
    }

    @Test
    void aggregateOut_part_holdsSumsAndCountsOnly() throws IOException {
      String part = dir.resolve("counts-only.json").toString();
      report(dir.resolve("audits.jsonl").toString(), "--aggregate-out", part);

      String text = Files.readString(Path.of(part));
      JsonNode json = new ObjectMapper().readTree(text);
      assertThat(json.get("part").asString()).isEqualTo("audits");
      assertThat(json.get("aggregate").get("audits").asLong()).isEqualTo(25);
      assertThat(text).doesNotContain("SYN-A0").doesNotContain("SYN-0").doesNotContain("SYNTHETIC");
    }
  }
}
