package org.practiceaudit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;

/** Synthetic data only. */
final class ModerationTest {

  private static final PersonId MODERATOR = PersonId.of("LA-1");
  private static final Grade GOOD = GradeScale.ofsted().parse("good");
  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

  @Test
  void of_valid_keepsAttributes() {
    Moderation m = Moderation.of(MODERATOR, GOOD, DAY);
    assertThat(m.moderator()).isEqualTo(MODERATOR);
    assertThat(m.grade()).isEqualTo(GOOD);
    assertThat(m.moderatedOn()).isEqualTo(DAY);
  }

  @Test
  void of_nulls_throwNamingAttribute() {
    assertThatNullPointerException()
        .isThrownBy(() -> Moderation.of(null, GOOD, DAY))
        .withMessage("moderator");
    assertThatNullPointerException()
        .isThrownBy(() -> Moderation.of(MODERATOR, null, DAY))
        .withMessage("grade");
    assertThatNullPointerException()
        .isThrownBy(() -> Moderation.of(MODERATOR, GOOD, null))
        .withMessage("moderatedOn");
  }

  @Test
  void builder_missing_throwsIllegalStateNamingAttributes() {
    assertThatIllegalStateException()
        .isThrownBy(() -> ImmutableModeration.builder().grade(GOOD).build())
        .withMessageContaining("moderator")
        .withMessageContaining("moderatedOn");
  }

  @Test
  void equals_sameAttributes_equal() {
    assertThat(Moderation.of(MODERATOR, GOOD, DAY))
        .isEqualTo(Moderation.of(MODERATOR, GOOD, DAY))
        .hasSameHashCodeAs(Moderation.of(MODERATOR, GOOD, DAY));
    assertThat(Moderation.of(MODERATOR, GOOD, DAY))
        .isNotEqualTo(Moderation.of(MODERATOR, GradeScale.ofsted().worst(), DAY));
  }
}
