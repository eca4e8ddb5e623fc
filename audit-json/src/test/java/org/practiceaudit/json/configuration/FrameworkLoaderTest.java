package org.practiceaudit.json.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.json.ConfigurationException;
import org.practiceaudit.json.Problem;

/** Each kind of configuration error, with its message and location. All data is synthetic. */
final class FrameworkLoaderTest {

  /** A small valid document; line numbers below refer to this text. */
  static final String BASE = String.join("\n",
      "{",
      "  \"$schema\": \"https://practice-audit.github.io/schema/framework-1.json\",",
      "  \"id\": \"example\",",
      "  \"version\": \"1\",",
      "  \"name\": \"Synthetic example\",",
      "  \"domains\": [",
      "    {\"id\": \"voice-of-the-child\", \"title\": \"Voice of the child\", \"score_scale\": {\"min\": 1, \"max\": 10}},",
      "    {\"id\": \"planning\", \"title\": \"Planning\", \"score_scale\": {\"min\": 1, \"max\": 10}}",
      "  ],",
      "  \"grade_bands\": [",
      "    {\"grade\": \"Inadequate\", \"from\": 1, \"to\": 4},",
      "    {\"grade\": \"Requires Improvement\", \"from\": 4, \"to\": 6},",
      "    {\"grade\": \"Good\", \"from\": 6, \"to\": 8.5},",
      "    {\"grade\": \"Outstanding\", \"from\": 8.5, \"to\": 10}",
      "  ],",
      "  \"audit_types\": [{\"id\": \"monthly\", \"name\": \"Monthly audit\", \"review_period\": \"P12M\"}],",
      "  \"escalation_categories\": [",
      "    {\"level\": 1, \"name\": \"Critical\", \"follow_up\": {\"hours\": 48}},",
      "    {\"level\": 2, \"name\": \"Action required\", \"follow_up\": {\"working_days\": 10}}",
      "  ],",
      "  \"calendar\": {\"division\": \"england-and-wales\", \"closure_days\": [\"2026-12-29\"]},",
      "  \"sampling_plans\": [{\"name\": \"monthly\", \"share\": 0.1, \"strata\": [\"team\"]}],",
      "  \"quotas\": [{\"role\": \"team-manager\", \"minimum\": 1, \"per\": \"cycle\"}],",
      "  \"moderation\": {\"share\": 0.2},",
      "  \"rules\": [",
      "    {\"id\": \"example/floor\", \"type\": \"grade-floor\",",
      "     \"parameters\": {\"domain\": \"planning\", \"at_or_below\": 2, \"cap\": \"Requires Improvement\"}}",
      "  ]",
      "}");

  static Validation<List<Problem>, FrameworkConfiguration> validate(String text) {
    return FrameworkLoader.standard().validate(text, DocumentFormat.JSON);
  }

  static List<Problem> problems(String text) {
    Validation<List<Problem>, FrameworkConfiguration> result = validate(text);
    assertThat(result.isInvalid()).as("expected problems").isTrue();
    return result.getError();
  }

  @Test
  void validate_base_isValidAndWhole() {
    Validation<List<Problem>, FrameworkConfiguration> result = validate(BASE);
    assertThat(result.isValid()).as(() -> result.isInvalid() ? result.getError().toString() : "").isTrue();
    FrameworkConfiguration config = result.get();
    assertThat(config.framework().domains()).hasSize(2);
    assertThat(config.gradeBands()).hasSize(4);
    assertThat(config.framework().calendar().closureDays()).hasSize(1);
    assertThat(config.rules().get(0).parameters().get("at_or_below").intValue()).isEqualTo(2);
  }

  @Nested
  final class SchemaPassProblems {

    @Test
    void misspeltProperty_suggestsTheRightOne() {
      List<Problem> problems = problems(BASE.replace("\"escalation_categories\"", "\"escalaton_categories\""));
      assertThat(problems).anySatisfy(p -> {
        assertThat(p.message()).isEqualTo(
            "unknown property 'escalaton_categories'; did you mean 'escalation_categories'?");
        assertThat(p.pointer()).isEqualTo("/escalaton_categories");
        assertThat(p.line()).isEqualTo(17);
      });
      assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("missing property 'escalation_categories'"));
    }

