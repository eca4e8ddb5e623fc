package org.practiceaudit.core.sampling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.internal.Lcg48;
import org.practiceaudit.core.internal.Sha256;
import org.practiceaudit.core.internal.UniformDraws;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Draws reproducible, stratified random samples of case files ({@value #ALGORITHM}).
 *
 * <p>The algorithm is pinned (DECISIONS.md, "Sampling"); any change to what it selects must change
 * the version in {@link #ALGORITHM}. Given the population as a set, the plan, the as-of date and
 * the seed:
 *
 * <ol>
 *   <li><b>Eligibility.</b> Cases are sorted by id. Each case gets the first {@link
 *       ExclusionReason} that applies, or is eligible. Eligible cases are grouped into strata by
 *       their values of the plan's strata attributes; strata are ordered by those values, attribute
 *       by attribute, as strings.
 *   <li><b>Allocation.</b> For a fixed size or a share, the planned size is shared out in
 *       proportion to the strata's eligible counts by largest remainder: each stratum gets the
 *       floor of its exact share; the cases left over go one each to the strata with the larger
 *       remainder, then the larger stratum, then the earlier stratum in key order. A stratum whose
 *       share is below its minimum (or all it holds, if fewer) is raised to it, the minimum being
 *       the plan's minimum per stratum or its minimum share of the stratum's eligible cases rounded
 *       up, whichever is more; a stratum whose share is above what it holds is capped, and the rest
 *       of the size is shared again among the other strata, until nothing changes. Explicit counts
 *       are used as they are, and a stratum holding fewer cases gives all it holds.
 *   <li><b>Worker coverage</b> (when the plan asks). The allocated workers of eligible cases, in id
 *       order, are put in a random order by a Fisher–Yates shuffle from the stream {@code
 *       "worker-order"}. In that order each worker gets one of their eligible cases, chosen
 *       uniformly among those whose stratum has room left in its target, by {@code nextInt} from
 *       the stream {@code "worker\u0000" + worker id}. A worker with no such case stays uncovered
 *       and is listed in the sample.
 *   <li><b>Selection.</b> Stratum by stratum in key order, the remaining target is drawn from the
 *       stratum's not-yet-selected cases in id order by a partial Fisher–Yates shuffle from the
 *       stream {@code "stratum\u0000" + key}, where the key is {@code attribute=value} pairs joined
 *       by NUL (empty for an unstratified sample).
 * </ol>
 *
 * Every stream is the {@code java.util.Random} generator as its javadoc specifies it (implemented
 * here, so the sample never depends on the JDK), seeded from SHA-256 of the seed and the label
 * {@value #ALGORITHM} + NUL + the stream name.
 *
 * <p>Samples are drawn from a {@link CasePopulation}, a compact copy of what this algorithm reads
 * from the case files, in id order. Build one to draw several samples from the same cases; drawing
 * from a collection of case files builds one on the way (reading only what the plan needs).
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
   * CasePopulation#of(Collection) their population}, reading from each case file only what the plan
   * needs. To draw several samples from the same cases, build their population once.
   *
   * @param population the case files, in any order; not null, no nulls, no two with the same id
   * @param plan the plan; not null
   * @param asOf the day on which cases must be open and from which the audit window is measured;
   *     not null
   * @param seed the seed; not null
   * @return the sample with its audit trail; a shortfall is reported in it, never thrown
   * @throws NullPointerException if an argument is null or the population contains null
   * @throws IllegalArgumentException if two cases share an id (the message names it)
   */
  public static Sample draw(
      Collection<CaseFile> population, SamplingPlan plan, LocalDate asOf, Seed seed) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(seed, "seed");
    // Read only what this plan needs: the rest of each case file would be read for nothing.
    Set<String> attributes = new HashSet<>(plan.strata());
    attributes.remove(
        SamplingPlan.CATEGORY); // strata on the case's category and team, not on attributes
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
   * @param asOf the day on which cases must be open and from which the audit window is measured;
   *     not null
   * @param seed the seed; not null
   * @return the sample with its audit trail; a shortfall is reported in it, never thrown
   * @throws NullPointerException if an argument is null
   */
  public static Sample draw(
      CasePopulation population, SamplingPlan plan, LocalDate asOf, Seed seed) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(seed, "seed");
    Eligibility eligibility = new Eligibility(population, plan, asOf);
    String[] attributes = plan.strata().toArray(new String[0]);
    Stratum[] bySlot = strataBySlot(population, attributes, eligibility);
    List<Stratum> strata = new ArrayList<>(Arrays.asList(bySlot));
    int planned = plannedSize(plan, eligibility.open, eligibility.eligible);
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
  private static Stratum[] strataBySlot(
      CasePopulation population, String[] attributes, Eligibility eligibility) {
    int[] slotOf = eligibility.slots;
    int slots = Stratum.find(population, attributes, eligibility.eligible, slotOf);
    Stratum[] bySlot = new Stratum[slots];
    int[] slotSize = new int[slots];
    for (int i = 0; i < population.size(); i++) {
      if (slotOf[i] >= 0) {
        int slot = slotOf[i];
        if (slotSize[slot]++ == 0) {
          bySlot[slot] = new Stratum(attributes, Stratum.valuesOf(population, attributes, i));
        }
      }
    }
    for (int s = 0; s < slots; s++) {
      bySlot[s].size = slotSize[s];
    }
    return bySlot;
  }

  /**
   * Gives each stratum its target: the plan's explicit counts (adding strata that have none
   * eligible), or the planned size allocated by largest remainder; leaves the strata in key order.
   */
  private static void setTargets(
      SamplingPlan plan, String[] attributes, int planned, List<Stratum> strata) {
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
      int[] targets = LargestRemainder.allocate(planned, sizes, minimums(plan, sizes), bounds);
      for (int s = 0; s < sizes.length; s++) {
        strata.get(s).target = targets[s];
        strata.get(s).bound = bounds[s];
      }
    }
  }

  /**
   * Lays out the eligible cases' indices stratum after stratum, in key order and in id order within
   * each, setting each stratum's range and room.
   */
  private static int[] members(
      int n, Eligibility eligibility, List<Stratum> strata, Stratum[] bySlot) {
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
  private static void select(
      CasePopulation population,
      List<Stratum> strata,
      int[] members,
      boolean[] picked,
      Seed seed,
      ImmutableSample.Builder sample) {
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
      UniformDraws.partialShuffle(
          members, s.from, poolSize, s.room, stream(seed, "stratum\u0000" + s.canonical));
      for (int m = s.from; m < s.from + s.room; m++) {
        sample.addSelectedId(population.id(members[m]));
      }
    }
  }

  private static void addExclusions(
      CasePopulation population, int[] slotOf, ImmutableSample.Builder sample) {
    ExclusionReason[] reasons = ExclusionReason.values();
    for (int i = 0; i < population.size(); i++) {
      if (slotOf[i] < 0) {
        sample.addExclusion(Exclusion.of(population.id(i), reasons[-1 - slotOf[i]]));
      }
    }
  }

  private static int plannedSize(SamplingPlan plan, int open, int eligible) {
    if (plan.fixedSize().isPresent()) {
      return plan.fixedSize().getAsInt();
    }
    if (plan.maximumSize().isPresent()) {
      return Math.min(plan.maximumSize().getAsInt(), eligible);
    }
    if (plan.shareOfOpen().isPresent()) {
      return ceilingShare(plan.shareOfOpen().get(), open);
    }
    return plan.stratumCounts().stream().mapToInt(StratumCount::count).sum();
  }

  /** {@code ceil(share × count)}, exactly. */
  private static int ceilingShare(BigDecimal share, int count) {
    return share
        .multiply(BigDecimal.valueOf(count))
        .setScale(0, RoundingMode.CEILING)
        .intValueExact();
  }

  /**
   * Each stratum's minimum: the plan's minimum per stratum, or its minimum share of the stratum's
   * eligible cases rounded up, whichever is more.
   */
  private static int[] minimums(SamplingPlan plan, int[] sizes) {
    int[] minimums = new int[sizes.length];
    for (int s = 0; s < sizes.length; s++) {
      int share =
          plan.minimumSharePerStratum().isPresent()
              ? ceilingShare(plan.minimumSharePerStratum().get(), sizes[s])
              : 0;
      minimums[s] = Math.max(plan.minimumPerStratum(), share);
    }
    return minimums;
  }

  private static void coverWorkers(
      CasePopulation population,
      int[] slotOf,
      Stratum[] bySlot,
      Seed seed,
      boolean[] picked,
      ImmutableSample.Builder selected,
      List<PersonId> uncovered) {
    int n = population.size();
    int[] worker = population.worker;
    // The eligible cases of each worker in id order, worker by worker in the workers' order
    // (counting sort).
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
    return UniformDraws.stream(seed.value(), ALGORITHM + "\u0000" + name);
  }

  private static String fingerprint(CasePopulation population, int[] slotOf, Stratum[] bySlot) {
    MessageDigest digest = Sha256.newDigest();
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
    return Sha256.hex(digest.digest());
  }
}
