package org.practiceaudit.core.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A domain of practice that auditors score, such as assessment or planning, with its score scale,
 * guidance and indicator checklists.
 *
 * <p>Dorset scores seven domains from 1 (no evidence found) to 10 (good evidence found) (Dorset
 * monthly audit report, June 2019). Hillingdon gives, per area, the indicators of "what good looks
 * like" and those of "moving to outstanding" (Hillingdon, a guide to auditing).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Domain {

  Domain() {}

  /**
   * Returns the domain's id, unique within its framework.
   *
   * @return lower-case kebab-case, such as {@code assessment}
   */
  public abstract String id();

  /**
   * Returns the domain's title.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the guidance for auditors.
   *
   * @return the guidance, possibly empty
   */
  @Value.Default
  public String guidance() {
    return "";
  }

  /**
   * Returns the scale the domain is scored on.
   *
   * @return the score scale
   */
  public abstract ScoreScale scoreScale();

  /**
   * Returns the indicators of "what good looks like": all evidenced means the domain is good.
   *
   * @return the checklist, possibly empty
   */
  public abstract List<Indicator> goodIndicators();

  /**
   * Returns the indicators of "moving to outstanding", looked for beyond the good ones.
   *
   * @return the checklist, possibly empty
   */
  public abstract List<Indicator> outstandingIndicators();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableDomain.Builder builder() {
    return ImmutableDomain.builder();
  }

  @Value.Check
  void check() {
    Ids.requireKebab("domain id", id());
    if (title().isBlank()) {
      throw new IllegalArgumentException("domain '" + id() + "': title must not be blank");
    }
    Set<String> seen = new HashSet<>();
    for (Indicator indicator : goodIndicators()) {
      if (!seen.add(indicator.id())) {
        throw new IllegalArgumentException(
            "domain '" + id() + "': duplicate indicator id '" + indicator.id() + "'");
      }
    }
    for (Indicator indicator : outstandingIndicators()) {
      if (!seen.add(indicator.id())) {
        throw new IllegalArgumentException(
            "domain '" + id() + "': duplicate indicator id '" + indicator.id() + "'");
      }
    }
  }
}
