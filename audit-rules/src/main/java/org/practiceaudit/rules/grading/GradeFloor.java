package org.practiceaudit.rules.grading;

/**
 * A floor: a domain scored at or below a score caps the derived grade.
 *
 * @param domain the domain's id, or {@code *} (or null or blank) for any domain
 * @param atOrBelow the score at or below which the cap applies, on the domain's scale
 * @param capAt the best grade allowed when the floor is hit, such as {@code Requires Improvement}
 */
public record GradeFloor(String domain, int atOrBelow, String capAt) {

  /**
   * Tells whether the floor applies to every domain.
   *
   * @return true if {@link #domain()} is null, blank or {@code *}
   */
  public boolean anyDomain() {
    return domain == null || domain.isBlank() || "*".equals(domain);
  }
}
