package org.practiceaudit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one id rule (issue 17 item 5): the hand-written test agrees with the documented pattern. */
final class KebabCaseTest {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern NAMESPACED = Pattern.compile(ID.pattern() + "/" + ID.pattern());
  private static final String ALPHABET = "az09-/A_ é";

  @Test
  void isId_anyText_agreesWithThePattern() {
    qt().forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12))
        .checkAssert(
            indexes -> {
              String text =
                  indexes.stream()
                      .map(i -> String.valueOf(ALPHABET.charAt(i)))
                      .collect(Collectors.joining());
              assertThat(KebabCase.isId(text)).as(text).isEqualTo(ID.matcher(text).matches());
              assertThat(KebabCase.isNamespacedId(text))
                  .as(text)
                  .isEqualTo(NAMESPACED.matcher(text).matches());
              assertThat(KebabCase.isIdOptionallyNamespaced(text))
                  .as(text)
                  .isEqualTo(ID.matcher(text).matches() || NAMESPACED.matcher(text).matches());
            });
  }

  @Test
  void isId_examples_acceptedOrRejected() {
    assertThat(KebabCase.isId("head-of-service")).isTrue();
    assertThat(KebabCase.isId("Head-of-service")).isFalse();
    assertThat(KebabCase.isId("head--of")).isFalse();
    assertThat(KebabCase.isId("-head")).isFalse();
    assertThat(KebabCase.isNamespacedId("acme/chronology-present")).isTrue();
    assertThat(KebabCase.isNamespacedId("acme/a/b")).isFalse();
  }

  @Test
  void isAttributeName_wordsAndSeparators_acceptsOnlyLowerCaseWordsJoinedOnce() {
    assertThat(KebabCase.isAttributeName("age-band")).isTrue();
    assertThat(KebabCase.isAttributeName("legal_status")).isTrue();
    assertThat(KebabCase.isAttributeName("ofsted.theme")).isTrue();
    assertThat(KebabCase.isAttributeName("Age")).isFalse();
    assertThat(KebabCase.isAttributeName("age__band")).isFalse();
    assertThat(KebabCase.isAttributeName("age band")).isFalse();
    assertThat(KebabCase.isAttributeName(".age")).isFalse();
    assertThat(KebabCase.isAttributeName("")).isFalse();
  }
}
