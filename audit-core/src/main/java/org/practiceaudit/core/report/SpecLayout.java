package org.practiceaudit.core.report;

import java.util.HashMap;
import java.util.Map;
import org.practiceaudit.core.framework.Domain;

/**
 * The arrays a report spec is counted into: domains by index in the spec's order with their scales,
 * the number of grades, and the cohort dimensions (the spec's cohort attributes, then {@link
 * ReportAggregate#AUDIT_TYPE}). Computed once per aggregate, accumulator or column table.
 */
final class SpecLayout {

  final ReportSpec spec;
  final int domainCount;
  final int gradeCount;
  final int[] scaleMin;
  final int[] scaleMax;

  /** The domain ids in spec order, compared by identity before {@link #domainIndex} is asked. */
  final String[] domainIds;

  /** The spec's cohort attributes, then {@link ReportAggregate#AUDIT_TYPE}. */
  final String[] cohortDimensions;

  private final Map<String, Integer> domainIndex = new HashMap<>();

  SpecLayout(ReportSpec spec) {
    this.spec = spec;
    this.domainCount = spec.domains().size();
    this.gradeCount = spec.gradeScale().size();
    this.scaleMin = new int[domainCount];
    this.scaleMax = new int[domainCount];
    this.domainIds = new String[domainCount];
    for (int i = 0; i < domainCount; i++) {
      Domain domain = spec.domains().get(i);
      domainIndex.put(domain.id(), i);
      domainIds[i] = domain.id();
      scaleMin[i] = domain.scoreScale().min();
      scaleMax[i] = domain.scoreScale().max();
    }
    int attributes = spec.cohortAttributes().size();
    this.cohortDimensions = new String[attributes + 1];
    for (int i = 0; i < attributes; i++) {
      cohortDimensions[i] = spec.cohortAttributes().get(i);
    }
    cohortDimensions[attributes] = ReportAggregate.AUDIT_TYPE;
  }

  /** Returns the index of a domain in the spec, or -1 if the spec does not list it. */
  int domainIndexOf(String domainId) {
    for (int d = 0; d < domainIds.length; d++) {
      if (domainIds[d] == domainId) {
        return d;
      }
    }
    Integer index = domainIndex.get(domainId);
    return index == null ? -1 : index;
  }

  /** Whether a score counts in domain {@code d}: on the domain's scale. */
  boolean onScale(int d, int value) {
    return value >= scaleMin[d] && value <= scaleMax[d];
  }

  /** The key of a calendar month: months since year 0, so that keys sort as months do. */
  static int monthKey(int year, int month) {
    return year * 12 + month - 1;
  }
}
