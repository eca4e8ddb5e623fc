package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class AuditCommandTest {

  @Test
  void audit_noCommand_usageError2() {
    Cli.Result result = Cli.run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("audit: Missing command");
  }

  @Test
  void audit_unknownCommand_usageError2() {
    Cli.Result result = Cli.run("frobnicate");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void audit_version_printsVersion() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("audit (Practice Audit) ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "deadline", "sample", "allocate", "report", "demo"})
  void command_help_exit0WithUsage(String command) {
    Cli.Result result = Cli.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: audit " + command);
    assertThat(result.err()).isEmpty();
  }
}
