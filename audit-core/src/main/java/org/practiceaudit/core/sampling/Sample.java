package org.practiceaudit.core.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * A drawn sample of case files with its audit trail: enough to show how it was drawn and to draw it
 * again.
 *
 * <p>Anyone holding the same population (as a set), the same plan, the same as-of date and the same
 * seed gets the same sample from {@link Sampler#draw}; the {@link #populationFingerprint()} shows
 * whether the population was the same.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Sample {

  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

  Sample() {}

  /**
   * Returns the name of the plan the sample was drawn by.
   *
   * @return the plan's name
   */
  public abstract String planName();

  /**
   * Returns the id and version of the algorithm that drew the sample.
   *
   * @return such as {@value Sampler#ALGORITHM}
   */
  public abstract String algorithm();

  /**
   * Returns the seed the sample was drawn with.
   *
   * @return the seed
   */
  public abstract Seed seed();

  /**
   * Returns the as-of date: the day on which cases had to be open, from which the audit window is
   * measured.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the fingerprint of the eligible population: SHA-256 over, for each eligible case in id
   * order, the id, a tab, the stratum key (each {@code attribute=value} joined by NUL) and a line
   * feed, in UTF-8.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public abstract String populationFingerprint();

  /**
   * Returns the strata attributes of the plan, in order.
   *
   * @return the attribute names, possibly empty
   */
  public abstract List<String> strata();

  /**
   * Returns the number of cases given to the sampler.
   *
   * @return 0 or more
   */
  public abstract int populationSize();

  /**
   * Returns the number of cases open on the as-of date and passing the plan's filters, before
   * exclusions.
   *
   * @return 0 or more
   */
  public abstract int openPopulation();

  /**
   * Returns the number of eligible cases, after filters and exclusions.
   *
   * @return 0 or more
   */
  public abstract int eligible();

  /**
   * Returns the size the plan asked for: the fixed size, {@code ceil(share × open population)} or
   * the sum of the counts per stratum.
   *
   * @return 0 or more
   */
  public abstract int plannedSize();

  /**
   * Returns the selected cases in draw order: worker-coverage picks first, then stratum by stratum
   * in key order, each in Fisher–Yates order.
   *
   * @return the ids, without repeats
   */
  public abstract List<CaseId> selectedIds();

  /**
   * Returns the allocation per stratum, in stratum key order.
   *
   * @return one line per stratum with eligible cases, and per stratum named in explicit counts
   */
  public abstract List<StratumAllocation> allocations();

  /**
   * Returns every case of the population that was not eligible, with its reason, in case id order.
   *
   * @return the exclusions
   */
  public abstract List<Exclusion> exclusions();

  /**
   * Returns the allocated workers left without a case when the plan asks to cover workers and the
   * numbers did not allow it.
   *
   * @return the workers, in id order; empty when every worker was covered or coverage was not asked
   *     for
   */
  public abstract List<PersonId> uncoveredWorkers();

  /**
   * Returns the selected cases in id order.
   *
   * @return the ids, sorted
   */
  @Value.Lazy
  public List<CaseId> sortedSelectedIds() {
    return selectedIds().stream().sorted().toList();
  }

  /**
   * Picks the selected case files out of a population, in draw order, ready to allocate.
   *
   * @param population the population the sample was drawn from, in any order; not null
   * @return the selected case files, in the order of {@link #selectedIds()}
   * @throws IllegalArgumentException if a selected case is missing from the population, naming its
   *     id
   */
  public List<CaseFile> selectedFrom(Collection<CaseFile> population) {
    Map<CaseId, CaseFile> byId = new HashMap<>();
    for (CaseFile caseFile : population) {
      byId.put(caseFile.id(), caseFile);
    }
    List<CaseFile> selected = new ArrayList<>(selectedCount());
    for (CaseId id : selectedIds()) {
      CaseFile caseFile = byId.get(id);
      if (caseFile == null) {
        throw new IllegalArgumentException(
            "selected case " + id + " is not in the population given");
      }
      selected.add(caseFile);
    }
    return List.copyOf(selected);
  }

  /**
   * Returns the number of selected cases.
   *
   * @return 0 or more
   */
  public int selectedCount() {
    return selectedIds().size();
  }

  /**
   * Returns the shortfall against the planned size, when fewer cases were selected than planned.
   *
   * @return the shortfall with its numbers, or empty when the sample has its planned size (or more)
   */
  public Optional<Shortfall> shortfall() {
    if (selectedCount() >= plannedSize()) {
      return Optional.empty();
    }
    return Optional.of(
        Shortfall.builder()
            .planned(plannedSize())
            .selected(selectedCount())
            .eligible(eligible())
            .build());
  }

  /**
   * Finds the allocation line of a stratum.
   *
   * @param key the stratum key; not null
   * @return the line, or empty if the sample has no such stratum
   */
  public Optional<StratumAllocation> allocation(Map<String, String> key) {
    return allocations().stream().filter(a -> a.key().equals(key)).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableSample.Builder builder() {
    return ImmutableSample.builder();
  }

  @Value.Check
  void check() {
    if (!HEX_SHA256.matcher(populationFingerprint()).matches()) {
      throw new IllegalArgumentException(
          "sample '"
              + planName()
              + "': fingerprint must be 64 lower-case hex digits: '"
              + populationFingerprint()
              + "'");
    }
    Set<CaseId> seen = new HashSet<>(selectedIds().size() * 4 / 3 + 1);
    for (CaseId id : selectedIds()) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException(
            "sample '" + planName() + "': case selected twice: " + id);
      }
    }
    int allocated = allocations().stream().mapToInt(StratumAllocation::selected).sum();
    if (allocated != selectedIds().size()) {
      throw new IllegalArgumentException(
          "sample '"
              + planName()
              + "': allocations select "
              + allocated
              + " cases but "
              + selectedIds().size()
              + " ids are listed");
    }
  }
}
