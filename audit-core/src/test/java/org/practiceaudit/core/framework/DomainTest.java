package org.practiceaudit.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.practiceaudit.core.score.ScoreScale;

final class DomainTest {

  private static final ScoreScale ONE_TO_TEN = ScoreScale.of(1, 10);

  private static ImmutableDomain.Builder assessment() {
    return Domain.builder().id("assessment").title("Assessment").scoreScale(ONE_TO_TEN);
  }

  @Test
  void builder_valid_keepsChecklistsInOrder() {
    Domain domain =
        assessment()
            .guidance("Synthetic guidance")
            .addGoodIndicator(Indicator.of("seen-alone", "Child seen alone"))
            .addGoodIndicator(Indicator.of("up-to-date", "Assessment up to date"))
            .addOutstandingIndicator(
                Indicator.of("voice-shapes-plan", "Child's voice shapes the plan"))
            .build();
    assertThat(domain.goodIndicators())
        .extracting(Indicator::id)
        .containsExactly("seen-alone", "up-to-date");
    assertThat(domain.outstandingIndicators())
        .extracting(Indicator::id)
        .containsExactly("voice-shapes-plan");
    assertThat(domain.guidance()).isEqualTo("Synthetic guidance");
    assertThat(assessment().build().guidance()).isEmpty();
    assertThatThrownBy(() -> domain.goodIndicators().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_malformedId_throwsQuotingId() {
    assertThatThrownBy(() -> assessment().id("Assessment").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already set");
    assertThatThrownBy(
            () -> Domain.builder().id("Assessment").title("t").scoreScale(ONE_TO_TEN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("domain id must be lower-case kebab-case such as 'home-visits': 'Assessment'");
  }

  @Test
  void build_blankTitle_throwsNamingDomain() {
    assertThatThrownBy(
            () -> Domain.builder().id("planning").title(" ").scoreScale(ONE_TO_TEN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("domain 'planning': title must not be blank");
  }

  @Test
  void build_duplicateIndicatorWithinOrAcrossChecklists_throwsQuotingId() {
    assertThatThrownBy(
            () ->
                assessment()
                    .addGoodIndicators(
                        Indicator.of("seen-alone", "a"), Indicator.of("seen-alone", "b"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("domain 'assessment': duplicate indicator id 'seen-alone'");
    assertThatThrownBy(
            () ->
                assessment()
                    .addGoodIndicator(Indicator.of("seen-alone", "a"))
                    .addOutstandingIndicator(Indicator.of("seen-alone", "b"))
                    .build())
        .hasMessage("domain 'assessment': duplicate indicator id 'seen-alone'");
  }

  @Test
  void builder_nullsAndMissing_throw() {
    assertThatNullPointerException().isThrownBy(() -> Domain.builder().id(null)).withMessage("id");
    assertThatNullPointerException()
        .isThrownBy(() -> Domain.builder().scoreScale(null))
        .withMessage("scoreScale");
    assertThatNullPointerException()
        .isThrownBy(() -> Domain.builder().addGoodIndicator((Indicator) null));
    assertThatIllegalStateException()
        .isThrownBy(() -> Domain.builder().id("a").title("t").build())
        .withMessageContaining("scoreScale");
  }

  @Test
  void equals_sameAttributes_equal() {
    assertThat(assessment().build())
        .isEqualTo(assessment().build())
        .hasSameHashCodeAs(assessment().build());
    assertThat(assessment().build()).isNotEqualTo(assessment().guidance("g").build());
    assertThat(assessment().build())
        .isNotEqualTo(
            Domain.builder()
                .id("assessment")
                .title("Assessment")
                .scoreScale(ScoreScale.of(0, 4))
                .build());
  }
}
