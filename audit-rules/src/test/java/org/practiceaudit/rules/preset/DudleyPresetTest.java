package org.practiceaudit.rules.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.framework.LocalFramework;

/**
 * Dudley's audit framework 2017 (seed 004) as its Centre for Professional Practice would describe
 * it. Synthetic audits only.
 */
final class DudleyPresetTest {

  private static final LocalFramework DUDLEY = Presets.dudley();
  private static final RuleSet RULES = DUDLEY.ruleSet(RuleRegistry.load()).get();

  private static Outcome outcome(Audit audit, String ruleId) {
    return RULES.evaluate(SubjectType.AUDIT, audit, Fixtures.context(DUDLEY.framework())).stream()
        .filter(o -> o.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow();
  }

  private static RecommendedAction action(String description) {
    return RecommendedAction.builder().description(description).build();
  }

  @Nested
  final class RaisingAConcern {

    @Test
    void U17_requiresImprovementWithTwoActionsEscalatedAt3pmOn18December_category3Due20January() {
      // 20 working days after Friday 18 December 2026, skipping Christmas, the Boxing Day
      // substitute on
      // Monday 28th and New Year's Day.
      Audit audit =
          Fixtures.audit(DUDLEY.framework(), AuditStatus.COMPLETED, LocalDate.of(2026, 12, 1))
              .completedOn(LocalDate.of(2026, 12, 18))
              .overallGrade(GradeScale.ofsted().parse("Requires Improvement"))
              .addActions(
                  action("SYNTHETIC: update the chronology"), action("SYNTHETIC: review the plan"))
              .escalatedAt(Instant.parse("2026-12-18T15:00:00Z"))
              .build();

      Outcome category = outcome(audit, "dudley/escalation-category");

      assertThat(category.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(category.escalationCategory()).hasValue(3);
      assertThat(category.deadline().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2027, 1, 20));
      assertThat(category.notifications()).isEmpty();
    }
  }

  @Nested
  final class Sampling {

    @Test
    void U2_serviceCycle_tenPercentOfOpenCasesAndOfEachTeamRoundedUp() {
      // Synthetic caseload: a team of 15 and a team of 85 open cases.
      List<CaseFile> cases = new java.util.ArrayList<>();
      for (int i = 0; i < 100; i++) {
        cases.add(
            CaseFile.builder()
                .id(CaseId.of(String.format("SYN-%03d", i)))
                .category(CaseCategory.CHILD_IN_NEED)
                .team(i < 15 ? "small-team" : "large-team")
                .openedOn(LocalDate.of(2025, 1, 1))
                .build());
      }
      SamplingPlan plan =
          DUDLEY.samplingPlans().stream()
              .filter(p -> p.name().equals("service-cycle"))
              .findFirst()
              .orElseThrow();

      Sample sample = Sampler.draw(cases, plan, LocalDate.of(2026, 11, 2), Seed.of(20261102L));

      assertThat(plan.minimumSharePerStratum())
          .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.10"));
      assertThat(sample.allocations())
          .extracting(a -> a.key().get("team"), a -> a.selected())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("large-team", 9),
              org.assertj.core.groups.Tuple.tuple("small-team", 2));
    }
  }

  @Nested
  final class Moderation {

    @Test
    void U24_moderationPolicy_twentyPercentWithoutAMinimumPerAuditor() {
      ModerationPolicy policy = DUDLEY.moderationPolicy().orElseThrow();

      assertThat(policy.share()).isEqualByComparingTo("0.20");
      assertThat(policy.atLeastOnePerAuditor()).isFalse();
      assertThat(policy.includeGradedAtOrBelow()).isEmpty();
      assertThat(List.of(policy)).containsExactly(ModerationPolicy.dudley());
    }

    @Test
    void U25_moderationPolicy_moderatedByTheLeadForProfessionalPracticeAndTheLeadAuditor() {
      ModerationPolicy policy = DUDLEY.moderationPolicy().orElseThrow();

      assertThat(policy.moderatorRoles())
          .containsExactly(Role.LEAD_AUDITOR, Role.LEAD_FOR_PROFESSIONAL_PRACTICE);
      assertThat(policy.mayModerate(Role.TEAM_MANAGER)).isFalse();
    }
  }
}
