package org.practiceaudit.json.binding;

import java.util.Set;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of follow-up and audit-due policies (audit-core's {@code calendar} and {@code
 * timeliness} packages): each is an object with one property or a word, which no attribute binding
 * gives. Domains, audit types and escalation categories are bound by Jackson ({@link Mixins}).
 */
final class FrameworkCodecs {

  private FrameworkCodecs() {}

  // Hand-written: an object of one property or a word, by kind; not an Immutables value.
  /** The configuration format's shape: {"hours": 48}, {"working_days": 10} or "none". */
  static final Codec<FollowUpPolicy> FOLLOW_UP =
      new Codec<>() {
        @Override
        public JsonNode write(FollowUpPolicy value) {
          switch (value.kind()) {
            case ELAPSED_HOURS:
              return Fields.object().put("hours", value.amount());
            case WORKING_DAYS:
              return Fields.object().put("working_days", value.amount());
            default:
              return Fields.NODES.stringNode("none");
          }
        }

        @Override
        public FollowUpPolicy read(JsonNode node, GradeScale scale) {
          if (node.isString() && node.stringValue().equals("none")) {
            return FollowUpPolicy.none();
          }
          Fields f = Fields.of(node, "follow-up", Set.of("hours", "working_days"));
          if (node.size() != 1) {
            throw new BindingException(
                "a follow-up is {\"hours\": N}, {\"working_days\": N} or \"none\"");
          }
          return node.has("hours")
              ? FollowUpPolicy.elapsedHours(f.integer("hours"))
              : FollowUpPolicy.workingDays(f.integer("working_days"));
        }
      };

  // Hand-written: an object of one property or a word, by kind; not an Immutables value.
  /**
   * The configuration format's shape of a framework's {@code audit_due}: {"working_days": 10},
   * {"days": 20}, "end-of-month" or "none".
   */
  static final Codec<AuditDuePolicy> AUDIT_DUE =
      new Codec<>() {
        @Override
        public JsonNode write(AuditDuePolicy value) {
          switch (value.kind()) {
            case WORKING_DAYS:
              return Fields.object().put("working_days", value.amount());
            case CALENDAR_DAYS:
              return Fields.object().put("days", value.amount());
            default:
              return Fields.NODES.stringNode(value.toString());
          }
        }

        @Override
        public AuditDuePolicy read(JsonNode node, GradeScale scale) {
          if (node.isString()
              && (node.stringValue().equals("none") || node.stringValue().equals("end-of-month"))) {
            return AuditDuePolicy.parse(node.stringValue());
          }
          Fields f =
              node.isObject()
                  ? Fields.of(node, "audit due policy", Set.of("working_days", "days"))
                  : null;
          if (f == null || node.size() != 1) {
            throw new BindingException(
                "an audit due policy is {\"working_days\": N}, {\"days\": N}, \"end-of-month\" or \"none\"");
          }
          return node.has("working_days")
              ? AuditDuePolicy.workingDays(f.integer("working_days"))
              : AuditDuePolicy.calendarDays(f.integer("days"));
        }
      };
}
