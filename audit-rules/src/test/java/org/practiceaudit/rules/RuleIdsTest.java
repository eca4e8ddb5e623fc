package org.practiceaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class RuleIdsTest {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String ALPHABET = "az09-_A/ é";

  @Nested
  final class Laws {

    @Test
    void isKebab_anyText_agreesWithTheKebabPattern() {
      // texts of up to 10 characters over letters, digits, hyphens and characters kebab-case
      // excludes
      qt().withFixedSeed(20261125L)
          .withExamples(3000)
          .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 10))
          .checkAssert(
              indices -> {
                StringBuilder text = new StringBuilder();
                for (int i : indices) {
                  text.append(ALPHABET.charAt(i));
                }
                String s = text.toString();
                assertThat(RuleIds.isKebab(s)).as("'%s'", s).isEqualTo(KEBAB.matcher(s).matches());
              });
    }
  }

  @Nested
  final class Examples {

    @Test
    void isKebab_flags_acceptsKebabAndRejectsOthers() {
      for (String good : List.of("overdue", "grade-divergence", "a1-b2-c3", "7")) {
        assertThat(RuleIds.isKebab(good)).as(good).isTrue();
      }
      for (String bad : List.of("", "-a", "a-", "a--b", "A", "a_b", "a/b", "a b")) {
        assertThat(RuleIds.isKebab(bad)).as(bad).isFalse();
      }
    }
  }
}
