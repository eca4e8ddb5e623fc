package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.json.ConfigurationException;
import org.practiceaudit.json.Problem;
import org.practiceaudit.json.configuration.DocumentFormat;
import org.practiceaudit.json.configuration.FrameworkConfiguration;
import org.practiceaudit.json.configuration.FrameworkLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code audit validate}: checks a framework configuration file. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates a framework configuration (JSON, or YAML by its .yaml or .yml extension) against the"
          + " published schema and for what a schema cannot say. Exit 0 when valid; exit 1 when not, with"
          + " one line per problem: POINTER (LINE:COL): MESSAGE."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The framework configuration file.")
  Path file;

  @Option(
      names = "--json",
      description = "Print one JSON document: {valid, ...} or {valid, problems}.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    FrameworkConfiguration configuration;
    try {
      configuration =
          FrameworkLoader.standard()
              .load(
                  Frameworks.text(file),
                  DocumentFormat.fromFileName(file.toString()),
                  file.toString());
    } catch (ConfigurationException e) {
      return invalid(e.problems());
    }
    AuditFramework framework = configuration.framework();
    if (json) {
      ObjectNode document = Json.object();
      document.put("valid", true);
      document.put("file", file.toString());
      document.put("framework", framework.id());
      document.put("version", framework.version());
      document.put("name", framework.name());
      document.put("domains", framework.domains().size());
      document.put("escalation_categories", framework.escalationCategories().size());
      document.put("rules", configuration.rules().size());
      Json.print(out, document);
    } else {
      out.printf(
          "%s: valid framework %s %s (%s, %s, %s)%n",
          file,
          framework.id(),
          framework.version(),
          Plurals.count(framework.domains().size(), "domain", "domains"),
          Plurals.count(
              framework.escalationCategories().size(),
              "escalation category",
              "escalation categories"),
          Plurals.count(configuration.rules().size(), "rule", "rules"));
    }
    return 0;
  }

  private int invalid(List<Problem> problems) {
    if (json) {
      ObjectNode document = Json.object();
      document.put("valid", false);
      document.put("file", file.toString());
      ArrayNode array = document.putArray("problems");
      for (Problem problem : problems) {
        ObjectNode p = array.addObject();
        p.put("pointer", problem.pointer());
        p.put("line", problem.line());
        p.put("column", problem.column());
        p.put("message", problem.message());
      }
      Json.print(spec.commandLine().getOut(), document);
    } else {
      PrintWriter err = spec.commandLine().getErr();
      Frameworks.lines(problems).forEach(err::println);
      err.flush();
    }
    return AuditCommand.INVALID;
  }
}
