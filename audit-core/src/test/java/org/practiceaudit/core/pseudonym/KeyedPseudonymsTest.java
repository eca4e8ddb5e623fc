package org.practiceaudit.core.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class KeyedPseudonymsTest {

  private static final byte[] KEY =
      "a council's key, kept in a file!".getBytes(StandardCharsets.US_ASCII);

  @Nested
  final class Of {
    @Test
    void of_shortKey_throwsWithLength() {
      assertThatThrownBy(() -> KeyedPseudonyms.of(new byte[15]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("15");
    }

    @Test
    void of_null_throws() {
      assertThatThrownBy(() -> KeyedPseudonyms.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void of_keyChangedAfterwards_pseudonymUnchanged() {
      byte[] key = KEY.clone();
      KeyedPseudonyms pseudonyms = KeyedPseudonyms.of(key);
      String before = pseudonyms.pseudonym("sw", "Jane Smith");
      key[0] ^= 1;
      assertThat(pseudonyms.pseudonym("sw", "Jane Smith")).isEqualTo(before);
      assertThat(pseudonyms.isRandom()).isFalse();
    }
  }

  @Nested
  final class Pseudonym {
    @Test
    void pseudonym_knownKey_isHmacSha256Prefix() {
      // Fixed here so that pseudonyms never drift between releases (the same worker, the same id,
      // month
      // after month).
      assertThat(KeyedPseudonyms.of(KEY).pseudonym("sw", "Jane Smith")).isEqualTo(GOLDEN);
    }

    @Test
    void pseudonym_caseAndSpacing_sameWorker() {
      KeyedPseudonyms p = KeyedPseudonyms.of(KEY);
      assertThat(p.pseudonym("sw", "  JANE   smith ")).isEqualTo(p.pseudonym("sw", "Jane Smith"));
    }

    @Test
    void pseudonym_otherKey_otherPseudonym() {
      byte[] other = KEY.clone();
      other[3] ^= 1;
      assertThat(KeyedPseudonyms.of(other).pseudonym("sw", "Jane Smith"))
          .isNotEqualTo(KeyedPseudonyms.of(KEY).pseudonym("sw", "Jane Smith"));
    }

    @Test
    void pseudonym_blankName_throwsWithoutName() {
      assertThatThrownBy(() -> KeyedPseudonyms.of(KEY).pseudonym("sw", "   "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("blank");
    }

    @Test
    void pseudonym_badPrefix_throwsWithPrefix() {
      assertThatThrownBy(() -> KeyedPseudonyms.of(KEY).pseudonym("SW!", "Jane"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SW!");
    }

    @Test
    void pseudonym_anyName_isAnIdAndHidesTheName() {
      KeyedPseudonyms p = KeyedPseudonyms.of(KEY);
      qt().withFixedSeed(20261206L)
          .forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40))
          .assuming(name -> !name.isBlank())
          .check(
              name -> {
                String id = p.pseudonym("sw", name);
                return PseudonymousIds.require(id, "worker").equals(id)
                    && id.matches("sw-[0-9a-f]{16}")
                    && (name.strip().length() < 3 || !id.contains(name.strip()));
              });
    }

    @Test
    void random_twoRuns_differAndSayRandom() {
      KeyedPseudonyms a = KeyedPseudonyms.random(new SecureRandom());
      KeyedPseudonyms b = KeyedPseudonyms.random(new SecureRandom());
      assertThat(a.isRandom()).isTrue();
      assertThat(a.pseudonym("sw", "Jane")).isNotEqualTo(b.pseudonym("sw", "Jane"));
      assertThat(a.toString()).isEqualTo("KeyedPseudonyms[random key]");
    }
  }

  /**
   * HMAC-SHA256 of "sw:jane smith" under KEY, first 8 bytes, computed independently (Python's
   * hmac).
   */
  private static final String GOLDEN = "sw-fd61253b0ff3a269";
}
