package org.practiceaudit.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class IndicatorTest {

  @Test
  void of_valid_keepsIdAndText() {
    Indicator seen = Indicator.of("seen-alone", "The child was seen alone");
    assertThat(seen.id()).isEqualTo("seen-alone");
    assertThat(seen.text()).isEqualTo("The child was seen alone");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Seen-alone", "seen alone", "seen_alone", "-seen", "seen-", "seen--alone"})
  void of_malformedId_throwsQuotingId(String id) {
    assertThatThrownBy(() -> Indicator.of(id, "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "indicator id must be lower-case kebab-case such as 'home-visits': '" + id + "'");
  }

  @Test
  void of_blankText_throwsNamingIndicator() {
    assertThatThrownBy(() -> Indicator.of("seen-alone", " \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator 'seen-alone': text must not be blank");
  }

  @Test
  void of_nulls_throwNamingAttribute() {
    assertThatNullPointerException().isThrownBy(() -> Indicator.of(null, "t")).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> Indicator.of("a", null)).withMessage("text");
  }

  @Test
  void builder_missingText_throwsIllegalState() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ImmutableIndicator.builder().id("a").build())
        .withMessageContaining("text");
  }

  @Test
  void equals_sameIdAndText_equal() {
    assertThat(Indicator.of("a", "x"))
        .isEqualTo(Indicator.of("a", "x"))
        .hasSameHashCodeAs(Indicator.of("a", "x"));
    assertThat(Indicator.of("a", "x")).isNotEqualTo(Indicator.of("b", "x"));
    assertThat(Indicator.of("a", "x")).isNotEqualTo(Indicator.of("a", "y"));
  }

  @Test
  void withId_invalid_throwsAndValidCopies() {
    ImmutableIndicator a = ImmutableIndicator.copyOf(Indicator.of("a", "x"));
    assertThat(a.withId("b").id()).isEqualTo("b");
    assertThat(a.withId("a")).isSameAs(a);
    assertThatThrownBy(() -> a.withId("B")).isInstanceOf(IllegalArgumentException.class);
  }
}
