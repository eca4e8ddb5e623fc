package org.practiceaudit.core.grade;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.internal.KebabCase;

/**
 * An ordered, labelled scale of judgements, best first.
 *
 * <p>The default is Ofsted's four judgements, {@link #ofsted()}: Outstanding, Good, Requires
 * Improvement, Inadequate. A framework may define another ordinal scale with {@link #of(String,
 * List)}, for example a five-point report card; nothing outside the scale assumes four grades.
 *
 * <p>Parsing is forgiving about the spellings councils use and strict about everything else: case,
 * spacing, hyphens and underscores are ignored, and each grade may have aliases ("RI", "Requires
 * Improvement to be Good"). Anything else is rejected with the list of allowed labels:
 *
 * <pre>{@code
 * Grade g = GradeScale.ofsted().parse("Requires Improvement to be Good");  // Requires Improvement
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradeScale {

  /** The id of the Ofsted scale. */
  public static final String OFSTED_ID = "ofsted";

  private static final GradeScale OFSTED =
      of(OFSTED_ID, List.of("Outstanding", "Good", "Requires Improvement", "Inadequate"))
          .withAlias("Requires Improvement to be Good", "Requires Improvement")
          .withAlias("RI", "Requires Improvement")
          .withAlias("RIG", "Requires Improvement");

  private final String id;
  private final List<Grade> grades;
  private final Map<String, Grade> byKey;
  private final Map<String, String> aliases;

  private GradeScale(String id, List<Grade> grades, Map<String, String> aliases) {
    this.id = id;
    this.grades = grades;
    this.aliases = aliases;
    Map<String, Grade> keys = new LinkedHashMap<>();
    for (Grade grade : grades) {
      keys.put(key(grade.label()), grade);
    }
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      keys.put(key(alias.getKey()), keys.get(key(alias.getValue())));
    }
    this.byKey = Collections.unmodifiableMap(keys);
  }

  /**
   * Returns Ofsted's scale: Outstanding, Good, Requires Improvement, Inadequate.
   *
   * <p>"Requires Improvement to be Good", "RI" and "RIG" are accepted as aliases of Requires
   * Improvement.
   *
   * @return the Ofsted scale, not null
   */
  public static GradeScale ofsted() {
    return OFSTED;
  }

  /**
   * Obtains a scale from its labels, best first.
   *
   * @param id the scale's id, lower-case kebab-case such as {@code report-card-5}; not null
   * @param labelsBestFirst at least two distinct labels (ignoring case and spacing), best first;
   *     not null
   * @return the scale, not null
   * @throws IllegalArgumentException if the id is malformed, fewer than two labels are given, a
   *     label is blank or two labels are the same
   */
  public static GradeScale of(String id, List<String> labelsBestFirst) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(labelsBestFirst, "labelsBestFirst");
    if (!KebabCase.isId(id)) {
      throw new IllegalArgumentException(
          "grade scale id must be lower-case kebab-case such as 'report-card-5': '" + id + "'");
    }
    if (labelsBestFirst.size() < 2) {
      throw new IllegalArgumentException(
          "a grade scale needs at least two grades: " + labelsBestFirst.size() + " given");
    }
    List<Grade> grades = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    for (String label : labelsBestFirst) {
      Objects.requireNonNull(label, "label");
      String trimmed = label.strip();
      if (trimmed.isEmpty()) {
        throw new IllegalArgumentException("grade labels must not be blank: '" + label + "'");
      }
      if (seen.put(key(trimmed), trimmed) != null) {
        throw new IllegalArgumentException(
            "duplicate grade label '" + trimmed + "' in scale '" + id + "'");
      }
      grades.add(new Grade(id, grades.size(), trimmed));
    }
    return new GradeScale(id, List.copyOf(grades), Map.of());
  }

  /**
   * Returns a copy of this scale that also accepts an alias for one of its grades.
   *
   * @param alias the alternative spelling, such as {@code RI}; not blank, not already a label or
   *     alias of another grade
   * @param label the label (or an existing alias) of the grade the alias stands for
   * @return a scale accepting the alias; this scale if the alias already stands for that grade
   * @throws IllegalArgumentException if the alias is blank or names another grade
   * @throws AuditParseException if the label is not on this scale
   */
  public GradeScale withAlias(String alias, String label) {
    Objects.requireNonNull(alias, "alias");
    Grade target = parse(label);
    if (alias.isBlank()) {
      throw new IllegalArgumentException("grade alias must not be blank: '" + alias + "'");
    }
    Grade existing = byKey.get(key(alias));
    if (existing != null) {
      if (existing.equals(target)) {
        return this;
      }
      throw new IllegalArgumentException(
          "alias '"
              + alias
              + "' already stands for '"
              + existing.label()
              + "' on scale '"
              + id
              + "'");
    }
    Map<String, String> copy = new LinkedHashMap<>(aliases);
    copy.put(alias.strip(), target.label());
    return new GradeScale(id, grades, Collections.unmodifiableMap(copy));
  }

  /**
   * Returns this scale's id.
   *
   * @return the id, such as {@code ofsted}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the grades, best first.
   *
   * @return an unmodifiable list of at least two grades
   */
  public List<Grade> grades() {
    return grades;
  }

  /**
   * Returns the aliases this scale accepts, each mapped to its grade's label.
   *
   * @return an unmodifiable map from alias to label, in the order they were added
   */
  public Map<String, String> aliases() {
    return aliases;
  }

  /**
   * Returns the number of grades on this scale.
   *
   * @return the size, at least 2
   */
  public int size() {
    return grades.size();
  }

  /**
   * Returns the best grade on the scale.
   *
   * @return the grade of rank 0
   */
  public Grade best() {
    return grades.get(0);
  }

  /**
   * Returns the worst grade on the scale.
   *
   * @return the grade of the highest rank
   */
  public Grade worst() {
    return grades.get(grades.size() - 1);
  }

  /**
   * Returns the grade of a rank.
   *
   * @param rank from 0 (best) to {@code size() - 1} (worst)
   * @return the grade, not null
   * @throws IllegalArgumentException if the rank is outside the scale
   */
  public Grade ofRank(int rank) {
    if (rank < 0 || rank >= grades.size()) {
      throw new IllegalArgumentException(
          "rank must be from 0 to " + (grades.size() - 1) + " on scale '" + id + "': " + rank);
    }
    return grades.get(rank);
  }

  /**
   * Checks whether a grade belongs to this scale.
   *
   * @param grade the grade; not null
   * @return true if it is one of this scale's grades
   */
  public boolean contains(Grade grade) {
    Objects.requireNonNull(grade, "grade");
    return grade.scaleId().equals(id)
        && grade.rank() < grades.size()
        && grades.get(grade.rank()).equals(grade);
  }

  /**
   * Finds the grade a text names, if any.
   *
   * @param text a label or alias, in any case and spacing; not null
   * @return the grade, or empty if the text names none
   */
  public Optional<Grade> find(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(byKey.get(key(text)));
  }

  /**
   * Obtains the grade a text names.
   *
   * @param text a label or alias, in any case and spacing; not null
   * @return the grade, not null
   * @throws AuditParseException if the text names no grade; the message lists the allowed labels
   */
  public Grade parse(String text) {
    return find(text)
        .orElseThrow(
            () ->
                new AuditParseException(
                    "unknown grade '" + text + "'; expected one of " + allowedLabels(), text));
  }

  private List<String> allowedLabels() {
    List<String> labels = new ArrayList<>();
    for (Grade grade : grades) {
      labels.add(grade.label().toLowerCase(Locale.ROOT));
    }
    return labels;
  }

  // The text stripped, in lower case, with each run of separators replaced by one space; the same
  // as
  // replacing the regex [\s_\-]+ with " ", but without a regex: rules look grade labels up on every
  // evaluation, and the common text is already a key (returned as it is).
  static String key(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    int n = lower.length();
    boolean previousSeparator = false;
    boolean unchanged = true;
    for (int i = 0; i < n && unchanged; i++) {
      char c = lower.charAt(i);
      boolean separator = isSeparator(c);
      unchanged =
          !separator
              || (c == ' '
                  && !previousSeparator
                  && (i + 1 == n || !isSeparator(lower.charAt(i + 1))));
      previousSeparator = separator;
    }
    if (unchanged) {
      return lower;
    }
    StringBuilder key = new StringBuilder(n);
    previousSeparator = false;
    for (int i = 0; i < n; i++) {
      char c = lower.charAt(i);
      if (isSeparator(c)) {
        if (!previousSeparator) {
          key.append(' ');
        }
        previousSeparator = true;
      } else {
        key.append(c);
        previousSeparator = false;
      }
    }
    return key.toString();
  }

  // The separators: regex \s (space, tab, newline, vertical tab, form feed, carriage
  // return), underscore and hyphen.
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '_'
        || c == '-';
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GradeScale
        && ((GradeScale) obj).id.equals(id)
        && ((GradeScale) obj).grades.equals(grades)
        && ((GradeScale) obj).aliases.equals(aliases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, grades, aliases);
  }

  /**
   * Returns the id and labels, such as {@code ofsted[Outstanding, Good, Requires Improvement,
   * Inadequate]}.
   *
   * @return a description of the scale
   */
  @Override
  public String toString() {
    return id + grades;
  }
}
