package org.practiceaudit.rules.framework;

import static org.practiceaudit.rules.framework.Prose.list;
import static org.practiceaudit.rules.framework.Prose.number;
import static org.practiceaudit.rules.framework.Prose.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.grading.GradeBand;
import org.practiceaudit.rules.grading.GradeBands;
import org.practiceaudit.rules.grading.GradeFloor;
import org.practiceaudit.rules.grading.GradingParameters;

/**
 * Grades and scores in words: the grade scale, the grade bands, each grading rule and a domain's
 * score scale. (Part of {@link FrameworkWords}.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class GradeWords {

  private GradeWords() {}

  static List<String> gradeGuidance(LocalFramework local, Optional<GradeBands> gradeBands) {
    List<String> sentences = new ArrayList<>();
    for (ConfiguredRule rule : local.rules()) {
      if (rule.parameters() instanceof GradingParameters) {
        sentences.addAll(grading((GradingParameters) rule.parameters()));
      }
    }
    gradeBands.ifPresent(
        bands ->
            sentences.add(
                "The average domain score suggests a grade: " + bands(bands.bands()) + "."));
    if (sentences.isEmpty()) {
      sentences.add(
          "The auditor judges the overall grade; the framework configures no grading rule.");
    }
    return sentences;
  }

  static List<String> grading(GradingParameters p) {
    List<String> s = new ArrayList<>();
    switch (p.method()) {
      case GradingParameters.SCORE_BANDS:
        s.add(
            "The grade follows from the "
                + (p.weights().isEmpty() ? "" : "weighted ")
                + "average domain score"
                + (p.basis().equals("raw")
                    ? " on the " + p.rawScale() + " scale"
                    : ", each score mapped onto 0 to 1")
                + ": "
                + bands(p.bands())
                + ".");
        if (!p.weights().isEmpty()) {
          s.add(
              "Domain weights: "
                  + new TreeMap<>(p.weights())
                      .entrySet().stream()
                          .map(w -> w.getKey() + " " + number(w.getValue()))
                          .collect(Collectors.joining(", "))
                  + ".");
        }
        break;
      case GradingParameters.INDICATOR_CHECKLIST:
        s.add(
            "The auditor grades each area; an area graded "
                + p.goodGrade()
                + " needs every one of its"
                + " indicators of what good looks like evidenced, and an area graded "
                + p.outstandingGrade()
                + " every one of its moving-to-outstanding indicators too"
                + (p.indicatorDomains().isEmpty()
                    ? ""
                    : " (areas " + list(p.indicatorDomains()) + ")")
                + ".");
        break;
      case GradingParameters.FLOORS:
        s.add("The auditor judges the overall grade, capped by the floors below.");
        break;
      default:
        s.add("The auditor judges the overall grade.");
    }
    for (GradeFloor floor : p.floors()) {
      s.add(
          "A score of "
              + floor.atOrBelow()
              + " or less in "
              + (floor.anyDomain() ? "any domain" : "domain " + floor.domain())
              + " caps the grade at "
              + floor.capAt()
              + ".");
    }
    return s;
  }

  private static String bands(List<GradeBand> bands) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      GradeBand band = bands.get(i);
      boolean top = i == bands.size() - 1;
      parts.add(
          plain(band.from())
              + (top ? " to " : " to under ")
              + plain(band.to())
              + " "
              + band.grade());
    }
    return String.join("; ", parts);
  }

  static String gradeScale(GradeScale scale) {
    String text =
        "Overall grades, best first: "
            + scale.grades().stream().map(Grade::label).collect(Collectors.joining(", "))
            + " (scale "
            + scale.id()
            + ").";
    if (!scale.aliases().isEmpty()) {
      text +=
          " Also read: "
              + new TreeMap<>(scale.aliases())
                  .entrySet().stream()
                      .map(a -> "'" + a.getKey() + "' as " + a.getValue())
                      .collect(Collectors.joining(", "))
              + ".";
    }
    return text;
  }

  static String scale(ScoreScale scale) {
    String text = "Scored from " + scale.min() + " to " + scale.max();
    if (!scale.anchors().isEmpty()) {
      text +=
          ": "
              + scale.anchors().entrySet().stream()
                  .map(a -> a.getKey() + " " + a.getValue())
                  .collect(Collectors.joining(", "));
    }
    return text
        + (scale.allowsNotApplicable()
            ? "; N/A allowed."
            : "; N/A not allowed, every domain is scored.");
  }
}
