package org.practiceaudit.rules.content;

import java.util.List;

/**
 * The parameters of a {@code sections-written} rule.
 *
 * @param sections ids of the sections the audit form must have written, such as {@code
 *     pen-picture}; default none
 * @param evidencePerRating whether each rating given needs its evidence section: {@code
 *     evidence/<area>} for each area graded and {@code evidence/overall} for the overall judgement;
 *     null means false
 * @param auditTypes the audit type ids the rule applies to; empty (the default) for every audit
 *     type
 */
public record SectionsWrittenParameters(
    List<String> sections, Boolean evidencePerRating, List<String> auditTypes) {

  /**
   * Fills in defaults for missing values.
   *
   * @param sections null means none
   * @param evidencePerRating null means false
   * @param auditTypes null means every audit type
   */
  public SectionsWrittenParameters {
    sections = sections == null ? List.of() : List.copyOf(sections);
    evidencePerRating = evidencePerRating != null && evidencePerRating;
    auditTypes = auditTypes == null ? List.of() : List.copyOf(auditTypes);
  }
}
