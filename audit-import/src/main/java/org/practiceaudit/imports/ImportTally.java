package org.practiceaudit.imports;

import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What an import read and could not, whatever it read the cases into: rows read per list, rows
 * skipped counted by reason (never echoed), attribute values left out, and warnings. {@link
 * ImportResult} (case files) and {@link PopulationImport} (a population) both tell it.
 */
public interface ImportTally {

  /**
   * Returns what was read of each list or file, in the order read.
   *
   * @return the lists read
   */
  List<ListRead> lists();

  /**
   * Returns the rows skipped, counted by reason, such as {@code no child id}.
   *
   * @return an unmodifiable map from reason to the number of rows, sorted by reason
   */
  @Value.NaturalOrder
  SortedMap<String, Integer> skipped();

  /**
   * Returns the attribute values left out because they were not short codes (free text is never
   * kept), counted by attribute.
   *
   * @return an unmodifiable map from attribute name to the number of values left out, sorted by
   *     name
   */
  @Value.NaturalOrder
  SortedMap<String, Integer> valuesLeftOut();

  /**
   * Returns warnings for the user, such as that workers' pseudonyms use a random key.
   *
   * @return the warnings, without personal data
   */
  List<String> warnings();
}
