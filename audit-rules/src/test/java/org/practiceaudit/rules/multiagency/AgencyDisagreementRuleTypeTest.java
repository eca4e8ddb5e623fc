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

/**
 * London multi-agency audit pack scenario: each agency grades each area of work (seed 003, line
 * 31).
 */
final class AgencyDisagreementRuleTypeTest {

  private static final LocalFramework LONDON = Presets.londonMultiAgency();
  private static final GradeScale OFSTED = GradeScale.ofsted();

  private static Audit audit(
      String id, String caseId, String agency, String assessment, String planning) {
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
  void L12_presetRule_agenciesDiffer_flaggedForTheCoordinatorNeverFailed() {
    RuleSet rules = LONDON.ruleSet(RuleRegistry.load()).get();

    List<Outcome> outcomes =
        rules.evaluate(
            SubjectType.AUDITS, (Collection<Audit>) AUDITS, Fixtures.context(LONDON.framework()));

    // Case C-1: assessment Good, Inadequate, Good (2 ranks apart); planning Good, RI, Good (1 rank
    // apart).
    assertThat(outcomes).extracting(Outcome::status).containsOnly(OutcomeStatus.PASS);
    assertThat(outcomes)
        .extracting(o -> o.hasFlag(Outcome.FLAG_AGENCY_DISAGREEMENT))
        .containsExactly(true, true);
    assertThat(outcomes.get(0).inputs())
        .containsEntry("grade.health", "Inadequate")
        .containsEntry("grade.police", "Good")
        .containsEntry("spread", "2");
    assertThat(outcomes.get(0).notifications())
        .extracting(n -> n.recipient())
        .containsExactly("coordinator");
    assertThat(outcomes.get(0).reason()).endsWith("for the coordinator to clarify");
  }

  @Test
  void L12_presetRuleAndOverview_flagExactlyTheOverviewsDisagreements() {
    RuleSet rules = LONDON.ruleSet(RuleRegistry.load()).get();
    List<Audit> audits = new java.util.ArrayList<>(AUDITS);
    audits.add(audit("A-5", "C-2", "health", "Outstanding", "Good"));

    List<Outcome> outcomes =
        rules.evaluate(
            SubjectType.AUDITS, (Collection<Audit>) audits, Fixtures.context(LONDON.framework()));
    var overview = org.practiceaudit.core.report.MultiAgencyOverview.of(audits, OFSTED);

    assertThat(
            outcomes.stream()
                .filter(o -> o.hasFlag(Outcome.FLAG_AGENCY_DISAGREEMENT))
                .map(o -> o.inputs().get("case") + "/" + o.inputs().get("area"))
                .sorted()
                .toList())
        .isEqualTo(
            overview.disagreements().stream()
                .map(c -> c.caseId() + "/" + c.area())
                .sorted()
                .toList())
        .hasSize(2);
    assertThat(outcomes).hasSize(4);
  }

  /**
   * Neither audit is completed, so the later audit id counts
   * (MultiAgencyOverview.latestPerAgencyAndCase).
   */
  @Test
  void presetRule_agencyAuditedTwice_latestCountsWhateverTheOrder() {
    RuleSet rules = LONDON.ruleSet(RuleRegistry.load()).get();
    Audit earlier = audit("A-5", "C-1", "health", "Inadequate", "Requires Improvement");
    Audit later = audit("A-9", "C-1", "health", "Good", "Good");
    List<Audit> others = List.of(AUDITS.get(0), AUDITS.get(2));

    for (List<Audit> audits :
        List.of(
            java.util.stream.Stream.concat(
                    others.stream(), java.util.stream.Stream.of(earlier, later))
                .toList(),
            java.util.stream.Stream.concat(
                    others.stream(), java.util.stream.Stream.of(later, earlier))
                .toList())) {
      List<Outcome> outcomes =
          rules.evaluate(
              SubjectType.AUDITS, (Collection<Audit>) audits, Fixtures.context(LONDON.framework()));

      assertThat(outcomes)
          .extracting(Outcome::status)
          .containsExactly(OutcomeStatus.PASS, OutcomeStatus.PASS);
      assertThat(outcomes.get(0).inputs()).containsEntry("grade.health", "Good");
    }
  }
}
