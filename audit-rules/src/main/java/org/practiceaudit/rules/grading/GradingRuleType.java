package org.practiceaudit.rules.grading;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterChecks;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.ParameterReference;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.scoring.ScoreAverage;

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
    GradeScale scale = GradeScale.ofsted();
    if (!p.scale().isEmpty()) {
      try {
        scale = GradeScale.of("configured", p.scale());
      } catch (IllegalArgumentException e) {
        problems.add(
            ParameterProblem.at("invalid scale " + p.scale() + ": " + e.getMessage(), "scale"));
      }
    }
    if (p.method() == null || !METHODS.contains(p.method())) {
      problems.add(
          ParameterProblem.at(
              "unknown method '"
                  + p.method()
                  + "'; expected one of "
                  + new java.util.TreeSet<>(METHODS),
              "method"));
    }
    GradeBands bands = null;
    if (GradingParameters.SCORE_BANDS.equals(p.method())) {
      java.math.BigDecimal low = java.math.BigDecimal.ZERO;
      java.math.BigDecimal high = java.math.BigDecimal.ONE;
      if ("raw".equals(p.basis())) {
        try {
          ScoreScale raw = ScoreScale.parse(p.rawScale());
          low = java.math.BigDecimal.valueOf(raw.min());
          high = java.math.BigDecimal.valueOf(raw.max());
        } catch (AuditParseException e) {
          problems.add(
              ParameterProblem.at(
                  "the raw basis needs rawScale such as '1-10': '" + p.rawScale() + "'",
                  "rawScale"));
        }
      } else if (!"normalised".equals(p.basis())) {
        problems.add(
            ParameterProblem.at(
                "unknown basis '" + p.basis() + "'; expected one of [normalised, raw]", "basis"));
      }
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
    } else if (!p.bands().isEmpty()) {
      problems.add(ParameterProblem.at("bands are used only by method score-bands", "bands"));
    }
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
    return bands;
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
  private static List<Area> areas(AuditFramework framework, GradingParameters p) {
    List<Area> list = new ArrayList<>();
    for (Domain domain : framework.domains()) {
      if (!p.indicatorDomains().isEmpty() && !p.indicatorDomains().contains(domain.id())
          || domain.goodIndicators().isEmpty()) {
        continue;
      }
      list.add(
          new Area(
              domain.id(),
              domain.goodIndicators().stream().map(Indicator::id).toArray(String[]::new),
              domain.outstandingIndicators().stream().map(Indicator::id).toArray(String[]::new)));
    }
    return List.copyOf(list);
  }

  private record Area(String id, String[] good, String[] outstanding) {}

  /** A configured grading rule. */
  static final class GradingRule extends AbstractRule<Audit> {

    private final GradingParameters p;
    private final GradeBands bands;
    private final List<Area> areas;

    GradingRule(String id, GradingParameters p, GradeBands bands, List<Area> areas) {
      super(
          id,
          "Grade by "
              + p.method()
              + " (Camden 2021-22 s.5; Dorset 2019 2.1; Hillingdon checklists)",
          SubjectType.AUDIT);
      this.p = p;
      this.bands = bands;
      this.areas = areas;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      Optional<Grade> auditor = audit.overallGrade();
      if (GradingParameters.AUDITOR_JUDGEMENT.equals(p.method())) {
        if (auditor.isEmpty()) {
          return List.of(
              outcome(OutcomeStatus.NOT_APPLICABLE, "the audit is not graded")
                  .putInput("method", p.method())
                  .build());
        }
        return List.of(
            outcome(OutcomeStatus.PASS, "the auditor's judgement is the grade")
                .putInput("method", p.method())
                .putInput("auditor-grade", auditor.get().label())
                .grade(auditor.get())
                .build());
      }
      Map<String, String> inputs = new LinkedHashMap<>(8);
      inputs.put("method", p.method());
      auditor.ifPresent(g -> inputs.put("auditor-grade", g.label()));
      Optional<String> derivedLabel;
      switch (p.method()) {
        case GradingParameters.AUDITOR_JUDGEMENT:
          if (auditor.isEmpty()) {
            return List.of(
                outcome(OutcomeStatus.NOT_APPLICABLE, "the audit is not graded")
                    .putAllInputs(inputs)
                    .build());
          }
          return List.of(
              outcome(OutcomeStatus.PASS, "the auditor's judgement is the grade")
                  .putAllInputs(inputs)
                  .grade(auditor.get())
                  .build());
        case GradingParameters.SCORE_BANDS:
          boolean normalised = !"raw".equals(p.basis());
          ScoreAverage average =
              ScoreAverage.of(
                  context.framework().domains(), audit.scores(), p.weights(), normalised);
          if (!average.problems().isEmpty()) {
            return List.of(
                outcome(OutcomeStatus.FAIL, String.join("; ", average.problems()))
                    .putAllInputs(inputs)
                    .build());
          }
          if (average.average().isEmpty()) {
            return List.of(
                outcome(OutcomeStatus.NOT_APPLICABLE, "no domain was scored")
                    .putAllInputs(inputs)
                    .build());
          }
          double value = average.average().getAsDouble();
          inputs.put("average", Double.toString(value));
          if (!Double.isFinite(value)
              || java.math.BigDecimal.valueOf(value).compareTo(bands.low()) < 0
              || java.math.BigDecimal.valueOf(value).compareTo(bands.high()) > 0) {
            return List.of(
                outcome(
                        OutcomeStatus.FAIL,
                        "the average " + value + " lies outside the bands' scale")
                    .putAllInputs(inputs)
                    .build());
          }
          derivedLabel = Optional.of(bands.gradeFor(value).label());
          break;
        case GradingParameters.INDICATOR_CHECKLIST:
          return List.of(byArea(audit, context, inputs));
        default:
          if (auditor.isEmpty()) {
            return List.of(
                outcome(OutcomeStatus.NOT_APPLICABLE, "the audit is not graded")
                    .putAllInputs(inputs)
                    .build());
          }
          derivedLabel = Optional.of(auditor.get().label());
          break;
      }
      Optional<Grade> derived = context.grade(derivedLabel.get());
      if (derived.isEmpty()) {
        return List.of(
            outcome(
                    OutcomeStatus.ERROR,
                    "grade '" + derivedLabel.get() + "' is not on the framework's scale")
                .putAllInputs(inputs)
                .build());
      }
      Grade grade = applyFloors(derived.get(), audit, context, inputs);
      inputs.put("derived-grade", grade.label());
      boolean divergent = auditor.isPresent() && !auditor.get().equals(grade);
      String reason =
          divergent
              ? "the auditor's grade "
                  + auditor.get().label()
                  + " differs from the derived grade "
                  + grade.label()
              : "derived grade " + grade.label();
      var outcome = outcome(OutcomeStatus.PASS, reason).grade(grade);
      if (divergent) {
        outcome.addFlag(Outcome.FLAG_GRADE_DIVERGENCE);
      }
      return List.of(outcome.putAllInputs(inputs).build());
    }

    // Hillingdon (H11): each covered area's grade checked against its own checklists; the overall
    // judgement is the auditor's, flagged when above what the weakest covered area's evidence
    // supports.
    private Outcome byArea(Audit audit, RuleContext context, Map<String, String> inputs) {
      Optional<Grade> good = context.grade(p.goodGrade());
      Optional<Grade> outstanding = context.grade(p.outstandingGrade());
      if (good.isEmpty() || outstanding.isEmpty()) {
        return outcome(
                OutcomeStatus.ERROR,
                "grades '"
                    + p.goodGrade()
                    + "' and '"
                    + p.outstandingGrade()
                    + "' must be on the framework's scale")
            .putAllInputs(inputs)
            .build();
      }
      Set<String> evidenced = audit.evidencedIndicators();
      boolean covered = false;
      boolean belowGood = false;
      Grade supported = outstanding.get();
      List<String> above = new ArrayList<>();
      for (Area area : areas) {
        Grade given = audit.areaGrades().get(area.id());
        Optional<Grade> areaGrade = given == null ? Optional.empty() : context.grade(given.label());
        int goodEvidenced = count(area.good(), evidenced);
        int outstandingEvidenced = count(area.outstanding(), evidenced);
        if (given == null && goodEvidenced + outstandingEvidenced == 0) {
          inputs.put("area." + area.id(), "not applicable: not covered by the audit");
          continue;
        }
        covered = true;
        Grade areaSupports = null;
        if (goodEvidenced == area.good().length) {
          areaSupports =
              area.outstanding().length > 0 && outstandingEvidenced == area.outstanding().length
                  ? outstanding.get()
                  : good.get();
        }
        boolean areaAbove =
            areaGrade.isPresent()
                && (areaSupports == null
                    ? areaGrade.get().isAtLeast(good.get())
                    : areaGrade.get().isBetterThan(areaSupports));
        if (areaAbove) {
          above.add(area.id());
        }
        if (areaSupports == null) {
          belowGood = true;
        } else if (supported.isBetterThan(areaSupports)) {
          supported = areaSupports;
        }
        inputs.put(
            "area." + area.id(),
            (given == null ? "not graded" : given.label())
                + "; good indicators "
                + goodEvidenced
                + "/"
                + area.good().length
                + ", moving to outstanding "
                + outstandingEvidenced
                + "/"
                + area.outstanding().length
                + "; evidence supports "
                + (areaSupports == null ? "below " + good.get().label() : areaSupports.label()));
      }
      if (!covered) {
        return outcome(
                OutcomeStatus.NOT_APPLICABLE, "the audit covers no area of work with indicators")
            .putAllInputs(inputs)
            .build();
      }
      String supports = belowGood ? "below " + good.get().label() : supported.label();
      inputs.put("evidence-supports", supports);
      if (!above.isEmpty()) {
        inputs.put("areas-above-evidence", String.join(", ", above));
      }
      Optional<Grade> auditor = audit.overallGrade().flatMap(g -> context.grade(g.label()));
      org.practiceaudit.rules.ImmutableOutcome.Builder outcome;
      if (auditor.isEmpty()) {
        outcome =
            outcome(
                OutcomeStatus.NOT_APPLICABLE,
                "the audit has no overall judgement on the framework's scale");
      } else {
        Grade grade = applyFloors(auditor.get(), audit, context, inputs);
        boolean aboveEvidence =
            belowGood ? grade.isAtLeast(good.get()) : grade.isBetterThan(supported);
        String reason =
            aboveEvidence
                ? "the auditor's grade "
                    + grade.label()
                    + " is above what the evidenced areas support ("
                    + supports
                    + ")"
                : "the auditor's grade "
                    + grade.label()
                    + ", within what the evidenced areas support ("
                    + supports
                    + ")";
        outcome = outcome(OutcomeStatus.PASS, reason).grade(grade);
        if (!grade.equals(auditor.get())) {
          inputs.put("derived-grade", grade.label());
        }
        if (aboveEvidence || !grade.equals(auditor.get())) {
          outcome.addFlag(Outcome.FLAG_GRADE_DIVERGENCE);
        }
      }
      if (!above.isEmpty()) {
        outcome.addFlag(Outcome.FLAG_AREA_GRADE_DIVERGENCE);
      }
      return outcome.putAllInputs(inputs).build();
    }

    private static int count(String[] ids, Set<String> evidenced) {
      int n = 0;
      if (!evidenced.isEmpty()) {
        for (String id : ids) {
          n += evidenced.contains(id) ? 1 : 0;
        }
      }
      return n;
    }

    private Grade applyFloors(
        Grade grade, Audit audit, RuleContext context, Map<String, String> inputs) {
      Grade capped = grade;
      for (GradeFloor floor : p.floors()) {
        for (Map.Entry<String, DomainScore> score : audit.scores().entrySet()) {
          if (!floor.anyDomain() && !floor.domain().equals(score.getKey())) {
            continue;
          }
          if (score.getValue().isApplicable()
              && score.getValue().value().getAsInt() <= floor.atOrBelow()) {
            Optional<Grade> cap = context.grade(floor.capAt());
            if (cap.isPresent() && capped.isBetterThan(cap.get())) {
              capped = cap.get();
              inputs.put("capped-by-domain", score.getKey());
            }
          }
        }
      }
      return capped;
    }
  }
}
