package org.practiceaudit.core.framework;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One line of an indicator checklist: a thing an auditor looks for evidence of, such as "the child
 * was seen alone" (Hillingdon, a guide to auditing, "what good looks like" and "moving to
 * outstanding").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Indicator {

  Indicator() {}

  /**
   * Returns the indicator's id, unique within its domain.
   *
   * @return lower-case kebab-case, such as {@code seen-alone}
   */
  public abstract String id();

  /**
   * Returns what the auditor looks for.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Obtains an indicator.
   *
   * @param id lower-case kebab-case; not null
   * @param text what the auditor looks for; not blank
   * @return the indicator
   * @throws IllegalArgumentException if the id is malformed or the text blank
   */
  public static Indicator of(String id, String text) {
    return ImmutableIndicator.builder().id(id).text(text).build();
  }

  @Value.Check
  void check() {
    Ids.requireKebab("indicator id", id());
    if (text().isBlank()) {
      throw new IllegalArgumentException("indicator '" + id() + "': text must not be blank");
    }
  }
}
