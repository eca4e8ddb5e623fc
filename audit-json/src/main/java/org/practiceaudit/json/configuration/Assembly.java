package org.practiceaudit.json.configuration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.json.AuditJson;
import io.vavr.control.Either;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.RuleRegistry;
import tools.jackson.databind.JsonNode;

/** Builds the configuration from a document that passed both passes. */
final class Assembly {

  private Assembly() {}

  static FrameworkConfiguration build(Document doc, RuleRegistry registry) {
    JsonNode root = doc.root;
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
    if (root.has("audit_due")) {
      framework.auditDue(AuditJson.mapper().treeToValue(root.path("audit_due"), AuditDuePolicy.class));
    }

    List<GradeBand> bands = new ArrayList<>();
    for (JsonNode b : root.path("grade_bands")) {
      bands.add(new GradeBand(scale.parse(b.path("grade").stringValue()), b.path("from").decimalValue(),
          b.path("to").decimalValue()));
    }
    List<SamplingPlan> plans = new ArrayList<>();
    root.path("sampling_plans").forEach(p -> plans.add(CoreValues.plan(p)));
    List<RoleQuota> quotas = new ArrayList<>();
    root.path("quotas").forEach(q -> quotas.add(CoreValues.quota(q)));
    JsonNode m = root.path("moderation");
    Optional<ModerationPolicy> moderation =
        m.isObject() ? Optional.of(CoreValues.moderation(m, scale)) : Optional.empty();
    List<ConfiguredRule> rules = new ArrayList<>();
    int i = 0;
    for (JsonNode r : root.path("rules")) {
      Either<List<org.practiceaudit.json.Problem>, ConfiguredRule> rule =
          RuleBinding.bind(doc, "/rules/" + i++, r, registry);
      if (rule.isLeft()) {
        throw new IllegalArgumentException(rule.getLeft().get(0).message());
      }
      rules.add(rule.get());
    }
    return new FrameworkConfiguration(framework.build(), root.path("description").asString(""), bands, plans,
        quotas, moderation, rules);
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
}
