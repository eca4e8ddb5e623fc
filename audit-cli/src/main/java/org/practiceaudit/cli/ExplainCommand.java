package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.practiceaudit.core.framework.FrameworkAccount;
import org.practiceaudit.html.HtmlExplanation;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.framework.FrameworkWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit explain}: a framework told in plain words for the QA lead who signs it off (issue 18
 * item 2). Every sentence comes from the loaded configuration through audit-rules' {@link
 * FrameworkWords}; the formats are renderings of that one account.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Tells a framework in plain words, for sign-off: its source and version, the grades and how a grade"
          + " is reached, each domain with its scale, anchors and indicators, the audit types and when audits"
          + " are due, the escalation categories with their follow-up, the sampling plans, the quotas per"
          + " role, moderation, the programme and every rule with its parameters.",
      "Every sentence is generated from the configuration. Exit 0; 1 when the framework cannot be read."
    })
final class ExplainCommand implements Callable<Integer> {

  /** The formats, as --format accepts them. */
  static final List<String> FORMATS = List.of("text", "markdown", "html", "json");

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ID|FILE",
      description = "A bundled framework id (such as dudley) or a framework configuration file.")
  String framework;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (the default), markdown, html (a self-contained page) or json.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the account to this file (through a temporary file) instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    String chosen = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(chosen)) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--format': '" + format + "'; expected one of " + FORMATS);
    }
    FrameworkAccount account = account(Frameworks.resolve(framework));
    String text;
    switch (chosen) {
      case "markdown":
        text = AccountText.markdown(account);
        break;
      case "html":
        text = HtmlExplanation.render(account);
        break;
      case "json":
        text = Json.toText(AccountText.json(account)) + "\n";
        break;
      default:
        text = AccountText.text(account);
    }
    PrintWriter printer = spec.commandLine().getOut();
    if (out == null) {
      printer.print(text);
    } else {
      TextFiles.write(out, text);
      printer.printf("wrote %s%n", out);
    }
    printer.flush();
    return 0;
  }

  /** The account of a loaded framework, with the configuration's grade bands and description. */
  static FrameworkAccount account(Frameworks.Loaded loaded) {
    return FrameworkWords.account(
        loaded.local(),
        loaded.gradeBands(),
        loaded.configuration().description(),
        RuleRegistry.load());
  }
}
