package org.practiceaudit.json.configuration;

import java.time.DateTimeException;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ImmutableModerationPolicy;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.ImmutableSamplingPlan;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.json.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Builds the core values a configuration's local settings describe (sampling plans, quotas per
 * role, the moderation policy, the audit programme), and turns each invariant those core types
 * enforce into a located problem.
 *
 * <p>Pass 3 of the loader: it looks only at parts that the schema found well formed, so that a
 * problem is never reported twice in different words.
 */
final class CoreValues {

  private CoreValues() {}

  /**
   * The pass: every core invariant broken by a well-formed plan, quota or moderation section. The
   * moderation section is read on the document's grade scale, and skipped when that scale is
   * malformed.
   */
  static List<Problem> check(Document doc, List<Problem> earlier) {
    java.util.Optional<GradeScale> scale = CoreForms.gradeScale(doc.root);
    List<Problem> problems = new ArrayList<>();
    JsonNode root = doc.root;
    each(doc, "/sampling_plans", root.path("sampling_plans"), CoreValues::plan, earlier, problems);
    each(doc, "/quotas", root.path("quotas"), CoreValues::quota, earlier, problems);
    JsonNode moderation = root.path("moderation");
    if (moderation.isObject() && clean("/moderation", earlier) && scale.isPresent()) {
      attempt(doc, "/moderation", () -> moderation(moderation, scale.get()), problems);
    }
    JsonNode programme = root.path("programme");
    if (programme.isObject()) {
      each(
          doc,
          "/programme/entries",
          programme.path("entries"),
          e -> CoreForms.read(ProgrammeEntry.class, e, GradeScale.ofsted()),
          earlier,
          problems);
    }
    return problems;
  }

  private static void each(
      Document doc,
      String pointer,
      JsonNode array,
      Function<JsonNode, ?> build,
      List<Problem> earlier,
      List<Problem> problems) {
    if (!array.isArray()) {
      return;
    }
    int i = 0;
    for (JsonNode item : array) {
      String at = pointer + "/" + i++;
      if (item.isObject() && clean(at, earlier)) {
        attempt(doc, at, () -> build.apply(item), problems);
      }
    }
  }

  /** True when no earlier problem lies at or under the pointer. */
  private static boolean clean(String pointer, List<Problem> earlier) {
    for (Problem p : earlier) {
      if (p.pointer().equals(pointer) || p.pointer().startsWith(pointer + "/")) {
        return false;
      }
    }
    return true;
  }

  private static void attempt(
      Document doc, String pointer, java.util.function.Supplier<?> build, List<Problem> problems) {
    try {
      build.get();
    } catch (IllegalArgumentException
        | AuditException
        | DateTimeException
        | ArithmeticException e) {
      problems.add(doc.problem(pointer, message(e)));
    }
  }

  static String message(RuntimeException e) {
    return e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName()
        : e.getMessage();
  }

  /**
   * A sampling plan from its configuration. The filters {@value SamplingPlan#CATEGORY} and {@value
   * SamplingPlan#TEAM} limit the plan's categories and teams; any other filter reads a case
   * attribute.
   */
  static SamplingPlan plan(JsonNode p) {
    ImmutableSamplingPlan.Builder b = SamplingPlan.builder().name(p.path("name").stringValue());
    if (p.has("size")) {
      b.fixedSize(p.path("size").intValue());
    }
    if (p.has("up_to")) {
      b.maximumSize(p.path("up_to").intValue());
    }
    if (p.has("share")) {
      b.shareOfOpen(p.path("share").decimalValue().stripTrailingZeros());
    }
    p.path("strata").forEach(s -> b.addStrata(s.stringValue()));
    b.minimumPerStratum(p.path("minimum_per_stratum").asInt(0));
    if (p.has("minimum_share_per_stratum")) {
      b.minimumSharePerStratum(
          p.path("minimum_share_per_stratum").decimalValue().stripTrailingZeros());
    }
    if (p.has("exclude_audited_within")) {
      b.auditedWithin(Period.parse(p.path("exclude_audited_within").stringValue()));
    }
    if (p.has("include_closed_within")) {
      b.includeClosedWithin(Period.parse(p.path("include_closed_within").stringValue()));
    }
    for (Map.Entry<String, JsonNode> f : p.path("filters").properties()) {
      Set<String> values = new LinkedHashSet<>();
      f.getValue().forEach(v -> values.add(v.stringValue()));
      switch (f.getKey()) {
        case SamplingPlan.CATEGORY:
          values.forEach(v -> b.addCategories(CaseCategory.parse(v)));
          break;
        case SamplingPlan.TEAM:
          b.addAllTeams(values);
          break;
        default:
          b.putAttributeFilter(f.getKey(), values);
      }
    }
    b.coverWorkers(p.path("worker_coverage").asBoolean(false));
    return b.build();
  }

  /**
   * The audit programme from its configuration, in its one JSON form (see {@link CoreForms}):
   * {@code name} and {@code entries}, each {@code month}, {@code until}, {@code audit_type}, {@code
   * theme}, {@code joint_with}, {@code planned}, {@code sampling_plan} and {@code notes}.
   */
  static AuditProgramme programme(JsonNode p) {
    return CoreForms.read(AuditProgramme.class, p, GradeScale.ofsted());
  }

  /**
   * A role quota from its configuration, in its one JSON form: {@code per} is {@code year} or
   * {@code cycle}.
   */
  static RoleQuota quota(JsonNode q) {
    return CoreForms.read(RoleQuota.class, q, GradeScale.ofsted());
  }

  /**
   * The moderation policy from its configuration, in its one JSON form (see {@link CoreForms}): a
   * missing {@code at_least_one_per_auditor} means false; {@code include_graded_at_or_below}
   * moderates every audit graded at or below that grade of the framework's scale.
   */
  static ModerationPolicy moderation(JsonNode m, GradeScale scale) {
    ModerationPolicy read = CoreForms.read(ModerationPolicy.class, m, scale);
    return ImmutableModerationPolicy.copyOf(read).withShare(read.share().stripTrailingZeros());
  }
}
