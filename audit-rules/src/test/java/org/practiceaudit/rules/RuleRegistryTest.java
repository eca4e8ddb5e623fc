package org.practiceaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.rules.example.ChronologyRuleType;
import org.practiceaudit.rules.grading.GradingParameters;
import org.practiceaudit.rules.grading.GradingRuleType;
import org.practiceaudit.rules.moderation.ModerationShareParameters;
import org.practiceaudit.rules.timeliness.AuditDueParameters;

final class RuleRegistryTest {

  @Test
  void load_classpath_findsBuiltInTypesAndCouncilPlugin() {
    RuleRegistry registry = RuleRegistry.load();

    assertThat(registry.types())
        .extracting(RuleType::id)
        .containsExactly(
            "acme/chronology-present",
            "action-details",
            "actions-required-below-grade",
            "agency-disagreement",
            "audit-due",
            "audit-shared",
            "escalation-category",
            "feedback-recorded",
            "grading",
            "moderation-share",
            "practitioner-conversation",
            "recommendation-follow-up",
            "scoring",
            "sections-written",
            "sign-off-recorded",
            "urgent-concern-escalated");
  }

  @Test
  void readmeExample_councilRuleType_runsLikeBuiltIn() {
    RuleRegistry registry = RuleRegistry.load();
    AuditFramework framework = Fixtures.framework(2);
    RuleSet rules =
        registry
            .build(
                List.of(
                    ConfiguredRule.of(
                        "acme/chronology",
                        "acme/chronology-present",
                        new ChronologyRuleType.Parameters("chronology"),
                        "Dorset 2019, 8.4"),
                    ConfiguredRule.of(
                        "acme/overall-judgement",
                        "grading",
                        GradingParameters.of("auditor-judgement"),
                        "Camden 2021-22, s.5")),
                framework)
            .get();
    Audit audit = Fixtures.audit(framework).putAttribute("chronology", "out-of-date").build();

    List<Outcome> outcomes = rules.evaluate(SubjectType.AUDIT, audit, Fixtures.context(framework));

    assertThat(outcomes)
        .extracting(Outcome::ruleId, Outcome::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acme/chronology", OutcomeStatus.FAIL),
            org.assertj.core.groups.Tuple.tuple(
                "acme/overall-judgement", OutcomeStatus.NOT_APPLICABLE));
  }

  @Test
  void of_duplicateTypeIds_namesEveryProvider() {
    assertThatThrownBy(() -> RuleRegistry.of(List.of(new GradingRuleType(), new GradingRuleType())))
        .isInstanceOf(RuleConfigurationException.class)
        .hasMessageContaining("duplicate rule type id 'grading' provided by")
        .hasMessageContaining(GradingRuleType.class.getName());
  }

  @Test
  void build_severalProblems_reportedAllAtOnce() {
    RuleRegistry registry = RuleRegistry.load();

    var result =
        registry.build(
            List.of(
                ConfiguredRule.of(
                    "NoNamespace", "grading", GradingParameters.of("auditor-judgement"), ""),
                ConfiguredRule.of("acme/x", "no-such-type", new AuditDueParameters(), ""),
                ConfiguredRule.of(
                    "acme/share", "moderation-share", new ModerationShareParameters(0), ""),
                ConfiguredRule.of(
                    "acme/wrong-params", "audit-due", GradingParameters.of("floors"), ""),
                ConfiguredRule.of(
                    "acme/grade", "grading", GradingParameters.of("auditor-judgement"), ""),
                ConfiguredRule.of(
                    "acme/grade", "grading", GradingParameters.of("auditor-judgement"), "")),
            Fixtures.framework(1));

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().asJava())
        .hasSize(5)
        .anySatisfy(p -> assertThat(p).contains("'NoNamespace'"))
        .anySatisfy(
            p -> assertThat(p).contains("unknown rule type 'no-such-type'").contains("audit-due"))
        .anySatisfy(p -> assertThat(p).contains("/share: must be above 0 and at most 1: 0.0"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("parameters of rule type 'audit-due' must be AuditDueParameters"))
        .anySatisfy(p -> assertThat(p).contains("duplicate rule id 'acme/grade'"));
  }
}
