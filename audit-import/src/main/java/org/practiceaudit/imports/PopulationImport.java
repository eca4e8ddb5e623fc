package org.practiceaudit.imports;

import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.practiceaudit.core.sampling.CasePopulation;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The cases an import read straight into a {@link CasePopulation}, the columns sampling needs, with no
 * {@link org.practiceaudit.core.casefile.CaseFile} made (issue 15 item 2), and what it read and could not,
 * as {@link ImportResult} tells it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class PopulationImport {

  PopulationImport() {}

  /**
   * Returns the cases, as the population {@link ImportResult#population()} of the same import gives, less
   * the allocated workers if they were not asked for.
   *
   * @return the population
   */
  public abstract CasePopulation population();

  /**
   * Returns what was read of each list or file, in the order read.
   *
   * @return the lists read
   */
  public abstract List<ListRead> lists();

  /**
   * Returns the rows skipped, counted by reason, such as {@code no child id}.
   *
   * @return the reasons and their counts, sorted by reason; no count is 0
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Integer> skipped();

  /**
   * Returns the attribute values left out because they were not codes, counted by attribute.
   *
   * @return the attributes and their counts, sorted by attribute
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Integer> valuesLeftOut();

  /**
   * Returns warnings for the user, such as that workers' pseudonyms use a random key.
   *
   * @return the warnings, without personal data
   */
  public abstract List<String> warnings();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutablePopulationImport.Builder builder() {
    return ImmutablePopulationImport.builder();
  }
}
