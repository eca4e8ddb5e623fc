package org.practiceaudit.rules.multiagency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.Grade;

/**
 * Compares the grades agencies give each area of work on the same case, and flags disagreement.
 *
 * <p>Source: London multi-agency safeguarding audit pack, section 1 (seed 003, line 31: "Each area of
 * work, such as Assessment, will be graded separately by the auditor. This will allow comparative,
 * evidenced judgements to be made between the various agencies working together on a particular case")
 * and section 3 (line 101: the coordinator reviews the audits of each case "to identify inconsistencies").
 *
 * <p>Only audits naming an agency count; where one agency audited a case more than once, its latest audit
 * by id counts. An area graded by fewer than two agencies is not compared.
 */
public final class AgencyComparison {

  private AgencyComparison() {}

  /**
   * Compares agencies' grades per case and per area of work.
   *
   * @param audits the audits, in any order; not null
   * @param minimumSpread the spread in ranks from which agencies disagree, 1 or more
   * @return one comparison per case and area graded by two agencies or more, sorted by case and area
   * @throws NullPointerException if {@code audits} or an audit is null
   * @throws IllegalArgumentException if {@code minimumSpread} is below 1, or agencies grade one area on
   *     different scales
   */
  public static List<AreaComparison> compare(Collection<Audit> audits, int minimumSpread) {
    Objects.requireNonNull(audits, "audits");
    if (minimumSpread < 1) {
      throw new IllegalArgumentException("minimum spread must be 1 or more: " + minimumSpread);
    }
    Map<String, Map<String, Map<String, Grade>>> byCase = new TreeMap<>();
    Map<String, CaseId> caseIds = new TreeMap<>();
    List<Audit> sorted = new ArrayList<>(audits);
    sorted.sort((a, b) -> a.id().toString().compareTo(b.id().toString()));
    for (Audit audit : sorted) {
      Objects.requireNonNull(audit, "audit");
      if (audit.agency().isEmpty()) {
        continue;
      }
      String caseKey = audit.caseId().toString();
      caseIds.put(caseKey, audit.caseId());
      for (Map.Entry<String, Grade> area : audit.areaGrades().entrySet()) {
        byCase
            .computeIfAbsent(caseKey, k -> new TreeMap<>())
            .computeIfAbsent(area.getKey(), k -> new TreeMap<>())
            .put(audit.agency().get(), area.getValue());
      }
    }
    List<AreaComparison> comparisons = new ArrayList<>();
    byCase.forEach(
        (caseKey, areas) ->
            areas.forEach(
                (area, grades) -> {
                  if (grades.size() < 2) {
                    return;
                  }
                  int best = Integer.MAX_VALUE;
                  int worst = Integer.MIN_VALUE;
                  String scale = null;
                  for (Grade grade : grades.values()) {
                    if (scale != null && !scale.equals(grade.scaleId())) {
                      throw new IllegalArgumentException(
                          "case " + caseKey + ", area '" + area + "': agencies grade on different scales");
                    }
                    scale = grade.scaleId();
                    best = Math.min(best, grade.rank());
                    worst = Math.max(worst, grade.rank());
                  }
                  int spread = worst - best;
                  comparisons.add(
                      new AreaComparison(
                          caseIds.get(caseKey), area, new TreeMap<>(grades), spread, spread >= minimumSpread));
                }));
    return List.copyOf(comparisons);
  }
}
