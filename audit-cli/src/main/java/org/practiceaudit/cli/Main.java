package org.practiceaudit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The entry point of the {@code audit} command line.
 *
 * <p>Run {@code java -jar audit-cli.jar --help} for the commands. Exit codes: 0 success, 1 invalid
 * input, a failed check or too little memory, 2 usage error.
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
    int exitCode = execute(commandLine, args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  /** Runs the {@code audit} command with the given streams, as the tests do. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = AuditCommand.commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    int exitCode = execute(commandLine, args);
    out.flush();
    err.flush();
    return exitCode;
  }

  /**
   * Executes the command; running out of memory becomes one line saying how to give Java more,
   * never a stack trace (issue 15 item 5).
   */
  static int execute(CommandLine commandLine, String[] args) {
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      commandLine.getErr().println(outOfMemory(Runtime.getRuntime().maxMemory()));
      return AuditCommand.INVALID;
    }
  }

  /**
   * The message for a run out of memory: the memory Java had and how to give it more.
   *
   * @param maxMemory the most memory Java would use, in bytes, as {@link Runtime#maxMemory()} says
   */
  static String outOfMemory(long maxMemory) {
    return "audit: out of memory: Java may use at most "
        + maxMemory / (1024 * 1024)
        + " MB here;"
        + " give it more with -Xmx, for example: java -Xmx2g -jar audit-cli.jar ...";
  }
}
