package org.practiceaudit.imports;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.sampling.CasePopulation;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The case files an import made, with what it read and what it could not: rows read per list, rows
 * skipped counted by reason (never echoed), attribute values left out, and warnings.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ImportResult implements ImportTally {

  ImportResult() {}

  /**
   * Returns the case files, in case id order.
   *
   * @return the cases, possibly empty
   */
  public abstract List<CaseFile> cases();

  /**
   * Counts the cases by category.
   *
   * @return an unmodifiable map from category to the number of cases, sorted by category
   */
  public SortedMap<CaseCategory, Integer> categories() {
    SortedMap<CaseCategory, Integer> counts = new TreeMap<>();
    for (CaseFile c : cases()) {
      counts.merge(c.category(), 1, Integer::sum);
    }
    return java.util.Collections.unmodifiableSortedMap(counts);
  }

  /**
   * Returns the number of rows skipped, every reason together.
   *
   * @return 0 or more
   */
  public int skippedRows() {
    return skipped().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Builds the sampling population of the cases.
   *
   * @return the population, in case id order
   */
  public CasePopulation population() {
    return CasePopulation.of(cases());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableImportResult.Builder builder() {
    return ImmutableImportResult.builder();
  }

  @Value.Check
  void check() {
    for (int i = 1; i < cases().size(); i++) {
      if (cases().get(i - 1).id().compareTo(cases().get(i).id()) >= 0) {
        throw new IllegalArgumentException(
            "cases must be in case id order without repeats: " + cases().get(i).id());
      }
    }
    for (Map.Entry<String, Integer> entry : skipped().entrySet()) {
      if (entry.getValue() <= 0) {
        throw new IllegalArgumentException("a skip count must be more than 0: " + entry);
      }
    }
  }
}
