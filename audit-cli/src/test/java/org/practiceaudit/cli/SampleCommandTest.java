package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class SampleCommandTest {

  private static final String CASES = Cli.resource("cases.csv");
  private static final String PLANS = Cli.resource("framework-plans.json");

  private static List<String> selected(JsonNode json) {
    List<String> ids = new ArrayList<>();
    json.get("selected").forEach(id -> ids.add(id.asString()));
    return ids;
  }

  @Test
  void sample_fixedSeed_goldenSelectionAndContractFields() {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            CASES,
            "--as-of",
            "2026-11-02",
            "--seed",
            "42",
            "--size",
            "5",
            "--stratify",
            "category",
            "--exclude-audited-within",
            "P6M",
            "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    JsonNode json = result.json();
    assertThat(selected(json))
        .containsExactly("SYN-0001", "SYN-0007", "SYN-0006", "SYN-0003", "SYN-0004");
    assertThat(json.get("strata")).hasSize(3);
    JsonNode first = json.get("strata").get(0);
    assertThat(first.get("stratum").get("category").asString()).isEqualTo("child-in-need");
    assertThat(first.get("eligible").asInt()).isEqualTo(4);
    assertThat(first.get("selected").asInt()).isEqualTo(2);
    assertThat(json.get("excluded").get(0).get("case_id").asString()).isEqualTo("SYN-0002");
    assertThat(json.get("excluded").get(0).get("reason").asString())
        .isEqualTo("audited-within-window");
    assertThat(json.get("shortfall").asInt()).isZero();
    assertThat(json.get("seed").asLong()).isEqualTo(42L);
    assertThat(json.get("algorithm").asString()).isNotBlank();
  }

  @Nested
  final class Out {

    @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

    /**
     * The selected rows as the file has them (CIN stays CIN), every column, in sample order (issue
     * 18).
     */
    @Test
    void sample_out_selectedRowsWithEveryColumnInSampleOrder() throws java.io.IOException {
      java.nio.file.Path out = dir.resolve("sample.csv");
      Cli.Result result =
          Cli.run(
              "sample",
              "--cases",
              CASES,
              "--as-of",
              "2026-11-02",
              "--seed",
              "42",
              "--size",
              "5",
              "--stratify",
              "category",
              "--exclude-audited-within",
              "P6M",
              "--out",
              out.toString());

      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).endsWith("wrote " + out + System.lineSeparator());
      List<String> input = java.nio.file.Files.readAllLines(java.nio.file.Path.of(CASES));
      List<String> written = java.nio.file.Files.readAllLines(out);
      assertThat(written.get(0)).isEqualTo(input.get(0));
      assertThat(written.subList(1, written.size()))
          .extracting(r -> r.substring(0, r.indexOf(',')))
          .containsExactly("SYN-0001", "SYN-0007", "SYN-0006", "SYN-0003", "SYN-0004");
      assertThat(written.get(1)).isEqualTo(input.get(1));
    }

    @Test
    void sample_outWithJson_onlyTheDocumentOnStandardOutput() throws java.io.IOException {
      java.nio.file.Path out = dir.resolve("sample.csv");
      Cli.Result result =
          Cli.run(
              "sample",
              "--cases",
              CASES,
              "--as-of",
              "2026-11-02",
              "--seed",
              "42",
              "--size",
              "5",
              "--out",
              out.toString(),
              "--json");

      assertThat(result.exitCode()).isZero();
      assertThat(selected(result.json())).hasSize(5);
      assertThat(java.nio.file.Files.readAllLines(out)).hasSize(6);
    }

    @Test
    void sample_outIntoAFolder_exit1NothingWritten() {
      Cli.Result result =
          Cli.run(
              "sample",
              "--cases",
              CASES,
              "--as-of",
              "2026-11-02",
              "--seed",
              "42",
              "--size",
              "5",
              "--out",
              dir.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains("is a folder, not a file");
    }

    /** What sample writes, allocate reads: the pipeline of issue 18 item 6. */
    @Test
    void sample_out_readByAllocate() {
      java.nio.file.Path out = dir.resolve("sample.csv");
      Cli.run(
          "sample",
          "--cases",
          CASES,
          "--as-of",
          "2026-11-02",
          "--seed",
          "42",
          "--size",
          "3",
          "--out",
          out.toString());
      java.nio.file.Path allocation = dir.resolve("allocation.csv");

      Cli.Result result =
          Cli.run(
              "allocate",
              "--cases",
              out.toString(),
              "--auditors",
              Cli.resource("auditors.csv"),
              "--involvements",
              Cli.resource("involvements.csv"),
              "--out",
              allocation.toString());

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).contains("allocated 3 of 3 cases");
      assertThat(result.err())
          .startsWith(
              "warning: " + Cli.resource("involvements.csv") + ": left out the involvements of ");
    }
  }

  @Test
  void sample_share_ceilingOfOpenCasesBeforeExclusions() {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            CASES,
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--share",
            "0.25",
            "--exclude-audited-within",
            "P6M",
            "--json");

    // 11 open cases: ceil(0.25 x 11) = 3, although only 9 are eligible.
    assertThat(selected(result.json())).hasSize(3);
    assertThat(result.json().get("open").asInt()).isEqualTo(11);
  }

  @Test
  void sample_moreThanEligible_shortfallReported() {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            CASES,
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "11",
            "--exclude-audited-within",
            "P6M",
            "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.json().get("shortfall").asInt()).isEqualTo(2);
  }

  @Test
  void C13_sample_includeClosedWithin_recentlyClosedCaseEligibleButNotOpen() {
    Cli.Result without =
        Cli.run(
            "sample",
            "--cases",
            CASES,
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "12",
            "--json");
    // SYN-0008 was closed on 30 August 2026, within the three months before 2 November.
    Cli.Result with =
        Cli.run(
            "sample",
            "--cases",
            CASES,
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "12",
            "--include-closed-within",
            "P3M",
            "--json");

    assertThat(without.exitCode()).isZero();
    assertThat(selected(without.json())).doesNotContain("SYN-0008");
    assertThat(with.exitCode()).isZero();
    assertThat(selected(with.json())).contains("SYN-0008").hasSize(12);
    assertThat(with.json().get("open").asInt()).isEqualTo(11);
  }

  @Test
  void sample_sizeAndShare_usageError2() {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            CASES,
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "3",
            "--share",
            "0.1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void sample_unknownStratifyColumn_usageError2() {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            CASES,
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "3",
            "--stratify",
            "ethnicity");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no column [ethnicity]");
  }

  @Test
  void sample_badRows_exit1NothingOnStdout() {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            Cli.resource("cases-bad.csv"),
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "3",
            "--json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).hasSize(5);
  }

  @Test
  void warnings_minimumsExceedTheSize_saidInTextAndOnStandardError() {
    Cli.Result result =
        Cli.run(
            "sample",
            "--cases",
            CASES,
            "--as-of",
            "2026-11-02",
            "--seed",
            "1",
            "--size",
            "1",
            "--stratify",
            "team",
            "--min-per-stratum",
            "1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .containsPattern(
            "selected \\d+, more than the 1 planned, because of the" + " minimum per stratum");
    assertThat(result.err()).startsWith("warning: selected ");
  }

  @Nested
  final class Plan {

    private Cli.Result sample(String... options) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "sample", "--cases", CASES, "--as-of", "2026-11-02", "--seed", "42", "--json"));
      args.addAll(List.of(options));
      return Cli.run(args.toArray(String[]::new));
    }

    private List<String> strataColumns(JsonNode json) {
      List<String> columns = new ArrayList<>();
      json.get("strata").forEach(s -> s.get("stratum").propertyNames().forEach(columns::add));
      return columns;
    }

    @Test
    void sample_plan_sameAsItsSettingsGivenAsOptions() {
      Cli.Result byPlan = sample("--framework", PLANS, "--plan", "quarterly");
      Cli.Result byOptions =
          sample(
              "--size",
              "4",
              "--stratify",
              "category",
              "--min-per-stratum",
              "1",
              "--exclude-audited-within",
              "P6M");

      assertThat(byPlan.exitCode()).isZero();
      assertThat(byPlan.err()).isEmpty();
      JsonNode json = byPlan.json();
      assertThat(json.get("plan").asString()).isEqualTo("quarterly");
      assertThat(json.get("framework").asString()).isEqualTo(PLANS);
      assertThat(json.get("planned").asInt()).isEqualTo(4);
      assertThat(strataColumns(json)).containsOnly("category").hasSize(3);
      assertThat(json.get("excluded").get(0).get("case_id").asString()).isEqualTo("SYN-0002");
      assertThat(selected(json))
          .hasSizeGreaterThanOrEqualTo(4)
          .isEqualTo(selected(byOptions.json()));
    }

    @Test
    void sample_planWithOptions_optionsOverrideThePlan() {
      Cli.Result result =
          sample(
              "--framework",
              PLANS,
              "--plan",
              "quarterly",
              "--size",
              "2",
              "--stratify",
              "team",
              "--min-per-stratum",
              "0",
              "--exclude-audited-within",
              "P1M");

      assertThat(result.exitCode()).isZero();
      JsonNode json = result.json();
      assertThat(json.get("plan").asString()).isEqualTo("quarterly");
      assertThat(json.get("planned").asInt()).isEqualTo(2);
      assertThat(selected(json)).hasSize(2);
      assertThat(strataColumns(json)).containsOnly("team");
      // SYN-0002 was audited on 1 September, outside a one-month window.
      assertThat(json.get("excluded"))
          .extracting(e -> e.get("case_id").asString())
          .doesNotContain("SYN-0002");
    }

    @Test
    void sample_planWithShare_shareOverriddenBySize() {
      Cli.Result byShare = sample("--framework", PLANS, "--plan", "half-by-age");
      Cli.Result bySize = sample("--framework", PLANS, "--plan", "half-by-age", "--size", "3");

      // 11 open cases: ceil(0.5 x 11) = 6.
      assertThat(byShare.json().get("planned").asInt()).isEqualTo(6);
      assertThat(strataColumns(byShare.json())).containsOnly("age_band");
      assertThat(bySize.json().get("planned").asInt()).isEqualTo(3);
      assertThat(strataColumns(bySize.json())).containsOnly("age_band");
    }

    @Test
    void sample_bundledFrameworkPlan_itsShareAndStrata() {
      Cli.Result result = sample("--framework", "dudley", "--plan", "service-cycle");

      assertThat(result.exitCode()).isZero();
      // Dudley's service cycle: at least 10% of the 11 open cases, by team.
      assertThat(result.json().get("planned").asInt()).isEqualTo(2);
      assertThat(strataColumns(result.json())).containsOnly("team");
    }

    @Test
    void sample_unknownPlan_exit1ListingThePlans() {
      Cli.Result result = sample("--framework", PLANS, "--plan", "monthly");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.out()).isEmpty();
      assertThat(result.err().lines())
          .singleElement()
          .asString()
          .isEqualTo(
              "framework"
                  + " 'synthetic-council' has no sampling plan 'monthly'; expected one of [quarterly,"
                  + " half-by-age, by-rag]");
    }

    @Test
    void sample_planStratifiesByMissingColumn_exit1() {
      Cli.Result result = sample("--framework", PLANS, "--plan", "by-rag");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines())
          .singleElement()
          .asString()
          .contains("sampling plan 'by-rag' stratifies by [rag]");
    }

    @Test
    void sample_planWithoutFramework_usageError2() {
      Cli.Result result = sample("--plan", "quarterly");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err().lines())
          .containsExactly(
              "audit sample: Missing required argument:"
                  + " --framework=ID|FILE (see 'java -jar audit-cli.jar sample --help')");
    }

    @Test
    void sample_frameworkWithoutPlan_usageError2() {
      Cli.Result result = sample("--framework", PLANS, "--size", "3");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err().lines())
          .containsExactly(
              "audit sample: Missing required argument:"
                  + " --plan=NAME (see 'java -jar audit-cli.jar sample --help')");
    }

    @Test
    void sample_noSizeAndNoPlan_usageError2() {
      Cli.Result result = sample();

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err().lines())
          .singleElement()
          .asString()
          .contains("one of --size=N or --share=X, or --framework=ID|FILE --plan=NAME");
    }

    @Test
    void sample_unknownFramework_exit1() {
      Cli.Result result = sample("--framework", "nowhere", "--plan", "quarterly");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains("unknown framework 'nowhere'");
    }
  }
}
