package org.practiceaudit.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.synthetic.SyntheticPopulations;

final class SamplingPlanTest {

  private ImmutableSamplingPlan.Builder named() {
    return SamplingPlan.builder().name("synthetic");
  }

  @Test
  void build_camdenFrontDoor_keepsSettingsAndDefaults() {
    SamplingPlan plan =
        named()
            .fixedSize(30)
            .addStrata("rag")
            .minimumPerStratum(1)
            .auditedWithin(Period.ofMonths(6))
            .build();
    assertThat(plan.fixedSize()).hasValue(30);
    assertThat(plan.excludeClosed()).isTrue();
    assertThat(plan.coverWorkers()).isFalse();
    assertThat(plan.strata()).containsExactly("rag");
  }

  @Test
  void build_noSize_throwsListingChoices() {
    assertThatThrownBy(() -> named().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one size")
        .hasMessageContaining("none");
  }

  @Test
  void build_twoSizes_throwsNamingBoth() {
    assertThatThrownBy(() -> named().fixedSize(3).shareOfOpen(new BigDecimal("0.1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fixed size 3")
        .hasMessageContaining("0.1");
  }

  @Test
  void C17_upToWithFixedSize_throwsNamingBoth() {
    assertThatThrownBy(() -> named().fixedSize(60).maximumSize(60).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fixed size 60")
        .hasMessageContaining("up to 60");
  }

  @Test
  void C17_upToZero_throwsQuotingIt() {
    assertThatThrownBy(() -> named().maximumSize(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'up to' size must be 1 or more: 0");
  }

  @Test
  void build_invalidValues_throwQuotingThem() {
    assertThatThrownBy(() -> named().fixedSize(0).build()).hasMessageContaining(": 0");
    assertThatThrownBy(() -> named().shareOfOpen(new BigDecimal("1.5")).build())
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> named().shareOfOpen(BigDecimal.ZERO).build())
        .hasMessageContaining("0");
    assertThatThrownBy(() -> named().fixedSize(1).minimumPerStratum(-1).build())
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> named().fixedSize(1).addStrata("Bad Name").build())
        .hasMessageContaining("'Bad Name'");
    assertThatThrownBy(() -> named().fixedSize(1).addStrata("rag", "rag").build())
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> named().fixedSize(1).auditedWithin(Period.ofMonths(-6)).build())
        .hasMessageContaining("P-6M");
    assertThatThrownBy(() -> named().fixedSize(1).theme(" ").build()).hasMessageContaining("theme");
    assertThatThrownBy(() -> named().fixedSize(1).putAttributeFilter("gender", Set.of()).build())
        .hasMessageContaining("'gender'");
    assertThatThrownBy(() -> SamplingPlan.builder().name(" ").fixedSize(1).build())
        .hasMessageContaining("blank");
  }

  @Test
  void build_countsPerStratum_validateKeys() {
    assertThatThrownBy(
            () -> named().addStratumCount(StratumCount.of(Map.of("rag", "red"), 3)).build())
        .hasMessageContaining("at least one stratum attribute");
    assertThatThrownBy(
            () ->
                named()
                    .addStrata("rag")
                    .addStratumCount(StratumCount.of(Map.of("gender", "f"), 3))
                    .build())
        .hasMessageContaining("{gender=f}");
    assertThatThrownBy(
            () ->
                named()
                    .addStrata("rag")
                    .addStratumCount(StratumCount.of(Map.of("rag", "red"), 3))
                    .addStratumCount(StratumCount.of(Map.of("rag", "red"), 4))
                    .build())
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () ->
                named()
                    .addStrata("rag")
                    .minimumPerStratum(1)
                    .addStratumCount(StratumCount.of(Map.of("rag", "red"), 3))
                    .build())
        .hasMessageContaining("minimum");
    assertThatThrownBy(() -> StratumCount.of(Map.of("rag", "red"), -1)).hasMessageContaining("-1");
  }

  @Test
  void draw_countsPerStratum_drawsEachCountOrAllItHolds() {
    SamplingPlan plan =
        named()
            .addStrata("rag")
            .addStratumCount(StratumCount.of(Map.of("rag", "v0"), 5))
            .addStratumCount(StratumCount.of(Map.of("rag", "absent"), 2))
            .build();
    Sample sample =
        Sampler.draw(
            SyntheticPopulations.generate(200, 1, 3L),
            plan,
            SyntheticPopulations.AS_OF,
            Seed.of(1));

    assertThat(sample.allocation(Map.of("rag", "v0")).orElseThrow().selected()).isEqualTo(5);
    StratumAllocation absent = sample.allocation(Map.of("rag", "absent")).orElseThrow();
    assertThat(absent.eligible()).isZero();
    assertThat(absent.shortfall()).isEqualTo(2);
    assertThat(sample.shortfall().orElseThrow().missing()).isEqualTo(2);
    assertThat(sample.allocation(Map.of("rag", "v1")).orElseThrow().target()).isZero();
  }
}
