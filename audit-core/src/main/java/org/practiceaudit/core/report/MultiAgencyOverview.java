package org.practiceaudit.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The coordinator's overview of a multi-agency audit (London multi-agency audit pack, "Coordination
 * of the audit": the overview report highlights "in a quantifiable way" what works well and what
 * causes concern "through analysis of the grades given at the end of each section", and the
 * coordinator identifies inconsistencies between agencies' audits of each case).
 *
 * <p>It holds, per case and area of work, each agency's grade side by side; per agency, the
 * distribution of its area grades; per area of work, the distribution of every agency's grades of
 * it (which areas work well and which need attention "on a multi-agency basis", seed 003 line 31,
 * L4) and of each agency's own (on "a single" agency basis); and the places where agencies
 * disagree. The areas of work are the audit tool's sections, so the per-area distributions are the
 * analysis of "the grades given at the end of each section" (line 106, L14). Audits without an
 * agency, and grades not on the scale, are left out. Where an agency audited a case more than once,
 * only its latest audit of that case counts ({@link #latestPerAgencyAndCase(Iterable)}), so the
 * overview does not depend on the order of the audits given.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class MultiAgencyOverview {

  MultiAgencyOverview() {}

  /**
   * Returns the agencies, in alphabetical order.
   *
   * @return the agency ids
   */
  public abstract List<String> agencies();

  /**
   * Returns the areas of work, in alphabetical order.
   *
   * @return the area ids
   */
  public abstract List<String> areas();

  /**
   * Returns every case and area with each agency's grade, by case id and then area.
   *
   * @return the comparisons
   */
  public abstract List<AgencyComparison> comparisons();

  /**
   * Returns each agency's distribution of area grades, by agency id.
   *
   * @return the distributions
   */
  public abstract Map<String, GradeDistribution> byAgency();

  /**
   * Returns, per area of work, the distribution of every agency's grades of that area across the
   * cases (the multi-agency totals of an area, L4 and L14), by area id.
   *
   * @return the distributions, one per area in {@link #areas()}
   */
  public abstract Map<String, GradeDistribution> byArea();

  /**
   * Returns, per agency and then per area of work, the distribution of that agency's grades of the
   * area (the single-agency totals of an area, L4), by agency id and then area id. An agency whose
   * audits graded no area has an empty map.
   *
   * @return the distributions, one map per agency in {@link #agencies()}
   */
  public abstract Map<String, Map<String, GradeDistribution>> byAgencyAndArea();

  /**
   * Returns the comparisons where agencies disagree, widest spread first, then by case and area.
   *
   * @return the disagreements
   */
  public abstract List<AgencyComparison> disagreements();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableMultiAgencyOverview.Builder builder() {
    return ImmutableMultiAgencyOverview.builder();
  }

  /**
   * Computes the overview of multi-agency audits.
   *
   * @param audits the audits; not null (those without an agency are left out)
   * @param scale the scale of the area grades; not null
   * @return the overview
   */
  public static MultiAgencyOverview of(Iterable<Audit> audits, GradeScale scale) {
    Objects.requireNonNull(audits, "audits");
    Objects.requireNonNull(scale, "scale");
    Map<CaseId, Map<String, Map<String, Grade>>> byCase = new TreeMap<>();
    Map<String, Map<String, long[]>> counts = new TreeMap<>();
    for (Audit audit : latestPerAgencyAndCase(audits)) {
      String agency = audit.agency().get();
      Map<String, long[]> agencyCounts = counts.computeIfAbsent(agency, k -> new TreeMap<>());
      for (Map.Entry<String, Grade> entry : audit.areaGrades().entrySet()) {
        if (!scale.contains(entry.getValue())) {
          continue;
        }
        agencyCounts
            .computeIfAbsent(entry.getKey(), k -> new long[scale.size()])[
            entry.getValue().rank()]++;
        byCase
            .computeIfAbsent(audit.caseId(), k -> new TreeMap<>())
            .computeIfAbsent(entry.getKey(), k -> new TreeMap<>())
            .put(agency, entry.getValue());
      }
    }
    List<AgencyComparison> comparisons = comparisons(byCase);
    List<AgencyComparison> disagreements = new ArrayList<>();
    for (AgencyComparison comparison : comparisons) {
      if (comparison.isDisagreement()) {
        disagreements.add(comparison);
      }
    }
    disagreements.sort((a, b) -> Integer.compare(b.spread(), a.spread()));
    ImmutableMultiAgencyOverview.Builder overview =
        builder()
            .addAllAgencies(counts.keySet())
            .addAllComparisons(comparisons)
            .addAllDisagreements(disagreements);
    putDistributions(overview, counts, scale);
    return overview.build();
  }

  /** Each case's areas with each agency's grade and the spread, by case and then area. */
  private static List<AgencyComparison> comparisons(
      Map<CaseId, Map<String, Map<String, Grade>>> byCase) {
    List<AgencyComparison> comparisons = new ArrayList<>();
    byCase.forEach(
        (caseId, byArea) ->
            byArea.forEach(
                (area, grades) -> {
                  int best = Integer.MAX_VALUE;
                  int worst = Integer.MIN_VALUE;
                  for (Grade grade : grades.values()) {
                    best = Math.min(best, grade.rank());
                    worst = Math.max(worst, grade.rank());
                  }
                  comparisons.add(
                      AgencyComparison.builder()
                          .caseId(caseId)
                          .area(area)
                          .putAllGrades(grades)
                          .spread(worst - best)
                          .build());
                }));
    return comparisons;
  }

  /**
   * Puts the areas and the distributions of the grade counts per agency and area: per agency, per
   * area (all agencies) and per agency and area.
   */
  private static void putDistributions(
      ImmutableMultiAgencyOverview.Builder overview,
      Map<String, Map<String, long[]>> counts,
      GradeScale scale) {
    Map<String, long[]> byArea = new TreeMap<>();
    counts.forEach(
        (agency, areas) -> {
          long[] total = new long[scale.size()];
          Map<String, GradeDistribution> agencyAreas = new TreeMap<>();
          areas.forEach(
              (area, c) -> {
                long[] all = byArea.computeIfAbsent(area, k -> new long[scale.size()]);
                for (int r = 0; r < c.length; r++) {
                  total[r] += c[r];
                  all[r] += c[r];
                }
                agencyAreas.put(area, ReportDerivation.distribution(scale, c));
              });
          overview.putByAgency(agency, ReportDerivation.distribution(scale, total));
          overview.putByAgencyAndArea(agency, Collections.unmodifiableMap(agencyAreas));
        });
    overview.addAllAreas(byArea.keySet());
    byArea.forEach((area, c) -> overview.putByArea(area, ReportDerivation.distribution(scale, c)));
  }

  /**
   * Orders an agency's audits of one case from earliest to latest: by completion date (an audit not
   * yet completed comes before every completed one), then by audit id.
   */
  private static final Comparator<Audit> LATEST =
      Comparator.comparing((Audit a) -> a.completedOn().orElse(LocalDate.MIN))
          .thenComparing(Audit::id);

  /**
   * Returns the audits a multi-agency comparison counts: of the audits naming an agency, the latest
   * audit of each agency on each case, by completion date and then by audit id (an audit not yet
   * completed counts as earlier than any completed one). The London pack compares "the various
   * agencies working together on a particular case" (seed 003, line 31): one judgement per agency
   * and case, whatever the order of the input.
   *
   * @param audits the audits, in any order; not null, no null element
   * @return the counted audits, by case id and then agency
   * @throws NullPointerException if {@code audits} or an audit is null
   */
  public static List<Audit> latestPerAgencyAndCase(Iterable<Audit> audits) {
    Objects.requireNonNull(audits, "audits");
    Map<CaseId, Map<String, Audit>> latest = new TreeMap<>();
    for (Audit audit : audits) {
      Objects.requireNonNull(audit, "audit");
      if (audit.agency().isEmpty()) {
        continue;
      }
      latest
          .computeIfAbsent(audit.caseId(), k -> new TreeMap<>())
          .merge(audit.agency().get(), audit, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
    }
    List<Audit> counted = new ArrayList<>();
    latest.values().forEach(byAgency -> counted.addAll(byAgency.values()));
    return List.copyOf(counted);
  }
}
