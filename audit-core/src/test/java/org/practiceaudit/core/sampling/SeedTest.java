package org.practiceaudit.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.practiceaudit.core.AuditParseException;

final class SeedTest {

  @Test
  void parse_toStringOfAnySeed_roundTrips() {
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(
            v -> {
              Seed seed = Seed.of(v);
              assertThat(Seed.parse(seed.toString())).isEqualTo(seed);
              assertThat(Seed.parse(seed.toString()).value()).isEqualTo(v);
            });
  }

  @Test
  void parse_notANumber_throwsWithText() {
    assertThatThrownBy(() -> Seed.parse("twenty"))
        .isInstanceOf(AuditParseException.class)
        .hasMessageContaining("'twenty'");
    assertThatThrownBy(() -> Seed.parse("9223372036854775808"))
        .isInstanceOf(AuditParseException.class);
  }

  @Test
  void parse_null_throws() {
    assertThatThrownBy(() -> Seed.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equals_sameValue_equalAndSameHash() {
    assertThat(Seed.of(20261124L))
        .isEqualTo(Seed.parse("20261124"))
        .hasSameHashCodeAs(Seed.of(20261124L));
    assertThat(Seed.of(1)).isNotEqualTo(Seed.of(2));
    assertThat(Seed.of(-5).toString()).isEqualTo("-5");
  }
}
