package org.practiceaudit.json.configuration;

import org.practiceaudit.core.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.json.Problem;
import org.practiceaudit.rules.content.ActionsRequiredParameters;
import org.practiceaudit.rules.escalation.EscalationParameters;
import org.practiceaudit.rules.grading.GradeBand;
import org.practiceaudit.rules.grading.GradeFloor;
import org.practiceaudit.rules.grading.GradingParameters;
import org.practiceaudit.rules.scoring.ScoringParameters;
import tools.jackson.databind.JsonNode;

/**
 * Checks what the built-in rule types' parameters refer to in the framework: domain ids and grade labels.
 * A rule type cannot check these itself, since it does not see the framework it is configured in.
 */
final class RuleReferences {

  private final Document doc;
  private final Set<String> domains;
  private final Optional<GradeScale> scale;
  private final List<Problem> problems = new ArrayList<>();

  private RuleReferences(Document doc, Set<String> domains, Optional<GradeScale> scale) {
    this.doc = doc;
    this.domains = domains;
    this.scale = scale;
  }

  /** The problems with the references of one rule's bound parameters; {@code at} points at the rule. */
  static List<Problem> check(Document doc, String at, Object parameters, Set<String> domains,
      Optional<GradeScale> scale) {
    RuleReferences r = new RuleReferences(doc, domains, scale);
    String p = at + "/parameters";
    JsonNode given = doc.root;
    if (parameters instanceof GradingParameters) {
      GradingParameters g = (GradingParameters) parameters;
      r.domains(p + "/weights", g.weights().keySet(), true);
      r.domainList(p + "/indicator_domains", g.indicatorDomains());
      int i = 0;
      for (GradeFloor floor : g.floors()) {
        r.domain(p + "/floors/" + i + "/domain", floor.domain());
        r.grade(p + "/floors/" + i++ + "/cap_at", floor.capAt(), given);
      }
      i = 0;
      for (GradeBand band : g.bands()) {
        r.grade(p + "/bands/" + i++ + "/grade", band.grade(), given);
      }
      if (g.scale().isEmpty()) {
        r.grade(p + "/good_grade", g.goodGrade(), given);
        r.grade(p + "/outstanding_grade", g.outstandingGrade(), given);
      }
    } else if (parameters instanceof ScoringParameters) {
      r.domains(p + "/weights", ((ScoringParameters) parameters).weights().keySet(), true);
    } else if (parameters instanceof ActionsRequiredParameters) {
      int i = 0;
      for (String grade : ((ActionsRequiredParameters) parameters).grades()) {
        r.grade(p + "/grades/" + i++, grade, given);
      }
    } else if (parameters instanceof EscalationParameters) {
      r.grade(p + "/inadequate_grade", ((EscalationParameters) parameters).inadequateGrade(), given);
      r.grade(p + "/good_grade", ((EscalationParameters) parameters).goodGrade(), given);
    }
    return r.problems;
  }

  private void domains(String pointer, Collection<String> ids, boolean keyed) {
    int i = 0;
    for (String id : ids) {
      domain(keyed ? Document.child(pointer, id) : pointer + "/" + i++, id);
    }
  }

  private void domainList(String pointer, List<String> ids) {
    domains(pointer, ids, false);
  }

  private void domain(String pointer, String id) {
    if (id != null && !domains.contains(id)) {
      problems.add(doc.problem(pointer, "unknown domain '" + id + "'" + Suggestions.hint(id, domains)));
    }
  }

  /** Grades left at the rule type's defaults are not the author's to fix: only written grades are checked. */
  private void grade(String pointer, String label, JsonNode given) {
    if (label == null || scale.isEmpty() || scale.get().find(label).isPresent()
        || doc.root.at(tools.jackson.core.JsonPointer.compile(pointer)).isMissingNode()) {
      return;
    }
    problems.add(doc.problem(pointer, SemanticPass.unknownGrade(label, scale.get())));
  }
}
