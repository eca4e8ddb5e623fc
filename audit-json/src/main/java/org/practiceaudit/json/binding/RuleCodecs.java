package org.practiceaudit.json.binding;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.OutcomeStatus;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of the deadlines rule outcomes carry, and of audit-rules' enumerations; outcomes
 * and notifications are bound by Jackson ({@link Mixins}).
 */
final class RuleCodecs {

  private RuleCodecs() {}

  static Map<Class<?>, Codec<?>> all() {
    Map<Class<?>, Codec<?>> codecs = new LinkedHashMap<>();
    codecs.put(OutcomeStatus.class, Codecs.enumeration(OutcomeStatus.class));
    codecs.put(Notification.Channel.class, Codecs.enumeration(Notification.Channel.class));
    codecs.put(FollowUpPolicy.Kind.class, Codecs.enumeration(FollowUpPolicy.Kind.class));
    codecs.put(Deadline.class, DEADLINE);
    return codecs;
  }

  // Hand-written: which of 'due' and 'due_at' is read depends on 'kind'.
  /**
   * An elapsed-hours deadline is {@code {"kind": "elapsed-hours", "due_at": instant}}; a
   * working-days one is {@code {"kind": "working-days", "due": date}}. Both also carry the other
   * field, for people: the names are those of the {@code check --json} contract (issue 18), {@code
   * {kind, due, due_at}}. {@code due_at} is written with its Europe/London offset ({@code
   * 2026-03-30T10:00+01:00}), as people read it; any ISO offset date-time is read.
   */
  static final Codec<Deadline> DEADLINE =
      new Codec<>() {
        @Override
        public JsonNode write(Deadline d) {
          return Fields.object()
              .put("kind", Codecs.enumText(d.kind()))
              .put("due", d.dueDate().toString())
              .put("due_at", d.dueAt().toOffsetDateTime().toString());
        }

        @Override
        public Deadline read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "deadline", Set.of("kind", "due", "due_at"));
          String kind = f.text("kind");
          if (kind.equals(Codecs.enumText(FollowUpPolicy.Kind.ELAPSED_HOURS))) {
            Instant at =
                f.optionalInstant("due_at")
                    .orElseThrow(() -> new BindingException("deadline is missing 'due_at'"));
            return Deadline.at(at);
          }
          if (kind.equals(Codecs.enumText(FollowUpPolicy.Kind.WORKING_DAYS))) {
            return Deadline.endOf(f.date("due"));
          }
          throw new BindingException(
              "'kind' in deadline must be 'elapsed-hours' or 'working-days', not '" + kind + "'");
        }
      };
}
