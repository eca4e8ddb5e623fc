package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

final class SampleCommandTest {

  private static final String CASES = Cli.resource("cases.csv");

  private static List<String> selected(JsonNode json) {
    List<String> ids = new ArrayList<>();
    json.get("selected").forEach(id -> ids.add(id.asString()));
    return ids;
  }

  @Test
  void sample_fixedSeed_goldenSelectionAndContractFields() {
    Cli.Result result = Cli.run("sample", "--cases", CASES, "--as-of", "2026-11-02", "--seed", "42",
        "--size", "5", "--stratify", "category", "--exclude-audited-within", "P6M", "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    JsonNode json = result.json();
    assertThat(selected(json)).containsExactly("SYN-0001", "SYN-0007", "SYN-0006", "SYN-0003", "SYN-0004");
    assertThat(json.get("strata")).hasSize(3);
    JsonNode first = json.get("strata").get(0);
    assertThat(first.get("stratum").get("category").asString()).isEqualTo("child-in-need");
    assertThat(first.get("eligible").asInt()).isEqualTo(4);
    assertThat(first.get("selected").asInt()).isEqualTo(2);
    assertThat(json.get("excluded").get(0).get("case_id").asString()).isEqualTo("SYN-0002");
    assertThat(json.get("excluded").get(0).get("reason").asString()).isEqualTo("audited-within-window");
    assertThat(json.get("shortfall").asInt()).isZero();
    assertThat(json.get("seed").asLong()).isEqualTo(42L);
    assertThat(json.get("algorithm").asString()).isNotBlank();
  }

  @Test
  void sample_share_ceilingOfOpenCasesBeforeExclusions() {
    Cli.Result result = Cli.run("sample", "--cases", CASES, "--as-of", "2026-11-02", "--seed", "1",
        "--share", "0.25", "--exclude-audited-within", "P6M", "--json");

    // 11 open cases: ceil(0.25 x 11) = 3, although only 9 are eligible.
    assertThat(selected(result.json())).hasSize(3);
    assertThat(result.json().get("open").asInt()).isEqualTo(11);
  }

  @Test
  void sample_moreThanEligible_shortfallReported() {
    Cli.Result result = Cli.run("sample", "--cases", CASES, "--as-of", "2026-11-02", "--seed", "1",
        "--size", "11", "--exclude-audited-within", "P6M", "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(result.json().get("shortfall").asInt()).isEqualTo(2);
  }

  @Test
  void sample_sizeAndShare_usageError2() {
    Cli.Result result = Cli.run("sample", "--cases", CASES, "--as-of", "2026-11-02", "--seed", "1",
        "--size", "3", "--share", "0.1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void sample_unknownStratifyColumn_usageError2() {
    Cli.Result result = Cli.run("sample", "--cases", CASES, "--as-of", "2026-11-02", "--seed", "1",
        "--size", "3", "--stratify", "ethnicity");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no column [ethnicity]");
  }

  @Test
  void sample_badRows_exit1NothingOnStdout() {
    Cli.Result result = Cli.run("sample", "--cases", Cli.resource("cases-bad.csv"), "--as-of",
        "2026-11-02", "--seed", "1", "--size", "3", "--json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).hasSize(5);
  }
}
