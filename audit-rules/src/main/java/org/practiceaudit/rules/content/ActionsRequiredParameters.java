package org.practiceaudit.rules.content;

import java.util.List;

/**
 * The parameters of an {@code actions-required-below-grade} rule.
 *
 * @param grades the grades that require improvement actions; default {@code [Requires Improvement,
 *     Inadequate]}
 * @param informRoles the roles that must be informed of such audits; default {@code
 *     [head-of-service, qa-unit]}
 * @param requireNotifiedRecorded whether the audit must record those roles as informed to pass
 * @param areaGrades whether an area of work graded at one of {@code grades} needs actions too, as
 *     an area for development (Hillingdon, "A guide to auditing", line 24); null means false
 */
public record ActionsRequiredParameters(
    List<String> grades,
    List<String> informRoles,
    boolean requireNotifiedRecorded,
    Boolean areaGrades) {

  /**
   * Fills in Camden's defaults for missing values.
   *
   * @param grades null means {@code [Requires Improvement, Inadequate]}
   * @param informRoles null means {@code [head-of-service, qa-unit]}
   * @param requireNotifiedRecorded whether the audit must record the roles as informed
   * @param areaGrades null means false
   */
  public ActionsRequiredParameters {
    grades = grades == null ? List.of("Requires Improvement", "Inadequate") : List.copyOf(grades);
    informRoles =
        informRoles == null ? List.of("head-of-service", "qa-unit") : List.copyOf(informRoles);
    areaGrades = areaGrades != null && areaGrades;
  }
}
