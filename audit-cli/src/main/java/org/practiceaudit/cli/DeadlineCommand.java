package org.practiceaudit.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.json.AuditJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code audit deadline}: when the follow-up of an escalation is due. */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Computes when the follow-up of an escalation category is due: elapsed hours in Europe/London,"
          + " or working days of the framework's calendar (or of --nation's)."
    })
final class DeadlineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--framework",
      required = true,
      paramLabel = "ID|FILE",
      description = "A bundled framework id (such as dudley) or a framework configuration file.")
  String framework;

  @Option(
      names = "--category",
      required = true,
      paramLabel = "N",
      description = "The escalation category, 1 being the most serious.")
  int category;

  @Option(
      names = "--raised",
      required = true,
      paramLabel = "DATE_TIME",
      converter = RaisedConverter.class,
      description =
          "When the concern was raised: a local date-time in Europe/London"
              + " (2026-03-28T10:00) or an offset date-time (2026-03-28T10:00+00:00).")
  ZonedDateTime raised;

  @Option(
      names = "--nation",
      paramLabel = "NATION",
      converter = NationConverter.class,
      description =
          "Count working days in this nation's calendar instead of the framework's:"
              + " england-and-wales, scotland or northern-ireland.")
  UkDivision nation;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() {
    Frameworks.Loaded loaded = Frameworks.resolve(framework);
    AuditFramework resolved = loaded.framework();
    if (resolved.escalationCategories().isEmpty()) {
      throw new InputException(
          "framework '"
              + resolved.id()
              + "' has no escalation categories, so it"
              + " has no follow-up deadlines");
    }
    EscalationCategory escalation =
        resolved
            .escalationCategory(category)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--category must be one of the"
                            + " escalation categories of framework '"
                            + resolved.id()
                            + "': "
                            + resolved.escalationCategories().stream()
                                .map(c -> String.valueOf(c.level()))
                                .collect(Collectors.joining(", ", "[", "]"))
                            + "; found "
                            + category));
    WorkingCalendar calendar = nation == null ? resolved.calendar() : WorkingCalendar.of(nation);
    Instant raisedAt = raised.toInstant();
    Optional<Deadline> deadline = escalation.followUp().dueFrom(raisedAt, calendar);
    String rule = loaded.escalationRuleId();
    String due = deadline.map(DeadlineCommand::due).orElse(null);
    if (json) {
      ObjectNode out = toJson(escalation, deadline, due, calendar, resolved, rule);
      Json.print(spec.commandLine().getOut(), out);
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              "category %d (%s): follow-up %s%n",
              escalation.level(), escalation.name(), escalation.followUp());
      spec.commandLine()
          .getOut()
          .printf("due: %s%n", due == null ? "no deadline" : due + describe(deadline.get()));
      spec.commandLine()
          .getOut()
          .printf(
              "rule: %s (framework %s %s, calendar %s)%n",
              rule, resolved.id(), resolved.version(), calendar.name());
    }
    return 0;
  }

  /** The deadline as a JSON object. */
  private ObjectNode toJson(
      EscalationCategory escalation,
      Optional<Deadline> deadline,
      String due,
      WorkingCalendar calendar,
      AuditFramework resolved,
      String rule) {
    ObjectNode out = Json.object();
    out.put("category", escalation.level());
    out.put("name", escalation.name());
    out.set("follow_up", AuditJson.mapper().valueToTree(escalation.followUp()));
    out.put("kind", kind(escalation.followUp().kind()));
    out.put("raised", raised.toOffsetDateTime().toString());
    if (due == null) {
      out.putNull("due");
    } else {
      out.put("due", due);
    }
    if (deadline.isPresent()) {
      out.set("due_at", AuditJson.mapper().valueToTree(deadline.get()).get("due_at"));
    } else {
      out.putNull("due_at");
    }
    out.put("calendar", calendar.name());
    out.put("framework", resolved.id());
    out.put("framework_version", resolved.version());
    out.put("rule", rule);
    return out;
  }

  private static String due(Deadline deadline) {
    return deadline.kind() == FollowUpPolicy.Kind.WORKING_DAYS
        ? deadline.dueDate().toString()
        : deadline.dueAt().toOffsetDateTime().toString();
  }

  private static String describe(Deadline deadline) {
    return deadline.kind() == FollowUpPolicy.Kind.WORKING_DAYS
        ? " (end of that working day)"
        : " (Europe/London)";
  }

  /** The kind as the interchange form of a deadline spells it, such as {@code working-days}. */
  private static String kind(FollowUpPolicy.Kind kind) {
    return AuditJson.mapper().valueToTree(kind).asString();
  }

  /** Parses an offset date-time, or a local date-time in Europe/London. */
  static final class RaisedConverter implements CommandLine.ITypeConverter<ZonedDateTime> {
    @Override
    public ZonedDateTime convert(String value) {
      try {
        return OffsetDateTime.parse(value).atZoneSameInstant(WorkingCalendar.LONDON);
      } catch (DateTimeParseException notOffset) {
        try {
          return inLondon(LocalDateTime.parse(value));
        } catch (DateTimeParseException e) {
          throw new CommandLine.TypeConversionException(
              "'"
                  + value
                  + "' is not a date-time;"
                  + " expected 2026-03-28T10:00 (Europe/London) or 2026-03-28T10:00+00:00");
        }
      }
    }
  }

  /**
   * Places a local date-time in Europe/London, refusing one that falls in a clock change: a time
   * the clocks skip, or a time that happens twice, naming the valid times (issue 16 item 8).
   */
  static ZonedDateTime inLondon(LocalDateTime local) {
    java.time.zone.ZoneRules rules = WorkingCalendar.LONDON.getRules();
    java.time.zone.ZoneOffsetTransition change = rules.getTransition(local);
    if (change == null) {
      return local.atZone(WorkingCalendar.LONDON);
    }
    if (change.isGap()) {
      throw new CommandLine.TypeConversionException(
          "'"
              + local
              + "' does not exist in Europe/London:"
              + " the clocks go forward from "
              + change.getDateTimeBefore().toLocalTime()
              + " to "
              + change.getDateTimeAfter().toLocalTime()
              + " that day; give a time before "
              + change.getDateTimeBefore()
              + " or from "
              + change.getDateTimeAfter());
    }
    throw new CommandLine.TypeConversionException(
        "'"
            + local
            + "' happens twice in Europe/London:"
            + " the clocks go back that night; give "
            + local.atOffset(change.getOffsetBefore())
            + " (the first) or "
            + local.atOffset(change.getOffsetAfter())
            + " (the second)");
  }

  /** Parses a UK nation's calendar id. */
  static final class NationConverter implements CommandLine.ITypeConverter<UkDivision> {
    @Override
    public UkDivision convert(String value) {
      try {
        return UkDivision.parse(value);
      } catch (org.practiceaudit.core.AuditException e) {
        throw new CommandLine.TypeConversionException(
            "'"
                + value
                + "' is not a nation; expected england-and-wales, scotland or northern-ireland");
      }
    }
  }
}
