package org.practiceaudit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class DeadlineTest {

  private static final LocalDate DAY = LocalDate.parse("2026-03-28");

  @Nested
  final class EndOf {

    @Test
    void endOf_dayBeforeClockChange_dueAtLondonMidnightInGmt() {
      Deadline deadline = Deadline.endOf(DAY);
      assertThat(deadline.kind()).isEqualTo(FollowUpPolicy.Kind.WORKING_DAYS);
      assertThat(deadline.dueDate()).isEqualTo(DAY);
      assertThat(deadline.dueAt())
          .isEqualTo(ZonedDateTime.parse("2026-03-29T00:00Z[Europe/London]"));
    }

    @Test
    void endOf_summerDay_dueAtLondonMidnightInBst() {
      assertThat(Deadline.endOf(LocalDate.parse("2026-07-01")).dueAt().toInstant())
          .isEqualTo("2026-07-01T23:00:00Z");
    }

    @Test
    void isOverdue_beforeAtAndAfterEnd_onlyAfter() {
      Deadline deadline = Deadline.endOf(DAY);
      assertThat(deadline.isOverdue(Instant.parse("2026-03-28T23:59:59.999Z"))).isFalse();
      assertThat(deadline.isOverdue(Instant.parse("2026-03-29T00:00:00Z"))).isTrue();
      assertThat(deadline.isOverdue(Instant.parse("2026-04-01T00:00:00Z"))).isTrue();
    }

    @Test
    void toString_anyDeadline_namesDayAndInstant() {
      assertThat(Deadline.endOf(DAY))
          .hasToString("Deadline[end of 2026-03-28, due at 2026-03-29T00:00Z[Europe/London]]");
    }
  }

  @Nested
  final class At {

    @Test
    void at_instant_shownInLondon() {
      Deadline deadline = Deadline.at(Instant.parse("2026-03-30T10:00:00Z"));
      assertThat(deadline.kind()).isEqualTo(FollowUpPolicy.Kind.ELAPSED_HOURS);
      assertThat(deadline.dueAt())
          .isEqualTo(ZonedDateTime.parse("2026-03-30T11:00+01:00[Europe/London]"));
      assertThat(deadline.dueDate()).isEqualTo("2026-03-30");
      assertThat(deadline).hasToString("Deadline[due at 2026-03-30T11:00+01:00[Europe/London]]");
    }

    @Test
    void at_lateEveningUtcInSummer_dueDateIsLondonDate() {
      assertThat(Deadline.at(Instant.parse("2026-06-30T23:30:00Z")).dueDate())
          .isEqualTo("2026-07-01");
    }

    @Test
    void isOverdue_atInstant_isOverdue() {
      Instant due = Instant.parse("2026-03-30T10:00:00Z");
      assertThat(Deadline.at(due).isOverdue(due.minusSeconds(1))).isFalse();
      assertThat(Deadline.at(due).isOverdue(due)).isTrue();
    }
  }

  @Nested
  final class Identity {

    @Test
    void equals_sameValues_equalWithSameHash() {
      assertThat(Deadline.endOf(DAY))
          .isEqualTo(Deadline.endOf(DAY))
          .hasSameHashCodeAs(Deadline.endOf(DAY))
          .isNotEqualTo(Deadline.endOf(DAY.plusDays(1)))
          .isNotEqualTo(Deadline.at(Deadline.endOf(DAY).dueAt().toInstant()))
          .isNotEqualTo(null);
    }

    @Test
    void factories_nullPerParameter_throwNamingIt() {
      assertThatThrownBy(() -> Deadline.at(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("dueAt");
      assertThatThrownBy(() -> Deadline.endOf(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("dueDate");
      assertThatThrownBy(() -> Deadline.endOf(DAY).isOverdue(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("now");
    }
  }
}
