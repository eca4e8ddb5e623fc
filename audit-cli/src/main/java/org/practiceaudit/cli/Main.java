package org.practiceaudit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The entry point of the {@code audit} command line.
 *
 * <p>Run {@code java -jar audit-cli.jar --help} for the commands. Exit codes: 0 success, 1 invalid input or
 * a failed check, 2 usage error.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the {@code audit} command and exits the virtual machine with its exit code.
   *
   * @param args the command-line arguments; not null
   */
  public static void main(String[] args) {
    CommandLine commandLine = AuditCommand.commandLine();
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  /**
   * Runs the {@code audit} command with the given streams, as the tests do.
   */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = AuditCommand.commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    int exitCode = commandLine.execute(args);
    out.flush();
    err.flush();
    return exitCode;
  }
}
