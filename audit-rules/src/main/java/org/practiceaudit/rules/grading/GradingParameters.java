package org.practiceaudit.rules.grading;

import java.util.List;
import java.util.Map;

/**
 * The parameters of a {@code grading} rule.
 *
 * @param method how the grade is obtained: {@code auditor-judgement} (the auditor's grade only),
 *     {@code score-bands} (from the average score), {@code indicator-checklist} (the auditor's
 *     grades, each area's checked against its evidenced indicators) or {@code floors} (the
 *     auditor's grade capped by floors)
 * @param basis for {@code score-bands}: {@code normalised} (bands over [0, 1]; the default) or
 *     {@code raw} (bands over {@code rawScale})
 * @param rawScale for the {@code raw} basis: the domains' common scale, such as {@code 1-10}
 * @param bands for {@code score-bands}: bands covering the basis's scale with no gap or overlap
 * @param weights for {@code score-bands}: weight of each domain by id, above 0; default 1
 * @param goodGrade for {@code indicator-checklist}: the grade an area earns when every one of its
 *     "good" indicators is evidenced; default {@code Good}
 * @param outstandingGrade for {@code indicator-checklist}: the grade an area earns when every one
 *     of its "moving to outstanding" indicators is evidenced too; default {@code Outstanding}
 * @param indicatorDomains for {@code indicator-checklist}: the areas (domains) whose checklists
 *     count; empty for every domain with indicators
 * @param floors caps applied after {@code score-bands}, {@code indicator-checklist} or {@code
 *     floors}
 * @param scale the grade labels, best first, that parameters are checked against; empty for
 *     Ofsted's
 */
public record GradingParameters(
    String method,
    String basis,
    String rawScale,
    List<GradeBand> bands,
    Map<String, Double> weights,
    String goodGrade,
    String outstandingGrade,
    List<String> indicatorDomains,
    List<GradeFloor> floors,
    List<String> scale) {

  /** Method: the auditor's grade only. */
  public static final String AUDITOR_JUDGEMENT = "auditor-judgement";

  /** Method: from score bands. */
  public static final String SCORE_BANDS = "score-bands";

  /** Method: from indicator checklists. */
  public static final String INDICATOR_CHECKLIST = "indicator-checklist";

  /** Method: the auditor's grade capped by floors. */
  public static final String FLOORS = "floors";

  /**
   * Fills in defaults for missing values.
   *
   * @param method the method; not null in a valid configuration
   * @param basis the basis; null means {@code normalised}
   * @param rawScale the raw scale; null means none
   * @param bands the bands; null means none
   * @param weights the weights; null means none
   * @param goodGrade null means {@code Good}
   * @param outstandingGrade null means {@code Outstanding}
   * @param indicatorDomains null means all
   * @param floors null means none
   * @param scale null means Ofsted's
   */
  public GradingParameters {
    basis = basis == null ? "normalised" : basis;
    rawScale = rawScale == null ? "" : rawScale;
    bands = bands == null ? List.of() : List.copyOf(bands);
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    goodGrade = goodGrade == null ? "Good" : goodGrade;
    outstandingGrade = outstandingGrade == null ? "Outstanding" : outstandingGrade;
    indicatorDomains = indicatorDomains == null ? List.of() : List.copyOf(indicatorDomains);
    floors = floors == null ? List.of() : List.copyOf(floors);
    scale = scale == null ? List.of() : List.copyOf(scale);
  }

  /**
   * Obtains parameters for a method with every other value defaulted.
   *
   * @param method the method
   * @return the parameters
   */
  public static GradingParameters of(String method) {
    return new GradingParameters(method, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Returns a copy with bands over a basis.
   *
   * @param basis {@code normalised} or {@code raw}
   * @param rawScale the raw scale for the raw basis, such as {@code 1-10}; may be null
   * @param bands the bands
   * @return the copy
   */
  public GradingParameters withBands(String basis, String rawScale, List<GradeBand> bands) {
    return new GradingParameters(
        method,
        basis,
        rawScale,
        bands,
        weights,
        goodGrade,
        outstandingGrade,
        indicatorDomains,
        floors,
        scale);
  }

  /**
   * Returns a copy with floors.
   *
   * @param floors the floors
   * @return the copy
   */
  public GradingParameters withFloors(List<GradeFloor> floors) {
    return new GradingParameters(
        method,
        basis,
        rawScale,
        bands,
        weights,
        goodGrade,
        outstandingGrade,
        indicatorDomains,
        floors,
        scale);
  }

  /**
   * Returns a copy with the areas whose indicator checklists count.
   *
   * @param indicatorDomains the domain ids; empty for every domain with indicators
   * @return the copy
   */
  public GradingParameters withIndicatorDomains(List<String> indicatorDomains) {
    return new GradingParameters(
        method,
        basis,
        rawScale,
        bands,
        weights,
        goodGrade,
        outstandingGrade,
        indicatorDomains,
        floors,
        scale);
  }

  /**
   * Returns a copy with weights.
   *
   * @param weights weights by domain id
   * @return the copy
   */
  public GradingParameters withWeights(Map<String, Double> weights) {
    return new GradingParameters(
        method,
        basis,
        rawScale,
        bands,
        weights,
        goodGrade,
        outstandingGrade,
        indicatorDomains,
        floors,
        scale);
  }
}
