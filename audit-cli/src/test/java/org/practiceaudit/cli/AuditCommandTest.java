package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  void usageErrors_misspeltCommand_suggestsIt() {
    Cli.Result result = Cli.run("smaple");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("did you mean 'sample'?")
        .contains("(see 'java -jar audit-cli.jar --help')");
  }

  @Test
  void usageErrors_misspeltOption_suggestsIt() {
    Cli.Result result =
        Cli.run(
            "sample", "--cases", "x.csv", "--as-of", "2026-11-02", "--seed", "1", "--sise", "3");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("did you mean '--size'?");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--share=1.5",
        "--share=0",
        "--share=10%",
        "--size=0",
        "--size=-3",
        "--seed=abc",
        "--as-of=02/11/2026",
        "--stratify=team,team",
        "--min-per-stratum=-1",
        "--exclude-audited-within=P0D",
        "--exclude-audited-within=six"
      })
  void usageErrors_invalidOptionValue_exit2NamingTheOption(String option) {
    String name = option.substring(0, option.indexOf('=') + 1);
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "sample",
                "--cases=" + Cli.resource("cases.csv"),
                "--as-of=2026-11-02",
                "--seed=1"));
    if (!option.startsWith("--share") && !option.startsWith("--size")) {
      args.add("--size=3");
    }
    args.removeIf(a -> a.startsWith(name));
    args.add(option);

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains(option.substring(0, option.indexOf('=')))
        .doesNotContain("java.", "Exception", "command-line");
  }

  @Test
  void audit_version_printsVersion() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("audit (Practice Audit) ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "check", "deadline", "sample", "allocate", "report", "demo"})
  void command_help_exit0WithUsage(String command) {
    Cli.Result result = Cli.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: java -jar audit-cli.jar " + command);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void message_picocliErrorPrefixAndMissingArguments_plainWithTheRightNumber() {
    assertThat(AuditCommand.message("Error: Missing required argument(s): --plan=NAME"))
        .isEqualTo("Missing required argument: --plan=NAME");
    assertThat(AuditCommand.message("Error: Missing required argument(s): --a=A, --b=B"))
        .isEqualTo("Missing required arguments: --a=A, --b=B");
    assertThat(AuditCommand.message("Unknown option: '--frob'"))
        .isEqualTo("Unknown option: '--frob'");
  }

  @Test
  void help_command_exit0() {
    Cli.Result result = Cli.run("help", "sample");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: java -jar audit-cli.jar sample");
  }

  @Test
  void execute_outOfMemory_oneLineSayingHowToGiveJavaMoreAndExit1() {
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine commandLine = new picocli.CommandLine(new Exhausting());
    commandLine.setErr(new java.io.PrintWriter(err, true));

    int exitCode = Main.execute(commandLine, new String[0]);

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("audit: out of memory: Java may use at most ")
        .contains("-Xmx")
        .contains("java -Xmx2g -jar audit-cli.jar")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  /** A command that runs out of memory. */
  @picocli.CommandLine.Command(name = "exhausting")
  static final class Exhausting implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }
}
