package org.practiceaudit.imports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.practiceaudit.core.sampling.CasePopulation;
import org.practiceaudit.imports.ImmutableImportResult;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.ListRead;
import org.practiceaudit.imports.PopulationImport;

/**
 * What an import counts while it reads: rows per list, rows skipped by reason, attribute values
 * left out, warnings. Not thread-safe: one import, one tally.
 */
public final class Tally {

  private final List<ListRead> lists = new ArrayList<>();
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final Map<String, Integer> leftOut = new TreeMap<>();
  private final List<String> warnings = new ArrayList<>();

  /**
   * Records a list read.
   *
   * @param list the list's name
   * @param source where it was found
   * @param rows the rows read
   */
  public void read(String list, String source, int rows) {
    lists.add(ListRead.of(list, source, rows));
  }

  /**
   * Counts a row skipped.
   *
   * @param reason why, without personal data, such as {@code no child id}
   */
  public void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  /**
   * Counts an attribute value left out.
   *
   * @param attribute the attribute's name
   */
  public void leaveOut(String attribute) {
    leftOut.merge(attribute, 1, Integer::sum);
  }

  /**
   * Records a warning.
   *
   * @param warning the warning, without personal data
   */
  public void warn(String warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  /**
   * Starts the result with what was counted.
   *
   * @return a builder holding the lists, skips, values left out and warnings; the cases still to
   *     add
   */
  public ImmutableImportResult.Builder result() {
    return ImportResult.builder()
        .addAllLists(lists)
        .putAllSkipped(skipped)
        .putAllValuesLeftOut(leftOut)
        .addAllWarnings(warnings);
  }

  /**
   * Returns the result of an import read into a population, with what was tallied.
   *
   * @param population the cases read
   * @return the result
   */
  public PopulationImport result(CasePopulation population) {
    return PopulationImport.builder()
        .population(population)
        .addAllLists(lists)
        .putAllSkipped(skipped)
        .putAllValuesLeftOut(leftOut)
        .addAllWarnings(warnings)
        .build();
  }
}
