package org.practiceaudit.rules.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.framework.LocalFramework;

/**
 * Camden's audit programme 2021-22 (seed 000) as its QA data and governance lead would describe it.
 * Synthetic cases only.
 */
final class CamdenPresetTest {

  private static final LocalFramework CAMDEN = Presets.camden();

  /** Line 86: "Any audit or moderation that is graded Requires improvement or inadequate ...". */
  @Nested
  final class BelowGood {

    private final RuleSet rules = CAMDEN.ruleSet(RuleRegistry.load()).get();

    private Outcome actionsRequired(Audit audit) {
      return rules.evaluate(SubjectType.AUDIT, audit, Fixtures.context(CAMDEN.framework())).stream()
          .filter(o -> o.ruleId().equals("camden/actions-required-below-good"))
          .findFirst()
          .orElseThrow();
    }

    private Audit moderated(String auditorGrade, String moderatorGrade) {
      return Fixtures.audit(CAMDEN.framework(), AuditStatus.COMPLETED, LocalDate.of(2026, 2, 2))
          .completedOn(LocalDate.of(2026, 2, 10))
          .overallGrade(GradeScale.ofsted().parse(auditorGrade))
          .moderation(
              Moderation.of(
                  PersonId.of("SYN-MOD"),
                  GradeScale.ofsted().parse(moderatorGrade),
                  LocalDate.of(2026, 2, 20)))
          .build();
    }

    @Test
    void
        C21_auditorRequiresImprovementModeratorGoodWithoutActions_failsAndInformsHeadOfServiceAndQa() {
      Outcome outcome = actionsRequired(moderated("Requires Improvement", "Good"));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason())
          .isEqualTo("graded Requires Improvement by the auditor without improvement actions");
      assertThat(outcome.notifications())
          .extracting(n -> n.recipient())
          .containsExactly("head-of-service", "qa-unit");
    }

