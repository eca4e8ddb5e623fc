package org.practiceaudit.core.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Synthetic populations of case files for sampling: skewed attribute values, some cases missing an
 * attribute, closed, not yet open or recently audited, workers from a small pool, and ids with
 * gaps. SYNTHETIC: every id begins {@code SYN-}; no value describes a real child, worker or team.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticPopulations {

  /** The day the populations are generated "as of". */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  /** The attributes a population may have, in the order they are added. */
  public static final List<String> ATTRIBUTES = List.of("rag", "gender", "age-band", "ethnicity");

  private static final List<CaseCategory> CATEGORIES =
      List.of(
          CaseCategory.CHILD_IN_NEED,
          CaseCategory.CHILD_PROTECTION,
          CaseCategory.LOOKED_AFTER,
          CaseCategory.EARLY_HELP);

  private SyntheticPopulations() {}

  /**
   * Generates a synthetic population, the same for the same arguments.
   *
   * @param size how many cases to draw, 0 or more; cases drawn with the same id are kept once
   * @param attributes how many of {@link #ATTRIBUTES} the cases have, 0 to 4
   * @param seed the seed
   * @return a new mutable list of at most {@code size} cases with distinct ids
   * @throws IllegalArgumentException if {@code size} is negative or {@code attributes} out of range
   */
  public static List<CaseFile> generate(int size, int attributes, long seed) {
    return generate(size, attributes, new Random(seed));
  }

  /**
   * Generates a synthetic population, drawing every choice from a generator: skewed values (value i
   * has weight 2^-i), a few cases missing an attribute, some closed, some not yet open, some
   * recently audited, workers from a small pool.
   *
   * @param size how many cases to draw, 0 or more; cases drawn with the same id are kept once
   * @param attributes how many of {@link #ATTRIBUTES} the cases have, 0 to 4
   * @param random the source of every random choice; not null
   * @return a new mutable list of at most {@code size} cases with distinct ids
   * @throws IllegalArgumentException if {@code size} is negative or {@code attributes} out of range
   */
  public static List<CaseFile> generate(int size, int attributes, RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    if (size < 0 || attributes < 0 || attributes > ATTRIBUTES.size()) {
      throw new IllegalArgumentException(
          "size must be 0 or more and attributes 0 to "
              + ATTRIBUTES.size()
              + ": "
              + size
              + ", "
              + attributes);
    }
    int[] valueCounts = new int[attributes];
    for (int a = 0; a < attributes; a++) {
      valueCounts[a] = 2 + random.nextInt(4);
    }
    int workers = 1 + random.nextInt(Math.max(1, size / 4 + 1));
    List<CaseFile> cases = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      ImmutableCaseFile.Builder c =
          CaseFile.builder()
              .id(CaseId.of(String.format("SYN-%05d", i * 7 + random.nextInt(7))))
              .category(CATEGORIES.get(skewed(random, CATEGORIES.size())))
              .team("team-" + (char) ('a' + skewed(random, 3)));
      int state = random.nextInt(100);
      if (state < 8) {
        c.closedOn(AS_OF.minusDays(1 + random.nextInt(300)));
        c.openedOn(AS_OF.minusDays(301 + random.nextInt(2000)));
      } else if (state < 11) {
        c.openedOn(AS_OF.plusDays(1 + random.nextInt(30)));
      } else {
        c.openedOn(AS_OF.minusDays(random.nextInt(2000)));
      }
      if (random.nextInt(10) < 8) {
        c.allocatedWorker(PersonId.of("W-" + random.nextInt(workers)));
      }
      for (int a = 0; a < attributes; a++) {
        if (random.nextInt(50) != 0) {
          c.putAttribute(ATTRIBUTES.get(a), "v" + skewed(random, valueCounts[a]));
        }
      }
      if (random.nextInt(5) == 0) {
        c.putAttribute("theme", random.nextBoolean() ? "domestic-abuse" : "neglect");
      }
      if (random.nextInt(100) < 40) {
        c.lastAuditedOn(AS_OF.minusDays(random.nextInt(400)));
      }
      cases.add(c.build());
    }
    return dedupe(cases);
  }

  private static List<CaseFile> dedupe(List<CaseFile> cases) {
    Map<CaseId, CaseFile> byId = new LinkedHashMap<>();
    for (CaseFile c : cases) {
      byId.putIfAbsent(c.id(), c);
    }
    return new ArrayList<>(byId.values());
  }

  private static int skewed(RandomGenerator random, int values) {
    for (int v = 0; v < values - 1; v++) {
      if (random.nextBoolean()) {
        return v;
      }
    }
    return values - 1;
  }
}
