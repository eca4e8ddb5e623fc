package org.practiceaudit.core.allocation;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.internal.KebabCase;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * A person who can audit (or moderate) case files in a cycle: their role, team, capacity and
 * experience.
 *
 * <p>The team is what the rule "auditors do not audit their own team's work" is checked against
 * (Dorset monthly audit report, June 2019, 2.3; Camden audit programme 2021-22, "team managers will
 * audit cases from another team"). The agency is set for multi-agency pools (London multi-agency
 * audit pack, "Auditors": at least two auditors per agency). The attributes carry anything a
 * council's own independence rule needs, such as {@code service-area=east}; coded values, never
 * free text.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class Auditor {

  Auditor() {}

  /**
   * Returns the auditor's pseudonymous id.
   *
   * @return the id
   */
  public abstract PersonId id();

  /**
   * Returns the auditor's role.
   *
   * @return the role, such as team manager
   */
  public abstract Role role();

  /**
   * Returns the team the auditor belongs to.
   *
   * @return the team's id, not blank
   */
  public abstract String team();

  /**
   * Returns how many cases the auditor can take in the cycle.
   *
   * @return the capacity, 0 or more
   */
  public abstract int capacity();

  /**
   * Returns the auditor's experience of auditing.
   *
   * @return the level; {@link ExperienceLevel#EXPERIENCED} unless set
   */
  @Value.Default
  public ExperienceLevel experience() {
    return ExperienceLevel.EXPERIENCED;
  }

  /**
   * Returns the auditor's agency in a multi-agency pool.
   *
   * @return the agency's lower-case id, such as {@code health}, or empty for a single-agency pool
   */
  public abstract Optional<String> agency();

  /**
   * Returns coded attributes that councils' own independence rules use.
   *
   * @return an unmodifiable map from attribute name (lower-case, such as {@code service-area}) to
   *     value
   */
  public abstract Map<String, String> attributes();

  /**
   * Returns an attribute's value, where the auditor has it.
   *
   * @param name the attribute's name; not null
   * @return the value, or empty if the auditor does not have the attribute
   */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes().get(name));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAuditor.Builder builder() {
    return ImmutableAuditor.builder();
  }

  @Value.Check
  void check() {
    if (team().isBlank()) {
      throw new IllegalArgumentException("auditor " + id() + ": team must not be blank");
    }
    if (capacity() < 0) {
      throw new IllegalArgumentException(
          "auditor " + id() + ": capacity must not be negative: " + capacity());
    }
    if (agency().isPresent() && !KebabCase.isAttributeName(agency().get())) {
      throw new IllegalArgumentException(
          "auditor "
              + id()
              + ": agency must be a lower-case id such as 'health': '"
              + agency().get()
              + "'");
    }
    for (String name : attributes().keySet()) {
      if (!KebabCase.isAttributeName(name)) {
        throw new IllegalArgumentException(
            "auditor "
                + id()
                + ": attribute name must be lower-case letters and digits joined by"
                + " '-', '_' or '.': '"
                + name
                + "'");
      }
    }
  }
}
