package org.practiceaudit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SuggestionsTest {

  @Test
  void closest_nearMiss_givesTheCandidate() {
    assertThat(Suggestions.closest("opend_on", List.of("case_id", "opened_on")))
        .hasValue("opened_on");
  }

  @Test
  void closest_transposition_countsOne() {
    assertThat(Suggestions.distance("cateogry", "category")).isEqualTo(1);
  }

  @Test
  void closest_farFromEvery_empty() {
    assertThat(Suggestions.closest("Jane Smith", List.of("child-in-need", "looked-after")))
        .isEmpty();
  }

  @Test
  void hint_noneClose_listsTheCandidates() {
    assertThat(Suggestions.hint("zzz", List.of("a-b", "c-d")))
        .isEqualTo("; expected one of [a-b, c-d]");
    assertThat(Suggestions.hint("a-c", List.of("a-b", "c-d"))).isEqualTo("; did you mean 'a-b'?");
  }
}
