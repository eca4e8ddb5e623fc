package org.practiceaudit.rules.content;

import java.util.List;

/**
 * The parameters of a {@code sign-off-recorded} rule.
 *
 * @param grades the grades (by the auditor or the moderator) whose audits need the sign-off;
 *     default {@code [Inadequate]}
 * @param roles the roles that must sign the audit off as satisfied its actions are sufficient;
 *     default {@code [head-of-service]}
 */
public record SignOffParameters(List<String> grades, List<String> roles) {

  /**
   * Fills in Camden's defaults for missing values.
   *
   * @param grades null means {@code [Inadequate]}
   * @param roles null means {@code [head-of-service]}
   */
  public SignOffParameters {
    grades = grades == null ? List.of("Inadequate") : List.copyOf(grades);
    roles = roles == null ? List.of("head-of-service") : List.copyOf(roles);
  }
}
