package org.practiceaudit.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators shared by the vocabulary tests. All generated data is synthetic. */
public final class TestGenerators {

  private static final List<Character> ALNUM =
      chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
  private static final List<Character> ID_REST =
      chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");
  private static final List<Character> LOWER_ALNUM = chars("abcdefghijklmnopqrstuvwxyz0123456789");

  private TestGenerators() {}

  private static List<Character> chars(String s) {
    List<Character> out = new ArrayList<>();
    for (char c : s.toCharArray()) {
      out.add(c);
    }
    return List.copyOf(out);
  }

  private static String join(List<Character> cs) {
    return cs.stream().map(String::valueOf).collect(Collectors.joining());
  }

  /**
   * Valid pseudonymous id texts: 1 to 64 characters, a letter or digit first, then letters, digits
   * and {@code . _ -} (the whole allowed alphabet, every allowed length).
   *
   * @return the generator
   */
  public static Gen<String> idTexts() {
    return Generate.pick(ALNUM)
        .zip(
            lists().of(Generate.pick(ID_REST)).ofSizeBetween(0, 63),
            (first, rest) -> first + join(rest));
  }

  /**
   * Lower-case kebab-case ids: one to four words of 1 to 8 lower-case letters and digits joined by
   * '-'.
   *
   * @return the generator
   */
  public static Gen<String> kebabIds() {
    Gen<String> word =
        lists().of(Generate.pick(LOWER_ALNUM)).ofSizeBetween(1, 8).map(TestGenerators::join);
    return lists().of(word).ofSizeBetween(1, 4).map(words -> String.join("-", words));
  }

  /**
   * Dates from 1900 to 2199.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    long from = LocalDate.of(1900, 1, 1).toEpochDay();
    long to = LocalDate.of(2199, 12, 31).toEpochDay();
    return Generate.longRange(from, to).map(LocalDate::ofEpochDay);
  }

  /**
   * Positive periods: years, months and days each 0 to 400, not all zero.
   *
   * @return the generator
   */
  public static Gen<Period> positivePeriods() {
    Gen<Integer> part = integers().between(0, 400);
    return part.zip(part, part, Period::of).assuming(p -> !p.isZero());
  }
}
