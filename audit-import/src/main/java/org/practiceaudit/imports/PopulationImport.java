package org.practiceaudit.imports;

import org.immutables.value.Value;
import org.practiceaudit.core.sampling.CasePopulation;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The cases an import read straight into a {@link CasePopulation}, the columns sampling needs, with
 * no {@link org.practiceaudit.core.casefile.CaseFile} made (issue 15 item 2), and what it read and
 * could not ({@link ImportTally}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class PopulationImport implements ImportTally {

  PopulationImport() {}

  /**
   * Returns the cases, as the population {@link ImportResult#population()} of the same import
   * gives, less the allocated workers if they were not asked for.
   *
   * @return the population
   */
  public abstract CasePopulation population();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutablePopulationImport.Builder builder() {
    return ImmutablePopulationImport.builder();
  }
}
