package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.practiceaudit.core.framework.BlankForm;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.html.HtmlForm;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.framework.FrameworkWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code audit form}: writes the blank audit tool auditors fill in, generated from the framework
 * alone (issue 18 item 3), as printable HTML by audit-html's {@link HtmlForm}.
 */
@Command(
    name = "form",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the blank audit form of a framework as one self-contained, printable HTML page (A4, no"
          + " scripts): the audit's details, each domain with its score scale, anchors and indicator"
          + " checklists, the overall grade and how it is reached, concerns and escalation categories with"
          + " their deadlines, recommended actions with owner and due date, and the practitioner"
          + " conversation and the child's and family's feedback where the framework asks for them.",
      "Exit 0; 1 when the framework cannot be read, the audit type is unknown or the file cannot be written."
    })
final class FormCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ID|FILE",
      description = "A bundled framework id (such as camden) or a framework configuration file.")
  String framework;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FORM.html",
      description =
          "Where to write the form (through a temporary file, so a reader never sees half of it).")
  Path out;

  @Option(
      names = "--audit-type",
      paramLabel = "ID",
      description =
          "The audit type the form is for, such as practice-week; default: the framework's only type,"
              + " or a form for every type.")
  String auditType;

  @Option(names = "--json", description = "Print one JSON document describing what was written.")
  boolean json;

  @Override
  public Integer call() {
    Frameworks.Loaded loaded = Frameworks.resolve(framework);
    BlankForm form =
        FrameworkWords.form(
            loaded.local(),
            loaded.gradeBands(),
            Optional.ofNullable(auditType),
            RuleRegistry.load());
    TextFiles.write(out, HtmlForm.render(form));
    int indicators = 0;
    for (Domain domain : form.framework().domains()) {
      indicators += domain.goodIndicators().size() + domain.outstandingIndicators().size();
    }
    PrintWriter printer = spec.commandLine().getOut();
    if (json) {
      ObjectNode document = Json.object();
      document.put("file", out.toString());
      document.put("framework", form.framework().id());
      document.put("version", form.framework().version());
      if (form.auditType().isPresent()) {
        document.put("audit_type", form.auditType().get().id());
      } else {
        document.putNull("audit_type");
      }
      document.put("domains", form.framework().domains().size());
      document.put("indicators", indicators);
      document.put("escalation_categories", form.framework().escalationCategories().size());
      document.put("conversation", form.conversation().isPresent());
      var feedback = document.putArray("feedback_from");
      form.feedbackFrom().forEach(feedback::add);
      Json.print(printer, document);
    } else {
      printer.printf(
          "wrote %s: audit form of %s %s%s (%s, %s%s%s)%n",
          out,
          form.framework().id(),
          form.framework().version(),
          form.auditType().map(t -> " for " + t.id() + " audits").orElse(""),
          Plurals.count(form.framework().domains().size(), "domain", "domains"),
          Plurals.count(indicators, "indicator", "indicators"),
          form.conversation().isPresent() ? ", practitioner conversation" : "",
          form.feedbackFrom().isEmpty() ? "" : ", feedback");
      printer.flush();
    }
    return 0;
  }
}
