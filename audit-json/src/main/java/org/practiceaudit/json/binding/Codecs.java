package org.practiceaudit.json.binding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.practiceaudit.core.allocation.Independence;
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
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.casefile.ImmutableInvolvement;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.ImmutableDomain;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.report.AggregateState;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of every public value type of audit-core, written by hand so that audit-core carries no
 * Jackson annotations and every property name is chosen here (snake_case).
 */
final class Codecs {

  private Codecs() {}

  /** Every codec, by the type it binds. */
  static Map<Class<?>, Codec<?>> all() {
    Map<Class<?>, Codec<?>> codecs = new LinkedHashMap<>();
    codecs.put(CaseId.class, text(CaseId::toString, CaseId::parse));
    codecs.put(PersonId.class, text(PersonId::toString, PersonId::parse));
    codecs.put(AuditId.class, text(AuditId::toString, AuditId::parse));
    codecs.put(CaseCategory.class, text(CaseCategory::id, CaseCategory::parse));
    codecs.put(Role.class, text(Role::id, Role::parse));
    codecs.put(ReviewPeriod.class, text(ReviewPeriod::toString, ReviewPeriod::parse));
    codecs.put(AuditStatus.class, enumeration(AuditStatus.class));
    codecs.put(ActionStatus.class, enumeration(ActionStatus.class));
    codecs.put(ConcernFlag.class, enumeration(ConcernFlag.class));
    codecs.put(FeedbackSource.class, enumeration(FeedbackSource.class));
    codecs.put(ConversationTiming.class, enumeration(ConversationTiming.class));
    codecs.put(Grade.class, GRADE);
    codecs.put(GradeScale.class, GRADE_SCALE);
    codecs.put(ScoreScale.class, SCORE_SCALE);
    codecs.put(DomainScore.class, DOMAIN_SCORE);
    codecs.put(Indicator.class, INDICATOR);
    codecs.put(Domain.class, DOMAIN);
    codecs.put(AuditType.class, AUDIT_TYPE);
    codecs.put(Involvement.class, INVOLVEMENT);
    codecs.put(CaseFile.class, CASE_FILE);
    codecs.put(RecommendedAction.class, ACTION);
    codecs.put(Moderation.class, MODERATION);
    codecs.put(PractitionerConversation.class, CONVERSATION);
    codecs.put(Audit.class, AUDIT);
    codecs.put(UkDivision.class, text(UkDivision::id, UkDivision::parse));
    codecs.put(FollowUpPolicy.class, FOLLOW_UP);
    codecs.put(AuditDuePolicy.class, AUDIT_DUE);
    codecs.put(EscalationCategory.class, ESCALATION);
    codecs.putAll(InterchangeCodecs.readWrite());
    codecs.put(AggregateState.class, AggregateCodecs.AGGREGATE_STATE);
    codecs.putAll(RuleCodecs.all());
    return codecs;
  }

  static <T> Codec<T> text(java.util.function.Function<T, String> write, java.util.function.Function<String, T> read) {
    return new Codec<>() {
      @Override
      public JsonNode write(T value) {
        return Fields.NODES.stringNode(write.apply(value));
      }

      @Override
      public T read(JsonNode node, GradeScale scale) {
        return read.apply(Fields.textOf(node, "value"));
      }
    };
  }