    @Test
    void C21_auditorGoodModeratorInadequateWithoutActions_fails() {
      Outcome outcome = actionsRequired(moderated("Good", "Inadequate"));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason())
          .isEqualTo("graded Inadequate by the moderator without improvement actions");
    }

    @Test
    void C21_bothGoodOrBetter_noActionsRequired() {
      Outcome outcome = actionsRequired(moderated("Good", "Outstanding"));

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
      assertThat(outcome.notifications()).isEmpty();
    }

    @Test
    void C21_auditorRequiresImprovementWithAnAction_passes() {
      Audit audit =
          org.practiceaudit.core.audit.ImmutableAudit.copyOf(
                  moderated("Requires Improvement", "Good"))
              .withActions(
                  RecommendedAction.builder().description("SYNTHETIC: update the plan").build());

      assertThat(actionsRequired(audit).status()).isEqualTo(OutcomeStatus.PASS);
    }
  }

  /** Line 86: the Head of Service and the QA unit "must be informed" (C22). */
  @Nested
  final class Informed {

    private final RuleSet rules = CAMDEN.ruleSet(RuleRegistry.load()).get();

    private List<Outcome> actionsRequired(Audit audit) {
      return rules.evaluate(SubjectType.AUDIT, audit, Fixtures.context(CAMDEN.framework())).stream()
          .filter(o -> o.ruleId().equals("camden/actions-required-below-good"))
          .collect(Collectors.toList());
    }

    private org.practiceaudit.core.audit.ImmutableAudit requiresImprovement() {
      return Fixtures.audit(CAMDEN.framework(), AuditStatus.COMPLETED, LocalDate.of(2026, 2, 2))
          .completedOn(LocalDate.of(2026, 2, 10))
          .overallGrade(GradeScale.ofsted().parse("Requires Improvement"))
          .addActions(RecommendedAction.builder().description("SYNTHETIC: update the plan").build())
          .build();
    }

    @Test
    void C22_requiresImprovementWithActionsOnlyTheHeadOfServiceInformed_failsNamingTheQaUnit() {
      List<Outcome> outcomes =
          actionsRequired(requiresImprovement().withNotified("head-of-service"));

      assertThat(outcomes)
          .extracting(Outcome::status)
          .containsExactly(OutcomeStatus.PASS, OutcomeStatus.FAIL);
      assertThat(outcomes.get(1).reason()).isEqualTo("not recorded as informed: [qa-unit]");
    }

    @Test
    void C22_bothInformed_passes() {
      List<Outcome> outcomes =
          actionsRequired(requiresImprovement().withNotified("head-of-service", "qa-unit"));

      assertThat(outcomes).extracting(Outcome::status).containsOnly(OutcomeStatus.PASS);
    }
  }

  /**
   * Line 104: "senior managers from each agency audit their own the agency's case records" (C27).
   */
  @Test
  void C27_multiAgencyAuditType_eachAgencyAuditsItsOwnRecords() {
    assertThat(CAMDEN.framework().auditTypes())
        .filteredOn(t -> t.id().equals("multi-agency"))
        .extracting(t -> t.independence())
        .containsExactly(org.practiceaudit.core.allocation.Independence.OWN_AGENCY);
  }

  @Nested
  final class FrontDoor {

    /** January's front-door audit, drawn on Monday 4 January 2027. */
    private final LocalDate asOf = LocalDate.of(2027, 1, 4);

    private CaseFile contact(int n, String rag, LocalDate closedOn) {
      var c =
          CaseFile.builder()
              .id(CaseId.of(String.format("SYN-FD-%03d", n)))
              .category(CaseCategory.FRONT_DOOR)
              .team("mash")
              .openedOn(asOf.minusMonths(4))
              .putAttribute("rag", rag);
      if (closedOn != null) {
        c.closedOn(closedOn);
      }
      return c.build();
    }

    @Test
    void C13_frontDoorPlan_drawsContactsClosedWithNoFurtherActionOrSteppedDownInTheLastMonth() {
      // 10 open contacts, 20 closed in December (no further action, or stepped down to Early Help)
      // and 10
      // closed in October: the plan's 30 are the 10 open and the 20 closed within the month.
      List<CaseFile> contacts = new ArrayList<>();
      String[] rag = {"red", "amber", "green"};
      for (int i = 0; i < 40; i++) {
        LocalDate closed =
            i < 10
                ? null
                : i < 30 ? LocalDate.of(2026, 12, 4).plusDays(i - 10) : LocalDate.of(2026, 10, 1);
        contacts.add(contact(i, rag[i % 3], closed));
      }
      SamplingPlan plan =
          CAMDEN.samplingPlans().stream()
              .filter(p -> p.name().equals("front-door"))
              .findFirst()
              .orElseThrow();

      Sample sample = Sampler.draw(contacts, plan, asOf, Seed.of(20270104L));

      assertThat(sample.selectedCount()).isEqualTo(30);
      assertThat(sample.eligible()).isEqualTo(30);
      assertThat(sample.sortedSelectedIds())
          .extracting(CaseId::toString)
          .noneMatch(id -> Integer.parseInt(id.substring(7)) >= 30);
      assertThat(sample.openPopulation()).isEqualTo(10);
    }
  }

  @Nested
  final class PracticeWeek {

    /** A quarter's practice week, drawn on Monday 5 July 2021. */
    private final LocalDate asOf = LocalDate.of(2021, 7, 5);

    private List<CaseFile> caseload(int familyIntervention, int lac, int other) {
      List<CaseFile> cases = new ArrayList<>();
      int[] counts = {familyIntervention, lac, other};
      String[] teams = {"family-intervention", "lac", "assessment"};
      CaseCategory[] categories = {
        CaseCategory.CHILD_IN_NEED, CaseCategory.LOOKED_AFTER, CaseCategory.CHILD_PROTECTION
      };
      for (int t = 0; t < teams.length; t++) {
        for (int i = 0; i < counts[t]; i++) {
          cases.add(
              CaseFile.builder()
                  .id(CaseId.of(String.format("SYN-PW-%d-%03d", t, i)))
                  .category(categories[(t + i) % 3])
                  .team(teams[t])
                  .openedOn(asOf.minusYears(1))
                  .build());
        }
      }
      return cases;
    }

    private Sample draw(List<CaseFile> cases) {
      SamplingPlan plan =
          CAMDEN.samplingPlans().stream()
              .filter(p -> p.name().equals("practice-week"))
              .findFirst()
              .orElseThrow();
      return Sampler.draw(cases, plan, asOf, Seed.of(20210705L));
    }

    @Test
    void C17_practiceWeek_drawsOnlyFromTheFamilyInterventionAndLacTeams() {
      List<CaseFile> cases = caseload(50, 40, 100);

      Sample sample = draw(cases);

      assertThat(sample.selectedCount()).isEqualTo(60);
      assertThat(sample.eligible()).isEqualTo(90);
      assertThat(sample.sortedSelectedIds())
          .extracting(CaseId::toString)
          .allMatch(id -> id.startsWith("SYN-PW-0-") || id.startsWith("SYN-PW-1-"));
    }

    @Test
    void C17_practiceWeek_fewerThanSixtyEligible_allDrawnWithoutAShortfall() {
      Sample sample = draw(caseload(20, 15, 100));

      assertThat(sample.selectedCount()).isEqualTo(35);
      assertThat(sample.plannedSize()).isEqualTo(35);
      assertThat(sample.shortfall()).isEmpty();
    }
  }
}
