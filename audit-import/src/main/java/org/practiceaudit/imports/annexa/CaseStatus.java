package org.practiceaudit.imports.annexa;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceaudit.core.casefile.CaseCategory;

/**
 * The case status of Annex A's List 6, in the order of the 2019 template: {@code a) Looked after
 * child}, {@code b) Child Protection plan}, {@code c) Child in need plan}, {@code d) Open
 * assessment}, {@code e) Closed episode}. The first that applies is the status, so a child both in
 * care and on a plan is looked after.
 *
 * <p>{@link #parse(String)} also reads the variants councils send: {@code CLA}, {@code LAC}, {@code
 * CIC}, {@code CLA&CP}, {@code CP/CLA}, {@code CPP}, {@code CP Ext}, {@code CiN Plan}, {@code Open
 * asmt}, {@code CF Assessment in progress}, {@code Closed}.
 */
public enum CaseStatus {
  /** a) Looked after child: category {@code looked-after}. */
  LOOKED_AFTER('a', CaseCategory.LOOKED_AFTER),
  /** b) Child Protection plan: category {@code child-protection}. */
  CHILD_PROTECTION('b', CaseCategory.CHILD_PROTECTION),
  /** c) Child in need plan: category {@code child-in-need}. */
  CHILD_IN_NEED('c', CaseCategory.CHILD_IN_NEED),
  /** d) Open assessment: category {@code assessment}. */
  OPEN_ASSESSMENT('d', CaseCategory.ASSESSMENT),
  /**
   * e) Closed episode: category {@code child-in-need}, with the CIN closure date as the closing
   * day.
   */
  CLOSED('e', CaseCategory.CHILD_IN_NEED);

  private static final Pattern LETTER = Pattern.compile("(?:^|[^a-z])\\(?([a-e])\\)");

  private final char letter;
  private final CaseCategory category;

  CaseStatus(char letter, CaseCategory category) {
    this.letter = letter;
    this.category = category;
  }

  /**
   * Returns the category of the cases of this status.
   *
   * @return the category
   */
  public CaseCategory category() {
    return category;
  }

  /**
   * Reads a case status as written in List 6, taking the first that applies.
   *
   * @param text the cell's text; not null
   * @return the status, or empty if the text names none
   */
  public static Optional<CaseStatus> parse(String text) {
    Objects.requireNonNull(text, "text");
    String lower = text.toLowerCase(Locale.ROOT);
    Set<Character> letters = new HashSet<>();
    Matcher matcher = LETTER.matcher(lower);
    while (matcher.find()) {
      letters.add(matcher.group(1).charAt(0));
    }
    String words = " " + lower.replaceAll("[^a-z0-9]+", " ").strip() + " ";
    Set<String> tokens = new HashSet<>(Arrays.asList(words.strip().split(" ")));
    for (CaseStatus status : values()) {
      if (letters.contains(status.letter) || status.named(words, tokens)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  private boolean named(String words, Set<String> tokens) {
    switch (this) {
      case LOOKED_AFTER:
        return tokens.contains("cla")
            || tokens.contains("lac")
            || tokens.contains("cic")
            || words.contains(" looked after ")
            || words.contains(" in care ");
      case CHILD_PROTECTION:
        return tokens.contains("cp")
            || tokens.contains("cpp")
            || tokens.contains("cpext")
            || words.contains(" child protection ")
            || words.contains(" protection plan ");
      case CHILD_IN_NEED:
        return tokens.contains("cin")
            || tokens.contains("cinp")
            || tokens.contains("cinplan")
            || words.contains(" child in need ")
            || words.contains(" children in need ");
      case OPEN_ASSESSMENT:
        return tokens.stream()
            .anyMatch(
                t ->
                    t.startsWith("assess")
                        || t.equals("asmt")
                        || t.equals("assmt")
                        || t.equals("cfa"));
      case CLOSED:
        return tokens.contains("closed") || tokens.contains("closure") || tokens.contains("close");
      default:
        throw new AssertionError(this);
    }
  }
}
