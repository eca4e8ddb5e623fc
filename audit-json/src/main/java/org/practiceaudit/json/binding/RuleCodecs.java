package org.practiceaudit.json.binding;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.rules.ImmutableNotification;
import org.practiceaudit.rules.ImmutableOutcome;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of rule outcomes (audit-rules) and the deadlines they carry. */
final class RuleCodecs {

  private RuleCodecs() {}

  static Map<Class<?>, Codec<?>> all() {
    Map<Class<?>, Codec<?>> codecs = new LinkedHashMap<>();
    codecs.put(OutcomeStatus.class, Codecs.enumeration(OutcomeStatus.class));
    codecs.put(Notification.Channel.class, Codecs.enumeration(Notification.Channel.class));
    codecs.put(FollowUpPolicy.Kind.class, Codecs.enumeration(FollowUpPolicy.Kind.class));
    codecs.put(Deadline.class, DEADLINE);
    codecs.put(Notification.class, NOTIFICATION);
    codecs.put(Outcome.class, OUTCOME);
    return codecs;
  }

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

  static final Codec<Notification> NOTIFICATION =
      new Codec<>() {
        @Override
        public JsonNode write(Notification n) {
          return Fields.object()
              .put("recipient", n.recipient())
              .put("channel", Codecs.enumText(n.channel()))
              .put("with_audit", n.withAudit())
              .put("in_person_follow_up", n.inPersonFollowUp());
        }

        @Override
        public Notification read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(
                  node,
                  "notification",
                  Set.of("recipient", "channel", "with_audit", "in_person_follow_up"));
          ImmutableNotification.Builder b = Notification.builder().recipient(f.text("recipient"));
          f.optional("channel")
              .map(n -> Codecs.read(Notification.Channel.class, n, scale))
              .ifPresent(b::channel);
          f.optional("with_audit").ifPresent(n -> b.withAudit(f.bool("with_audit", false)));
          f.optional("in_person_follow_up")
              .ifPresent(n -> b.inPersonFollowUp(f.bool("in_person_follow_up", false)));
          return b.build();
        }
      };

  private static final Set<String> OUTCOME_FIELDS =
      Set.of(
          "rule_id",
          "status",
          "reason",
          "inputs",
          "grade",
          "escalation_category",
          "deadline",
          "notifications",
          "score",
          "coverage",
          "flags");

  /**
   * A rule outcome; a score or coverage that is not finite is left out rather than written as NaN.
   */
  static final Codec<Outcome> OUTCOME =
      new Codec<>() {
        @Override
        public JsonNode write(Outcome o) {
          ObjectNode n = Fields.object();
          n.put("rule_id", o.ruleId());
          n.put("status", Codecs.enumText(o.status()));
          n.put("reason", o.reason());
          ObjectNode inputs = n.putObject("inputs");
          o.inputs().forEach(inputs::put);
          o.grade().ifPresent(g -> n.put("grade", g.label()));
          o.escalationCategory().ifPresent(c -> n.put("escalation_category", c));
          o.deadline().ifPresent(d -> n.set("deadline", DEADLINE.write(d)));
          ArrayNode notifications = n.putArray("notifications");
          o.notifications().forEach(x -> notifications.add(NOTIFICATION.write(x)));
          o.score()
              .ifPresent(
                  s -> {
                    if (Double.isFinite(s)) {
                      n.put("score", s);
                    }
                  });
          o.coverage().ifPresent(c -> n.put("coverage", c));
          ArrayNode flags = n.putArray("flags");
          o.flags().forEach(flags::add);
          return n;
        }

        @Override
        public Outcome read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "outcome", OUTCOME_FIELDS);
          ImmutableOutcome.Builder b =
              Outcome.builder()
                  .ruleId(f.text("rule_id"))
                  .status(Codecs.read(OutcomeStatus.class, f.required("status"), scale))
                  .reason(f.text("reason"))
                  .putAllInputs(f.map("inputs", n -> f.text(n, "inputs")))
                  .addAllNotifications(f.list("notifications", n -> NOTIFICATION.read(n, scale)))
                  .addAllFlags(f.list("flags", n -> f.text(n, "flags")));
          f.optional("grade").map(n -> GradeCodecs.GRADE.read(n, scale)).ifPresent(b::grade);
          f.optional("escalation_category")
              .map(n -> f.integer(n, "escalation_category"))
              .ifPresent(b::escalationCategory);
          f.optional("deadline").map(n -> DEADLINE.read(n, scale)).ifPresent(b::deadline);
          f.optional("score").map(n -> number(n, "score")).ifPresent(b::score);
          f.optional("coverage").map(n -> number(n, "coverage")).ifPresent(b::coverage);
          return b.build();
        }
      };

  private static double number(JsonNode node, String name) {
    if (!node.isNumber()) {
      throw new BindingException("'" + name + "' in outcome must be a number");
    }
    return node.doubleValue();
  }
}
