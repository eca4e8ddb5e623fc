package org.practiceaudit.core.moderation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The audits selected for moderation, each with its reason, and the trail to draw them again.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ModerationSample {

  ModerationSample() {}

  /**
   * Returns the id and version of the selection algorithm.
   *
   * @return such as {@value ModerationSampler#ALGORITHM}
   */
  public abstract String algorithm();

  /**
   * Returns the seed of the draw.
   *
   * @return the seed
   */
  public abstract Seed seed();

  /**
   * Returns the policy the selection followed.
   *
   * @return the policy
   */
  public abstract ModerationPolicy policy();

  /**
   * Returns the fingerprint of the completed audits: SHA-256 over, for each audit in id order, its
   * id, a tab, its auditor, a tab, its overall grade ({@code scale:rank}, or empty) and a line
   * feed, in UTF-8.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public abstract String populationFingerprint();

  /**
   * Returns the number of completed audits the selection was made from.
   *
   * @return 0 or more
   */
  public abstract int completed();

  /**
   * Returns the planned size: {@code ceil(share × completed)}. Grade-rule and auditor-coverage
   * picks count toward it but may take the sample above it.
   *
   * @return 0 or more
   */
  public abstract int plannedSize();

  /**
   * Returns the selected audits in selection order: grade rule, then auditor coverage, then random
   * share.
   *
   * @return the picks, one per audit
   */
  public abstract List<ModerationPick> picks();

  /**
   * Returns the selected audits' ids in id order.
   *
   * @return the ids, sorted
   */
  @Value.Lazy
  public List<AuditId> sortedAuditIds() {
    return picks().stream().map(ModerationPick::auditId).sorted().toList();
  }

  /**
   * Finds why an audit was selected.
   *
   * @param auditId the audit; not null
   * @return the reason, or empty if it was not selected
   */
  public Optional<ModerationReason> reasonFor(AuditId auditId) {
    return picks().stream()
        .filter(p -> p.auditId().equals(auditId))
        .map(ModerationPick::reason)
        .findFirst();
  }

  /**
   * Returns the number of audits selected.
   *
   * @return the number of picks
   */
  public int size() {
    return picks().size();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableModerationSample.Builder builder() {
    return ImmutableModerationSample.builder();
  }

  @Value.Check
  void check() {
    Set<AuditId> seen = new HashSet<>();
    for (ModerationPick pick : picks()) {
      if (!seen.add(pick.auditId())) {
        throw new IllegalArgumentException(
            "moderation sample: audit selected twice: " + pick.auditId());
      }
    }
  }
}
