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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practiceaudit.core.casefile.CaseCategory;
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
 *       then the earlier stratum in key order. A stratum whose share is below the minimum (or all it holds,
 *       if fewer) is raised to it, a stratum whose share is above what it holds is capped, and the rest of
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
 * <p>Privacy: messages name case ids only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sampler {

  /** The id and version of the sampling algorithm, recorded in every sample's audit trail. */
  public static final String ALGORITHM = "stratified-fisher-yates-lcg48/1";

  private Sampler() {}

  /**
   * Draws a sample of case files by a plan.
   *
   * @param population the case files, in any order; not null, no nulls, no two with the same id
   * @param plan the plan; not null
   * @param asOf the day on which cases must be open and from which the audit window is measured; not null
   * @param seed the seed; not null
   * @return the sample with its audit trail; a shortfall is reported in it, never thrown
   * @throws IllegalArgumentException if two cases share an id (the message names it)
   */
  public static Sample draw(Collection<CaseFile> population, SamplingPlan plan, LocalDate asOf, Seed seed) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(seed, "seed");
    CaseFile[] given = population.toArray(new CaseFile[0]);
    String[] attributes = plan.strata().toArray(new String[0]);
    Filter filter = new Filter(plan, asOf);
    Node root = new Node();
    List<Stratum> strata = new ArrayList<>();

    Scan scan = new Scan(given, filter, new StrataIndex(attributes, root, strata));
    CaseId[] idAt = scan.idAt;
    int[] slotAt = scan.slotAt;
    int open = scan.open;
    int excluded = scan.excluded;
    ExclusionReason[] reasons = ExclusionReason.values();

    SortedIds sortedIds = SortedIds.of(scan.chars, scan.starts, given.length);
    if (sortedIds.hasDuplicates()) {
      for (int i = 1; i < given.length; i++) {
        if (sortedIds.sameId(i - 1, i)) {
          throw new IllegalArgumentException(
              "duplicate case id in the population: " + idAt[sortedIds.position(i)]);
        }
      }
    }
    Stratum[] found = strata.toArray(new Stratum[0]);
    CaseFile[] cases = plan.coverWorkers() ? new CaseFile[given.length] : null;
    CaseId[] caseIds = new CaseId[given.length];
    Stratum[] stratumOf = new Stratum[given.length];
    List<Exclusion> exclusions = new ArrayList<>(excluded);
    int eligible = 0;
    for (int i = 0; i < given.length; i++) {
      int p = sortedIds.position(i);
      if (cases != null) {
        cases[i] = given[p];
      }
      caseIds[i] = idAt[p];
      int slot = slotAt[p];
      if (slot < 0) {
        exclusions.add(Exclusion.of(caseIds[i], reasons[-1 - slot]));
      } else {
        eligible++;
        stratumOf[i] = found[slot];
        stratumOf[i].add(i);
      }
    }

    int planned = plannedSize(plan, open);
    if (!plan.stratumCounts().isEmpty()) {
      for (StratumCount count : plan.stratumCounts()) {
        String[] key = new String[attributes.length];
        for (int a = 0; a < attributes.length; a++) {
          key[a] = count.key().get(attributes[a]);
        }
        Node node = root;
        for (String value : key) {
          node = node.children.computeIfAbsent(value, v -> new Node());
        }
        if (node.stratum == null) {
          node.stratum = new Stratum(attributes, key);
          strata.add(node.stratum);
        }
        node.stratum.target = count.count();
      }
      for (Stratum s : strata) {
        s.bound = AllocationBound.EXPLICIT;
      }
    }
    strata.sort(Stratum.BY_KEY);
    if (plan.stratumCounts().isEmpty()) {
      int[] sizes = new int[strata.size()];
      for (int s = 0; s < sizes.length; s++) {
        sizes[s] = strata.get(s).members.size;
      }
      AllocationBound[] bounds = new AllocationBound[sizes.length];
      int[] targets = allocate(planned, sizes, plan.minimumPerStratum(), bounds);
      for (int s = 0; s < sizes.length; s++) {
        strata.get(s).target = targets[s];
        strata.get(s).bound = bounds[s];
      }
    }
    for (Stratum s : strata) {
      s.room = Math.min(s.target, s.members.size);
    }

    List<CaseId> selected = new ArrayList<>();
    List<PersonId> uncovered = new ArrayList<>();
    boolean[] picked = null;
    if (plan.coverWorkers()) {
      picked = new boolean[given.length];
      coverWorkers(cases, caseIds, stratumOf, seed, picked, selected, uncovered);
    }
    for (Stratum s : strata) {
      int[] pool = s.members.items;
      int poolSize = s.members.size;
      if (picked != null) {
        pool = new int[s.members.size];
        poolSize = 0;
        for (int m = 0; m < s.members.size; m++) {
          if (!picked[s.members.items[m]]) {
            pool[poolSize++] = s.members.items[m];
          }
        }
      }
      UniformDraws.partialShuffle(pool, poolSize, s.room, stream(seed, "stratum\u0000" + s.canonical));
      for (int m = 0; m < s.room; m++) {
        selected.add(caseIds[pool[m]]);
      }
    }

    ImmutableSample.Builder sample =
        Sample.builder()
            .planName(plan.name())
            .algorithm(ALGORITHM)
            .seed(seed)
            .asOf(asOf)
            .populationFingerprint(fingerprint(sortedIds, stratumOf))
            .addAllStrata(plan.strata())
            .populationSize(given.length)
            .openPopulation(open)
            .eligible(eligible)
            .plannedSize(planned)
            .addAllSelectedIds(selected)
            .addAllExclusions(exclusions)
            .addAllUncoveredWorkers(uncovered);
    for (Stratum s : strata) {
      sample.addAllocation(
          StratumAllocation.builder()
              .putAllKey(s.key())
              .eligible(s.members.size)
              .target(s.target)
              .selected(Math.min(s.target, s.members.size))
              .bound(s.bound)
              .build());
    }
    return sample.build();
  }

  private static int plannedSize(SamplingPlan plan, int open) {
    if (plan.fixedSize().isPresent()) {
      return plan.fixedSize().getAsInt();
    }
    if (plan.shareOfOpen().isPresent()) {
      return plan.shareOfOpen().get().multiply(BigDecimal.valueOf(open)).setScale(0, RoundingMode.CEILING)
          .intValueExact();
    }
    return plan.stratumCounts().stream().mapToInt(StratumCount::count).sum();
  }

  /**
   * Shares a total among strata in proportion to their sizes by largest remainder, with a minimum and caps,
   * as the class javadoc describes.
   *
   * @param total the size to share, 0 or more
   * @param sizes the strata's eligible counts, in key order, each 0 or more
   * @param minimum the least per stratum (or its size, if less), 0 or more
   * @param bounds receives what decided each target
   * @return the targets; each at most its size; summing to {@code min(total, sum of sizes)} unless the
   *     minimums need more
   */
  static int[] allocate(int total, int[] sizes, int minimum, AllocationBound[] bounds) {
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
        int floor = Math.min(minimum, sizes[h]);
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
      CaseFile[] cases, CaseId[] caseIds, Stratum[] stratumOf, Seed seed, boolean[] picked, List<CaseId> selected,
      List<PersonId> uncovered) {
    Map<PersonId, IntList> byWorker = new HashMap<>();
    for (int i = 0; i < cases.length; i++) {
      if (stratumOf[i] != null && cases[i].allocatedWorker().isPresent()) {
        byWorker.computeIfAbsent(cases[i].allocatedWorker().get(), w -> new IntList()).add(i);
      }
    }
    PersonId[] workers = byWorker.keySet().toArray(new PersonId[0]);
    Arrays.sort(workers);
    int[] order = new int[workers.length];
    for (int w = 0; w < order.length; w++) {
      order[w] = w;
    }
    UniformDraws.partialShuffle(order, order.length, order.length, stream(seed, "worker-order"));
    int[] candidates = new int[cases.length];
    for (int w : order) {
      IntList own = byWorker.get(workers[w]);
      int count = 0;
      for (int m = 0; m < own.size; m++) {
        if (stratumOf[own.items[m]].room > 0) {
          candidates[count++] = own.items[m];
        }
      }
      if (count == 0) {
        uncovered.add(workers[w]);
        continue;
      }
      int pick = candidates[stream(seed, "worker\u0000" + workers[w]).nextInt(count)];
      picked[pick] = true;
      stratumOf[pick].room--;
      selected.add(caseIds[pick]);
    }
    uncovered.sort(Comparator.naturalOrder());
  }

  private static Lcg48 stream(Seed seed, String name) {
    return UniformDraws.stream(seed, ALGORITHM + "\u0000" + name);
  }

  private static final int CATEGORY = 0;
  private static final int TEAM = 1;
  private static final int OTHER = 2;

  private static int kindOf(String attribute) {
    switch (attribute) {
      case SamplingPlan.CATEGORY:
        return CATEGORY;
      case SamplingPlan.TEAM:
        return TEAM;
      default:
        return OTHER;
    }
  }

  private static String valueOf(CaseFile c, int kind, String attribute) {
    switch (kind) {
      case CATEGORY:
        return c.category().id();
      case TEAM:
        return c.team();
      default:
        String value = c.attributes().get(attribute);
        return value == null ? "" : value;
    }
  }

  private static String fingerprint(SortedIds ids, Stratum[] stratumOf) {
    MessageDigest digest = UniformDraws.sha256();
    byte[] buffer = new byte[1 << 16];
    int used = 0;
    for (int i = 0; i < stratumOf.length; i++) {
      Stratum s = stratumOf[i];
      if (s == null) {
        continue;
      }
      int length = ids.length(i);
      if (used + length + s.canonicalBytes.length + 2 > buffer.length) {
        digest.update(buffer, 0, used);
        used = 0;
      }
      ids.copyId(i, buffer, used);
      used += length;
      buffer[used++] = '\t';
      if (s.canonicalBytes.length > buffer.length - used - 1) {
        digest.update(buffer, 0, used);
        digest.update(s.canonicalBytes);
        used = 0;
      } else {
        System.arraycopy(s.canonicalBytes, 0, buffer, used, s.canonicalBytes.length);
        used += s.canonicalBytes.length;
      }
      buffer[used++] = '\n';
    }
    digest.update(buffer, 0, used);
    return UniformDraws.hex(digest.digest());
  }

  /** The population filters and exclusions of a plan, applied case by case. */
  private static final class Filter {
    private final SamplingPlan plan;
    private final LocalDate asOf;
    private final LocalDate windowStart;
    private final Set<CaseCategory> categories;
    private final Set<String> teams;
    private final Set<CaseId> excluded;
    private final Map<String, Set<String>> attributeFilters;
    private final String theme;
    boolean countedOpen;

    Filter(SamplingPlan plan, LocalDate asOf) {
      this.plan = plan;
      this.asOf = asOf;
      this.windowStart = plan.auditedWithin().map(asOf::minus).orElse(null);
      this.categories = plan.categories();
      this.teams = plan.teams();
      this.excluded = plan.excludedIds();
      this.attributeFilters = plan.attributeFilters();
      this.theme = plan.theme().orElse(null);
    }

    /** Returns the first reason that excludes the case, or null if it is eligible. */
    ExclusionReason reason(CaseFile c) {
      countedOpen = false;
      if (c.openedOn().isAfter(asOf)) {
        return ExclusionReason.NOT_OPEN;
      }
      LocalDate closedOn = c.closedOn().orElse(null);
      boolean closed = closedOn != null && closedOn.isBefore(asOf);
      if (closed && plan.excludeClosed()) {
        return ExclusionReason.CLOSED;
      }
      if (!categories.isEmpty() && !categories.contains(c.category())
          || !teams.isEmpty() && !teams.contains(c.team())
          || theme != null && !theme.equals(c.attributes().get(SamplingPlan.THEME_ATTRIBUTE))) {
        return ExclusionReason.FILTERED_OUT;
      }
      if (!attributeFilters.isEmpty()) {
        for (Map.Entry<String, Set<String>> f : attributeFilters.entrySet()) {
          String value = c.attributes().get(f.getKey());
          if (value == null || !f.getValue().contains(value)) {
            return ExclusionReason.FILTERED_OUT;
          }
        }
      }
      countedOpen = !closed;
      if (!excluded.isEmpty() && excluded.contains(c.id())) {
        return ExclusionReason.EXCLUDED_EXPLICITLY;
      }
      if (windowStart != null) {
        LocalDate lastAuditedOn = c.lastAuditedOn().orElse(null);
        if (lastAuditedOn != null && !lastAuditedOn.isBefore(windowStart)) {
          return ExclusionReason.AUDITED_WITHIN_WINDOW;
        }
      }
      return null;
    }
  }

  /**
   * One pass over the cases in the given order, in which they most likely lie in memory: each case's id (as
   * an object and as bytes for the sort) and its reason for exclusion or its stratum. Later passes, in id
   * order, read these arrays rather than the cases.
   */
  private static final class Scan {
    final CaseId[] idAt;
    final int[] starts;
    /** The index in the strata of each case's stratum, or -1 - the ordinal of its exclusion reason. */
    final int[] slotAt;
    byte[] chars;
    int open;
    int excluded;

    Scan(CaseFile[] given, Filter filter, StrataIndex index) {
      idAt = new CaseId[given.length];
      starts = new int[given.length + 1];
      slotAt = new int[given.length];
      chars = new byte[Math.max(16, given.length * 16)];
      for (int p = 0; p < given.length; p++) {
        CaseFile c = Objects.requireNonNull(given[p], "population must not contain null");
        CaseId id = c.id();
        idAt[p] = id;
        String idText = id.value();
        if (starts[p] + idText.length() > chars.length) {
          chars = Arrays.copyOf(chars, Math.max(chars.length * 2, starts[p] + idText.length()));
        }
        starts[p + 1] = SortedIds.append(idText, chars, starts[p]);
        ExclusionReason reason = filter.reason(c);
        if (filter.countedOpen) {
          open++;
        }
        if (reason != null) {
          slotAt[p] = -1 - reason.ordinal();
          excluded++;
        } else {
          slotAt[p] = index.slotOf(c);
        }
      }
    }
  }

  /** Finds (creating as needed) the stratum of eligible cases, by their values of the strata attributes. */
  private static final class StrataIndex {
    private final String[] attributes;
    private final int[] kinds;
    private final String[] values;
    private final Node root;
    private final List<Stratum> strata;

    StrataIndex(String[] attributes, Node root, List<Stratum> strata) {
      this.attributes = attributes;
      this.kinds = new int[attributes.length];
      for (int a = 0; a < attributes.length; a++) {
        kinds[a] = kindOf(attributes[a]);
      }
      this.values = new String[attributes.length];
      this.root = root;
      this.strata = strata;
    }

    /** Returns the index in the strata of the case's stratum, adding the stratum if it is new. */
    int slotOf(CaseFile c) {
      Node node = root;
      for (int a = 0; a < attributes.length; a++) {
        String value = valueOf(c, kinds[a], attributes[a]);
        values[a] = value;
        Node next = node.child(value);
        if (next == null) {
          next = new Node();
          node.children.put(value, next);
        }
        node = next;
      }
      if (node.stratum == null) {
        node.stratum = new Stratum(attributes, values.clone());
        node.index = strata.size();
        strata.add(node.stratum);
      }
      return node.index;
    }
  }

  /** A level of the strata tree: one child per value of the next attribute. */
  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    /**
     * The first value objects looked up and their children, checked by identity before the map: values
     * such as a category's id are often one shared String object for many cases.
     */
    private final String[] seenValues = new String[8];
    private final Node[] seenChildren = new Node[8];
    private int seen;
    Stratum stratum;
    int index;

    /** Returns the child for a value, or null if there is none yet. */
    Node child(String value) {
      for (int k = 0; k < seen; k++) {
        if (seenValues[k] == value) {
          return seenChildren[k];
        }
      }
      Node child = children.get(value);
      if (child != null && seen < seenValues.length) {
        seenValues[seen] = value;
        seenChildren[seen++] = child;
      }
      return child;
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    int[] items = new int[4];
    int size;

    void add(int item) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = item;
    }
  }

  /** A stratum being drawn: its key, its members' indices in id order, its target and room left. */
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
    final IntList members = new IntList();
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

    void add(int index) {
      members.add(index);
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
