package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.rules.framework.FrameworkDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code audit diff}: what changed between two versions of a framework, and whether audits made
 * under the older can still be reported beside the newer (issue 18 item 4), as audit-rules' {@link
 * FrameworkDiff} and audit-core's {@code FrameworkCatalogue} decide.
 *
 * <p>Exit codes follow {@code diff(1)} and {@code git diff --exit-code}, so that a CI job can fail
 * on a change: 0 the versions say the same, 1 they differ, 2 trouble (a framework cannot be read,
 * or a usage error).
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two versions of a framework: domains added, removed or renamed, scales, indicators,"
          + " grades and grade bands, audit types, escalation categories and their follow-ups, sampling"
          + " plans, quotas, moderation, rules and their parameters; and tells whether audits made under OLD"
          + " can still be reported beside NEW (same domains, scored on the same ranges, same grades).",
      "Exit codes, as diff(1): 0 no change, 1 changes, 2 a framework cannot be read or a usage error."
    })
final class DiffCommand implements Callable<Integer> {

  /** Exit code when the versions differ. */
  static final int CHANGED = 1;

  /** Exit code when a framework cannot be read, as diff(1)'s "trouble". */
  static final int TROUBLE = AuditCommand.USAGE;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The older version: a bundled id or a file.")
  String older;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The newer version: a bundled id or a file.")
  String newer;

  @Option(
      names = "--json",
      description =
          "Print one JSON document: {old, new, version_is_later, changes,"
              + " comparable, not_comparable}.")
  boolean json;

  @Override
  public Integer call() {
    Frameworks.Loaded a;
    Frameworks.Loaded b;
    try {
      a = Frameworks.resolve(older);
      b = Frameworks.resolve(newer);
    } catch (InputException e) {
      e.problems().forEach(spec.commandLine().getErr()::println);
      spec.commandLine().getErr().flush();
      return TROUBLE;
    } catch (AuditException e) {
      spec.commandLine()
          .getErr()
          .println(AuditCommand.label(spec.commandLine()) + ": " + e.getMessage());
      spec.commandLine().getErr().flush();
      return TROUBLE;
    }
    FrameworkDiff diff =
        FrameworkDiff.between(a.local(), a.gradeBands(), b.local(), b.gradeBands());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, json(diff, a, b));
    } else {
      text(out, diff, a, b);
    }
    return diff.isEmpty() ? 0 : CHANGED;
  }

  private static void text(
      PrintWriter out, FrameworkDiff diff, Frameworks.Loaded a, Frameworks.Loaded b) {
    out.printf(
        "%s %s (%s) -> %s %s (%s)%s: %s%n",
        diff.older().id(),
        diff.older().version(),
        a.source(),
        diff.newer().id(),
        diff.newer().version(),
        b.source(),
        diff.versionIsLater() || diff.isEmpty() ? "" : ", not a later version",
        diff.isEmpty() ? "no change" : Plurals.count(diff.changes().size(), "change", "changes"));
    for (FrameworkDiff.Change change : diff.changes()) {
      out.println("  " + change);
    }
    List<String> reasons = diff.notComparable();
    if (reasons.isEmpty()) {
      out.printf(
          "Audits made under %s can be reported beside %s: the same domains, scored on the same"
              + " ranges, and the same grades.%n",
          diff.older().version(), diff.newer().version());
    } else {
      out.printf(
          "Audits made under %s cannot be reported beside %s: %s.%n",
          diff.older().version(), diff.newer().version(), String.join("; ", reasons));
    }
    out.flush();
  }

  private static ObjectNode json(FrameworkDiff diff, Frameworks.Loaded a, Frameworks.Loaded b) {
    ObjectNode document = Json.object();
    side(document.putObject("old"), diff.older().id(), diff.older().version(), a.source());
    side(document.putObject("new"), diff.newer().id(), diff.newer().version(), b.source());
    document.put("version_is_later", diff.versionIsLater());
    document.put("changed", !diff.isEmpty());
    ArrayNode changes = document.putArray("changes");
    for (FrameworkDiff.Change change : diff.changes()) {
      ObjectNode c = changes.addObject();
      c.put("area", change.area());
      c.put("subject", change.subject());
      c.put("change", change.kind().toString());
      c.put("before", change.before());
      c.put("after", change.after());
    }
    document.put("comparable", diff.comparable());
    ArrayNode reasons = document.putArray("not_comparable");
    diff.notComparable().forEach(reasons::add);
    return document;
  }

  private static void side(ObjectNode node, String id, String version, String source) {
    node.put("framework", id);
    node.put("version", version);
    node.put("source", source);
  }
}
