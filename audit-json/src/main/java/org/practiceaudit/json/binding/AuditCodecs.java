package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.Codecs.enumText;
import static org.practiceaudit.json.binding.Codecs.writeAll;
import static org.practiceaudit.json.binding.GradeCodecs.DOMAIN_SCORE;
import static org.practiceaudit.json.binding.GradeCodecs.GRADE;

import java.util.Set;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.ConversationTiming;
import org.practiceaudit.core.audit.FeedbackSource;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.ImmutableRecommendedAction;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.PractitionerConversation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of audits with their actions, moderation and practitioner conversation
 * (audit-core's {@code audit} package).
 */
final class AuditCodecs {

  private AuditCodecs() {}

  static final Codec<RecommendedAction> ACTION =
      new Codec<>() {
        @Override
        public JsonNode write(RecommendedAction value) {
          ObjectNode o = Fields.object();
          o.put("description", value.description());
          value.owner().ifPresent(p -> o.put("owner_id", p.toString()));
          value.dueOn().ifPresent(d -> o.put("due_on", d.toString()));
          o.put("status", enumText(value.status()));
          value.closedOn().ifPresent(d -> o.put("closed_on", d.toString()));
          return o;
        }

        @Override
        public RecommendedAction read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(
                  node,
                  "action",
                  Set.of("description", "owner_id", "due_on", "status", "closed_on"));
          ImmutableRecommendedAction.Builder b =
              RecommendedAction.builder().description(f.text("description"));
          f.optionalText("owner_id").map(PersonId::parse).ifPresent(b::owner);
          f.optionalDate("due_on").ifPresent(b::dueOn);
          f.optional("status")
              .map(n -> Codecs.read(ActionStatus.class, n, scale))
              .ifPresent(b::status);
          f.optionalDate("closed_on").ifPresent(b::closedOn);
          return b.build();
        }
      };

  static final Codec<Moderation> MODERATION =
      new Codec<>() {
        @Override
        public JsonNode write(Moderation value) {
          ObjectNode o = Fields.object();
          o.put("moderator_id", value.moderator().toString());
          o.put("grade", value.grade().label());
          o.put("moderated_on", value.moderatedOn().toString());
          return o;
        }

        @Override
        public Moderation read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "moderation", Set.of("moderator_id", "grade", "moderated_on"));
          return Moderation.of(
              PersonId.parse(f.text("moderator_id")),
              GRADE.read(f.required("grade"), scale),
              f.date("moderated_on"));
        }
      };

  static final Codec<PractitionerConversation> CONVERSATION =
      new Codec<>() {
        @Override
        public JsonNode write(PractitionerConversation value) {
          ObjectNode o = Fields.object();
          o.put("with_id", value.with().toString());
          o.put("timing", enumText(value.timing()));
          o.put("held_on", value.heldOn().toString());
          return o;
        }

        @Override
        public PractitionerConversation read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(node, "practitioner conversation", Set.of("with_id", "timing", "held_on"));
          return PractitionerConversation.of(
              PersonId.parse(f.text("with_id")),
              Codecs.read(ConversationTiming.class, f.required("timing"), scale),
              f.date("held_on"));
        }
      };

  private static final Set<String> AUDIT_FIELDS =
      Set.of(
          "audit_id",
          "case_id",
          "auditor_id",
          "framework_id",
          "framework_version",
          "audit_type",
          "agency",
          "status",
          "allocated_on",
          "completed_on",
          "reviewed_from",
          "reviewed_to",
          "scores",
          "area_grades",
          "evidenced_indicators",
          "overall_grade",
          "concerns",
          "escalation_category",
          "escalated_at",
          "followed_up_at",
          "actions",
          "practitioner_conversation",
          "feedback_from",
          "notified",
          "sections",
          "signed_off_by",
          "moderation",
          "attributes");

  static final Codec<Audit> AUDIT =
      new Codec<>() {
        @Override
        public JsonNode write(Audit a) {
          ObjectNode o = Fields.object();
          o.put("audit_id", a.id().toString());
          o.put("case_id", a.caseId().toString());
          o.put("auditor_id", a.auditor().toString());
          o.put("framework_id", a.frameworkId());
          o.put("framework_version", a.frameworkVersion());
          o.put("audit_type", a.auditType());
          a.agency().ifPresent(v -> o.put("agency", v));
          o.put("status", enumText(a.status()));
          o.put("allocated_on", a.allocatedOn().toString());
          a.completedOn().ifPresent(d -> o.put("completed_on", d.toString()));
          a.reviewedFrom().ifPresent(d -> o.put("reviewed_from", d.toString()));
          a.reviewedTo().ifPresent(d -> o.put("reviewed_to", d.toString()));
          ObjectNode scores = o.putObject("scores");
          a.scores().forEach((k, v) -> scores.set(k, DOMAIN_SCORE.write(v)));
          ObjectNode areas = o.putObject("area_grades");
          a.areaGrades().forEach((k, v) -> areas.put(k, v.label()));
          ArrayNode indicators = o.putArray("evidenced_indicators");
          a.evidencedIndicators().forEach(indicators::add);
          a.overallGrade().ifPresent(g -> o.put("overall_grade", g.label()));
          ArrayNode concerns = o.putArray("concerns");
          a.concerns().forEach(c -> concerns.add(enumText(c)));
          a.escalationCategory().ifPresent(c -> o.put("escalation_category", c));
          a.escalatedAt().ifPresent(t -> o.put("escalated_at", t.toString()));
          a.followedUpAt().ifPresent(t -> o.put("followed_up_at", t.toString()));
          o.set("actions", writeAll(RecommendedAction.class, a.actions()));
          a.practitionerConversation()
              .ifPresent(c -> o.set("practitioner_conversation", CONVERSATION.write(c)));
          ArrayNode feedback = o.putArray("feedback_from");
          a.feedbackFrom().forEach(s -> feedback.add(enumText(s)));
          ArrayNode notified = o.putArray("notified");
          a.notified().forEach(notified::add);
          ArrayNode sections = o.putArray("sections");
          a.sections().forEach(sections::add);
          ArrayNode signedOffBy = o.putArray("signed_off_by");
          a.signedOffBy().forEach(signedOffBy::add);
          a.moderation().ifPresent(m -> o.set("moderation", MODERATION.write(m)));
          ObjectNode attributes = o.putObject("attributes");
          a.attributes().forEach(attributes::put);
          return o;
        }

        @Override
        public Audit read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "audit", AUDIT_FIELDS);
          ImmutableAudit.Builder b =
              Audit.builder()
                  .id(AuditId.parse(f.text("audit_id")))
                  .caseId(CaseId.parse(f.text("case_id")))
                  .auditor(PersonId.parse(f.text("auditor_id")))
                  .frameworkId(f.text("framework_id"))
                  .frameworkVersion(f.text("framework_version"))
                  .auditType(f.text("audit_type"))
                  .status(Codecs.read(AuditStatus.class, f.required("status"), scale))
                  .allocatedOn(f.date("allocated_on"))
                  .putAllScores(f.map("scores", n -> DOMAIN_SCORE.read(n, scale)))
                  .putAllAreaGrades(f.map("area_grades", n -> GRADE.read(n, scale)))
                  .addAllEvidencedIndicators(
                      f.list("evidenced_indicators", n -> f.text(n, "evidenced_indicators")))
                  .addAllConcerns(f.list("concerns", n -> Codecs.read(ConcernFlag.class, n, scale)))
                  .addAllActions(f.list("actions", n -> ACTION.read(n, scale)))
                  .addAllFeedbackFrom(
                      f.list("feedback_from", n -> Codecs.read(FeedbackSource.class, n, scale)))
                  .addAllNotified(f.list("notified", n -> f.text(n, "notified")))
                  .addAllSections(f.list("sections", n -> f.text(n, "sections")))
                  .addAllSignedOffBy(f.list("signed_off_by", n -> f.text(n, "signed_off_by")))
                  .putAllAttributes(f.map("attributes", n -> f.text(n, "attributes")));
          f.optionalText("agency").ifPresent(b::agency);
          f.optionalDate("completed_on").ifPresent(b::completedOn);
          f.optionalDate("reviewed_from").ifPresent(b::reviewedFrom);
          f.optionalDate("reviewed_to").ifPresent(b::reviewedTo);
          f.optional("overall_grade").map(n -> GRADE.read(n, scale)).ifPresent(b::overallGrade);
          f.optional("escalation_category")
              .map(n -> f.integer(n, "escalation_category"))
              .ifPresent(b::escalationCategory);
          f.optionalInstant("escalated_at").ifPresent(b::escalatedAt);
          f.optionalInstant("followed_up_at").ifPresent(b::followedUpAt);
          f.optional("practitioner_conversation")
              .map(n -> CONVERSATION.read(n, scale))
              .ifPresent(b::practitionerConversation);
          f.optional("moderation").map(n -> MODERATION.read(n, scale)).ifPresent(b::moderation);
          return b.build();
        }
      };
}
