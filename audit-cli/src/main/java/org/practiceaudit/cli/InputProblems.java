package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every problem and warning found in the files of one command, in one place (issue 16 item 1).
 *
 * <p>Readers add problems as they find them and carry on; the command reads every file it was given and
 * then calls {@link #finish(PrintWriter)}, which prints the warnings and throws with every problem. The
 * problems come out ordered by file (in the order the files were first named here), line and column;
 * after {@link #LIMIT} of them one last line gives the count of the rest per kind:
 * {@code … and 99,900 more: 99,900 bad dates in column opened_on}.
 *
 * <p>Messages never hold free text from a cell: they are built by {@link Cells}, the one home of the
 * quoting policy.
 */
final class InputProblems {

  /** How many problems are listed before the rest are only counted. */
  static final int LIMIT = 100;

  /** What a problem is, for the count of those not listed: a singular and a plural phrase. */
  record Kind(String singular, String plural) {

    /** A problem with the cells of one column, such as {@code bad dates in column opened_on}. */
    static Kind in(String column, String noun, String nouns) {
      return new Kind(noun + " in column " + column, nouns + " in column " + column);
    }

    String count(long n) {
      return String.format(Locale.UK, "%,d", n) + " " + (n == 1 ? singular : plural);
    }
  }

  private record Problem(int file, long line, int column, Kind kind, String text) {}

  private final Map<String, Integer> files = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** Names a file, so that its problems come after those of the files named before it. */
  void file(String file) {
    files.putIfAbsent(Objects.requireNonNull(file, "file"), files.size());
  }

  /**
   * Adds a problem.
   *
   * @param file the file, as the user named it
   * @param line the line, from 1; 0 for the file as a whole
   * @param column the column, from 1; 0 for the line as a whole
   * @param columnName the column's name, or empty
   * @param kind what the problem is, for counting
   * @param message the message, which holds no free text from a cell
   */
  void add(String file, long line, int column, String columnName, Kind kind, String message) {
    file(file);
    StringBuilder text = new StringBuilder(file).append(": ");
    if (line > 0) {
      text.append("line ").append(line);
      if (column > 0) {
        text.append(", column ").append(column);
        if (!columnName.isEmpty()) {
          text.append(" (").append(columnName).append(')');
        }
      }
      text.append(": ");
    }
    problems.add(new Problem(files.get(file), line, column, kind, text.append(message).toString()));
  }

  /** Adds a problem with a file as a whole. */
  void add(String file, Kind kind, String message) {
    add(file, 0, 0, "", kind, message);
  }

  /** Adds a warning: something the user should know, which does not stop the command. */
  void warn(String message) {
    warnings.add(Objects.requireNonNull(message, "message"));
  }

  /** Tells whether any problem has been added. */
  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Returns the number of problems added so far. */
  int count() {
    return problems.size();
  }

  /** Returns the warnings, in the order they were added. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Returns the lines to print: the first {@link #LIMIT} problems by file, line and column, then the count
   * of the rest per kind.
   */
  List<String> lines() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::file).thenComparingLong(Problem::line)
        .thenComparingInt(Problem::column));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sorted.size() && i < LIMIT; i++) {
      lines.add(sorted.get(i).text());
    }
    if (sorted.size() > LIMIT) {
      Map<Kind, Long> rest = new LinkedHashMap<>();
      for (Problem p : sorted.subList(LIMIT, sorted.size())) {
        rest.merge(p.kind(), 1L, Long::sum);
      }
      List<String> counts = new ArrayList<>();
      rest.forEach((kind, n) -> counts.add(kind.count(n)));
      lines.add(String.format(Locale.UK, "… and %,d more: ", sorted.size() - LIMIT)
          + String.join(", ", counts));
    }
    return lines;
  }

  /**
   * Prints the warnings on standard error, then throws if there was any problem.
   *
   * @throws InputException with {@link #lines()} if any problem was added
   */
  void finish(PrintWriter err) {
    printWarnings(err);
    throwIfAny();
  }

  /** Prints each warning once on a line of its own, starting with {@code warning: }. */
  void printWarnings(PrintWriter err) {
    for (String warning : warnings) {
      err.println("warning: " + warning);
    }
    warnings.clear();
    err.flush();
  }

  /**
   * Throws if there was any problem.
   *
   * @throws InputException with {@link #lines()} if any problem was added
   */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InputException(lines());
    }
  }
}
