package org.practiceaudit.core.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Checks of a pool of auditors as a whole, before cases are allocated to it.
 *
 * <p>Source: London multi-agency audit pack, section 4, "Auditor role" (seed 003, line 119): "it
 * will be helpful for there to be at least two auditors from each agency so that consistency of
 * judgement ... can be discussed and agreed ... it will however be important on each audit to have
 * a mix of auditors, some with considerable experience and others new to the role" (seed-fidelity
 * review L16).
 */
public final class AuditorPools {

  /** The fewest auditors the London pack asks for from each agency. */
  public static final int MINIMUM_PER_AGENCY = 2;

  private AuditorPools() {}

  /**
   * Returns what a multi-agency pool lacks: each agency with fewer than {@value
   * #MINIMUM_PER_AGENCY} auditors, and a pool with nobody new to auditing ({@link
   * ExperienceLevel#NEWLY_QUALIFIED}) or nobody experienced ({@link ExperienceLevel#EXPERIENCED} or
   * more). Auditors without an agency are counted for the mix only. These are advice to the
   * coordinator, not errors: the pack says "it will be helpful".
   *
   * @param auditors the pool; not null, no null elements
   * @return one sentence per gap, agencies in id order, naming only agencies and counts; empty when
   *     the pool has none
   * @throws NullPointerException if {@code auditors} or an element is null
   */
  public static List<String> multiAgencyGaps(Collection<Auditor> auditors) {
    Objects.requireNonNull(auditors, "auditors");
    Map<String, Integer> perAgency = new TreeMap<>();
    boolean newToTheRole = false;
    boolean experienced = false;
    for (Auditor auditor : auditors) {
      Objects.requireNonNull(auditor, "auditor");
      auditor.agency().ifPresent(agency -> perAgency.merge(agency, 1, Integer::sum));
      newToTheRole |= auditor.experience() == ExperienceLevel.NEWLY_QUALIFIED;
      experienced |= auditor.experience().isAtLeast(ExperienceLevel.EXPERIENCED);
    }
    List<String> gaps = new ArrayList<>();
    perAgency.forEach(
        (agency, count) -> {
          if (count < MINIMUM_PER_AGENCY) {
            gaps.add(
                "agency "
                    + agency
                    + " has "
                    + count
                    + " auditor"
                    + (count == 1 ? "" : "s")
                    + "; the London pack asks for at least "
                    + MINIMUM_PER_AGENCY
                    + " from each agency");
          }
        });
    if (!auditors.isEmpty() && !newToTheRole) {
      gaps.add(
          "no auditor is new to the role; the London pack asks for a mix of experienced and new auditors");
    }
    if (!auditors.isEmpty() && !experienced) {
      gaps.add(
          "no auditor is experienced; the London pack asks for a mix of experienced and new auditors");
    }
    return List.copyOf(gaps);
  }
}
