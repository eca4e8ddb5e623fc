package org.practiceaudit.json.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.moderation.ImmutableModerationPolicy;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.sampling.ImmutableSamplingPlan;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.rules.framework.ImmutableLocalFramework;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.preset.Presets;

/**
 * Each bundled framework equals its audit-rules preset in every part: the bundled document and the
 * preset are two spellings of one framework, and no difference is tolerated.
 */
final class PresetAgreementTest {

  static List<String> ids() {
    return List.copyOf(BundledFrameworks.ids());
  }

  @Test
  void ids_bundledAndPresets_areTheSameFive() {
    assertThat(BundledFrameworks.ids()).containsExactlyElementsOf(Presets.ids());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void bundledFramework_equalsItsPreset_partByPart(String id) {
    LocalFramework bundled = BundledFrameworks.load(id).localFramework();
    LocalFramework preset = Presets.get(id);
    AuditFramework b = bundled.framework();
    AuditFramework p = preset.framework();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(b.id()).as(id + ": id").isEqualTo(p.id());
    soft.assertThat(b.version()).as(id + ": version").isEqualTo(p.version());
    soft.assertThat(b.name()).as(id + ": name").isEqualTo(p.name());
    soft.assertThat(b.gradeScale()).as(id + ": grade scale").isEqualTo(p.gradeScale());
    soft.assertThat(b.domains()).as(id + ": domains").containsExactlyElementsOf(p.domains());
    soft.assertThat(b.auditTypes())
        .as(id + ": audit types")
        .containsExactlyElementsOf(p.auditTypes());
    soft.assertThat(b.escalationCategories())
        .as(id + ": escalation categories")
        .containsExactlyElementsOf(p.escalationCategories());
    soft.assertThat(b.calendar()).as(id + ": calendar").isEqualTo(p.calendar());
    soft.assertThat(bundled.rules()).as(id + ": rules").containsExactlyElementsOf(preset.rules());
    soft.assertThat(bundled.roleQuotas())
        .as(id + ": role quotas")
        .containsExactlyElementsOf(preset.roleQuotas());
    soft.assertThat(plans(bundled))
        .as(id + ": sampling plans")
        .containsExactlyElementsOf(plans(preset));
    soft.assertThat(bundled.moderationPolicy().map(PresetAgreementTest::normalised))
        .as(id + ": moderation policy")
        .isEqualTo(preset.moderationPolicy().map(PresetAgreementTest::normalised));
    soft.assertAll();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void bundledFramework_equalsItsPreset_asAWhole(String id) {
    LocalFramework bundled = BundledFrameworks.load(id).localFramework();
    LocalFramework preset = Presets.get(id);
    assertThat(normalised(bundled)).as(id).isEqualTo(normalised(preset));
  }

  /**
   * Shares compare by value: 0.2 and 0.20 are the same share; everything else, the audit programme
   * included (C31), compares as it is.
   */
  private static LocalFramework normalised(LocalFramework framework) {
    var copy = ImmutableLocalFramework.copyOf(framework).withSamplingPlans(plans(framework));
    return framework.moderationPolicy().isPresent()
        ? copy.withModerationPolicy(normalised(framework.moderationPolicy().get()))
        : copy;
  }

  private static List<SamplingPlan> plans(LocalFramework framework) {
    return framework.samplingPlans().stream()
        .map(
            p ->
                (SamplingPlan)
                    ImmutableSamplingPlan.copyOf(p)
                        .withShareOfOpen(
                            p.shareOfOpen().map(java.math.BigDecimal::stripTrailingZeros))
                        .withMinimumSharePerStratum(
                            p.minimumSharePerStratum()
                                .map(java.math.BigDecimal::stripTrailingZeros)))
        .toList();
  }

  private static ModerationPolicy normalised(ModerationPolicy policy) {
    return ImmutableModerationPolicy.copyOf(policy).withShare(policy.share().stripTrailingZeros());
  }
}
