package org.practiceaudit.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.TestGenerators;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/** Synthetic data only. */
final class InvolvementTest {

  private static final PersonId WORKER = PersonId.of("W-0042");
  private static final LocalDate FROM = LocalDate.of(2025, 1, 10);
  private static final LocalDate TO = LocalDate.of(2025, 6, 30);

  private static ImmutableInvolvement.Builder involvement() {
    return Involvement.builder().person(WORKER).role(Role.SOCIAL_WORKER).from(FROM);
  }

  @Test
  void build_openEnded_activeFromStartOnwards() {
    Involvement open = involvement().build();
    assertThat(open.to()).isEmpty();
    assertThat(open.isActiveOn(FROM)).isTrue();
    assertThat(open.isActiveOn(FROM.minusDays(1))).isFalse();
    assertThat(open.isActiveOn(LocalDate.of(2100, 1, 1))).isTrue();
  }

  @Test
  void build_ended_activeInclusiveOfBothEnds() {
    Involvement ended = involvement().to(TO).build();
    assertThat(ended.isActiveOn(FROM)).isTrue();
    assertThat(ended.isActiveOn(TO)).isTrue();
    assertThat(ended.isActiveOn(TO.plusDays(1))).isFalse();
    assertThat(involvement().to(FROM).build().isActiveOn(FROM)).isTrue();
  }

  @Test
  void build_endsBeforeStart_throwsQuotingDates() {
    assertThatThrownBy(() -> involvement().to(FROM.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an involvement cannot end before it starts: from 2025-01-10 to 2025-01-09");
  }

  @Test
  void builder_nullsAndMissing_throw() {
    assertThatNullPointerException()
        .isThrownBy(() -> Involvement.builder().person(null))
        .withMessage("person");
    assertThatNullPointerException()
        .isThrownBy(() -> Involvement.builder().role(null))
        .withMessage("role");
    assertThatNullPointerException()
        .isThrownBy(() -> Involvement.builder().from(null))
        .withMessage("from");
    assertThatNullPointerException()
        .isThrownBy(() -> Involvement.builder().to((LocalDate) null))
        .withMessage("to");
    assertThatIllegalStateException()
        .isThrownBy(() -> Involvement.builder().person(WORKER).build())
        .withMessageContaining("role")
        .withMessageContaining("from");
    assertThatIllegalStateException()
        .isThrownBy(() -> involvement().person(WORKER))
        .withMessageContaining("already set");
  }

  @Test
  void equals_sameAttributes_equal() {
    assertThat(involvement().build())
        .isEqualTo(involvement().build())
        .hasSameHashCodeAs(involvement().build());
    assertThat(involvement().build()).isNotEqualTo(involvement().to(TO).build());
    assertThat(involvement().build())
        .isNotEqualTo(
            Involvement.builder().person(WORKER).role(Role.TEAM_MANAGER).from(FROM).build());
  }

  @Test
  void isActiveOn_matchesInterval_property() {
    qt().withFixedSeed(71L)
        .withExamples(1000)
        .forAll(TestGenerators.dates(), integers().between(0, 4000), TestGenerators.dates())
        .check(
            (from, length, day) -> {
              Involvement i =
                  Involvement.builder()
                      .person(WORKER)
                      .role(Role.SOCIAL_WORKER)
                      .from(from)
                      .to(from.plusDays(length))
                      .build();
              boolean inside = !day.isBefore(from) && !day.isAfter(from.plusDays(length));
              return i.isActiveOn(day) == inside
                  && i.isActiveOn(from)
                  && i.isActiveOn(from.plusDays(length));
            });
  }
}
