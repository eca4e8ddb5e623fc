package org.practiceaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.internal.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The top-level {@code audit} command: its subcommands, the shared {@code --debug} option and the
 * error handling that turns every failure into one line on standard error and an exit code.
 */
@Command(
    name = AuditCommand.PROGRAM,
    mixinStandardHelpOptions = true,
    versionProvider = AuditCommand.Version.class,
    description =
        "Case-file audits of children's social care: deadlines, samples, allocation, reports.",
    footer = {"", "Exit codes: 0 success, 1 invalid input or a failed check, 2 usage error."},
    subcommands = {
      ValidateCommand.class,
      CheckCommand.class,
      ExplainCommand.class,
      FormCommand.class,
      DiffCommand.class,
      DeadlineCommand.class,
      ImportCommand.class,
      SampleCommand.class,
      AllocateCommand.class,
      ReportCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
final class AuditCommand implements Runnable {

  /** Exit code for invalid input or a failed check. */
  static final int INVALID = 1;

  /**
   * Exit code for a usage error: an unknown command or option, a missing or invalid option value.
   */
  static final int USAGE = 2;

  /** The program as users run it, which the help shows. */
  static final String PROGRAM = "java -jar audit-cli.jar";

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean debug;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command; expected one of " + spec.subcommands().keySet());
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new AuditCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    Converters.register(commandLine);
    commandLine.setParameterExceptionHandler(AuditCommand::usageError);
    commandLine.setExecutionExceptionHandler(AuditCommand::failure);
    return commandLine;
  }

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine commandLine = ex.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String name = label(commandLine);
    err.println(
        name
            + ": "
            + message(ex.getMessage())
            + suggestion(ex)
            + " (see '"
            + commandLine.getCommandSpec().qualifiedName()
            + " --help')");
    if (debug(commandLine.getParseResult())) {
      ex.printStackTrace(err);
    }
    return USAGE;
  }

  /** The short name of a command in messages: {@code audit sample}. */
  static String label(CommandLine commandLine) {
    String qualified = commandLine.getCommandSpec().qualifiedName();
    return qualified.startsWith(PROGRAM)
        ? "audit" + qualified.substring(PROGRAM.length())
        : qualified;
  }

  /**
   * "; did you mean 'sample'?" for a misspelt command or option, from the one suggestion helper.
   */
  private static String suggestion(ParameterException ex) {
    if (!(ex instanceof UnmatchedArgumentException)) {
      return "";
    }
    UnmatchedArgumentException unmatched = (UnmatchedArgumentException) ex;
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    List<String> candidates = new ArrayList<>(spec.subcommands().keySet());
    spec.options().forEach(o -> candidates.addAll(List.of(o.names())));
    for (String argument : unmatched.getUnmatched()) {
      String word =
          argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
      Optional<String> closest = Suggestions.closest(word, candidates);
      if (closest.isPresent()) {
        return "; did you mean '" + closest.get() + "'?";
      }
    }
    return "";
  }

  /**
   * Picocli's message for a usage error, without the "Error: " some of them start with and with
   * "argument" or "arguments" for "argument(s)".
   */
  static String message(String picocli) {
    String text = picocli.startsWith("Error: ") ? picocli.substring("Error: ".length()) : picocli;
    String missing = "Missing required argument(s): ";
    if (text.startsWith(missing)) {
      String arguments = text.substring(missing.length());
      text =
          (arguments.contains(",") ? "Missing required arguments: " : "Missing required argument: ")
              + arguments;
    }
    return text;
  }

  private static int failure(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String name = label(commandLine);
    if (ex instanceof InputException) {
      for (String problem : ((InputException) ex).problems()) {
        err.println(problem);
      }
    } else if (ex instanceof AuditException
        || ex instanceof IllegalArgumentException
        || ex instanceof DateTimeException) {
      err.println(name + ": " + ex.getMessage());
    } else {
      err.println(
          name
              + ": an internal error stopped the command"
              + (debug(parseResult) ? ": " + ex : " (run again with --debug for details)"));
    }
    if (debug(parseResult)) {
      ex.printStackTrace(err);
    }
    return INVALID;
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = AuditCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "audit (Practice Audit) " + properties.getProperty("version", "unknown")
      };
    }
  }
}
