package org.practiceaudit.core.sampling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.workforce.PersonId;

/**
 * SYNTHETIC test data: populations of made-up case files with skewed attribute values. No real
 * cases.
 */
final class SyntheticPopulations {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  static final List<String> ATTRIBUTES = List.of("rag", "gender", "age-band", "ethnicity");
  private static final List<CaseCategory> CATEGORIES =
      List.of(
          CaseCategory.CHILD_IN_NEED,
          CaseCategory.CHILD_PROTECTION,
          CaseCategory.LOOKED_AFTER,
          CaseCategory.EARLY_HELP);

  private SyntheticPopulations() {}

  /**
   * Generates a synthetic population: skewed values (value i has weight 2^-i), a few cases missing
   * an attribute, some closed, some not yet open, some recently audited, workers from a small pool.
   */
  static List<CaseFile> generate(int size, int attributes, long seed) {
    Random random = new Random(seed);
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

  static List<CaseFile> dedupe(List<CaseFile> cases) {
    java.util.Map<CaseId, CaseFile> byId = new java.util.LinkedHashMap<>();
    for (CaseFile c : cases) {
      byId.putIfAbsent(c.id(), c);
    }
    return new ArrayList<>(byId.values());
  }

  private static int skewed(Random random, int values) {
    for (int v = 0; v < values - 1; v++) {
      if (random.nextBoolean()) {
        return v;
      }
    }
    return values - 1;
  }
}
