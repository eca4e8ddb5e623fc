package org.practiceaudit.json.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.practiceaudit.json.Problem;

/**
 * A corpus of malformed documents generated from the valid base: each must yield problems, and none
 * may throw. All data is synthetic.
 */
final class MalformedCorpusTest {

  static Map<String, String> corpus() {
    String base = FrameworkLoaderTest.BASE;
    Map<String, String> corpus = new LinkedHashMap<>();
    // truncations at 40 places
    for (int i = 0; i < 40; i++) {
      int at = (int) ((long) base.length() * i / 40);
      corpus.put("truncated at " + at, base.substring(0, at));
    }
    // wrong types for each property's value
    String[][] swaps = {
      {"\"id\": \"example\"", "\"id\": 7"},
      {"\"version\": \"1\"", "\"version\": true"},
      {"\"name\": \"Synthetic example\"", "\"name\": []"},
      {"\"min\": 1, \"max\": 10}},", "\"min\": \"1\", \"max\": 10}},"},
      {"\"domains\": [", "\"domains\": {\"a\": ["},
      {"\"review_period\": \"P12M\"", "\"review_period\": 12"},
      {"\"level\": 1", "\"level\": \"one\""},
      {"\"level\": 2", "\"level\": 2.5"},
      {"{\"hours\": 48}", "48"},
      {"{\"working_days\": 10}", "{\"working_days\": -1}"},
      {"\"closure_days\": [\"2026-12-29\"]", "\"closure_days\": \"2026-12-29\""},
      {"\"share\": 0.1", "\"share\": \"10%\""},
      {"\"strata\": [\"team\"]", "\"strata\": \"team\""},
      {"\"per\": \"cycle\"", "\"per\": \"fortnight\""},
      {"\"minimum\": 1", "\"minimum\": null"},
      {"\"moderation\": {\"share\": 0.2}", "\"moderation\": 0.2"},
      {"\"rules\": [", "\"rules\": [null, "},
      {"\"minimum_spread\": 15}}", "\"minimum_spread\": \"10\"}}"},
      {"\"escalate_to\": \"team-manager\"", "\"escalate_to\": 3"},
      {"\"concerns\": [\"immediate-risk\"]", "\"concerns\": \"immediate-risk\""},
      {"\"minimum_spread\": 15}}", "\"minimum_spread\": 10.5}}"},
      {"\"minimum_spread\": 15}}", "\"minimum_spread\": null}}"},
      {"\"required_to_complete\": true", "\"required_to_complete\": \"yes\""},
      {"\"parameters\": {", "\"parameters\": [{"},
      {"\"grade\": \"Good\"", "\"grade\": null"},
      {"\"from\": 6, \"to\": 8.5", "\"from\": \"6\", \"to\": 8.5"},
      {"\"title\": \"Planning\"", "\"title\": \"\""},
      {"\"title\": \"Planning\"", "\"title\": \"   \""},
      {"\"calendar\": {", "\"calendar\": [{"},
      {"\"audit_due\": {\"days\": 20}", "\"audit_due\": {\"days\": -1}"},
      {"\"audit_due\": {\"days\": 20}", "\"audit_due\": \"10wd\""},
      {"\"audit_due\": {\"days\": 20}", "\"audit_due\": {\"days\": 20, \"working_days\": 10}"},
      {"\"audit_due\": {\"days\": 20}", "\"audit_due\": {\"working_days\": 261}"},
      {"\"audit_due\": {\"days\": 20}", "\"audit_due\": null"},
    };
    for (String[] swap : swaps) {
      corpus.put("wrong type: " + swap[1], replaceOnce(base, swap[0], swap[1]));
    }
    // huge numbers
    for (String n :
        List.of("1e400", "-1e400", "99999999999999999999", "1" + "0".repeat(60), "-1e5")) {
      corpus.put("huge number " + n.length(), base.replace("\"minimum\": 1", "\"minimum\": " + n));
      corpus.put("huge share " + n.length(), base.replace("\"share\": 0.2", "\"share\": " + n));
    }
    // deep nesting
    for (int depth : List.of(65, 100, 1000, 5000)) {
      corpus.put(
          "nested arrays " + depth,
          base.replace(
              "\"rules\": [",
              "\"x\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"rules\": ["));
      corpus.put("nested objects " + depth, "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
    }
    // duplicate keys, at several levels
    corpus.put(
        "duplicate top key",
        base.replace("\"id\": \"example\",", "\"id\": \"example\", \"id\": \"x\","));
    corpus.put(
        "duplicate nested key",
        base.replace("\"min\": 1, \"max\": 10}}\n", "\"min\": 1, \"min\": 2, \"max\": 10}}\n"));
    corpus.put(
        "duplicate calendar key",
        base.replace(
            "\"division\": \"england-and-wales\"",
            "\"division\": \"england-and-wales\", \"division\": \"scotland\""));
    // invalid dates and periods
    for (String d :
        List.of(
            "2026-02-30",
            "2026-13-01",
            "26-12-29",
            "2026/12/29",
            "tomorrow",
            "2026-12-29T00:00",
            "")) {
      corpus.put("invalid date " + d, base.replace("2026-12-29", d));
    }
    for (String p : List.of("12 months", "P", "P12", "PT12H", "P18M/P12M", "P0M", "P12M/")) {
      corpus.put(
          "invalid period " + p,
          base.replace("\"review_period\": \"P12M\"", "\"review_period\": \"" + p + "\""));
    }
    // unknown grades, ids, properties, values
    for (String g : List.of("Excellent", "good-ish", "R I P", "Outstandingg", "")) {
      corpus.put(
          "unknown grade " + g, base.replace("\"grade\": \"Good\"", "\"grade\": \"" + g + "\""));
    }
    for (String prop : List.of("nmae", "domians", "calender", "rule", "grade_band", "x-extra")) {
      corpus.put(
          "unknown property " + prop,
          base.replace(
              "\"name\": \"Synthetic example\",",
              "\"name\": \"Synthetic example\", \"" + prop + "\": 1,"));
    }
    corpus.put("unknown division", base.replace("england-and-wales", "wales"));
    corpus.put("unknown rule type", base.replace("\"audit-due\"", "\"grade-ceiling\""));
    corpus.put(
        "core: unknown rule parameter",
        base.replace("\"minimum_spread\": 15", "\"minimumSpread\": 15"));
    corpus.put(
        "core: rule parameter out of range",
        base.replace("\"minimum_spread\": 15", "\"minimum_spread\": -999"));
    corpus.put(
        "core: huge rule parameter",
        base.replace("\"minimum_spread\": 15", "\"minimum_spread\": 99999999999999"));
    corpus.put(
        "unknown rule parameter value",
        base.replace("[\"immediate-risk\"]", "[\"immediate-risky\"]"));
    corpus.put("duplicate level", base.replace("\"level\": 2", "\"level\": 1"));
    corpus.put(
        "duplicate plan",
        base.replace("\"plans\"", "x")
            .replace(
                "\"sampling_plans\": [{\"name\": \"monthly\", \"share\": 0.1, \"strata\": [\"team\"]}]",
                "\"sampling_plans\": [{\"name\": \"m\", \"size\": 1}, {\"name\": \"m\", \"size\": 2}]"));
    corpus.put(
        "empty domains", base.replaceAll("(?s)\"domains\": \\[.*?\\n  \\],", "\"domains\": [],"));
    corpus.put(
        "max below min", base.replace("\"min\": 1, \"max\": 10}},", "\"min\": 10, \"max\": 1}},"));
    // core invariants that only audit-core enforces
    corpus.put("core: zero sampling share", base.replace("\"share\": 0.1", "\"share\": 0"));
    corpus.put("core: zero moderation share", base.replace("\"share\": 0.2", "\"share\": 0"));
    corpus.put(
        "core: zero exclusion window",
        base.replace(
            "\"strata\": [\"team\"]",
            "\"strata\": [\"team\"], \"exclude_audited_within\": \"P0D\""));
    corpus.put(
        "core: negative exclusion window",
        base.replace(
            "\"strata\": [\"team\"]",
            "\"strata\": [\"team\"], \"exclude_audited_within\": \"P-3M\""));
    corpus.put(
        "core: huge exclusion window",
        base.replace(
            "\"strata\": [\"team\"]",
            "\"strata\": [\"team\"], \"exclude_audited_within\": \"P99999999999Y\""));
    corpus.put(
        "core: empty category filter value",
        base.replace(
            "\"strata\": [\"team\"]",
            "\"strata\": [\"team\"], \"filters\": {\"category\": [\"\"]}"));
    corpus.put(
        "core: unknown category filter",
        base.replace(
            "\"strata\": [\"team\"]",
            "\"strata\": [\"team\"], \"filters\": {\"category\": [\"Not A Category!\"]}"));
    corpus.put(
        "core: duplicate strata",
        base.replace("\"strata\": [\"team\"]", "\"strata\": [\"team\", \"team\"]"));
    corpus.put(
        "core: bad quota role",
        base.replace("\"role\": \"team-manager\"", "\"role\": \"Team Manager\""));
    corpus.put("foreign schema", base.replace("framework-1.json", "framework-9.json"));
    // not documents at all
    for (String junk :
        List.of(
            "",
            " ",
            "null",
            "[]",
            "42",
            "\"text\"",
            "{",
            "}",
            "{}",
            "{\"id\": }",
            "\u0000",
            "{'id': 'x'}",
            "// comment\n{}",
            "{\"a\":1,}",
            base + "}",
            base + " {}",
            "\uFEFF" + "[1,2")) {
      corpus.put("junk " + corpus.size(), junk);
    }
    corpus.put("long string", base.replace("Synthetic example", "x".repeat(200_000)));
    corpus.put(
        "long name",
        base.replace(
            "\"name\": \"Synthetic", "\"" + "n".repeat(2_000) + "\": 1, \"name\": \"Synthetic"));
    return corpus;
  }

  private static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    if (at < 0) {
      throw new IllegalArgumentException("corpus generator: target not in base: " + target);
    }
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  @Test
  void corpus_documents_atLeastAHundredDistinct() {
    Map<String, String> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
    assertThat(new java.util.HashSet<>(corpus.values())).hasSizeGreaterThanOrEqualTo(100);
    assertThat(corpus.values()).doesNotContain(FrameworkLoaderTest.BASE);
  }

  @TestFactory
  Stream<DynamicTest> load_everyMalformedDocument_yieldsProblemsAndNeverThrows() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, String> entry : corpus().entrySet()) {
      tests.add(
          DynamicTest.dynamicTest(
              entry.getKey(),
              () -> {
                assertThatCode(
                        () ->
                            FrameworkLoader.standard()
                                .validate(entry.getValue(), DocumentFormat.JSON))
                    .doesNotThrowAnyException();
                Validation<List<Problem>, FrameworkConfiguration> result =
                    FrameworkLoader.standard().validate(entry.getValue(), DocumentFormat.JSON);
                assertThat(result.isInvalid()).as(entry.getKey()).isTrue();
                assertThat(result.getError())
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.message()).isNotBlank());
                if (entry.getKey().startsWith("core: ")) {
                  assertThat(result.getError())
                      .as("located")
                      .allSatisfy(
                          p -> {
                            assertThat(p.pointer()).isNotEmpty();
                            assertThat(p.line()).isPositive();
                            assertThat(p.column()).isPositive();
                          });
                }
              }));
    }
    return tests.stream();
  }

  /**
   * The same documents read as YAML (JSON is a subset of YAML 1.2) are invalid too, never throw,
   * and every problem is located: a line and column in the document, and a JSON Pointer where the
   * problem is in a value.
   */
  @TestFactory
  Stream<DynamicTest> load_everyMalformedDocumentAsYaml_invalidWithLocatedProblems() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, String> entry : corpus().entrySet()) {
      tests.add(
          DynamicTest.dynamicTest(
              entry.getKey(),
              () -> {
                assertThatCode(
                        () ->
                            FrameworkLoader.standard()
                                .validate(entry.getValue(), DocumentFormat.YAML))
                    .doesNotThrowAnyException();
                Validation<List<Problem>, FrameworkConfiguration> result =
                    FrameworkLoader.standard().validate(entry.getValue(), DocumentFormat.YAML);
                assertThat(result.isInvalid()).as(entry.getKey()).isTrue();
                assertThat(result.getError())
                    .as(entry.getKey())
                    .isNotEmpty()
                    .allSatisfy(
                        p -> {
                          assertThat(p.message()).isNotBlank();
                          assertThat(p.line()).as("line of " + p).isPositive();
                          assertThat(p.column()).as("column of " + p).isPositive();
                        });
              }));
    }
    return tests.stream();
  }
}
