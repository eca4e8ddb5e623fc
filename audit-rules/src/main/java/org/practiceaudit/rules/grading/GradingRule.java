package org.practiceaudit.rules.grading;

import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.ImmutableOutcome;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.scoring.ScoreAverage;

/**
 * A configured {@link GradingRuleType grading} rule, bound to a framework: its score bands checked
 * once and its areas of work with their indicator ids.
 *
 * <p>This class is immutable and thread-safe.
 */
final class GradingRule extends AbstractRule<Audit> {

  /** An area of work whose indicator checklists count, with its indicator ids. */
  record Area(String id, String[] good, String[] outstanding) {}

  private final GradingParameters p;
  private final GradeBands bands;
  private final List<Area> areas;

  GradingRule(String id, GradingParameters p, GradeBands bands, List<Area> areas) {
    super(
        id,
        "Grade by " + p.method() + " (Camden 2021-22 s.5; Dorset 2019 2.1; Hillingdon checklists)",
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
    Either<Outcome, String> derivedLabel;
    switch (p.method()) {
      case GradingParameters.SCORE_BANDS:
        derivedLabel = byScoreBands(audit, context, inputs);
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
        derivedLabel = Either.right(auditor.get().label());
        break;
    }
    Outcome outcome = derivedLabel.fold(o -> o, l -> derived(l, auditor, audit, context, inputs));
    return List.of(outcome);
  }

  /** The grade label the score bands give the audit's average, or the outcome that stops it. */
  private Either<Outcome, String> byScoreBands(
      Audit audit, RuleContext context, Map<String, String> inputs) {
    boolean normalised = !"raw".equals(p.basis());
    ScoreAverage average =
        ScoreAverage.of(context.framework().domains(), audit.scores(), p.weights(), normalised);
    if (!average.problems().isEmpty()) {
      return Either.left(
          outcome(OutcomeStatus.FAIL, String.join("; ", average.problems()))
              .putAllInputs(inputs)
              .build());
    }
    if (average.average().isEmpty()) {
      return Either.left(
          outcome(OutcomeStatus.NOT_APPLICABLE, "no domain was scored")
              .putAllInputs(inputs)
              .build());
    }
    double value = average.average().getAsDouble();
    inputs.put("average", Double.toString(value));
    if (!Double.isFinite(value)
        || BigDecimal.valueOf(value).compareTo(bands.low()) < 0
        || BigDecimal.valueOf(value).compareTo(bands.high()) > 0) {
      return Either.left(
          outcome(OutcomeStatus.FAIL, "the average " + value + " lies outside the bands' scale")
              .putAllInputs(inputs)
              .build());
    }
    return Either.right(bands.gradeFor(value).label());
  }

  /** The outcome for a derived grade: capped by the floors, compared with the auditor's. */
  private Outcome derived(
      String derivedLabel,
      Optional<Grade> auditor,
      Audit audit,
      RuleContext context,
      Map<String, String> inputs) {
    Optional<Grade> derived = context.grade(derivedLabel);
    if (derived.isEmpty()) {
      return outcome(
              OutcomeStatus.ERROR, "grade '" + derivedLabel + "' is not on the framework's scale")
          .putAllInputs(inputs)
          .build();
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
    return outcome.putAllInputs(inputs).build();
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
    Evidence evidence = new Evidence(good.get(), outstanding.get());
    for (Area area : areas) {
      evidence.area(area, audit, context, inputs);
    }
    if (!evidence.covered) {
      return outcome(
              OutcomeStatus.NOT_APPLICABLE, "the audit covers no area of work with indicators")
          .putAllInputs(inputs)
          .build();
    }
    String supports = evidence.supports();
    inputs.put("evidence-supports", supports);
    if (!evidence.above.isEmpty()) {
      inputs.put("areas-above-evidence", String.join(", ", evidence.above));
    }
    Optional<Grade> auditor = audit.overallGrade().flatMap(g -> context.grade(g.label()));
    ImmutableOutcome.Builder outcome;
    if (auditor.isEmpty()) {
      outcome =
          outcome(
              OutcomeStatus.NOT_APPLICABLE,
              "the audit has no overall judgement on the framework's scale");
    } else {
      Grade grade = applyFloors(auditor.get(), audit, context, inputs);
      boolean aboveEvidence =
          evidence.belowGood ? grade.isAtLeast(good.get()) : grade.isBetterThan(evidence.supported);
      String reason =
          "the auditor's grade "
              + grade.label()
              + (aboveEvidence ? " is above" : ", within")
              + " what the evidenced areas support ("
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
    if (!evidence.above.isEmpty()) {
      outcome.addFlag(Outcome.FLAG_AREA_GRADE_DIVERGENCE);
    }
    return outcome.putAllInputs(inputs).build();
  }

  /** What the covered areas' checklists support, gathered area by area (H11). */
  private static final class Evidence {
    private final Grade good;
    private final Grade outstanding;
    private boolean covered;
    private boolean belowGood;
    private Grade supported;
    private final List<String> above = new ArrayList<>();

    Evidence(Grade good, Grade outstanding) {
      this.good = good;
      this.outstanding = outstanding;
      this.supported = outstanding;
    }

    /** Checks one area against its checklists, recording what its evidence supports. */
    void area(Area area, Audit audit, RuleContext context, Map<String, String> inputs) {
      Set<String> evidenced = audit.evidencedIndicators();
      Grade given = audit.areaGrades().get(area.id());
      Optional<Grade> areaGrade = given == null ? Optional.empty() : context.grade(given.label());
      int goodEvidenced = count(area.good(), evidenced);
      int outstandingEvidenced = count(area.outstanding(), evidenced);
      if (given == null && goodEvidenced + outstandingEvidenced == 0) {
        inputs.put("area." + area.id(), "not applicable: not covered by the audit");
        return;
      }
      covered = true;
      Grade areaSupports = null;
      if (goodEvidenced == area.good().length) {
        areaSupports =
            area.outstanding().length > 0 && outstandingEvidenced == area.outstanding().length
                ? outstanding
                : good;
      }
      boolean areaAbove =
          areaGrade.isPresent()
              && (areaSupports == null
                  ? areaGrade.get().isAtLeast(good)
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
              + (areaSupports == null ? "below " + good.label() : areaSupports.label()));
    }

    /** What the covered areas' evidence supports overall, in words. */
    String supports() {
      return belowGood ? "below " + good.label() : supported.label();
    }
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