    @Test
    void unknownDivision_suggestsTheClosest() {
      List<Problem> problems = problems(BASE.replace("england-and-wales", "england-and-wale"));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("unknown value 'england-and-wale'; did you mean 'england-and-wales'?");
        assertThat(p.pointer()).isEqualTo("/calendar/division");
        assertThat(p.line()).isEqualTo(21);
        assertThat(p.column()).isGreaterThan(1);
      });
    }

    @Test
    void shareAboveOne_saysTheRange() {
      List<Problem> problems = problems(BASE.replace("\"moderation\": {\"share\": 0.2}", "\"moderation\": {\"share\": 1.5}"));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("a share must be from 0 to 1 (such as 0.2 for 20%): 1.5");
        assertThat(p.pointer()).isEqualTo("/moderation/share");
        assertThat(p.line()).isEqualTo(24);
      });
    }

    @Test
    void escalationWithoutDeadline_saysWhatToGive() {
      List<Problem> problems = problems(BASE.replace(", \"follow_up\": {\"hours\": 48}", ""));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).startsWith("this escalation category has no follow-up deadline");
        assertThat(p.pointer()).isEqualTo("/escalation_categories/0");
        assertThat(p.line()).isEqualTo(18);
      });
    }

    @Test
    void badFollowUpShape_listsTheThreeShapes() {
      List<Problem> problems = problems(BASE.replace("{\"hours\": 48}", "{\"days\": 2}"));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).contains("{\"hours\": N}").contains("\"none\"");
        assertThat(p.pointer()).isEqualTo("/escalation_categories/0/follow_up");
      });
    }

    @Test
    void wrongType_namesTheExpectedAndTheFound() {
      List<Problem> problems = problems(BASE.replace("\"minimum\": 1", "\"minimum\": \"one\""));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("must be a whole number, not the text 'one'");
        assertThat(p.pointer()).isEqualTo("/quotas/0/minimum");
        assertThat(p.line()).isEqualTo(23);
      });
    }

    @Test
    void foreignSchema_isRejected() {
      List<Problem> problems = problems(BASE.replace("https://practice-audit.github.io/schema/framework-1.json",
          "https://example.org/other.json"));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).startsWith("unknown schema 'https://example.org/other.json'");
        assertThat(p.pointer()).isEqualTo("/$schema");
        assertThat(p.line()).isEqualTo(2);
      });
    }

    @Test
    void badId_explainsTheForm() {
      List<Problem> problems = problems(BASE.replace("\"id\": \"planning\"", "\"id\": \"Planning\""));
      assertThat(problems).anySatisfy(p -> {
        assertThat(p.message()).contains("'Planning' is not allowed here").contains("kebab-case");
        assertThat(p.pointer()).isEqualTo("/domains/1/id");
        assertThat(p.line()).isEqualTo(8);
      });
    }
  }

  @Nested
  final class SemanticPassProblems {

    @Test
    void duplicateDomainId_isReportedAtTheSecond() {
      List<Problem> problems = problems(BASE.replace("\"id\": \"planning\"", "\"id\": \"voice-of-the-child\""));
      assertThat(problems).anySatisfy(p -> {
        assertThat(p.message()).isEqualTo("duplicate domain id 'voice-of-the-child'; each must be unique");
        assertThat(p.pointer()).isEqualTo("/domains/1/id");
        assertThat(p.line()).isEqualTo(8);
      });
    }

    @Test
    void unknownDomainReferenced_suggestsTheClosest() {
      List<Problem> problems = problems(BASE.replace("\"domain\": \"planning\"", "\"domain\": \"planing\""));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("unknown domain 'planing'; did you mean 'planning'?");
        assertThat(p.pointer()).isEqualTo("/rules/0/parameters/domain");
        assertThat(p.line()).isEqualTo(27);
      });
    }

    @Test
    void unknownRuleType_suggestsTheClosest() {
      List<Problem> problems = problems(BASE.replace("\"grade-floor\"", "\"grade-flor\""));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("unknown rule type 'grade-flor'; did you mean 'grade-floor'?");
        assertThat(p.pointer()).isEqualTo("/rules/0/type");
        assertThat(p.line()).isEqualTo(26);
      });
    }

    @Test
    void unknownRuleParameter_suggestsTheClosest() {
      List<Problem> problems = problems(BASE.replace("\"at_or_below\"", "\"at_or_bellow\""));
      assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
          "unknown parameter 'at_or_bellow' for rule type 'grade-floor'; did you mean 'at_or_below'?",
          "rule type 'grade-floor' needs the parameter 'at_or_below'");
    }

    @Test
    void unknownGrade_suggestsTheClosest() {
      List<Problem> problems = problems(BASE.replace("\"cap\": \"Requires Improvement\"", "\"cap\": \"Requires Improvment\""));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("unknown grade 'Requires Improvment'; did you mean 'Requires Improvement'?");
        assertThat(p.pointer()).isEqualTo("/rules/0/parameters/cap");
      });
    }

    @Test
    void overlappingBands_areReported() {
      List<Problem> problems = problems(BASE.replace("\"from\": 4, \"to\": 6", "\"from\": 3, \"to\": 6"));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).isEqualTo("grade bands overlap: 1 to 4 and 3 to 6");
        assertThat(p.pointer()).isEqualTo("/grade_bands/1");
        assertThat(p.line()).isEqualTo(12);
      });
    }

    @Test
    void bandsWithGap_areReported() {
      List<Problem> problems = problems(BASE.replace("\"from\": 4, \"to\": 6", "\"from\": 4.5, \"to\": 6"));
      assertThat(problems).singleElement().satisfies(p ->
          assertThat(p.message()).isEqualTo("grade bands leave a gap from 4 to 4.5; every average score needs a grade"));
    }

    @Test
    void bandsNotReachingTheTop_areReported() {
      List<Problem> problems = problems(BASE.replace("\"from\": 8.5, \"to\": 10", "\"from\": 8.5, \"to\": 9"));
      assertThat(problems).singleElement().satisfies(p ->
          assertThat(p.message()).isEqualTo("grade bands leave a gap from 9 to 10 (the highest score)"));
    }

    @Test
    void invalidClosureDate_isReported() {
      List<Problem> problems = problems(BASE.replace("2026-12-29", "2026-02-30"));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).startsWith("'2026-02-30' is not a date");
        assertThat(p.pointer()).isEqualTo("/calendar/closure_days/0");
      });
    }

    @Test
    void planWithSizeAndShare_isReported() {
      List<Problem> problems = problems(BASE.replace("\"share\": 0.1,", "\"share\": 0.1, \"size\": 30,"));
      assertThat(problems).singleElement().satisfies(p ->
          assertThat(p.message()).isEqualTo("give either 'size' or 'share' for a sampling plan, not both"));
    }

    @Test
    void manyProblems_areAllReportedInDocumentOrder() {
      String text = BASE.replace("england-and-wales", "wales").replace("\"grade-floor\"", "\"grade-flor\"")
          .replace("\"share\": 0.2", "\"share\": 2");
      List<Problem> problems = problems(text);
      assertThat(problems).hasSize(3);
      assertThat(problems).isSorted();
    }
  }

  @Nested
  final class Reading {

    @Test
    void duplicateKey_isRejectedWithItsLine() {
      List<Problem> problems = problems(BASE.replace("\"version\": \"1\",", "\"version\": \"1\", \"version\": \"2\","));
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.message()).contains("not valid JSON").contains("Duplicate");
        assertThat(p.line()).isEqualTo(4);
      });
    }

    @Test
    void deepNesting_hitsTheLimit() {
      String deep = "[".repeat(200) + "]".repeat(200);
      List<Problem> problems = problems(BASE.replace("\"moderation\": {\"share\": 0.2},", "\"x\": " + deep + ","));
      assertThat(problems).singleElement().satisfies(p ->
          assertThat(p.message()).isEqualTo("the document exceeds a safety limit: nested more than 64 levels deep"));
    }

    @Test
    void hugeNumber_hitsTheLimit() {
      List<Problem> problems = problems(BASE.replace("\"minimum\": 1", "\"minimum\": 1" + "0".repeat(100)));
      assertThat(problems).singleElement().satisfies(p ->
          assertThat(p.message()).isEqualTo("the document exceeds a safety limit: a number longer than 50 digits"));
    }

    @Test
    void trailingContent_isRejected() {
      List<Problem> problems = problems(BASE + " {}");
      assertThat(problems).singleElement().satisfies(p ->
          assertThat(p.message()).isEqualTo("unexpected content after the end of the document"));
    }

    @Test
    void yaml_reportsTheSameProblemsWithYamlLines() {
      String yaml = String.join("\n",
          "# synthetic example",
          "id: example",
          "version: '1'",
          "name: Synthetic example",
          "domains:",
          "  - {id: planning, title: Planning, score_scale: {min: 1, max: 10}}",
          "audit_types:",
          "  - {id: monthly, name: Monthly audit, review_period: P12M}",
          "escalation_categories:",
          "  - {level: 1, name: Critical, follow_up: none}",
          "calendar:",
          "  divison: scotland");
      List<Problem> problems = FrameworkLoader.standard().validate(yaml, DocumentFormat.YAML).getError();
      assertThat(problems).anySatisfy(p -> {
        assertThat(p.message()).isEqualTo("unknown property 'divison'; did you mean 'division'?");
        assertThat(p.pointer()).isEqualTo("/calendar/divison");
        assertThat(p.line()).isEqualTo(12);
      });
    }

    @Test
    void load_invalid_throwsWithEveryProblem() {
      assertThatThrownBy(() -> FrameworkLoader.standard().load("{}", DocumentFormat.JSON, "synthetic.json"))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("synthetic.json: ")
          .satisfies(e -> assertThat(((ConfigurationException) e).problems()).hasSizeGreaterThan(3));
    }
  }
}
