package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceaudit.json.bundled.BundledFrameworks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

final class DiffCommandTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path folder;

  /** Dudley's bundled document with one edit, written to a file. */
  private Path dudleyWith(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(BundledFrameworks.text("dudley"));
    edit.accept(root);
    Path file = Files.createTempFile(folder, "dudley-", ".json");
    Files.writeString(file, MAPPER.writeValueAsString(root), StandardCharsets.UTF_8);
    return file;
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static ObjectNode object(String json) {
    return (ObjectNode) MAPPER.readTree(json);
  }

  /**
   * One edit of each kind, and the one change diff must report: area, subject, change, comparable.
   */
  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of(
            "version",
            (Consumer<ObjectNode>) r -> r.put("version", "2018-01"),
            "framework",
            "version",
            "changed",
            true),
        Arguments.of(
            "domain added",
            (Consumer<ObjectNode>)
                r ->
                    ((ArrayNode) r.get("domains"))
                        .add(
                            object(
                                "{\"id\": \"early-help\", \"title\": \"Early help\", \"score_scale\": {\"min\": 1, \"max\": 4}}")),
            "domain",
            "early-help",
            "added",
            false),
        Arguments.of(
            "domain removed",
            (Consumer<ObjectNode>) r -> ((ArrayNode) r.get("domains")).remove(5),
            "domain",
            "drift-and-delay",
            "removed",
            false),
        Arguments.of(
            "domain renamed",
            (Consumer<ObjectNode>) r -> at(r, "/domains/0").put("title", "Assessment"),
            "domain",
            "assessment",
            "renamed",
            true),
        Arguments.of(
            "scale without N/A",
            (Consumer<ObjectNode>)
                r -> at(r, "/domains/1/score_scale").put("not_applicable", false),
            "domain-scale",
            "planning",
            "changed",
            true),
        Arguments.of(
            "anchors",
            (Consumer<ObjectNode>)
                r -> at(r, "/domains/1/score_scale/anchors").put("4", "excellent"),
            "domain-scale",
            "planning",
            "changed",
            true),
        Arguments.of(
            "indicator",
            (Consumer<ObjectNode>)
                r ->
                    at(r, "/domains/0")
                        .set(
                            "good_indicators",
                            MAPPER.readTree(
                                "[{\"id\": \"child-seen\", \"text\": \"The child was seen\"}]")),
            "indicator",
            "assessment/child-seen",
            "added",
            true),
        Arguments.of(
            "grade bands",
            (Consumer<ObjectNode>)
                r -> {
                  at(r, "/grade_bands/0").put("to", 1.5);
                  at(r, "/grade_bands/1").put("from", 1.5);
                },
            "grade-bands",
            "grade-bands",
            "changed",
            true),
        Arguments.of(
            "escalation follow-up",
            (Consumer<ObjectNode>)
                r ->
                    at(r, "/escalation_categories/1")
                        .set("follow_up", object("{\"working_days\": 15}")),
            "escalation-follow-up",
            "category-2",
            "changed",
            true),
        Arguments.of(
            "escalation renamed",
            (Consumer<ObjectNode>)
                r -> at(r, "/escalation_categories/2").put("name", "Actions required"),
            "escalation-category",
            "category-3",
            "renamed",
            true),
        Arguments.of(
            "audit type",
            (Consumer<ObjectNode>) r -> at(r, "/audit_types/0").put("review_period", "P6M"),
            "audit-type",
            "case-file",
            "changed",
            true),
        Arguments.of(
            "audit due",
            (Consumer<ObjectNode>) r -> r.set("audit_due", object("{\"working_days\": 10}")),
            "audit-due",
            "audit-due",
            "changed",
            true),
        Arguments.of(
            "calendar",
            (Consumer<ObjectNode>) r -> r.set("calendar", object("{\"division\": \"scotland\"}")),
            "calendar",
            "calendar",
            "changed",
            true),
        Arguments.of(
            "sampling plan",
            (Consumer<ObjectNode>) r -> at(r, "/sampling_plans/1").put("share", 0.2),
            "sampling-plan",
            "service-cycle",
            "changed",
            true),
        Arguments.of(
            "quota",
            (Consumer<ObjectNode>) r -> at(r, "/quotas/3").put("minimum", 10),
            "quota",
            "service-manager",
            "changed",
            true),
        Arguments.of(
            "moderation",
            (Consumer<ObjectNode>) r -> at(r, "/moderation").put("share", 0.25),
            "moderation",
            "moderation",
            "changed",
            true),
        Arguments.of(
            "rule removed",
            (Consumer<ObjectNode>) r -> ((ArrayNode) r.get("rules")).remove(2),
            "rule",
            "dudley/moderation-share",
            "removed",
            true),
        Arguments.of(
            "rule added",
            (Consumer<ObjectNode>)
                r ->
                    ((ArrayNode) r.get("rules"))
                        .add(
                            object(
                                "{\"id\": \"dudley/action-details\", \"type\": \"action-details\"}")),
            "rule",
            "dudley/action-details",
            "added",
            true),
        Arguments.of(
            "rule parameter",
            (Consumer<ObjectNode>)
                r -> at(r, "/rules/0/parameters").put("inadequate_grade", "Requires Improvement"),
            "rule-parameter",
            "dudley/escalation-category",
            "changed",
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void diff_oneEditOfEachKind_reportsExactlyThatChange(
      String name,
      Consumer<ObjectNode> edit,
      String area,
      String subject,
      String change,
      boolean comparable)
      throws IOException {
    Cli.Result result = Cli.run("diff", "--json", "dudley", dudleyWith(edit).toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(DiffCommand.CHANGED);
    JsonNode json = result.json();
    assertThat(json.get("changes"))
        .as(json.toString())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.get("area").asString()).isEqualTo(area);
              assertThat(c.get("subject").asString()).isEqualTo(subject);
              assertThat(c.get("change").asString()).isEqualTo(change);
            });
    assertThat(json.get("comparable").asBoolean()).isEqualTo(comparable);
    assertThat(json.get("not_comparable").isEmpty()).isEqualTo(comparable);
  }

  @Test
  void diff_scaleBoundsChanged_oneChangeNotComparable() throws IOException {
    Path older = dudleyWith(r -> r.remove("grade_bands"));
    Path newer =
        dudleyWith(
            r -> {
              r.remove("grade_bands");
              at(r, "/domains/1/score_scale").put("max", 5);
            });
    JsonNode json = Cli.run("diff", "--json", older.toString(), newer.toString()).json();
    assertThat(json.get("changes"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.get("area").asString()).isEqualTo("domain-scale");
              assertThat(c.get("after").asString()).startsWith("Scored from 1 to 5");
            });
    assertThat(json.get("comparable").asBoolean()).isFalse();
    assertThat(json.get("not_comparable"))
        .singleElement()
        .extracting(JsonNode::asString)
        .isEqualTo("domain 'planning' is scored 1-5 instead of 1-4");
  }

  @Nested
  final class Text {

    @Test
    void diff_sameFramework_exit0NoChange() throws IOException {
      Path same = dudleyWith(r -> {});
      Cli.Result result = Cli.run("diff", "dudley", same.toString());
      assertThat(result.exitCode()).isZero();
      assertThat(result.out().lines())
          .containsExactly(
              "dudley 2017-08 (bundled framework 'dudley') -> dudley 2017-08 ("
                  + same
                  + "): no change",
              "Audits made under 2017-08 can be reported beside 2017-08: the same domains, scored on the same ranges,"
                  + " and the same grades.");
    }

    @Test
    void diff_renamedDomainAndNewVersion_linesSayWhat() throws IOException {
      Path newer =
          dudleyWith(
              r -> {
                r.put("version", "2018-01");
                at(r, "/domains/0").put("title", "Assessment");
                at(r, "/escalation_categories/1")
                    .set("follow_up", object("{\"working_days\": 15}"));
              });
      Cli.Result result = Cli.run("diff", "dudley", newer.toString());
      assertThat(result.exitCode()).isEqualTo(DiffCommand.CHANGED);
      assertThat(result.out())
          .contains(": 3 changes\n")
          .contains("  framework version changed: 2017-08 -> 2018-01\n")
          .contains("  domain assessment renamed: Assessment and analysis of need -> Assessment\n")
          .contains(
              "  escalation-follow-up category-2 changed: follow-up check within 10 working days, England and"
                  + " Wales bank holidays -> follow-up check within 15 working days, England and Wales bank holidays\n")
          .contains("Audits made under 2017-08 can be reported beside 2018-01");
    }

    @Test
    void diff_olderVersionSecond_saysNotLater() throws IOException {
      Cli.Result result =
          Cli.run("diff", "dudley", dudleyWith(r -> r.put("version", "2016-01")).toString());
      assertThat(result.out().lines().findFirst().orElseThrow())
          .contains(", not a later version: 1 change");
    }

    @Test
    void diff_otherFramework_cannotBeReportedBeside() {
      Cli.Result result = Cli.run("diff", "dudley", "dorset");
      assertThat(result.exitCode()).isEqualTo(DiffCommand.CHANGED);
      assertThat(result.out())
          .contains(
              "Audits made under 2017-08 cannot be reported beside 2019-06:"
                  + " the frameworks differ: 'dudley' and 'dorset'");
    }
  }

  @Nested
  final class Trouble {

    @Test
    void diff_unknownFramework_exit2() {
      Cli.Result result = Cli.run("diff", "dudley", "dudly");
      assertThat(result.exitCode()).isEqualTo(DiffCommand.TROUBLE);
      assertThat(result.err()).contains("unknown framework 'dudly'");
      assertThat(result.out()).isEmpty();
    }

    @Test
    void diff_invalidFile_exit2WithProblems() {
      Cli.Result result = Cli.run("diff", "dudley", Cli.resource("framework-invalid.json"));
      assertThat(result.exitCode()).isEqualTo(DiffCommand.TROUBLE);
      assertThat(result.err()).isNotEmpty();
    }

    @Test
    void diff_oneArgument_usageError() {
      assertThat(Cli.run("diff", "dudley").exitCode()).isEqualTo(AuditCommand.USAGE);
    }
  }

  @Test
  void edits_allKinds_coverEveryAreaOfTheIssue() {
    List<String> areas =
        edits()
            .map(a -> (String) a.get()[2])
            .distinct()
            .collect(java.util.stream.Collectors.toList());
    assertThat(areas)
        .contains(
            "domain",
            "domain-scale",
            "indicator",
            "grade-bands",
            "escalation-follow-up",
            "sampling-plan",
            "quota",
            "moderation",
            "rule",
            "rule-parameter");
  }
}
