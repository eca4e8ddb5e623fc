package org.practiceaudit.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.json.AuditJson;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.lifecycle.AuditLifecycle;
import org.practiceaudit.rules.lifecycle.UnmetRequirement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code audit check}: runs every rule of a framework on audits (and cases), as of a date (issue 18
 * item 1), so that a configuration author sees what the framework does without writing Java.
 *
 * <p>The rules' clock is the end of the {@code --as-of} day in Europe/London, as for {@code report}
 * ({@link Reports#endOf(LocalDate)}); never the current time. Whether an audit may complete is the
 * answer of audit-rules' {@link AuditLifecycle} with the framework's rules required to complete: an
 * audit not yet completed is completed on the {@code --as-of} day, a completed one on its
 * completion day.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every rule of a framework on every audit (and case, where rules take cases) as of a date, and"
          + " prints per audit each rule's outcome (PASS, FAIL, NOT_APPLICABLE or ERROR, with its reason),"
          + " the derived grade, escalation category, deadline and notifications, and whether the audit"
          + " may complete; then a summary per rule.",
      "Exit code 1 when a rule fails or errs and --fail-on-fail is given; 0 otherwise."
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--framework",
      required = true,
      paramLabel = "ID|FILE",
      description = "A bundled framework id (such as dudley) or a framework configuration file.")
  String framework;

  @Option(
      names = "--audits",
      required = true,
      paramLabel = "FILE",
      description =
          "The audits: audit-json's interchange form (a .json array, or .jsonl with one audit"
              + " per line), or the audits CSV of report (with the optional columns escalated_at, agency,"
              + " area_grade.<domain-id>, indicators, concerns and actions_outstanding).")
  Path audits;

  @Option(
      names = "--cases",
      paramLabel = "FILE",
      description = "Cases for the rules that take cases: a cases CSV or an Annex A workbook.")
  Path cases;

  @Mixin KeyFileOption key;

  @Mixin Vocabulary vocabulary;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The day the rules judge on, at its end in Europe/London (ISO; default: the latest"
              + " allocation or completion date in the audits).")
  LocalDate asOf;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(names = "--fail-on-fail", description = "Exit with code 1 when any rule fails or errs.")
  boolean failOnFail;

  /** The outcomes of one audit and what stops it completing. */
  private record Checked(Audit audit, List<Outcome> outcomes, List<UnmetRequirement> unmet) {}

  @Override
  public Integer call() {
    Frameworks.Loaded loaded = Frameworks.resolve(framework);
    AuditFramework resolved = loaded.framework();
    RuleRegistry registry = RuleRegistry.load();
    RuleSet rules = built(loaded.local().ruleSet(registry));
    RuleSet required = built(loaded.local().completionRules(registry));
    InputProblems problems = new InputProblems();
    List<Audit> read = AuditsJson.readAny(audits.toString(), resolved, problems);
    List<CaseFile> caseFiles =
        cases == null
            ? List.of()
            : CaseSources.read(
                cases,
                InvolvementsCsv.Involvements.none(),
                Optional.ofNullable(asOf),
                key,
                Set.of(),
                vocabulary,
                problems);
    vocabulary.warn(problems);
    warnIfNoCaseRule(rules, resolved, problems);
    if (!problems.hasProblems() && read.isEmpty() && asOf == null) {
      problems.add(
          audits.toString(),
          new InputProblems.Kind("empty file", "empty files"),
          "has no audits, so there is no date to check as of; give --as-of to check no audits");
    }
    problems.finish(spec.commandLine().getErr());
    LocalDate day = asOf != null ? asOf : Reports.latestDate(read);
    RuleContext context =
        RuleContext.of(Clock.fixed(Reports.endOf(day), WorkingCalendar.LONDON), resolved);
    AuditLifecycle lifecycle = AuditLifecycle.of(required, context);
    List<Checked> checked = new ArrayList<>();
    for (Audit audit : read) {
      checked.add(
          new Checked(
              audit,
              rules.evaluate(SubjectType.AUDIT, audit, context),
              lifecycle.unmetToComplete(audit, day)));
    }
    List<Outcome> acrossAudits = rules.evaluate(SubjectType.AUDITS, List.copyOf(read), context);
    Map<String, List<Outcome>> byCase = byCase(rules, caseFiles, context);
    Map<String, Map<OutcomeStatus, Integer>> summary =
        summary(rules, checked, acrossAudits, byCase);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, toJson(resolved, day, checked, acrossAudits, byCase, summary));
    } else {
      print(out, resolved, day, rules, checked, acrossAudits, byCase, summary);
    }
    boolean anyProblem =
        summary.values().stream()
            .anyMatch(c -> c.get(OutcomeStatus.FAIL) > 0 || c.get(OutcomeStatus.ERROR) > 0);
    return failOnFail && anyProblem ? 1 : 0;
  }

  /** Warns when cases are given but no rule of the framework takes a case. */
  private void warnIfNoCaseRule(RuleSet rules, AuditFramework resolved, InputProblems problems) {
    if (cases != null
        && rules.rules().stream().noneMatch(r -> r.subjectType().equals(SubjectType.CASE_FILE))) {
      problems.warn(
          "no rule of framework '"
              + resolved.id()
              + "' takes cases; "
              + cases
              + " is read but no rule is run on its cases");
    }
  }

  /** The outcomes of the case rules, by case id, for the cases with any. */
  private static Map<String, List<Outcome>> byCase(
      RuleSet rules, List<CaseFile> caseFiles, RuleContext context) {
    Map<String, List<Outcome>> byCase = new TreeMap<>();
    for (CaseFile caseFile : caseFiles) {
      List<Outcome> outcomes = rules.evaluate(SubjectType.CASE_FILE, caseFile, context);
      if (!outcomes.isEmpty()) {
        byCase.put(caseFile.id().toString(), outcomes);
      }
    }
    return byCase;
  }

  private static RuleSet built(Validation<Seq<String>, RuleSet> built) {
    if (built.isInvalid()) {
      throw new InputException(built.getError().asJava());
    }
    return built.get();
  }

  private static Map<String, Map<OutcomeStatus, Integer>> summary(
      RuleSet rules,
      List<Checked> checked,
      List<Outcome> acrossAudits,
      Map<String, List<Outcome>> byCase) {
    Map<String, Map<OutcomeStatus, Integer>> summary = new TreeMap<>();
    for (Rule<?> rule : rules.rules()) {
      Map<OutcomeStatus, Integer> counts = new EnumMap<>(OutcomeStatus.class);
      for (OutcomeStatus status : OutcomeStatus.values()) {
        counts.put(status, 0);
      }
      summary.put(rule.id(), counts);
    }
    List<Outcome> all = new ArrayList<>(acrossAudits);
    checked.forEach(c -> all.addAll(c.outcomes()));
    byCase.values().forEach(all::addAll);
    for (Outcome outcome : all) {
      summary.get(outcome.ruleId()).merge(outcome.status(), 1, Integer::sum);
    }
    return summary;
  }

  private static ObjectNode toJson(
      AuditFramework framework,
      LocalDate day,
      List<Checked> checked,
      List<Outcome> acrossAudits,
      Map<String, List<Outcome>> byCase,
      Map<String, Map<OutcomeStatus, Integer>> summary) {
    ObjectNode document = Json.object();
    document.put("framework", framework.id());
    document.put("framework_version", framework.version());
    document.put("as_of", day.toString());
    ArrayNode auditsNode = document.putArray("audits");
    for (Checked c : checked) {
      ObjectNode node = auditsNode.addObject();
      node.put("audit_id", c.audit().id().toString());
      node.put("may_complete", c.unmet().isEmpty());
      ArrayNode unmet = node.putArray("unmet");
      for (UnmetRequirement problem : c.unmet()) {
        unmet.addObject().put("rule_id", problem.ruleId()).put("reason", problem.reason());
      }
      node.set("outcomes", outcomes(c.outcomes()));
    }
    if (!acrossAudits.isEmpty()) {
      document.set("across_audits", outcomes(acrossAudits));
    }
    if (!byCase.isEmpty()) {
      ArrayNode casesNode = document.putArray("cases");
      byCase.forEach(
          (id, outcomes) ->
              casesNode.addObject().put("case_id", id).set("outcomes", outcomes(outcomes)));
    }
    ObjectNode summaryNode = document.putObject("summary");
    summary.forEach(
        (rule, counts) -> {
          ObjectNode n = summaryNode.putObject(rule);
          counts.forEach((status, count) -> n.put(status.name().toLowerCase(Locale.ROOT), count));
        });
    return document;
  }

  /** Outcomes in their one JSON form, audit-json's interchange {@code Outcome}. */
  private static ArrayNode outcomes(List<Outcome> outcomes) {
    ArrayNode array = Json.array();
    outcomes.forEach(
        o -> array.add(AuditJson.mapper().<tools.jackson.databind.JsonNode>valueToTree(o)));
    return array;
  }

  private static void print(
      PrintWriter out,
      AuditFramework framework,
      LocalDate day,
      RuleSet rules,
      List<Checked> checked,
      List<Outcome> acrossAudits,
      Map<String, List<Outcome>> byCase,
      Map<String, Map<OutcomeStatus, Integer>> summary) {
    out.printf(
        "check: framework %s %s, as of %s (end of day, Europe/London): %s, %s%n",
        framework.id(),
        framework.version(),
        day,
        Plurals.count(checked.size(), "audit", "audits"),
        Plurals.count(rules.size(), "rule", "rules"));
    for (Checked c : checked) {
      out.printf(
          "%naudit %s (%s): %s%n",
          c.audit().id(),
          c.audit().status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          c.unmet().isEmpty() ? "may complete" : "may not complete");
      for (UnmetRequirement problem : c.unmet()) {
        out.printf("  unmet: %s%n", problem);
      }
      c.outcomes().forEach(o -> print(out, o));
    }
    if (!acrossAudits.isEmpty()) {
      out.printf("%nacross all audits:%n");
      acrossAudits.forEach(o -> print(out, o));
    }
    byCase.forEach(
        (id, outcomes) -> {
          out.printf("%ncase %s:%n", id);
          outcomes.forEach(o -> print(out, o));
        });
    out.printf("%nsummary:%n");
    int width = summary.keySet().stream().mapToInt(String::length).max().orElse(4);
    out.printf("  %-" + width + "s  %4s  %4s  %4s  %5s%n", "rule", "pass", "fail", "n/a", "error");
    summary.forEach(
        (rule, counts) ->
            out.printf(
                "  %-" + width + "s  %4d  %4d  %4d  %5d%n",
                rule,
                counts.get(OutcomeStatus.PASS),
                counts.get(OutcomeStatus.FAIL),
                counts.get(OutcomeStatus.NOT_APPLICABLE),
                counts.get(OutcomeStatus.ERROR)));
  }

  private static void print(PrintWriter out, Outcome outcome) {
    out.printf("  %-14s %s: %s%n", outcome.status(), outcome.ruleId(), outcome.reason());
    List<String> derived = new ArrayList<>();
    outcome.grade().ifPresent(g -> derived.add("grade " + g.label()));
    outcome.escalationCategory().ifPresent(c -> derived.add("escalation category " + c));
    outcome.deadline().ifPresent(d -> derived.add("due " + due(d)));
    if (!outcome.notifications().isEmpty()) {
      derived.add(
          "notify "
              + outcome.notifications().stream()
                  .map(CheckCommand::notification)
                  .collect(Collectors.joining(", ")));
    }
    if (!derived.isEmpty()) {
      out.printf("  %-14s %s%n", "", String.join("; ", derived));
    }
  }

  /** A deadline as people read it: a working day, or an instant in Europe/London. */
  private static String due(Deadline deadline) {
    return deadline.kind() == FollowUpPolicy.Kind.WORKING_DAYS
        ? deadline.dueDate() + " (end of that working day)"
        : deadline.dueAt().withZoneSameInstant(WorkingCalendar.LONDON).toLocalDateTime()
            + " (Europe/London)";
  }

  private static String notification(Notification n) {
    StringBuilder text = new StringBuilder(n.recipient());
    if (n.channel() == Notification.Channel.EMAIL) {
      text.append(" by email");
    }
    if (n.withAudit()) {
      text.append(" with the audit");
    }
    if (n.inPersonFollowUp()) {
      text.append(", then in person");
    }
    return text.toString();
  }
}
