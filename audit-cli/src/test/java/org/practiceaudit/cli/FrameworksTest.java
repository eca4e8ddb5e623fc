package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.json.bundled.BundledFrameworks;
import org.practiceaudit.rules.ConfiguredRule;

final class FrameworksTest {

  private static List<String> ruleIds(List<ConfiguredRule> rules) {
    return rules.stream().map(ConfiguredRule::ruleId).collect(Collectors.toList());
  }

  @Nested
  final class Resolve {

    @Test
    void resolve_file_runsTheFilesRulesNotThePresets() {
      Frameworks.Loaded loaded = Frameworks.resolve(Cli.resource("framework.json"));

      // The file configures its own three rules; the dudley preset has four others.
      assertThat(ruleIds(loaded.local().rules()))
          .containsExactly(
              "dudley/escalation-category", "dudley/follow-up-overdue", "dudley/grade-from-scores");
      assertThat(loaded.local().samplingPlans())
          .extracting(SamplingPlan::name)
          .containsExactly("annual-frame", "service-cycle");
      assertThat(loaded.local().moderationPolicy()).isPresent();
      assertThat(loaded.local().roleQuotas()).hasSize(6);
    }

    @Test
    void resolve_bundledId_runsTheBundledDocumentsRules() {
      Frameworks.Loaded loaded = Frameworks.resolve("camden");

      assertThat(ruleIds(loaded.local().rules()))
          .isEqualTo(ruleIds(BundledFrameworks.load("camden").rules()))
          .isNotEmpty();
      assertThat(loaded.framework()).isEqualTo(loaded.configuration().framework());
    }

    @Test
    void escalationRuleId_fileWithItsOwnId_thatId() {
      assertThat(Frameworks.resolve(Cli.resource("framework-plans.json")).escalationRuleId())
          .isEqualTo("synthetic-council/raise-a-concern");
    }

    @Test
    void escalationRuleId_noEscalationRule_theTypeId() {
      // London's multi-agency framework configures no escalation-category rule.
      assertThat(Frameworks.resolve("london-multi-agency").escalationRuleId())
          .isEqualTo("escalation-category");
    }
  }

  @Nested
  final class Plans {

    @Test
    void samplingPlan_known_thePlan() {
      SamplingPlan plan = Frameworks.resolve("dudley").samplingPlan("service-cycle");

      assertThat(plan.strata()).containsExactly("team");
      assertThat(plan.shareOfOpen()).isPresent();
    }

    @Test
    void samplingPlan_unknown_throwsListingThePlans() {
      Frameworks.Loaded loaded = Frameworks.resolve("dudley");

      assertThatThrownBy(() -> loaded.samplingPlan("monthly"))
          .isInstanceOf(InputException.class)
          .hasMessageContaining(
              "framework 'dudley' has no sampling plan 'monthly'; expected one of"
                  + " [annual-frame, service-cycle]");
    }
  }
}
