package org.practiceaudit.core.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Draws reproducible, stratified random samples of case files ({@value #ALGORITHM}).
 *
 * <p>The algorithm is pinned (DECISIONS.md, "Sampling"); any change to what it selects must change the
 * version in {@link #ALGORITHM}. Given the population as a set, the plan, the as-of date and the seed:
 * <ol>
 *   <li><b>Eligibility.</b> Cases are sorted by id. Each case gets the first {@link ExclusionReason} that
 *       applies, or is eligible. Eligible cases are grouped into strata by their values of the plan's strata
 *       attributes; strata are ordered by those values, attribute by attribute, as strings.
 *   <li><b>Allocation.</b> For a fixed size or a share, the planned size is shared out in proportion to
 *       the strata's eligible counts by largest remainder: each stratum gets the floor of its exact share;
 *       the cases left over go one each to the strata with the larger remainder, then the larger stratum,
 *       then the earlier stratum in key order. A stratum whose share is below its minimum (or all it holds,
 *       if fewer) is raised to it, the minimum being the plan's minimum per stratum or its minimum share of
 *       the stratum's eligible cases rounded up, whichever is more; a stratum whose share is above what it holds is capped, and the rest of
 *       the size is shared again among the other strata, until nothing changes. Explicit counts are used
 *       as they are, and a stratum holding fewer cases gives all it holds.
 *   <li><b>Worker coverage</b> (when the plan asks). The allocated workers of eligible cases, in id order,
 *       are put in a random order by a Fisher–Yates shuffle from the stream {@code "worker-order"}. In that
 *       order each worker gets one of their eligible cases, chosen uniformly among those whose stratum has
 *       room left in its target, by {@code nextInt} from the stream {@code "worker\u0000" + worker id}. A
 *       worker with no such case stays uncovered and is listed in the sample.
 *   <li><b>Selection.</b> Stratum by stratum in key order, the remaining target is drawn from the
 *       stratum's not-yet-selected cases in id order by a partial Fisher–Yates shuffle from the stream
 *       {@code "stratum\u0000" + key}, where the key is {@code attribute=value} pairs joined by NUL (empty
 *       for an unstratified sample).
 * </ol>
 * Every stream is {@link UniformDraws}'s: the {@code java.util.Random} generator as its javadoc specifies
 * it (implemented here, so the sample never depends on the JDK), seeded from SHA-256 of the seed and the
 * label {@value #ALGORITHM} + NUL + the stream name.
 *
 * <p>Samples are drawn from a {@link CasePopulation}, a compact copy of what this algorithm reads from
 * the case files, in id order. Build one to draw several samples from the same cases; drawing from a
 * collection of case files builds one on the way (reading only what the plan needs).
 *
 * <p>Privacy: messages name case ids only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sampler {

  /** The id and version of the sampling algorithm, recorded in every sample's audit trail. */
  public static final String ALGORITHM = "stratified-fisher-yates-lcg48/1";

  private Sampler() {}

  /**
   * Draws a sample of case files by a plan: the same sample as drawing from {@link
   * CasePopulation#of(Collection) their population}, reading from each case file only what the plan needs.
   * To draw several samples from the same cases, build their population once.
   *
   * @param population the case files, in any order; not null, no nulls, no two with the same id
   * @param plan the plan; not null
   * @param asOf the day on which cases must be open and from which the audit window is measured; not null
   * @param seed the seed; not null
   * @return the sample with its audit trail; a shortfall is reported in it, never thrown
   * @throws NullPointerException if an argument is null or the population contains null
   * @throws IllegalArgumentException if two cases share an id (the message names it)
   */
  public static Sample draw(Collection<CaseFile> population, SamplingPlan plan, LocalDate asOf, Seed seed) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(seed, "seed");
    // Read only what this plan needs: the rest of each case file would be read for nothing.
    Set<String> attributes = new HashSet<>(plan.strata());
    attributes.remove(SamplingPlan.CATEGORY); // strata on the case's category and team, not on attributes
    attributes.remove(SamplingPlan.TEAM);
    attributes.addAll(plan.attributeFilters().keySet());
    if (plan.theme().isPresent()) {
      attributes.add(SamplingPlan.THEME_ATTRIBUTE);
    }
    return draw(CasePopulation.of(population, attributes, plan.coverWorkers()), plan, asOf, seed);
  }

  /**
   * Draws a sample from a population by a plan, as the class javadoc describes.
   *
   * @param population the population; not null
   * @param plan the plan; not null
   * @param asOf the day on which cases must be open and from which the audit window is measured; not null
   * @param seed the seed; not null
   * @return the sample with its audit trail; a shortfall is reported in it, never thrown
   * @throws NullPointerException if an argument is null
   */
  public static Sample draw(CasePopulation population, SamplingPlan plan, LocalDate asOf, Seed seed) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(seed, "seed");
    Eligibility eligibility = new Eligibility(population, plan, asOf);
    String[] attributes = plan.strata().toArray(new String[0]);
    Stratum[] bySlot = strataBySlot(population, attributes, eligibility);
    List<Stratum> strata = new ArrayList<>(Arrays.asList(bySlot));
    int planned = plannedSize(plan, eligibility.open);
    setTargets(plan, attributes, planned, strata);
    int[] members = members(population.size(), eligibility, strata, bySlot);
    ImmutableSample.Builder sample = Sample.builder();
    List<PersonId> uncovered = new ArrayList<>();
    boolean[] picked = null;
    if (plan.coverWorkers()) {
      picked = new boolean[population.size()];
      coverWorkers(population, eligibility.slots, bySlot, seed, picked, sample, uncovered);
    }
    select(population, strata, members, picked, seed, sample);
    addExclusions(population, eligibility.slots, sample);
    sample
        .planName(plan.name())
        .algorithm(ALGORITHM)
        .seed(seed)
        .asOf(asOf)
        .populationFingerprint(fingerprint(population, eligibility.slots, bySlot))
        .addAllStrata(plan.strata())
        .populationSize(population.size())
        .openPopulation(eligibility.open)
        .eligible(eligibility.eligible)
        .plannedSize(planned)
        .addAllUncoveredWorkers(uncovered);
    for (Stratum s : strata) {
      sample.addAllocation(
          StratumAllocation.builder()
              .putAllKey(s.key())
              .eligible(s.size)
              .target(s.target)
              .selected(Math.min(s.target, s.size))
              .bound(s.bound)
              .build());
    }
    return sample.build();
  }

  /** Finds the strata of the eligible cases, by slot, each with its size. */
  private static Stratum[] strataBySlot(CasePopulation population, String[] attributes, Eligibility eligibility) {
    int[] slotOf = eligibility.slots;
    int slots = findStrata(population, attributes, eligibility.eligible, slotOf);
    Stratum[] bySlot = new Stratum[slots];
    int[] slotSize = new int[slots];
    for (int i = 0; i < population.size(); i++) {
      if (slotOf[i] >= 0) {
        int slot = slotOf[i];
        if (slotSize[slot]++ == 0) {
          bySlot[slot] = new Stratum(attributes, valuesOf(population, attributes, i));
        }
      }
    }
    for (int s = 0; s < slots; s++) {
      bySlot[s].size = slotSize[s];
    }
    return bySlot;
  }

  /**
   * Gives each stratum its target: the plan's explicit counts (adding strata that have none eligible), or
   * the planned size allocated by largest remainder; leaves the strata in key order.
   */
  private static void setTargets(SamplingPlan plan, String[] attributes, int planned, List<Stratum> strata) {
    if (!plan.stratumCounts().isEmpty()) {
      Map<List<String>, Stratum> byValues = new HashMap<>();
      for (Stratum s : strata) {
        byValues.put(List.of(s.values), s);
      }
      for (StratumCount count : plan.stratumCounts()) {
        String[] key = new String[attributes.length];
        for (int a = 0; a < attributes.length; a++) {
          key[a] = count.key().get(attributes[a]);
        }
        Stratum stratum = byValues.get(List.of(key));
        if (stratum == null) {
          stratum = new Stratum(attributes, key);
          byValues.put(List.of(key), stratum);
          strata.add(stratum);
        }
        stratum.target = count.count();
      }
      for (Stratum s : strata) {
        s.bound = AllocationBound.EXPLICIT;
      }
    }
    strata.sort(Stratum.BY_KEY);
    if (plan.stratumCounts().isEmpty()) {
      int[] sizes = new int[strata.size()];
      for (int s = 0; s < sizes.length; s++) {
        sizes[s] = strata.get(s).size;
      }
      AllocationBound[] bounds = new AllocationBound[sizes.length];
      int[] targets = allocate(planned, sizes, minimums(plan, sizes), bounds);
      for (int s = 0; s < sizes.length; s++) {
        strata.get(s).target = targets[s];
        strata.get(s).bound = bounds[s];
      }
    }
  }

  /**
   * Lays out the eligible cases' indices stratum after stratum, in key order and in id order within each,
   * setting each stratum's range and room.
   */
  private static int[] members(int n, Eligibility eligibility, List<Stratum> strata, Stratum[] bySlot) {
    int[] slotOf = eligibility.slots;
    int[] members = new int[eligibility.eligible];
    int[] nextMember = new int[bySlot.length];
    int from = 0;
    for (Stratum s : strata) {
      s.room = Math.min(s.target, s.size);
      s.from = from;
      from += s.size;
    }
    for (int s = 0; s < bySlot.length; s++) {
      nextMember[s] = bySlot[s].from;
    }
    for (int i = 0; i < n; i++) {
      if (slotOf[i] >= 0) {
        members[nextMember[slotOf[i]]++] = i;
      }
    }
    return members;
  }

  /** Draws each stratum's room from its members not yet picked, by its own stream of the seed. */
  private static void select(CasePopulation population, List<Stratum> strata, int[] members, boolean[] picked,
      Seed seed, ImmutableSample.Builder sample) {
    for (Stratum s : strata) {
      // The stratum's members not yet selected, in id order: its pool, drawn from in place.
      int poolSize = s.size;
      if (picked != null) {
        poolSize = 0;
        for (int m = s.from; m < s.from + s.size; m++) {
          if (!picked[members[m]]) {
            members[s.from + poolSize++] = members[m];
          }
        }
      }
      UniformDraws.partialShuffle(members, s.from, poolSize, s.room, stream(seed, "stratum\u0000" + s.canonical));
      for (int m = s.from; m < s.from + s.room; m++) {
        sample.addSelectedId(population.id(members[m]));
      }
    }
  }

  private static void addExclusions(CasePopulation population, int[] slotOf, ImmutableSample.Builder sample) {
    ExclusionReason[] reasons = ExclusionReason.values();
    for (int i = 0; i < population.size(); i++) {
      if (slotOf[i] < 0) {
        sample.addExclusion(Exclusion.of(population.id(i), reasons[-1 - slotOf[i]]));
      }
    }
  }

  private static int plannedSize(SamplingPlan plan, int open) {
    if (plan.fixedSize().isPresent()) {
      return plan.fixedSize().getAsInt();
    }
    if (plan.shareOfOpen().isPresent()) {
      return ceilingShare(plan.shareOfOpen().get(), open);
    }
    return plan.stratumCounts().stream().mapToInt(StratumCount::count).sum();
  }

  /** {@code ceil(share × count)}, exactly. */
  private static int ceilingShare(BigDecimal share, int count) {
    return share.multiply(BigDecimal.valueOf(count)).setScale(0, RoundingMode.CEILING).intValueExact();
  }

  /**
   * Each stratum's minimum: the plan's minimum per stratum, or its minimum share of the stratum's eligible
   * cases rounded up, whichever is more.
   */
  private static int[] minimums(SamplingPlan plan, int[] sizes) {
    int[] minimums = new int[sizes.length];
    for (int s = 0; s < sizes.length; s++) {
      int share = plan.minimumSharePerStratum().isPresent()
          ? ceilingShare(plan.minimumSharePerStratum().get(), sizes[s]) : 0;
      minimums[s] = Math.max(plan.minimumPerStratum(), share);
    }
    return minimums;
  }

  /**
   * Shares a total among strata in proportion to their sizes by largest remainder, with minimums and caps,
   * as the class javadoc describes.
   *
   * @param total the size to share, 0 or more
   * @param sizes the strata's eligible counts, in key order, each 0 or more
   * @param minimums the least per stratum (or its size, if less), each 0 or more, in key order
   * @param bounds receives what decided each target
   * @return the targets; each at most its size; summing to {@code min(total, sum of sizes)} unless the
   *     minimums need more
   */
  static int[] allocate(int total, int[] sizes, int[] minimums, AllocationBound[] bounds) {
    int n = sizes.length;
    int[] alloc = new int[n];
    boolean[] pinned = new boolean[n];
    Arrays.fill(bounds, AllocationBound.PROPORTIONAL);
    Integer[] order = new Integer[n];
    long[] remainder = new long[n];
    while (true) {
      long remaining = total;
      long freeSize = 0;
      int free = 0;
      for (int h = 0; h < n; h++) {
        if (pinned[h]) {
          remaining -= alloc[h];
        } else {
          freeSize += sizes[h];
          order[free++] = h;
        }
      }
      remaining = Math.max(0, remaining);
      if (freeSize > 0) {
        long assigned = 0;
        for (int f = 0; f < free; f++) {
          int h = order[f];
          alloc[h] = (int) (remaining * sizes[h] / freeSize);
          remainder[h] = remaining * sizes[h] % freeSize;
          assigned += alloc[h];
        }
        Arrays.sort(
            order,
            0,
            free,
            Comparator.<Integer>comparingLong(h -> -remainder[h])
                .thenComparingInt(h -> -sizes[h])
                .thenComparingInt(h -> h));
        for (int f = 0; f < remaining - assigned; f++) {
          alloc[order[f]]++;
        }
      } else {
        for (int f = 0; f < free; f++) {
          alloc[order[f]] = 0;
        }
      }
      boolean changed = false;
      for (int f = 0; f < free; f++) {
        int h = order[f];
        int floor = Math.min(minimums[h], sizes[h]);
        if (alloc[h] > sizes[h]) {
          alloc[h] = sizes[h];
          pinned[h] = true;
          bounds[h] = AllocationBound.CAPPED;
          changed = true;
        } else if (alloc[h] < floor) {
          alloc[h] = floor;
          pinned[h] = true;
          bounds[h] = AllocationBound.MINIMUM;
          changed = true;
        }
      }
      if (!changed) {
        return alloc;
      }
    }
  }

  private static void coverWorkers(
      CasePopulation population, int[] slotOf, Stratum[] bySlot, Seed seed, boolean[] picked,
      ImmutableSample.Builder selected, List<PersonId> uncovered) {
    int n = population.size();
    int[] worker = population.worker;
    // The eligible cases of each worker in id order, worker by worker in the workers' order (counting sort).
    int[] start = new int[population.workers.length + 1];
    for (int i = 0; i < n; i++) {
      if (slotOf[i] >= 0 && worker[i] != CasePopulation.ABSENT) {
        start[worker[i] + 1]++;
      }
    }
    int[] workers = new int[population.workers.length];
    int count = 0;
    for (int w = 0; w < workers.length; w++) {
      if (start[w + 1] > 0) {
        workers[count++] = w;
      }
      start[w + 1] += start[w];
    }
    int[] cases = new int[start[workers.length]];
    int[] next = Arrays.copyOf(start, workers.length);
    for (int i = 0; i < n; i++) {
      if (slotOf[i] >= 0 && worker[i] != CasePopulation.ABSENT) {
        cases[next[worker[i]]++] = i;
      }
    }
    int[] order = new int[count];
    for (int w = 0; w < count; w++) {
      order[w] = w;
    }
    UniformDraws.partialShuffle(order, count, count, stream(seed, "worker-order"));
    int[] candidates = new int[cases.length];
    for (int o : order) {
      int w = workers[o];
      PersonId person = population.workers[w];
      int found = 0;
      for (int m = start[w]; m < start[w + 1]; m++) {
        if (bySlot[slotOf[cases[m]]].room > 0) {
          candidates[found++] = cases[m];
        }
      }
      if (found == 0) {
        uncovered.add(person);
        continue;
      }
      int pick = candidates[stream(seed, "worker\u0000" + person).nextInt(found)];
      picked[pick] = true;
      bySlot[slotOf[pick]].room--;
      selected.addSelectedId(population.id(pick));
    }
    uncovered.sort(Comparator.naturalOrder());
  }

  private static Lcg48 stream(Seed seed, String name) {
    return UniformDraws.stream(seed, ALGORITHM + "\u0000" + name);
  }


  /** Tables for finding strata up to this many entries are arrays; beyond it, hash maps. */
  private static final int TABLE_LIMIT = 1 << 22;

  /**
   * Numbers the strata of the eligible cases (those with a slot of 0 or more; the others keep their
   * negative slot): gives each eligible case the slot of its stratum, such that
   * two cases have the same slot exactly when they have the same values of the strata attributes (as
   * strings: a missing attribute is the empty string).
   *
   * @return the number of slots, 0 to the number of eligible cases
   */
  private static int findStrata(
      CasePopulation population, String[] attributes, int eligible, int[] slotOf) {
    int n = population.size();
    int distinct = eligible > 0 ? 1 : 0;
    for (String attribute : attributes) {
      int[] codes;
      int values;
      int absent;
      switch (attribute) {
        case SamplingPlan.CATEGORY:
          codes = population.category;
          values = population.categories.length;
          absent = values;
          break;
        case SamplingPlan.TEAM:
          codes = population.team;
          values = population.teams.length;
          absent = values;
          break;
        default:
          int column = population.attribute(attribute);
          codes = column < 0 ? null : population.attributeCodes[column];
          values = column < 0 ? 0 : population.attributeValues[column].length;
          int empty = column < 0 ? -1 : Arrays.asList(population.attributeValues[column]).indexOf("");
          absent = empty >= 0 ? empty : values;
          break;
      }
      int radix = values + 1;
      int next = 0;
      if ((long) distinct * radix <= TABLE_LIMIT) {
        int[] table = new int[distinct * radix];
        Arrays.fill(table, -1);
        for (int i = 0; i < n; i++) {
          if (slotOf[i] >= 0) {
            int code = codes == null ? CasePopulation.ABSENT : codes[i];
            int k = slotOf[i] * radix + (code < 0 ? absent : code);
            int slot = table[k];
            if (slot < 0) {
              slot = next++;
              table[k] = slot;
            }
            slotOf[i] = slot;
          }
        }
      } else {
        Map<Long, Integer> table = new HashMap<>();
        for (int i = 0; i < n; i++) {
          if (slotOf[i] >= 0) {
            int code = codes == null ? CasePopulation.ABSENT : codes[i];
            long k = (long) slotOf[i] * radix + (code < 0 ? absent : code);
            Integer slot = table.get(k);
            if (slot == null) {
              slot = next++;
              table.put(k, slot);
            }
            slotOf[i] = slot;
          }
        }
      }
      distinct = next;
    }
    return distinct;
  }

  /** Returns a case's values of the strata attributes, as strings: a missing attribute is empty. */
  private static String[] valuesOf(CasePopulation population, String[] attributes, int index) {
    String[] values = new String[attributes.length];
    for (int a = 0; a < attributes.length; a++) {
      switch (attributes[a]) {
        case SamplingPlan.CATEGORY:
          values[a] = population.categories[population.category[index]].id();
          break;
        case SamplingPlan.TEAM:
          values[a] = population.teams[population.team[index]];
          break;
        default:
          int column = population.attribute(attributes[a]);
          int code = column < 0 ? CasePopulation.ABSENT : population.attributeCodes[column][index];
          values[a] = code < 0 ? "" : population.attributeValues[column][code];
          break;
      }
    }
    return values;
  }

  private static String fingerprint(CasePopulation population, int[] slotOf, Stratum[] bySlot) {
    MessageDigest digest = UniformDraws.sha256();
    byte[] ids = population.idChars;
    int[] starts = population.idStarts;
    byte[] buffer = new byte[1 << 16];
    int used = 0;
    for (int i = 0; i < slotOf.length; i++) {
      if (slotOf[i] < 0) {
        continue;
      }
      byte[] canonical = bySlot[slotOf[i]].canonicalBytes;
      int length = starts[i + 1] - starts[i];
      if (used + length + canonical.length + 2 > buffer.length) {
        digest.update(buffer, 0, used);
        used = 0;
      }
      System.arraycopy(ids, starts[i], buffer, used, length);
      used += length;
      buffer[used++] = '\t';
      if (canonical.length > buffer.length - used - 1) {
        digest.update(buffer, 0, used);
        digest.update(canonical);
        used = 0;
      } else {
        System.arraycopy(canonical, 0, buffer, used, canonical.length);
        used += canonical.length;
      }
      buffer[used++] = '\n';
    }
    digest.update(buffer, 0, used);
    return UniformDraws.hex(digest.digest());
  }

  /**
   * Each case's reason for exclusion (the first that applies) or eligibility, read from the population's
   * columns: the plan's filters become tables by value code, its dates epoch days.
   */
  private static final class Eligibility {
    /** Per case in id order: 0 if it is eligible, or -1 - the ordinal of its exclusion reason. */
    final int[] slots;
    /** The cases in the plan's population that are open on the as-of date. */
    int open;
    int eligible;

    Eligibility(CasePopulation population, SamplingPlan plan, LocalDate asOf) {
      int n = population.size();
      slots = new int[n];
      long asOfDay = asOf.toEpochDay();
      long windowStart = plan.auditedWithin().map(asOf::minus).map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      boolean excludeClosed = plan.excludeClosed();
      // Cases closed on or after this day stay eligible (C13); none when the plan gives no window.
      long closedWindowStart =
          plan.includeClosedWithin().map(asOf::minus).map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      boolean[] categoryOk = null;
      if (!plan.categories().isEmpty()) {
        categoryOk = new boolean[population.categories.length];
        for (int c = 0; c < categoryOk.length; c++) {
          categoryOk[c] = plan.categories().contains(population.categories[c]);
        }
      }
      boolean[] teamOk = null;
      if (!plan.teams().isEmpty()) {
        teamOk = new boolean[population.teams.length];
        for (int t = 0; t < teamOk.length; t++) {
          teamOk[t] = plan.teams().contains(population.teams[t]);
        }
      }
      // The theme and the attribute filters: the case must have a value allowed, per attribute.
      List<int[]> filterCodes = new ArrayList<>();
      List<boolean[]> filterOk = new ArrayList<>();
      boolean nobody = false;
      List<Map.Entry<String, Set<String>>> filters = new ArrayList<>(plan.attributeFilters().entrySet());
      plan.theme().ifPresent(theme -> filters.add(Map.entry(SamplingPlan.THEME_ATTRIBUTE, Set.of(theme))));
      for (Map.Entry<String, Set<String>> f : filters) {
        int column = population.attribute(f.getKey());
        if (column < 0) {
          nobody = true;
          continue;
        }
        String[] values = population.attributeValues[column];
        boolean[] ok = new boolean[values.length];
        for (int v = 0; v < values.length; v++) {
          ok[v] = f.getValue().contains(values[v]);
        }
        filterCodes.add(population.attributeCodes[column]);
        filterOk.add(ok);
      }
      int[][] codes = filterCodes.toArray(new int[0][]);
      boolean[][] oks = filterOk.toArray(new boolean[0][]);
      int[] excluded = new int[plan.excludedIds().size()];
      int excludedCount = 0;
      for (CaseId id : plan.excludedIds()) {
        int index = population.indexOf(id);
        if (index >= 0) {
          excluded[excludedCount++] = index;
        }
      }
      Arrays.sort(excluded, 0, excludedCount);
      int nextExcluded = 0;
      int[] category = population.category;
      int[] team = population.team;
      for (int i = 0; i < n; i++) {
        ExclusionReason reason = null;
        if (population.openedOn(i) > asOfDay) {
          reason = ExclusionReason.NOT_OPEN;
        } else {
          long closedOn = population.closedOn(i);
          boolean closed = closedOn < asOfDay;
          if (closed && excludeClosed && closedOn < closedWindowStart) {
            reason = ExclusionReason.CLOSED;
          } else if (nobody
              || categoryOk != null && !categoryOk[category[i]]
              || teamOk != null && !teamOk[team[i]]
              || !passes(codes, oks, i)) {
            reason = ExclusionReason.FILTERED_OUT;
          } else {
            if (!closed) {
              open++;
            }
            while (nextExcluded < excludedCount && excluded[nextExcluded] < i) {
              nextExcluded++;
            }
            if (nextExcluded < excludedCount && excluded[nextExcluded] == i) {
              reason = ExclusionReason.EXCLUDED_EXPLICITLY;
            } else if (population.lastAuditedOn(i) >= windowStart) {
              reason = ExclusionReason.AUDITED_WITHIN_WINDOW;
            }
          }
        }
        if (reason == null) {
          eligible++;
        } else {
          slots[i] = -1 - reason.ordinal();
        }
      }
    }

    private static boolean passes(int[][] codes, boolean[][] oks, int index) {
      for (int f = 0; f < codes.length; f++) {
        int code = codes[f][index];
        if (code < 0 || !oks[f][code]) {
          return false;
        }
      }
      return true;
    }
  }

  /** A stratum being drawn: its key, its members' place among all members, its target and room left. */
  private static final class Stratum {
    static final Comparator<Stratum> BY_KEY =
        (a, b) -> {
          for (int k = 0; k < a.values.length; k++) {
            int c = a.values[k].compareTo(b.values[k]);
            if (c != 0) {
              return c;
            }
          }
          return 0;
        };

    final String[] attributes;
    final String[] values;
    final String canonical;
    final byte[] canonicalBytes;
    /** Its members' indices are {@code members[from, from + size)}, in id order. */
    int from;
    int size;
    int target;
    int room;
    AllocationBound bound = AllocationBound.PROPORTIONAL;

    Stratum(String[] attributes, String[] values) {
      this.attributes = attributes;
      this.values = values;
      StringBuilder text = new StringBuilder();
      for (int a = 0; a < attributes.length; a++) {
        if (a > 0) {
          text.append('\u0000');
        }
        text.append(attributes[a]).append('=').append(values[a]);
      }
      this.canonical = text.toString();
      this.canonicalBytes = canonical.getBytes(StandardCharsets.UTF_8);
    }

    Map<String, String> key() {
      Map<String, String> key = new LinkedHashMap<>();
      for (int a = 0; a < attributes.length; a++) {
        key.put(attributes[a], values[a]);
      }
      return key;
    }
  }
}
