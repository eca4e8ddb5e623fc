package org.practiceaudit.json.configuration;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.internal.Suggestions;
import org.practiceaudit.json.Problem;
import org.practiceaudit.rules.grading.GradeBand;
import org.practiceaudit.rules.grading.GradeBands;
import tools.jackson.databind.JsonNode;

/**
 * Pass 2: what a schema cannot say. Works on whatever parts of the tree are well formed, so that it
 * adds its problems to those of pass 1 and never fails on a malformed document.
 */
final class SemanticPass {

  private final Document doc;
  private final List<Problem> problems = new ArrayList<>();

  private SemanticPass(Document doc) {
    this.doc = doc;
  }

  static List<Problem> check(Document doc) {
    SemanticPass pass = new SemanticPass(doc);
    pass.run();
    return pass.problems;
  }

  private void add(String pointer, String message) {
    problems.add(doc.problem(pointer, message));
  }

  private void run() {
    JsonNode root = doc.root;
    Optional<GradeScale> scale = gradeScale(root.path("grade_scale"));
    ids("/domains", root.path("domains"), "id", "domain id");
    ids("/audit_types", root.path("audit_types"), "id", "audit type id");
    ids("/escalation_categories", root.path("escalation_categories"), "level", "escalation level");
    ids("/sampling_plans", root.path("sampling_plans"), "name", "sampling plan name");
    ids("/rules", root.path("rules"), "id", "rule id");
    domains(root.path("domains"));
    auditTypes(root.path("audit_types"));
    escalation(root.path("escalation_categories"));
    closureDays(root.path("calendar").path("closure_days"));
    auditDueRules(root.path("audit_due"), root.path("rules"));
    samplingPlans(root.path("sampling_plans"));
    programme(root.path("programme"), root.path("audit_types"), root.path("sampling_plans"));
    quotas(root.path("quotas"));
    new VocabularyCheck(this::add).check(root);
    scale.ifPresent(s -> checkGradeBands(root, s));
    JsonNode moderationGrade = root.path("moderation").path("include_graded_at_or_below");
    if (moderationGrade.isString()
        && scale.isPresent()
        && scale.get().find(moderationGrade.stringValue()).isEmpty()) {
      add(
          "/moderation/include_graded_at_or_below",
          unknownGrade(moderationGrade.stringValue(), scale.get()));
    }
  }

  private Optional<GradeScale> gradeScale(JsonNode node) {
    if (node.isMissingNode()) {
      return Optional.of(GradeScale.ofsted());
    }
    if (!node.path("id").isString() || !node.path("labels").isArray()) {
      return Optional.empty();
    }
    List<String> labels = new ArrayList<>();
    for (JsonNode label : node.path("labels")) {
      if (!label.isString()) {
        return Optional.empty();
      }
      labels.add(label.stringValue());
    }
    GradeScale scale;
    try {
      scale = GradeScale.of(node.path("id").stringValue(), labels);
    } catch (IllegalArgumentException e) {
      add("/grade_scale/labels", e.getMessage());
      return Optional.empty();
    }
    for (Map.Entry<String, JsonNode> alias : node.path("aliases").properties()) {
      String pointer = Document.child("/grade_scale/aliases", alias.getKey());
      if (!alias.getValue().isString()) {
        continue;
      }
      Optional<org.practiceaudit.core.grade.Grade> target =
          scale.find(alias.getValue().stringValue());
      if (target.isEmpty()) {
        add(pointer, unknownGrade(alias.getValue().stringValue(), scale));
        continue;
      }
      try {
        scale = scale.withAlias(alias.getKey(), target.get().label());
      } catch (IllegalArgumentException e) {
        add(pointer, e.getMessage());
      }
    }
    return Optional.of(scale);
  }

  static String unknownGrade(String text, GradeScale scale) {
    List<String> labels = new ArrayList<>();
    scale.grades().forEach(g -> labels.add(g.label()));
    return "unknown grade '" + text + "'" + Suggestions.hint(text, labels);
  }

  private Set<String> ids(String pointer, JsonNode array, String field, String what) {
    Set<String> seen = new LinkedHashSet<>();
    int i = 0;
    for (JsonNode item : array) {
      JsonNode id = item.path(field);
      if (id.isString() || id.isIntegralNumber()) {
        String value = id.isString() ? id.stringValue() : id.asString();
        if (!seen.add(value)) {
          add(
              pointer + "/" + i + "/" + field,
              "duplicate " + what + " '" + value + "'; each must be unique");
        }
      }
      i++;
    }
    return seen;
  }

