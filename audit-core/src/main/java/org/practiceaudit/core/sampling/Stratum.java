package org.practiceaudit.core.sampling;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stratum being drawn: its key, its members' place among all members, its target and room left;
 * and how the strata of eligible cases are found.
 */
final class Stratum {
  /** Tables for finding strata up to this many entries are arrays; beyond it, hash maps. */
  private static final int TABLE_LIMIT = 1 << 22;

  /**
   * Numbers the strata of the eligible cases (those with a slot of 0 or more; the others keep their
   * negative slot): gives each eligible case the slot of its stratum, such that two cases have the
   * same slot exactly when they have the same values of the strata attributes (as strings: a
   * missing attribute is the empty string).
   *
   * @return the number of slots, 0 to the number of eligible cases
   */
  static int find(CasePopulation population, String[] attributes, int eligible, int[] slotOf) {
    int distinct = eligible > 0 ? 1 : 0;
    for (String attribute : attributes) {
      Codes codes = Codes.of(population, attribute);
      int radix = codes.values() + 1;
      distinct =
          (long) distinct * radix <= TABLE_LIMIT
              ? refineByTable(codes, radix, distinct, slotOf)
              : refineByMap(codes, radix, slotOf);
    }
    return distinct;
  }

  /**
   * One attribute's codes per case (null if no case has it), how many values it has, and the code a
   * case without it counts as: that of the empty value if some case has one, else a code of its
   * own.
   */
  private record Codes(int[] codes, int values, int absent) {
    static Codes of(CasePopulation population, String attribute) {
      switch (attribute) {
        case SamplingPlan.CATEGORY:
          int categories = population.categories.length;
          return new Codes(population.category, categories, categories);
        case SamplingPlan.TEAM:
          int teams = population.teams.length;
          return new Codes(population.team, teams, teams);
        default:
          int column = population.attribute(attribute);
          if (column < 0) {
            return new Codes(null, 0, 0);
          }
          String[] values = population.attributeValues[column];
          int empty = Arrays.asList(values).indexOf("");
          return new Codes(
              population.attributeCodes[column], values.length, empty >= 0 ? empty : values.length);
      }
    }

    /** Returns the code case {@code i} counts as. */
    int of(int i) {
      int code = codes == null ? CasePopulation.ABSENT : codes[i];
      return code < 0 ? absent : code;
    }
  }

  /** Refines the eligible cases' slots by one attribute, numbering pairs in an array table. */
  private static int refineByTable(Codes codes, int radix, int distinct, int[] slotOf) {
    int next = 0;
    int[] table = new int[distinct * radix];
    Arrays.fill(table, -1);
    for (int i = 0; i < slotOf.length; i++) {
      if (slotOf[i] >= 0) {
        int k = slotOf[i] * radix + codes.of(i);
        int slot = table[k];
        if (slot < 0) {
          slot = next++;
          table[k] = slot;
        }
        slotOf[i] = slot;
      }
    }
    return next;
  }

  /** Refines the eligible cases' slots by one attribute, numbering pairs in a hash map. */
  private static int refineByMap(Codes codes, int radix, int[] slotOf) {
    int next = 0;
    Map<Long, Integer> table = new HashMap<>();
    for (int i = 0; i < slotOf.length; i++) {
      if (slotOf[i] >= 0) {
        long k = (long) slotOf[i] * radix + codes.of(i);
        Integer slot = table.get(k);
        if (slot == null) {
          slot = next++;
          table.put(k, slot);
        }
        slotOf[i] = slot;
      }
    }
    return next;
  }

  /** Returns a case's values of the strata attributes, as strings: a missing attribute is empty. */
  static String[] valuesOf(CasePopulation population, String[] attributes, int index) {
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
