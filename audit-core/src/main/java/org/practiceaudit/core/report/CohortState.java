package org.practiceaudit.core.report;

import java.util.List;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One cohort of an {@link AggregateState}: the completed audits with one value of a cohort
 * attribute (or of one audit type), with their score totals and grades.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class CohortState {

  CohortState() {}

  /**
   * Returns the cohort dimension: a cohort attribute of the report, or {@link
   * ReportAggregate#AUDIT_TYPE}.
   *
   * @return the dimension, not blank
   */
  public abstract String dimension();

  /**
   * Returns the attribute value (or audit type) the cohort's audits share.
   *
   * @return the value
   */
  public abstract String value();

  /**
   * Returns the number of completed audits in the cohort.
   *
   * @return the count, 1 or more
   */
  public abstract long audits();

  /**
   * Returns the cohort's score totals, one per domain of the report.
   *
   * @return the totals, in the report's domain order
   */
  public abstract List<DomainSums> domains();

  /**
   * Returns the cohort's overall grades, a count per rank, best first.
   *
   * @return the counts, one per grade of the report's scale, each 0 or more
   */
  public abstract List<Long> grades();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableCohortState.Builder builder() {
    return ImmutableCohortState.builder();
  }

  @Value.Check
  void check() {
    String where = "cohort " + dimension() + "=" + value();
    if (dimension().isBlank()) {
      throw new IllegalArgumentException(
          "cohort dimension must not be blank: '" + dimension() + "'");
    }
    if (audits() < 1) {
      throw new IllegalArgumentException(
          where + " must have 1 or more audits (leave it out): " + audits());
    }
    AggregateStateChecks.checkParts(where, audits(), domains(), List.of(), grades());
  }
}
