package org.practiceaudit.rules.grading;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.ParameterChecks;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.ParameterReference;
import org.practiceaudit.rules.Rule;

/**
 * The {@code grading} rule type: an audit's grade from the auditor's judgement, from score bands,
 * from indicator checklists, or the auditor's judgement capped by floors.
 *
 * <p>Sources: Camden audit programme 2021-22, section 5 ("Cases are rated using the Ofsted
 * descriptors"); Dorset monthly audit report 2019, 2.1 (domains scored 1-10 and an overall
 * judgement); Hillingdon "A guide to auditing" ("What does good look like?" and "Moving to
 * outstanding" checklists). Score bands and floors are documented generalisations: no source
 * document states a mapping from scores to grades.
 *
 * <p>{@code indicator-checklist} grades per area of work (Hillingdon, "A guide to auditing", lines
 * 21 and 27-106; seed-fidelity review H11). An area the audit covers (the auditor graded it, or
 * evidenced any of its indicators) keeps the auditor's grade, checked against that area's
 * checklists: Good needs every one of the area's "what does good look like" indicators evidenced,
 * Outstanding its "moving to outstanding" ones too. An auditor's Requires Improvement or Inadequate
 * stands, since indicators of good practice cannot tell those apart; an area graded above its
 * evidence carries the flag {@link Outcome#FLAG_AREA_GRADE_DIVERGENCE}. Areas the audit does not
 * cover are not applicable (an audit of home visits alone can be Good). The overall judgement is
 * the auditor's, flagged {@link Outcome#FLAG_GRADE_DIVERGENCE} when it is above what the weakest
 * covered area's evidence supports.
 *
 * <p>When the rule derives a grade and the auditor gave one too, the outcome records both (inputs
 * {@code auditor-grade} and {@code derived-grade}) and, if they differ, carries the flag {@link
 * Outcome#FLAG_GRADE_DIVERGENCE}; it still passes, because the auditor's judgement stands until
 * moderation (Dudley audit framework 2017, "Moderation": differences in grading are recorded).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradingRuleType extends AbstractRuleType<GradingParameters> {

  /** The type id. */
  public static final String ID = "grading";

  private static final Set<String> METHODS =
      Set.of(
          GradingParameters.AUDITOR_JUDGEMENT,
          GradingParameters.SCORE_BANDS,
          GradingParameters.INDICATOR_CHECKLIST,
          GradingParameters.FLOORS);

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public GradingRuleType() {
    super(
        ID,
        "Grade from the auditor's judgement, score bands, indicator checklists or floors;"
            + " divergence from the auditor's grade is flagged",
        GradingParameters.class,
        describe(
            "method",
            "auditor-judgement, score-bands, indicator-checklist or floors; required",
            "basis",
            "score-bands: normalised (bands over 0-1, default) or raw (bands over rawScale)",
            "rawScale",
            "score-bands on the raw basis: the domains' scale, such as 1-10",
            "bands",
            "score-bands: {grade, from, to} covering the scale with no gap or overlap",
            "weights",
            "score-bands: weight of each domain by id, above 0; default 1",
            "goodGrade",
            "indicator-checklist: an area's grade needing its good indicators; default Good",
            "outstandingGrade",
            "indicator-checklist: an area's grade needing its moving-to-outstanding ones too; default Outstanding",
            "indicatorDomains",
            "indicator-checklist: areas (domain ids) whose checklists count; default all",
            "floors",
            "{domain or *, atOrBelow, capAt}: a domain at or below the score caps the grade",
            "scale",
            "grade labels best first the parameters use; default Ofsted's four judgements"));
  }

  @Override
  public List<ParameterProblem> problems(GradingParameters p) {
    Objects.requireNonNull(p, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    bands(p, problems);
    return problems;
  }

  /**
   * The score bands of a score-bands rule, checked with every other parameter; null when the method
   * is another or the bands are invalid.
   */
  private static GradeBands bands(GradingParameters p, List<ParameterProblem> problems) {
    GradeScale scale = scale(p, problems);
    if (p.method() == null || !METHODS.contains(p.method())) {
      problems.add(
          ParameterProblem.at(
              "unknown method '" + p.method() + "'; expected one of " + new TreeSet<>(METHODS),
              "method"));
    }
    GradeBands bands = null;
    if (GradingParameters.SCORE_BANDS.equals(p.method())) {
      bands = scoreBands(p, scale, problems);
    } else if (!p.bands().isEmpty()) {
      problems.add(ParameterProblem.at("bands are used only by method score-bands", "bands"));
    }
    checkGradesAndFloors(p, scale, problems);
    return bands;
  }

  /**
   * The rule's grade scale: its own {@code scale}, or Ofsted's when it has none or it is invalid.
   */
  private static GradeScale scale(GradingParameters p, List<ParameterProblem> problems) {
    if (!p.scale().isEmpty()) {
      try {
        return GradeScale.of("configured", p.scale());
      } catch (IllegalArgumentException e) {
        problems.add(
            ParameterProblem.at("invalid scale " + p.scale() + ": " + e.getMessage(), "scale"));
      }
    }
    return GradeScale.ofsted();
  }

  /** The bands of a score-bands rule over its basis, or null if they are invalid; and weights. */
  private static GradeBands scoreBands(
      GradingParameters p, GradeScale scale, List<ParameterProblem> problems) {
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.ONE;
    if ("raw".equals(p.basis())) {
      try {
        ScoreScale raw = ScoreScale.parse(p.rawScale());
        low = BigDecimal.valueOf(raw.min());
        high = BigDecimal.valueOf(raw.max());
      } catch (AuditParseException e) {
        problems.add(
            ParameterProblem.at(
                "the raw basis needs rawScale such as '1-10': '" + p.rawScale() + "'", "rawScale"));
      }
    } else if (!"normalised".equals(p.basis())) {
      problems.add(
          ParameterProblem.at(
              "unknown basis '" + p.basis() + "'; expected one of [normalised, raw]", "basis"));
    }
    GradeBands bands = null;
    Validation<Seq<GradeBands.BandProblem>, GradeBands> checked =
        GradeBands.validate(p.bands(), low, high, scale);
    if (checked.isInvalid()) {
      checked
          .getError()
          .forEach(
              band ->
                  problems.add(
                      band.band() >= 0
                          ? ParameterProblem.at(band.message(), "bands", band.band())
                          : ParameterProblem.at(band.message(), "bands")));
    } else {
      bands = checked.get();
    }
    ParameterChecks.weights(p.weights(), "weights", problems);
    return bands;
  }

  /** The checklist's grades and the floors: on the rule's scale, and used by a method that can. */
  private static void checkGradesAndFloors(
      GradingParameters p, GradeScale scale, List<ParameterProblem> problems) {
    if (GradingParameters.INDICATOR_CHECKLIST.equals(p.method()) && !p.scale().isEmpty()) {
      addUnknown(scale, p.goodGrade(), "goodGrade", problems);
      addUnknown(scale, p.outstandingGrade(), "outstandingGrade", problems);
    }
    if (GradingParameters.AUDITOR_JUDGEMENT.equals(p.method()) && !p.floors().isEmpty()) {
      problems.add(
          ParameterProblem.at(
              "floors need method score-bands, indicator-checklist or floors, not auditor-judgement",
              "floors"));
    }
    if (GradingParameters.FLOORS.equals(p.method()) && p.floors().isEmpty()) {
      problems.add(ParameterProblem.at("method floors needs at least one floor", "floors"));
    }
    int i = 0;
    for (GradeFloor floor : p.floors()) {
      if (floor == null || floor.capAt() == null) {
        problems.add(ParameterProblem.at("a floor needs the grade it caps at", "floors", i));
      } else if (!p.scale().isEmpty()) {
        addUnknown(scale, floor.capAt(), "capAt", problems, "floors", i);
      }
      i++;
    }
  }

  private static void addUnknown(
      GradeScale scale,
      String label,
      String parameter,
      List<ParameterProblem> problems,
      Object... prefix) {
    if (label == null || scale.find(label).isEmpty()) {
      problems.add(
          ParameterProblem.at(
                  "unknown grade '" + label + "'; expected one of " + scale.grades(), parameter)
              .within(prefix));
    }
  }

  /**
   * Domain ids in weights, indicator domains and floors, and, when the rule uses the framework's
   * scale (no {@code scale} parameter), the grades of bands, floors and the indicator checklist's
   * grades.
   */
  @Override
  public List<ParameterReference> references(GradingParameters p) {
    List<ParameterReference> references =
        new ArrayList<>(ParameterChecks.domainKeys(p.weights(), "weights"));
    for (int i = 0; i < p.indicatorDomains().size(); i++) {
      references.add(
          ParameterReference.domain(
              String.valueOf(p.indicatorDomains().get(i)), "indicatorDomains", i));
    }
    for (int i = 0; i < p.floors().size(); i++) {
      GradeFloor floor = p.floors().get(i);
      if (floor != null && !floor.anyDomain()) {
        references.add(
            ParameterReference.domain(String.valueOf(floor.domain()), "floors", i, "domain"));
      }
    }
    if (p.scale().isEmpty()) {
      for (int i = 0; i < p.floors().size(); i++) {
        GradeFloor floor = p.floors().get(i);
        if (floor != null && floor.capAt() != null) {
          references.add(ParameterReference.grade(floor.capAt(), "floors", i, "capAt"));
        }
      }
      for (int i = 0; i < p.bands().size(); i++) {
        GradeBand band = p.bands().get(i);
        if (band != null && band.grade() != null) {
          references.add(ParameterReference.grade(band.grade(), "bands", i, "grade"));
        }
      }
      if (GradingParameters.INDICATOR_CHECKLIST.equals(p.method())) {
        references.add(ParameterReference.grade(String.valueOf(p.goodGrade()), "goodGrade"));
        references.add(
            ParameterReference.grade(String.valueOf(p.outstandingGrade()), "outstandingGrade"));
      }
    }
    return references;
  }

  @Override
  public Rule<?> bind(String ruleId, GradingParameters p, AuditFramework framework) {
    return new GradingRule(ruleId, p, bands(p, new ArrayList<>()), areas(framework, p));
  }

  /** The areas of work whose indicator checklists count, with their indicator ids. */
  private static List<GradingRule.Area> areas(AuditFramework framework, GradingParameters p) {
    List<GradingRule.Area> list = new ArrayList<>();
    for (Domain domain : framework.domains()) {
      if (!p.indicatorDomains().isEmpty() && !p.indicatorDomains().contains(domain.id())
          || domain.goodIndicators().isEmpty()) {
        continue;
      }
      list.add(
          new GradingRule.Area(
              domain.id(),
              domain.goodIndicators().stream().map(Indicator::id).toArray(String[]::new),
              domain.outstandingIndicators().stream().map(Indicator::id).toArray(String[]::new)));
    }
    return List.copyOf(list);
  }
}
