package org.practiceaudit.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tests of {@link Shortfall}'s wording; the numbers are tested with the draw in {@link
 * SamplerTest}.
 */
final class ShortfallTest {

  @Test
  void describe_severalPlanned_givesCountsInPlainWords() {
    Shortfall shortfall = Shortfall.builder().planned(30).selected(12).eligible(12).build();
    assertThat(shortfall.describe())
        .isEqualTo("planned 30 cases, selected 12 of 12 eligible: 18 short");
  }

  @Test
  void describe_onePlanned_usesTheSingular() {
    Shortfall shortfall = Shortfall.builder().planned(1).selected(0).eligible(0).build();
    assertThat(shortfall.describe()).isEqualTo("planned 1 case, selected 0 of 0 eligible: 1 short");
  }
}
