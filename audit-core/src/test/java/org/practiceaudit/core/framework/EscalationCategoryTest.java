package org.practiceaudit.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.calendar.FollowUpPolicy;

final class EscalationCategoryTest {

  private static ImmutableEscalationCategory.Builder critical() {
    return EscalationCategory.builder()
        .level(1)
        .name("Inadequate Critical")
        .followUp(FollowUpPolicy.elapsedHours(48));
  }

  @Test
  void build_dudleyCategory_keepsAttributesAndDefaultsMeaning() {
    EscalationCategory one = critical().build();
    assertThat(one.level()).isEqualTo(1);
    assertThat(one.name()).isEqualTo("Inadequate Critical");
    assertThat(one.meaning()).isEmpty();
    assertThat(one.followUp()).isEqualTo(FollowUpPolicy.elapsedHours(48));
    EscalationCategory four =
        EscalationCategory.builder()
            .level(4)
            .name("Good order")
            .meaning("Case in good order")
            .followUp(FollowUpPolicy.none())
            .build();
    assertThat(four.meaning()).isEqualTo("Case in good order");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void build_levelBelowOne_throwsQuotingLevel(int level) {
    assertThatThrownBy(
            () ->
                EscalationCategory.builder()
                    .level(level)
                    .name("x")
                    .followUp(FollowUpPolicy.none())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("escalation level must be 1 or more: " + level);
  }

  @Test
  void build_blankName_throwsNamingLevel() {
    assertThatThrownBy(
            () ->
                EscalationCategory.builder()
                    .level(2)
                    .name(" ")
                    .followUp(FollowUpPolicy.workingDays(10))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("escalation category 2: name must not be blank");
  }

  @Test
  void builder_nullsAndMissing_throw() {
    assertThatNullPointerException()
        .isThrownBy(() -> EscalationCategory.builder().name(null))
        .withMessage("name");
    assertThatNullPointerException()
        .isThrownBy(() -> EscalationCategory.builder().followUp(null))
        .withMessage("followUp");
    assertThatNullPointerException()
        .isThrownBy(() -> EscalationCategory.builder().meaning(null))
        .withMessage("meaning");
    assertThatIllegalStateException()
        .isThrownBy(() -> EscalationCategory.builder().name("x").build())
        .withMessageContaining("level")
        .withMessageContaining("followUp");
  }

  @Test
  void equals_sameAttributes_equal() {
    assertThat(critical().build())
        .isEqualTo(critical().build())
        .hasSameHashCodeAs(critical().build());
    assertThat(critical().build())
        .isNotEqualTo(ImmutableEscalationCategory.copyOf(critical().build()).withLevel(2));
    assertThat(critical().build())
        .isNotEqualTo(
            ImmutableEscalationCategory.copyOf(critical().build())
                .withFollowUp(FollowUpPolicy.elapsedHours(24)));
  }
}
