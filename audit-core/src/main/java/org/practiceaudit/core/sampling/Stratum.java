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
          int empty =
              column < 0 ? -1 : Arrays.asList(population.attributeValues[column]).indexOf("");
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
