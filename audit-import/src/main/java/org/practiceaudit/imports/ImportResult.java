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
public abstract class ImportResult {

  ImportResult() {}

  /**
   * Returns the case files, in case id order.
   *
   * @return the cases, possibly empty
   */
  public abstract List<CaseFile> cases();

  /**
   * Returns what was read of each list or file, in the order read.
   *
   * @return the lists read
   */
  public abstract List<ListRead> lists();

  /**
   * Returns the rows skipped, counted by reason, such as {@code no child id}.
   *
   * @return an unmodifiable map from reason to the number of rows, sorted by reason
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, Integer> skipped();

  /**
   * Returns the attribute values left out because they were not short codes (free text is never kept),
   * counted by attribute.
   *
   * @return an unmodifiable map from attribute name to the number of values left out, sorted by name
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
        throw new IllegalArgumentException("cases must be in case id order without repeats: "
            + cases().get(i).id());
      }
    }
    for (Map.Entry<String, Integer> entry : skipped().entrySet()) {
      if (entry.getValue() <= 0) {
        throw new IllegalArgumentException("a skip count must be more than 0: " + entry);
      }
    }
  }
}
