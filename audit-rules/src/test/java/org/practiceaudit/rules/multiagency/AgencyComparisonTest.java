package org.practiceaudit.rules.multiagency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.preset.Presets;

/** London multi-agency audit pack scenario: each agency grades each area of work (seed 003, line 31). */
final class AgencyComparisonTest {

  private static final LocalFramework LONDON = Presets.londonMultiAgency();
  private static final GradeScale OFSTED = GradeScale.ofsted();

  private static Audit audit(String id, String caseId, String agency, String assessment, String planning) {
    return Fixtures.audit(LONDON.framework())
        .agency(agency)
        .putAreaGrade("assessment", OFSTED.parse(assessment))
        .putAreaGrade("planning", OFSTED.parse(planning))
        .build()
        .withId(AuditId.of(id))
        .withCaseId(CaseId.of(caseId))
        .withAuditType("multi-agency");
  }

  private static final List<Audit> AUDITS =
      List.of(
          audit("A-1", "C-1", "social-care", "Good", "Good"),
          audit("A-2", "C-1", "health", "Inadequate", "Requires Improvement"),
          audit("A-3", "C-1", "police", "Good", "Good"),
          audit("A-4", "C-2", "social-care", "Outstanding", "Good"));

  @Test
  void compare_perCaseAndArea_flagsSpreadOfTwoRanks() {
    List<AreaComparison> comparisons = AgencyComparison.compare(AUDITS, 2);

    assertThat(comparisons).extracting(AreaComparison::area, AreaComparison::spread, AreaComparison::disagreement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("assessment", 2, true),
            org.assertj.core.groups.Tuple.tuple("planning", 1, false));
    assertThat(comparisons.get(0).grades()).containsOnlyKeys("health", "police", "social-care");
  }

  @Test
  void presetRule_overCollectionOfAudits_oneOutcomePerArea() {
    RuleSet rules = LONDON.ruleSet(RuleRegistry.load()).get();

    List<Outcome> outcomes =
        rules.evaluate(SubjectType.AUDITS, (Collection<Audit>) AUDITS, Fixtures.context(LONDON.framework()));

    assertThat(outcomes).extracting(Outcome::status).containsExactly(OutcomeStatus.FAIL, OutcomeStatus.PASS);
    assertThat(outcomes.get(0).inputs())
        .containsEntry("grade.health", "Inadequate")
        .containsEntry("grade.police", "Good")
        .containsEntry("spread", "2");
  }
}