  /** Enum constants are written lower-case with hyphens: IN_PROGRESS is {@code in-progress}. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return new Codec<>() {
      @Override
      public JsonNode write(E value) {
        return Fields.NODES.stringNode(enumText(value));
      }

      @Override
      public E read(JsonNode node, GradeScale scale) {
        String text = Fields.textOf(node, type.getSimpleName());
        for (E constant : type.getEnumConstants()) {
          if (enumText(constant).equals(text)) {
            return constant;
          }
        }
        List<String> allowed = new java.util.ArrayList<>();
        for (E constant : type.getEnumConstants()) {
          allowed.add(enumText(constant));
        }
        throw new BindingException("unknown value '" + text + "'; expected one of " + allowed);
      }
    };
  }

  static String enumText(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @SuppressWarnings("unchecked")
  static <T> JsonNode write(Class<T> type, Object value) {
    return ((Codec<T>) CODECS.get(type)).write((T) value);
  }

  @SuppressWarnings("unchecked")
  static <T> T read(Class<T> type, JsonNode node, GradeScale scale) {
    return ((Codec<T>) CODECS.get(type)).read(node, scale);
  }

  private static ArrayNode writeAll(Class<?> type, Iterable<?> values) {
    ArrayNode array = Fields.NODES.arrayNode();
    for (Object value : values) {
      array.add(write(type, value));
    }
    return array;
  }

  static final Codec<Grade> GRADE =
      new Codec<>() {
        @Override
        public JsonNode write(Grade value) {
          return Fields.NODES.stringNode(value.label());
        }

        @Override
        public Grade read(JsonNode node, GradeScale scale) {
          return scale.parse(Fields.textOf(node, "grade"));
        }
      };

  static final Codec<GradeScale> GRADE_SCALE =
      new Codec<>() {
        @Override
        public JsonNode write(GradeScale value) {
          ObjectNode o = Fields.object();
          o.put("id", value.id());
          ArrayNode labels = o.putArray("labels");
          value.grades().forEach(g -> labels.add(g.label()));
          if (!value.aliases().isEmpty()) {
            ObjectNode aliases = o.putObject("aliases");
            value.aliases().forEach(aliases::put);
          }
          return o;
        }

        @Override
        public GradeScale read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "grade scale", Set.of("id", "labels", "aliases"));
          GradeScale read = GradeScale.of(f.text("id"), f.list("labels", n -> f.text(n, "labels")));
          for (Map.Entry<String, String> alias : f.map("aliases", n -> f.text(n, "aliases")).entrySet()) {
            read = read.withAlias(alias.getKey(), alias.getValue());
          }
          return read;
        }
      };

  static final Codec<ScoreScale> SCORE_SCALE =
      new Codec<>() {
        @Override
        public JsonNode write(ScoreScale value) {
          ObjectNode o = Fields.object();
          o.put("min", value.min());
          o.put("max", value.max());
          if (!value.anchors().isEmpty()) {
            ObjectNode anchors = o.putObject("anchors");
            value.anchors().forEach((k, v) -> anchors.put(Integer.toString(k), v));
          }
          if (!value.allowsNotApplicable()) {
            o.put("not_applicable", false);
          }
          return o;
        }

        @Override
        public ScoreScale read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "score scale", Set.of("min", "max", "anchors", "not_applicable"));
          ScoreScale read = ScoreScale.of(f.integer("min"), f.integer("max"));
          for (Map.Entry<String, String> anchor : f.map("anchors", n -> f.text(n, "anchors")).entrySet()) {
            if (!anchor.getKey().matches("-?\\d{1,6}")) {
              throw new BindingException("anchor '" + anchor.getKey() + "' must be a whole score");
            }
            read = read.withAnchor(Integer.parseInt(anchor.getKey()), anchor.getValue());
          }
          return f.bool("not_applicable", true) ? read : read.withoutNotApplicable();
        }
      };

  /** A score is a whole number, or the text {@code NA}. */
  static final Codec<DomainScore> DOMAIN_SCORE =
      new Codec<>() {
        @Override
        public JsonNode write(DomainScore value) {
          return value.isApplicable()
              ? Fields.NODES.numberNode(value.value().getAsInt())
              : Fields.NODES.stringNode("NA");
        }

        @Override
        public DomainScore read(JsonNode node, GradeScale scale) {
          if (node.isIntegralNumber() && node.canConvertToInt()) {
            return DomainScore.of(node.intValue());
          }
          if (node.isString() && node.stringValue().equals("NA")) {
            return DomainScore.notApplicable();
          }
          throw new BindingException("a score must be a whole number or \"NA\"");
        }
      };

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
              Fields.of(node, "domain",
                  Set.of("id", "title", "guidance", "score_scale", "good_indicators", "outstanding_indicators"));
          ImmutableDomain.Builder b =
              Domain.builder()
                  .id(f.text("id"))
                  .title(f.text("title"))
                  .scoreScale(SCORE_SCALE.read(f.required("score_scale"), scale))
                  .addAllGoodIndicators(f.list("good_indicators", n -> INDICATOR.read(n, scale)))
                  .addAllOutstandingIndicators(f.list("outstanding_indicators", n -> INDICATOR.read(n, scale)));
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
          Fields f = Fields.of(node, "audit type",
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

  static final Codec<Involvement> INVOLVEMENT =
      new Codec<>() {
        @Override
        public JsonNode write(Involvement value) {
          ObjectNode o = Fields.object();
          o.put("person_id", value.person().toString());
          o.put("role", value.role().id());
          o.put("from", value.from().toString());
          value.to().ifPresent(d -> o.put("to", d.toString()));
          return o;
        }

        @Override
        public Involvement read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "involvement", Set.of("person_id", "role", "from", "to"));
          ImmutableInvolvement.Builder b =
              Involvement.builder()
                  .person(PersonId.parse(f.text("person_id")))
                  .role(Role.parse(f.text("role")))
                  .from(f.date("from"));
          f.optionalDate("to").ifPresent(b::to);
          return b.build();
        }
      };

  static final Codec<CaseFile> CASE_FILE =
      new Codec<>() {
        @Override
        public JsonNode write(CaseFile value) {
          ObjectNode o = Fields.object();
          o.put("case_id", value.id().toString());
          o.put("category", value.category().id());
          o.put("team", value.team());
          value.allocatedWorker().ifPresent(w -> o.put("worker_id", w.toString()));
          o.set("involvements", writeAll(Involvement.class, value.involvements()));
          o.put("opened_on", value.openedOn().toString());
          value.closedOn().ifPresent(d -> o.put("closed_on", d.toString()));
          value.lastAuditedOn().ifPresent(d -> o.put("last_audited_on", d.toString()));
          ObjectNode attributes = o.putObject("attributes");
          value.attributes().forEach(attributes::put);
          return o;
        }

        @Override
        public CaseFile read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(node, "case",
                  Set.of("case_id", "category", "team", "worker_id", "involvements", "opened_on",
                      "closed_on", "last_audited_on", "attributes"));
          ImmutableCaseFile.Builder b =
              CaseFile.builder()
                  .id(CaseId.parse(f.text("case_id")))
                  .category(CaseCategory.parse(f.text("category")))
                  .team(f.text("team"))
                  .addAllInvolvements(f.list("involvements", n -> INVOLVEMENT.read(n, scale)))
                  .openedOn(f.date("opened_on"))
                  .putAllAttributes(f.map("attributes", n -> f.text(n, "attributes")));
          f.optionalText("worker_id").map(PersonId::parse).ifPresent(b::allocatedWorker);
          f.optionalDate("closed_on").ifPresent(b::closedOn);
          f.optionalDate("last_audited_on").ifPresent(b::lastAuditedOn);
          return b.build();
        }
      };

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
              Fields.of(node, "action", Set.of("description", "owner_id", "due_on", "status", "closed_on"));
          ImmutableRecommendedAction.Builder b = RecommendedAction.builder().description(f.text("description"));
          f.optionalText("owner_id").map(PersonId::parse).ifPresent(b::owner);
          f.optionalDate("due_on").ifPresent(b::dueOn);
          f.optional("status").map(n -> Codecs.read(ActionStatus.class, n, scale)).ifPresent(b::status);
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
              PersonId.parse(f.text("moderator_id")), GRADE.read(f.required("grade"), scale), f.date("moderated_on"));
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
          Fields f = Fields.of(node, "practitioner conversation", Set.of("with_id", "timing", "held_on"));
          return PractitionerConversation.of(
              PersonId.parse(f.text("with_id")),
              Codecs.read(ConversationTiming.class, f.required("timing"), scale),
              f.date("held_on"));
        }
      };

  private static final Set<String> AUDIT_FIELDS =
      Set.of("audit_id", "case_id", "auditor_id", "framework_id", "framework_version", "audit_type",
          "agency", "status", "allocated_on", "completed_on", "reviewed_from", "reviewed_to", "scores",
          "area_grades", "evidenced_indicators", "overall_grade", "concerns", "escalation_category",
          "escalated_at", "followed_up_at", "actions", "practitioner_conversation", "feedback_from", "notified", "sections", "signed_off_by", "moderation",
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
          a.practitionerConversation().ifPresent(c -> o.set("practitioner_conversation", CONVERSATION.write(c)));
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
                  .addAllEvidencedIndicators(f.list("evidenced_indicators", n -> f.text(n, "evidenced_indicators")))
                  .addAllConcerns(f.list("concerns", n -> Codecs.read(ConcernFlag.class, n, scale)))
                  .addAllActions(f.list("actions", n -> ACTION.read(n, scale)))
                  .addAllFeedbackFrom(f.list("feedback_from", n -> Codecs.read(FeedbackSource.class, n, scale)))
                  .addAllNotified(f.list("notified", n -> f.text(n, "notified")))
                  .addAllSections(f.list("sections", n -> f.text(n, "sections")))
                  .addAllSignedOffBy(f.list("signed_off_by", n -> f.text(n, "signed_off_by")))
                  .putAllAttributes(f.map("attributes", n -> f.text(n, "attributes")));
          f.optionalText("agency").ifPresent(b::agency);
          f.optionalDate("completed_on").ifPresent(b::completedOn);
          f.optionalDate("reviewed_from").ifPresent(b::reviewedFrom);
          f.optionalDate("reviewed_to").ifPresent(b::reviewedTo);
          f.optional("overall_grade").map(n -> GRADE.read(n, scale)).ifPresent(b::overallGrade);
          f.optional("escalation_category").map(n -> f.integer(n, "escalation_category"))
              .ifPresent(b::escalationCategory);
          f.optionalInstant("escalated_at").ifPresent(b::escalatedAt);
          f.optionalInstant("followed_up_at").ifPresent(b::followedUpAt);
          f.optional("practitioner_conversation").map(n -> CONVERSATION.read(n, scale))
              .ifPresent(b::practitionerConversation);
          f.optional("moderation").map(n -> MODERATION.read(n, scale)).ifPresent(b::moderation);
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
            throw new BindingException("a follow-up is {\"hours\": N}, {\"working_days\": N} or \"none\"");
          }
          return node.has("hours")
              ? FollowUpPolicy.elapsedHours(f.integer("hours"))
              : FollowUpPolicy.workingDays(f.integer("working_days"));
        }
      };

  /**
   * The configuration format's shape of a framework's {@code audit_due}: {"working_days": 10}, {"days": 20},
   * "end-of-month" or "none".
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
          if (node.isString() && (node.stringValue().equals("none") || node.stringValue().equals("end-of-month"))) {
            return AuditDuePolicy.parse(node.stringValue());
          }
          Fields f = node.isObject() ? Fields.of(node, "audit due policy", Set.of("working_days", "days")) : null;
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
          Fields f = Fields.of(node, "escalation category", Set.of("level", "name", "meaning", "follow_up"));
          var b = EscalationCategory.builder().level(f.integer("level")).name(f.text("name"))
              .followUp(FOLLOW_UP.read(f.required("follow_up"), scale));
          f.optionalText("meaning").ifPresent(b::meaning);
          return b.build();
        }
      };

  private static final Map<Class<?>, Codec<?>> CODECS = all();
}
