package org.practiceaudit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.workforce.PersonId;

/** Synthetic data only. */
final class PractitionerConversationTest {

  private static final PersonId WORKER = PersonId.of("W-0042");
  private static final LocalDate DAY = LocalDate.of(2026, 2, 3);

  @Test
  void of_valid_keepsAttributes() {
    PractitionerConversation c =
        PractitionerConversation.of(WORKER, ConversationTiming.BEFORE, DAY);
    assertThat(c.with()).isEqualTo(WORKER);
    assertThat(c.timing()).isEqualTo(ConversationTiming.BEFORE);
    assertThat(c.heldOn()).isEqualTo(DAY);
  }

  @Test
  void of_nulls_throwNamingAttribute() {
    assertThatNullPointerException()
        .isThrownBy(() -> PractitionerConversation.of(null, ConversationTiming.AFTER, DAY))
        .withMessage("with");
    assertThatNullPointerException()
        .isThrownBy(() -> PractitionerConversation.of(WORKER, null, DAY))
        .withMessage("timing");
    assertThatNullPointerException()
        .isThrownBy(() -> PractitionerConversation.of(WORKER, ConversationTiming.AFTER, null))
        .withMessage("heldOn");
  }

  @Test
  void builder_missing_throwsIllegalStateNamingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ImmutablePractitionerConversation.builder().with(WORKER).build())
        .withMessageContaining("timing")
        .withMessageContaining("heldOn");
  }

  @Test
  void equals_sameAttributes_equal() {
    PractitionerConversation c =
        PractitionerConversation.of(WORKER, ConversationTiming.DURING, DAY);
    assertThat(c)
        .isEqualTo(PractitionerConversation.of(WORKER, ConversationTiming.DURING, DAY))
        .hasSameHashCodeAs(PractitionerConversation.of(WORKER, ConversationTiming.DURING, DAY));
    assertThat(c).isNotEqualTo(PractitionerConversation.of(WORKER, ConversationTiming.AFTER, DAY));
    assertThat(c)
        .isNotEqualTo(
            PractitionerConversation.of(PersonId.of("W-1"), ConversationTiming.DURING, DAY));
    assertThat(c)
        .isNotEqualTo(
            PractitionerConversation.of(WORKER, ConversationTiming.DURING, DAY.plusDays(1)));
  }
}
