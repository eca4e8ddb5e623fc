package org.practiceaudit.json.configuration;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A sampling plan as a configuration document gives it: a size or a share of open cases, strata, a
 * minimum per stratum, an exclusion window and filters.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the plan's kebab-case name, unique in its framework; not null
 * @param description what the plan is for and its source; not null, may be empty
 * @param size the number of cases, when given; exactly one of size and share is present
 * @param share the share of open cases from 0 to 1, rounded up, when given
 * @param strata the case attributes stratified by, in order; not null
 * @param minimumPerStratum the minimum number of cases per stratum, 0 or more
 * @param excludeAuditedWithin skip cases audited within this period, when given; not null
 * @param filters keep only cases whose attribute has one of the values; not null
 * @param workerCoverage whether every allocated worker should get a case where the numbers allow
 */
public record SamplingPlanConfig(
    String name,
    String description,
    OptionalInt size,
    OptionalDouble share,
    List<String> strata,
    int minimumPerStratum,
    Optional<Period> excludeAuditedWithin,
    Map<String, List<String>> filters,
    boolean workerCoverage) {

  /**
   * Checks the plan and copies its collections.
   *
   * @param name the name; not null
   * @param description the description; not null
   * @param size the size; exactly one of size and share present
   * @param share the share, from 0 to 1
   * @param strata the strata; not null
   * @param minimumPerStratum 0 or more
   * @param excludeAuditedWithin the exclusion window; not null
   * @param filters the filters; not null
   * @param workerCoverage worker coverage
   * @throws IllegalArgumentException if both or neither of size and share are present, the share is
   *     outside 0-1 or the minimum negative
   */
  public SamplingPlanConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(excludeAuditedWithin, "excludeAuditedWithin");
    strata = List.copyOf(strata);
    Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
    filters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    filters = java.util.Collections.unmodifiableMap(copy);
    if (size.isPresent() == share.isPresent()) {
      throw new IllegalArgumentException("sampling plan '" + name + "': give either a size or a share");
    }
    if (share.isPresent() && !(share.getAsDouble() >= 0 && share.getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          "sampling plan '" + name + "': share must be from 0 to 1: " + share.getAsDouble());
    }
    if (minimumPerStratum < 0) {
      throw new IllegalArgumentException(
          "sampling plan '" + name + "': minimum per stratum must not be negative: " + minimumPerStratum);
    }
  }
}
