package org.practiceaudit.json.configuration;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.ImmutableAuditFramework;
import org.practiceaudit.core.framework.ImmutableDomain;
import org.practiceaudit.core.framework.ImmutableEscalationCategory;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.workforce.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the configuration from a document that passed both passes. */
final class Assembly {

  private Assembly() {}

  static FrameworkConfiguration build(JsonNode root) {
    GradeScale scale = GradeScale.ofsted();
    JsonNode gs = root.path("grade_scale");
    if (gs.isObject()) {
      List<String> labels = new ArrayList<>();
      gs.path("labels").forEach(l -> labels.add(l.stringValue()));
      scale = GradeScale.of(gs.path("id").stringValue(), labels);
      for (Map.Entry<String, JsonNode> alias : gs.path("aliases").properties()) {
        scale = scale.withAlias(alias.getKey(), alias.getValue().stringValue());
      }
    }
    ImmutableAuditFramework.Builder framework =
        AuditFramework.builder()
            .id(root.path("id").stringValue())
            .version(root.path("version").stringValue())
            .name(root.path("name").stringValue())
            .gradeScale(scale);
    for (JsonNode d : root.path("domains")) {
      framework.addDomain(domain(d));
    }
    for (JsonNode t : root.path("audit_types")) {
      framework.addAuditType(
          AuditType.builder()
              .id(t.path("id").stringValue())
              .name(t.path("name").stringValue())
              .reviewPeriod(ReviewPeriod.parse(t.path("review_period").stringValue()))
              .description(t.path("description").asString(""))
              .build());
    }
    for (JsonNode c : root.path("escalation_categories")) {
      ImmutableEscalationCategory.Builder b =
          EscalationCategory.builder()
              .level(c.path("level").intValue())
              .name(c.path("name").stringValue())
              .followUp(followUp(c.path("follow_up")));
      if (c.has("meaning")) {
        b.meaning(c.path("meaning").stringValue());
      }
      framework.addEscalationCategory(b.build());
    }
    JsonNode calendar = root.path("calendar");
    List<LocalDate> closures = new ArrayList<>();
    calendar.path("closure_days").forEach(d -> closures.add(LocalDate.parse(d.stringValue())));
    framework.calendar(
        WorkingCalendar.of(UkDivision.parse(calendar.path("division").stringValue())).withClosureDays(closures));

    List<GradeBand> bands = new ArrayList<>();
    for (JsonNode b : root.path("grade_bands")) {
      bands.add(new GradeBand(scale.parse(b.path("grade").stringValue()), b.path("from").decimalValue(),
          b.path("to").decimalValue()));
    }
    List<SamplingPlanConfig> plans = new ArrayList<>();
    for (JsonNode p : root.path("sampling_plans")) {
      plans.add(plan(p));
    }
    List<QuotaConfig> quotas = new ArrayList<>();
    for (JsonNode q : root.path("quotas")) {
      quotas.add(new QuotaConfig(Role.parse(q.path("role").stringValue()), q.path("minimum").intValue(),
          QuotaConfig.Per.valueOf(q.path("per").stringValue().toUpperCase(Locale.ROOT)),
          q.path("assisted").asBoolean(false), q.path("description").asString("")));
    }
    Optional<ModerationConfig> moderation = Optional.empty();
    JsonNode m = root.path("moderation");
    if (m.isObject()) {
      moderation = Optional.of(new ModerationConfig(m.path("share").doubleValue(),
          m.path("at_least_one_per_auditor").asBoolean(false), m.path("always_include_worst_grade").asBoolean(false)));
    }
    List<RuleConfig> rules = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      JsonNode parameters = r.path("parameters");
      ObjectNode copy = parameters.isObject()
          ? plain(parameters)
          : JsonNodeFactory.instance.objectNode();
      rules.add(new RuleConfig(r.path("id").stringValue(), r.path("type").stringValue(),
          r.path("description").asString(""), copy));
    }
    return new FrameworkConfiguration(framework.build(), root.path("description").asString(""), bands, plans,
        quotas, moderation, rules);
  }

  /** Copies a location-aware tree into plain nodes, so that the configuration holds no parser state. */
  private static ObjectNode plain(JsonNode node) {
    return (ObjectNode) org.practiceaudit.json.AuditJson.configurationJsonMapper().readTree(node.toString());
  }

  private static Domain domain(JsonNode d) {
    JsonNode s = d.path("score_scale");
    ScoreScale scale = ScoreScale.of(s.path("min").intValue(), s.path("max").intValue());
    for (Map.Entry<String, JsonNode> anchor : s.path("anchors").properties()) {
      scale = scale.withAnchor(Integer.parseInt(anchor.getKey()), anchor.getValue().stringValue());
    }
    ImmutableDomain.Builder b =
        Domain.builder()
            .id(d.path("id").stringValue())
            .title(d.path("title").stringValue())
            .guidance(d.path("guidance").asString(""))
            .scoreScale(scale);
    d.path("good_indicators").forEach(i -> b.addGoodIndicator(indicator(i)));
    d.path("outstanding_indicators").forEach(i -> b.addOutstandingIndicator(indicator(i)));
    return b.build();
  }

  private static Indicator indicator(JsonNode i) {
    return Indicator.of(i.path("id").stringValue(), i.path("text").stringValue());
  }

  static FollowUpPolicy followUp(JsonNode node) {
    if (node.isString()) {
      return FollowUpPolicy.none();
    }
    if (node.has("hours")) {
      return FollowUpPolicy.elapsedHours(node.path("hours").intValue());
    }
    return FollowUpPolicy.workingDays(node.path("working_days").intValue());
  }

  private static SamplingPlanConfig plan(JsonNode p) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : p.path("filters").properties()) {
      List<String> values = new ArrayList<>();
      f.getValue().forEach(v -> values.add(v.stringValue()));
      filters.put(f.getKey(), values);
    }
    List<String> strata = new ArrayList<>();
    p.path("strata").forEach(s -> strata.add(s.stringValue()));
    return new SamplingPlanConfig(
        p.path("name").stringValue(),
        p.path("description").asString(""),
        p.has("size") ? OptionalInt.of(p.path("size").intValue()) : OptionalInt.empty(),
        p.has("share") ? OptionalDouble.of(p.path("share").doubleValue()) : OptionalDouble.empty(),
        strata,
        p.path("minimum_per_stratum").asInt(0),
        p.has("exclude_audited_within")
            ? Optional.of(Period.parse(p.path("exclude_audited_within").stringValue()))
            : Optional.empty(),
        filters,
        p.path("worker_coverage").asBoolean(false));
  }
}
