package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class ValidateCommandTest {

  @Nested
  final class Valid {

    @Test
    void validate_bundledDudleyCopy_exit0WithIdAndVersion() {
      Cli.Result result = Cli.run("validate", Cli.resource("framework.json"));

      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out().lines())
          .singleElement()
          .asString()
          .endsWith("valid framework dudley 2017-08 (6 domains, 4 escalation categories, 3 rules)");
    }

    @Test
    void validate_oneOfEach_singularNouns() {
      Cli.Result result = Cli.run("validate", Cli.resource("framework-plans.json"));

      assertThat(result.exitCode()).isZero();
      assertThat(result.out().lines())
          .singleElement()
          .asString()
          .endsWith(
              "valid framework synthetic-council 2026-01 (1 domain, 1 escalation category, 1 rule)");
    }

    @Test
    void validate_yaml_exit0() {
      Cli.Result result = Cli.run("validate", Cli.resource("framework.yaml"));

      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).contains("valid framework hillingdon 2016-11");
    }

    @Test
    void validate_json_validDocument() {
      Cli.Result result = Cli.run("validate", "--json", Cli.resource("framework.json"));

      assertThat(result.exitCode()).isZero();
      JsonNode json = result.json();
      assertThat(json.get("valid").asBoolean()).isTrue();
      assertThat(json.get("framework").asString()).isEqualTo("dudley");
      assertThat(json.get("version").asString()).isEqualTo("2017-08");
      assertThat(json.get("domains").asInt()).isEqualTo(6);
    }
  }

  @Nested
  final class Invalid {

    @Test
    void validate_invalidJson_exit1OneLinePerProblemWithPointerLineColumn() {
      Cli.Result result = Cli.run("validate", Cli.resource("framework-invalid.json"));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.out()).isEmpty();
      assertThat(result.err().lines())
          .containsExactly(
              "(document) (1:1): missing property 'audit_types' (audit types)",
              "(document) (1:1): missing property 'calendar' (working-day calendar)",
              "/domains/1/id (7:12): duplicate domain id 'assessment'; each must be unique",
              "/domains/1/score_scale/max (7:80): must be a whole number, not the text 'four'",
              "/escalation_categories/0/level (10:15): must have a minimum value of 1");
    }

    @Test
    void validate_invalidYaml_locatesUnknownProperty() {
      Cli.Result result = Cli.run("validate", Cli.resource("framework-invalid.yaml"));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines())
          .contains(
              "/domains/0/colour (8:13): unknown property 'colour';"
                  + " expected one of [description, good_indicators, guidance, id, outstanding_indicators,"
                  + " score_scale, title]");
      assertThat(result.err().lines()).allMatch(line -> line.matches("\\S+ \\(\\d+:\\d+\\): .+"));
    }

    @Test
    void validate_invalidWithJson_problemsDocumentOnStdoutOnly() {
      Cli.Result result = Cli.run("validate", "--json", Cli.resource("framework-invalid.json"));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).isEmpty();
      JsonNode json = result.json();
      assertThat(json.get("valid").asBoolean()).isFalse();
      assertThat(json.get("problems")).hasSize(5);
      JsonNode duplicate = json.get("problems").get(2);
      assertThat(duplicate.get("pointer").asString()).isEqualTo("/domains/1/id");
      assertThat(duplicate.get("line").asInt()).isEqualTo(7);
      assertThat(duplicate.get("column").asInt()).isEqualTo(12);
      assertThat(duplicate.get("message").asString())
          .startsWith("duplicate domain id 'assessment'");
    }

    @Test
    void validate_missingFile_exit1() {
      Cli.Result result = Cli.run("validate", "no-such-framework.json");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines()).containsExactly("no-such-framework.json: does not exist");
    }

    @Test
    void validate_noFile_usageError2() {
      Cli.Result result = Cli.run("validate");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).startsWith("audit validate: Missing required parameter: 'FILE'");
    }

    @Test
    void frameworkOption_invalidFile_exit1WithTheProblems() {
      Cli.Result result =
          Cli.run(
              "deadline",
              "--framework",
              Cli.resource("framework-invalid.json"),
              "--category",
              "1",
              "--raised",
              "2026-03-28T09:00");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines())
          .hasSize(5)
          .contains("/escalation_categories/0/level (10:15): must have a minimum value of 1");
    }
  }
}