  private void domains(JsonNode domains) {
    int i = 0;
    for (JsonNode domain : domains) {
      String at = "/domains/" + i++;
      JsonNode scale = domain.path("score_scale");
      if (scale.path("min").isIntegralNumber() && scale.path("max").isIntegralNumber()) {
        long min = scale.path("min").longValue();
        long max = scale.path("max").longValue();
        if (max <= min) {
          add(
              at + "/score_scale/max",
              "the highest score must be greater than the lowest: " + min + " to " + max);
        }
        for (Map.Entry<String, JsonNode> anchor : scale.path("anchors").properties()) {
          try {
            long score = Long.parseLong(anchor.getKey());
            if (score < min || score > max) {
              add(
                  Document.child(at + "/score_scale/anchors", anchor.getKey()),
                  "anchor " + score + " is outside the scale " + min + " to " + max);
            }
          } catch (NumberFormatException e) {
            // the schema's propertyNames pattern reports it
          }
        }
      }
      Set<String> indicatorIds = new LinkedHashSet<>();
      for (String list : List.of("good_indicators", "outstanding_indicators")) {
        int j = 0;
        for (JsonNode indicator : domain.path(list)) {
          JsonNode id = indicator.path("id");
          if (id.isString() && !indicatorIds.add(id.stringValue())) {
            add(
                at + "/" + list + "/" + j + "/id",
                "duplicate indicator id '"
                    + id.stringValue()
                    + "' in this domain; each must be unique");
          }
          j++;
        }
      }
    }
  }

  private void auditTypes(JsonNode types) {
    int i = 0;
    for (JsonNode type : types) {
      JsonNode period = type.path("review_period");
      if (period.isString()) {
        try {
          ReviewPeriod.parse(period.stringValue());
        } catch (AuditException e) {
          add("/audit_types/" + i + "/review_period", e.getMessage());
        }
      }
      i++;
    }
  }

  private void escalation(JsonNode categories) {
    int i = 0;
    for (JsonNode category : categories) {
      if (category.isObject() && !category.has("follow_up")) {
        add(
            "/escalation_categories/" + i,
            "this escalation category has no follow-up deadline; give {\"hours\": 48},"
                + " {\"working_days\": 10} or \"none\"");
      }
      i++;
    }
  }

  /**
   * An {@code audit-due} rule reads the framework's {@code audit_due}: without one it would never
   * apply.
   */
  private void auditDueRules(JsonNode auditDue, JsonNode rules) {
    if (auditDue.isObject() || (auditDue.isString() && !auditDue.stringValue().equals("none"))) {
      return;
    }
    int i = 0;
    for (JsonNode rule : rules) {
      if (rule.path("type").isString() && rule.path("type").stringValue().equals("audit-due")) {
        add(
            "/rules/" + i + "/type",
            "rule type 'audit-due' checks audits against the framework's 'audit_due',"
                + " which is not set; give the framework \"audit_due\": {\"working_days\": 10}, {\"days\": 20}"
                + " or \"end-of-month\"");
      }
      i++;
    }
  }

  private void closureDays(JsonNode days) {
    int i = 0;
    for (JsonNode day : days) {
      if (day.isString()) {
        date(day.stringValue(), "/calendar/closure_days/" + i);
      }
      i++;
    }
  }

  private void date(String text, String pointer) {
    try {
      LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      add(pointer, "'" + text + "' is not a date; write dates as YYYY-MM-DD, such as 2026-12-29");
    }
  }

  private void samplingPlans(JsonNode plans) {
    int i = 0;
    for (JsonNode plan : plans) {
      String at = "/sampling_plans/" + i++;
      if (!plan.isObject()) {
        continue;
      }
      int sizes =
          (plan.has("size") ? 1 : 0) + (plan.has("up_to") ? 1 : 0) + (plan.has("share") ? 1 : 0);
      if (sizes != 1) {
        add(
            at,
            sizes > 1
                ? "give one of 'size', 'up_to' or 'share' for a sampling plan, not more"
                : "a sampling plan needs a 'size' (a number of cases), an 'up_to' (at most a number"
                    + " of cases) or a 'share' (such as 0.1 for 10%)");
      }
    }
  }

