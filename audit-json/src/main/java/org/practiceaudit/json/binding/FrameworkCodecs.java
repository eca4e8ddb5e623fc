package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.Codecs.writeAll;
import static org.practiceaudit.json.binding.GradeCodecs.SCORE_SCALE;

import java.util.Set;
import org.practiceaudit.core.allocation.Independence;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.ImmutableDomain;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a framework's parts: domains and their indicators, audit types, escalation
 * categories, follow-up and audit-due policies (audit-core's {@code framework}, {@code calendar}
 * and {@code timeliness} packages).
 */
final class FrameworkCodecs {

  private FrameworkCodecs() {}

  static final Codec<Indicator> INDICATOR =
      new Codec<>() {
        @Override
        public JsonNode write(Indicator value) {
          ObjectNode o = Fields.object();
          o.put("id", value.id());
          o.put("text", value.text());
          return o;
        }

        @Override
        public Indicator read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "indicator", Set.of("id", "text"));
          return Indicator.of(f.text("id"), f.text("text"));
        }
      };

  static final Codec<Domain> DOMAIN =
      new Codec<>() {
        @Override
        public JsonNode write(Domain value) {
          ObjectNode o = Fields.object();
          o.put("id", value.id());
          o.put("title", value.title());
          if (!value.guidance().isEmpty()) {
            o.put("guidance", value.guidance());
          }
          o.set("score_scale", SCORE_SCALE.write(value.scoreScale()));
          o.set("good_indicators", writeAll(Indicator.class, value.goodIndicators()));
          o.set("outstanding_indicators", writeAll(Indicator.class, value.outstandingIndicators()));
          return o;
        }

        @Override
        public Domain read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(
                  node,
                  "domain",
                  Set.of(
                      "id",
                      "title",
                      "guidance",
                      "score_scale",
                      "good_indicators",
                      "outstanding_indicators"));
          ImmutableDomain.Builder b =
              Domain.builder()
                  .id(f.text("id"))
                  .title(f.text("title"))
                  .scoreScale(SCORE_SCALE.read(f.required("score_scale"), scale))
                  .addAllGoodIndicators(f.list("good_indicators", n -> INDICATOR.read(n, scale)))
                  .addAllOutstandingIndicators(
                      f.list("outstanding_indicators", n -> INDICATOR.read(n, scale)));
          f.optionalText("guidance").ifPresent(b::guidance);
          return b.build();
        }
      };

  static final Codec<AuditType> AUDIT_TYPE =
      new Codec<>() {
        @Override
        public JsonNode write(AuditType value) {
          ObjectNode o = Fields.object();
          o.put("id", value.id());
          o.put("name", value.name());
          o.put("review_period", value.reviewPeriod().toString());
          if (!value.description().isEmpty()) {
            o.put("description", value.description());
          }
          if (value.independence() != Independence.PEER) {
            o.put("independence", value.independence().toString());
          }
          return o;
        }

        @Override
        public AuditType read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(
                  node,
                  "audit type",
                  Set.of("id", "name", "review_period", "description", "independence"));
          var b =
              AuditType.builder()
                  .id(f.text("id"))
                  .name(f.text("name"))
                  .reviewPeriod(ReviewPeriod.parse(f.text("review_period")));
          f.optionalText("description").ifPresent(b::description);
          f.optionalText("independence").map(Independence::parse).ifPresent(b::independence);
          return b.build();
        }
      };

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

  static final Codec<EscalationCategory> ESCALATION =
      new Codec<>() {
        @Override
        public JsonNode write(EscalationCategory value) {
          ObjectNode o = Fields.object();
          o.put("level", value.level());
          o.put("name", value.name());
          if (!value.meaning().isEmpty()) {
            o.put("meaning", value.meaning());
          }
          o.set("follow_up", FOLLOW_UP.write(value.followUp()));
          return o;
        }

        @Override
        public EscalationCategory read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(
                  node, "escalation category", Set.of("level", "name", "meaning", "follow_up"));
          var b =
              EscalationCategory.builder()
                  .level(f.integer("level"))
                  .name(f.text("name"))
                  .followUp(FOLLOW_UP.read(f.required("follow_up"), scale));
          f.optionalText("meaning").ifPresent(b::meaning);
          return b.build();
        }
      };
}
