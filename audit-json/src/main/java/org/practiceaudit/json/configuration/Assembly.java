package org.practiceaudit.json.configuration;

import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.ImmutableAuditFramework;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.json.AuditJson;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.grading.GradeBands;
import tools.jackson.databind.JsonNode;

/** Builds the configuration from a document that passed both passes. */
final class Assembly {

  private Assembly() {}

  static FrameworkConfiguration build(Document doc, RuleRegistry registry) {
    JsonNode root = doc.root;
    GradeScale scale = CoreForms.gradeScale(root).orElseThrow();
    AuditFramework framework = framework(root, scale);
    Optional<GradeBands> bands = SemanticPass.gradeBands(root, scale).map(Validation::get);
    List<SamplingPlan> plans = new ArrayList<>();
    root.path("sampling_plans").forEach(p -> plans.add(CoreValues.plan(p)));
    List<RoleQuota> quotas = new ArrayList<>();
    root.path("quotas").forEach(q -> quotas.add(CoreValues.quota(q)));
    JsonNode m = root.path("moderation");
    Optional<ModerationPolicy> moderation =
        m.isObject() ? Optional.of(CoreValues.moderation(m, scale)) : Optional.empty();
    Optional<AuditProgramme> programme =
        root.path("programme").isObject()
            ? Optional.of(CoreValues.programme(root.path("programme")))
            : Optional.empty();
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
    return new FrameworkConfiguration(
        framework,
        root.path("description").asString(""),
        bands,
        plans,
        quotas,
        moderation,
        programme,
        rules);
  }

  /**
   * The framework itself: ids, scale, domains, types, categories, local lists, calendar, due day.
   */
  private static AuditFramework framework(JsonNode root, GradeScale scale) {
    ImmutableAuditFramework.Builder framework =
        AuditFramework.builder()
            .id(root.path("id").stringValue())
            .version(root.path("version").stringValue())
            .name(root.path("name").stringValue())
            .gradeScale(scale);
    for (JsonNode d : root.path("domains")) {
      framework.addDomain(CoreForms.read(Domain.class, d, scale));
    }
    for (JsonNode t : root.path("audit_types")) {
      framework.addAuditType(CoreForms.read(AuditType.class, t, scale));
    }
    for (JsonNode c : root.path("escalation_categories")) {
      framework.addEscalationCategory(CoreForms.read(EscalationCategory.class, c, scale));
    }
    for (JsonNode c : root.path("local_categories")) {
      framework.addLocalCategories(CoreForms.read(CaseCategory.class, c, scale));
    }
    for (JsonNode r : root.path("local_roles")) {
      framework.addLocalRoles(CoreForms.read(Role.class, r, scale));
    }
    JsonNode calendar = root.path("calendar");
    List<LocalDate> closures = new ArrayList<>();
    calendar.path("closure_days").forEach(d -> closures.add(LocalDate.parse(d.stringValue())));
    framework.calendar(
        WorkingCalendar.of(UkDivision.parse(calendar.path("division").stringValue()))
            .withClosureDays(closures));
    if (root.has("audit_due")) {
      framework.auditDue(
          AuditJson.mapper().treeToValue(root.path("audit_due"), AuditDuePolicy.class));
    }
    return framework.build();
  }
}