  /**
   * Issue 18 item 5: each programme entry names an audit type of the framework (when it declares
   * any) and a sampling plan of the document, with a suggestion for a near miss, and ends no
   * earlier than it starts. Malformed fields are the schema pass's.
   */
  private void programme(JsonNode programme, JsonNode auditTypes, JsonNode samplingPlans) {
    List<String> types = new ArrayList<>();
    auditTypes.forEach(
        t -> {
          if (t.path("id").isString()) {
            types.add(t.path("id").stringValue());
          }
        });
    List<String> plans = new ArrayList<>();
    samplingPlans.forEach(
        p -> {
          if (p.path("name").isString()) {
            plans.add(p.path("name").stringValue());
          }
        });
    int i = 0;
    for (JsonNode entry : programme.path("entries")) {
      String at = "/programme/entries/" + i++;
      JsonNode type = entry.path("audit_type");
      if (type.isString() && !types.isEmpty() && !types.contains(type.stringValue())) {
        add(
            at + "/audit_type",
            "unknown audit type '"
                + type.stringValue()
                + "'"
                + Suggestions.hint(type.stringValue(), types));
      }
      JsonNode plan = entry.path("sampling_plan");
      if (plan.isString() && !plans.contains(plan.stringValue())) {
        add(
            at + "/sampling_plan",
            "unknown sampling plan '"
                + plan.stringValue()
                + "'"
                + (plans.isEmpty()
                    ? "; the framework has no sampling_plans"
                    : Suggestions.hint(plan.stringValue(), plans)));
      }
      JsonNode month = entry.path("month");
      JsonNode until = entry.path("until");
      if (month.isString()
          && until.isString()
          && month.stringValue().matches("[0-9]{4}-[0-9]{2}")
          && until.stringValue().matches("[0-9]{4}-[0-9]{2}")
          && until.stringValue().compareTo(month.stringValue()) < 0) {
        add(
            at + "/until",
            "the entry ends in "
                + until.stringValue()
                + ", before it starts in "
                + month.stringValue());
      }
    }
  }

  private void quotas(JsonNode quotas) {
    Set<String> seen = new LinkedHashSet<>();
    int i = 0;
    for (JsonNode quota : quotas) {
      if (quota.path("role").isString() && quota.path("per").isString()) {
        String key = quota.path("role").stringValue() + " per " + quota.path("per").stringValue();
        if (!seen.add(key)) {
          add(
              "/quotas/" + i + "/role",
              "duplicate quota for " + key + "; give one quota per role and period");
        }
      }
      i++;
    }
  }

  /**
   * Checks the grade bands with audit-rules' one validator ({@link GradeBands#validate}), over the
   * range of the domains' score scales, each problem located at its band.
   */
  private void checkGradeBands(JsonNode root, GradeScale scale) {
    gradeBands(root, scale)
        .filter(Validation::isInvalid)
        .ifPresent(
            v ->
                v.getError()
                    .forEach(
                        p ->
                            add(
                                p.band() < 0
                                    ? "/grade_bands"
                                    : "/grade_bands/"
                                        + p.band()
                                        + (p.field().isEmpty() ? "" : "/" + p.field()),
                                p.message())));
  }

  /**
   * The document's grade bands, validated over the lowest and highest score of its domains' scales:
   * empty when the document has no bands, or when the bands or the domains' scales are malformed
   * (the schema pass reports why).
   */
  static Optional<Validation<Seq<GradeBands.BandProblem>, GradeBands>> gradeBands(
      JsonNode root, GradeScale scale) {
    JsonNode bands = root.path("grade_bands");
    Optional<long[]> range = scoreRange(root.path("domains"));
    if (!bands.isArray() || bands.isEmpty() || range.isEmpty()) {
      return Optional.empty();
    }
    List<GradeBand> list = new ArrayList<>();
    for (JsonNode band : bands) {
      if (!band.path("grade").isString()
          || !band.path("from").isNumber()
          || !band.path("to").isNumber()) {
        return Optional.empty();
      }
      list.add(
          new GradeBand(
              band.path("grade").stringValue(),
              band.path("from").decimalValue(),
              band.path("to").decimalValue()));
    }
    return Optional.of(
        GradeBands.validate(
            list, BigDecimal.valueOf(range.get()[0]), BigDecimal.valueOf(range.get()[1]), scale));
  }

  private static Optional<long[]> scoreRange(JsonNode domains) {
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (JsonNode domain : domains) {
      JsonNode scale = domain.path("score_scale");
      if (scale.path("min").isIntegralNumber() && scale.path("max").isIntegralNumber()) {
        low = Math.min(low, scale.path("min").longValue());
        high = Math.max(high, scale.path("max").longValue());
      }
    }
    return low <= high ? Optional.of(new long[] {low, high}) : Optional.empty();
  }
}
