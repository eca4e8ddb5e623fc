package org.practiceaudit.rules.multiagency;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.Grade;

/**
 * The grades several agencies gave one area of work on one case, and how far apart they are.
 *
 * @param caseId the case
 * @param area the area of work's id, such as {@code assessment}
 * @param gradesByAgency each agency's grade, by agency id, sorted by agency id
 * @param spread the number of ranks between the best and the worst grade; 0 when all agree
 * @param disagreement whether the spread reaches the configured threshold
 */
public record AreaComparison(
    CaseId caseId, String area, SortedMap<String, Grade> gradesByAgency, int spread, boolean disagreement) {

  /**
   * Checks the values and copies the grades.
   *
   * @param caseId the case; not null
   * @param area the area; not null
   * @param gradesByAgency the grades; not null
   * @param spread 0 or more
   * @param disagreement whether the agencies disagree
   */
  public AreaComparison {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(area, "area");
    gradesByAgency = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(gradesByAgency));
    if (spread < 0) {
      throw new IllegalArgumentException("spread must not be negative: " + spread);
    }
  }

  /**
   * Returns the grades by agency as a plain map.
   *
   * @return an unmodifiable map sorted by agency id
   */
  public Map<String, Grade> grades() {
    return gradesByAgency;
  }
}
