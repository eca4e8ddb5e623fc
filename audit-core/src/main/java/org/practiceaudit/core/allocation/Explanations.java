package org.practiceaudit.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups unallocated cases into sentences for a service manager. */
final class Explanations {

  private Explanations() {}

  static List<String> summarise(
      List<Unallocated> unallocated, String itemNoun, String auditorNoun) {
    Map<String, Map<UnallocatedReason, Integer>> counts = new TreeMap<>();
    for (Unallocated u : unallocated) {
      counts.computeIfAbsent(u.team(), t -> new TreeMap<>()).merge(u.reason(), 1, Integer::sum);
    }
    List<String> lines = new ArrayList<>();
    counts.forEach(
        (team, byReason) ->
            byReason.forEach(
                (reason, n) ->
                    lines.add(
                        n
                            + " "
                            + itemNoun
                            + (n == 1 ? "" : "s")
                            + " in team "
                            + team
                            + ": "
                            + reason.phrase(n > 1, auditorNoun))));
    return List.copyOf(lines);
  }
}
