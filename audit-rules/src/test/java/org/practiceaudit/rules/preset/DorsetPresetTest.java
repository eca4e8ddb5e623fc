package org.practiceaudit.rules.preset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.framework.LocalFramework;

/**
 * Dorset's monthly audit (seed 001) as its quality assurance team would describe it. Synthetic
 * audits only.
 */
final class DorsetPresetTest {

  private static final LocalFramework DORSET = Presets.dorset();
  private static final RuleSet RULES = DORSET.ruleSet(RuleRegistry.load()).get();

  private static Outcome average(Audit audit) {
    return RULES.evaluate(SubjectType.AUDIT, audit, Fixtures.context(DORSET.framework())).stream()
        .filter(o -> o.ruleId().equals("dorset/domain-average"))
        .findFirst()
        .orElseThrow();
  }

  /** Line 70: "The auditor should escalate any urgent safeguarding concerns". */
  @Nested
  final class UrgentConcerns {

    private final org.practiceaudit.rules.lifecycle.AuditLifecycle lifecycle =
        org.practiceaudit.rules.lifecycle.AuditLifecycle.of(
            DORSET.completionRules(RuleRegistry.load()).get(),
            Fixtures.context(DORSET.framework()));

    private ImmutableAudit.Builder scoredAndDiscussed() {
      ImmutableAudit.Builder builder =
          Fixtures.audit(DORSET.framework())
              .overallGrade(
                  org.practiceaudit.core.grade.GradeScale.ofsted().parse("Requires Improvement"))
              .addActions(
                  org.practiceaudit.core.audit.RecommendedAction.builder()
                      .description("SYNTHETIC action")
                      .build())
              .practitionerConversation(
                  org.practiceaudit.core.audit.PractitionerConversation.of(
                      org.practiceaudit.core.workforce.PersonId.of("SYN-SW"),
                      org.practiceaudit.core.audit.ConversationTiming.DURING,
                      java.time.LocalDate.of(2026, 2, 5)));
      DORSET.framework().domains().forEach(d -> builder.putScore(d.id(), DomainScore.of(5)));
      return builder;
    }

    @Test
    void D9_urgentConcernNotEscalated_cannotComplete() {
      Audit audit =
          scoredAndDiscussed()
              .addConcerns(org.practiceaudit.core.audit.ConcernFlag.URGENT_SAFEGUARDING_CONCERN)
              .build();

      var result = lifecycle.complete(audit, java.time.LocalDate.of(2026, 2, 10));

      assertThat(result.getError().asJava())
          .extracting(org.practiceaudit.rules.lifecycle.UnmetRequirement::ruleId)
          .containsExactly("dorset/urgent-concern-escalated");
    }

    @Test
    void D9_urgentConcernEscalated_completes() {
      Audit audit =
          scoredAndDiscussed()
              .addConcerns(org.practiceaudit.core.audit.ConcernFlag.URGENT_SAFEGUARDING_CONCERN)
              .escalatedAt(java.time.Instant.parse("2026-02-06T10:00:00Z"))
              .build();

      assertThat(lifecycle.complete(audit, java.time.LocalDate.of(2026, 2, 10)).isValid()).isTrue();
    }
  }

  /**
   * Line 67: "seven domains with each domain given a score of between 1 to 10 ... 1 being no
   * evidence found".
   */
  @Nested
  final class SevenDomains {

    @Test
    void D4_sixDomainsNotApplicableAndOneNine_failsNamingTheSixInsteadOfAveragingNine() {
      ImmutableAudit.Builder builder = Fixtures.audit(DORSET.framework());
      for (Domain domain : DORSET.framework().domains()) {
        builder.putScore(
            domain.id(),
            domain.id().equals("voice-of-the-child")
                ? DomainScore.of(9)
                : DomainScore.notApplicable());
      }

      Outcome outcome = average(builder.build());

      assertThat(DORSET.framework().domains())
          .allSatisfy(d -> assertThat(d.scoreScale().allowsNotApplicable()).isFalse());
      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason())
          .startsWith("N/A where every domain must be scored")
          .doesNotContain("voice-of-the-child");
      assertThat(outcome.reason()).contains("management-oversight", "equality-and-diversity");
    }

    @Test
    void D4_noEvidenceScoredOne_countsInTheAverage() {
      ImmutableAudit.Builder builder = Fixtures.audit(DORSET.framework());
      for (Domain domain : DORSET.framework().domains()) {
        builder.putScore(
            domain.id(), DomainScore.of(domain.id().equals("voice-of-the-child") ? 9 : 1));
      }

      Outcome outcome = average(builder.build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.score()).hasValue(15.0 / 7);
    }
  }
}
