package org.practiceaudit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.workforce.PersonId;

/** Synthetic data only. */
final class RecommendedActionTest {

  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  private static ImmutableRecommendedAction.Builder action() {
    return RecommendedAction.builder().description("Synthetic: update the chronology");
  }

  @Test
  void build_minimal_isOpenWithoutOwnerOrDates() {
    RecommendedAction a = action().build();
    assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
    assertThat(a.owner()).isEmpty();
    assertThat(a.dueOn()).isEmpty();
    assertThat(a.closedOn()).isEmpty();
    assertThat(a.isOverdueOn(LocalDate.of(2100, 1, 1))).isFalse();
  }

  @Test
  void isOverdueOn_openPastDue_onlyAfterDueDay() {
    RecommendedAction a = action().owner(PersonId.of("TM-7")).dueOn(DUE).build();
    assertThat(a.isOverdueOn(DUE)).isFalse();
    assertThat(a.isOverdueOn(DUE.plusDays(1))).isTrue();
    assertThat(a.isOverdueOn(DUE.minusDays(1))).isFalse();
  }

  @Test
  void isOverdueOn_doneOrCancelled_never() {
    RecommendedAction done =
        action().dueOn(DUE).status(ActionStatus.DONE).closedOn(DUE.plusDays(5)).build();
    RecommendedAction cancelled =
        action().dueOn(DUE).status(ActionStatus.CANCELLED).closedOn(DUE).build();
    assertThat(done.isOverdueOn(DUE.plusDays(10))).isFalse();
    assertThat(cancelled.isOverdueOn(DUE.plusDays(10))).isFalse();
    assertThat(ActionStatus.OPEN.isOutstanding()).isTrue();
    assertThat(ActionStatus.DONE.isOutstanding()).isFalse();
    assertThat(ActionStatus.CANCELLED.isOutstanding()).isFalse();
  }

  @Test
  void build_blankDescription_throwsWithoutQuotingFreeText() {
    assertThatThrownBy(() -> RecommendedAction.builder().description("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an action's description must not be blank");
  }

  @Test
  void build_closingDateInconsistentWithStatus_throwsQuotingBoth() {
    assertThatThrownBy(() -> action().closedOn(DUE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an action has a closing date exactly when it is done or cancelled: status OPEN, closed on 2026-03-31");
    assertThatThrownBy(() -> action().status(ActionStatus.DONE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an action has a closing date exactly when it is done or cancelled: status DONE, closed on none");
  }

  @Test
  void builder_nullsAndMissing_throw() {
    assertThatNullPointerException()
        .isThrownBy(() -> RecommendedAction.builder().description(null))
        .withMessage("description");
    assertThatNullPointerException()
        .isThrownBy(() -> RecommendedAction.builder().owner((PersonId) null))
        .withMessage("owner");
    assertThatNullPointerException()
        .isThrownBy(() -> RecommendedAction.builder().dueOn((LocalDate) null))
        .withMessage("dueOn");
    assertThatNullPointerException()
        .isThrownBy(() -> RecommendedAction.builder().status(null))
        .withMessage("status");
    assertThatIllegalStateException()
        .isThrownBy(() -> RecommendedAction.builder().build())
        .withMessageContaining("description");
  }

  @Test
  void equals_sameAttributes_equal() {
    assertThat(action().build()).isEqualTo(action().build()).hasSameHashCodeAs(action().build());
    assertThat(action().build()).isNotEqualTo(action().dueOn(DUE).build());
  }
}
