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
 * <p>Readers add problems as they find them and carry on; the command reads every file it was given
 * and then calls {@link #finish(PrintWriter)}, which prints the warnings and throws with every
 * problem. The problems come out ordered by file (in the order the files were first named here),
 * line and column; after {@link #LIMIT} of them one last line gives the count of the rest per kind:
 * {@code … and 99,900 more: 99,900 bad dates in column opened_on}.
 *
 * <p>Messages never hold free text from a cell: they are built by {@link Cells}, the one home of
 * the quoting policy.
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

  /**
   * The order of the problems listed: by file, line and column, the first added first among equals.
   */
  private static final Comparator<Problem> ORDER =
      Comparator.comparingInt(Problem::file)
          .thenComparingLong(Problem::line)
          .thenComparingInt(Problem::column);

  /**
   * How many problems are held before those that can no longer be listed are dropped and only
   * counted, so that a file with a bad cell on each of a million rows does not hold a million
   * messages.
   */
  private static final int HELD = 8 * LIMIT;

  private final Map<String, Integer> files = new LinkedHashMap<>();

  /**
   * The problems that may still be among the first {@link #LIMIT}, in the order they were added or
   * sorted.
   */
  private final List<Problem> problems = new ArrayList<>();

  /**
   * Per kind, the problems dropped from {@link #problems}: they come after the first {@link
   * #LIMIT}.
   */
  private final Map<Kind, Long> dropped = new LinkedHashMap<>();

  /** Per kind, the first dropped problem in listing order, which orders the counts of the rest. */
  private final Map<Kind, Problem> firstDropped = new LinkedHashMap<>();

  /** Per kind, the problems dropped since {@link #mark()}, for {@link #rollBack}. */
  private final Map<Kind, Long> droppedSinceMark = new LinkedHashMap<>();

  private final List<String> warnings = new ArrayList<>();
  private int count;
  private long added;
  private long markAdded = Long.MAX_VALUE;
  private final List<Long> sequence = new ArrayList<>();

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
    sequence.add(added++);
    count++;
    if (problems.size() > held) {
      dropBeyondLimit();
      held = Math.max(HELD, 2 * problems.size());
    }
  }

  /**
   * Keeps the first {@link #LIMIT} problems in listing order and counts the others by kind: no
   * problem added later can come before them again in a way that matters, since a problem dropped
   * here is already preceded by {@link #LIMIT} others.
   */
  private void dropBeyondLimit() {
    Integer[] order = new Integer[problems.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> ORDER.compare(problems.get(a), problems.get(b)));
    List<Problem> kept = new ArrayList<>();
    List<Long> keptSequence = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      Problem p = problems.get(order[i]);
      long when = sequence.get(order[i]);
      if (i < LIMIT || when < markAdded) {
        // Those added before the mark stay, so that a roll back finds them whatever came after.
        kept.add(p);
        keptSequence.add(when);
      } else {
        dropped.merge(p.kind(), 1L, Long::sum);
        firstDropped.merge(p.kind(), p, (a, b) -> ORDER.compare(b, a) < 0 ? b : a);
        if (when >= markAdded) {
          droppedSinceMark.merge(p.kind(), 1L, Long::sum);
        }
      }
    }
    problems.clear();
    problems.addAll(kept);
    sequence.clear();
    sequence.addAll(keptSequence);
  }

  /**
   * Marks the problems and warnings added so far, so that {@link #rollBack()} can take back those
   * added after: a reader that finds, part way through a file, that it must read the file again
   * another way. A new mark replaces the last.
   */
  void mark() {
    markAdded = added;
    held = HELD;
    droppedSinceMark.clear();
    markWarnings = warnings.size();
  }

  /** Takes back every problem and warning added since {@link #mark()}. */
  void rollBack() {
    if (markAdded == Long.MAX_VALUE) {
      throw new IllegalStateException("rollBack without mark");
    }
    for (int i = problems.size() - 1; i >= 0; i--) {
      if (sequence.get(i) >= markAdded) {
        problems.remove(i);
        sequence.remove(i);
        count--;
      }
    }
    droppedSinceMark.forEach(
        (kind, n) -> {
          dropped.merge(kind, -n, Long::sum);
          dropped.remove(kind, 0L);
        });
    count -= (int) droppedSinceMark.values().stream().mapToLong(Long::longValue).sum();
    droppedSinceMark.clear();
    warnings.subList(markWarnings, warnings.size()).clear();
    markAdded = Long.MAX_VALUE;
  }

  private int markWarnings;

  /**
   * How many problems may be held before the next drop: more when problems before a mark are kept.
   */
  private int held = HELD;

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
    return count > 0;
  }

  /** Returns the number of problems added so far. */
  int count() {
    return count;
  }

  /** Returns the warnings, in the order they were added. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Returns the lines to print: the first {@link #LIMIT} problems by file, line and column, then
   * the count of the rest per kind.
   */
  List<String> lines() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(ORDER);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sorted.size() && i < LIMIT; i++) {
      lines.add(sorted.get(i).text());
    }
    if (count > LIMIT) {
      // Each kind counted once, in the order of its first problem among the rest, as if none were
      // dropped.
      Map<Kind, Problem> first = new LinkedHashMap<>();
      Map<Kind, Long> rest = new LinkedHashMap<>();
      for (Problem p : sorted.subList(Math.min(LIMIT, sorted.size()), sorted.size())) {
        rest.merge(p.kind(), 1L, Long::sum);
        first.putIfAbsent(p.kind(), p);
      }
      dropped.forEach((kind, n) -> rest.merge(kind, n, Long::sum));
      firstDropped.forEach(
          (kind, p) -> first.merge(kind, p, (a, b) -> ORDER.compare(b, a) < 0 ? b : a));
      List<Kind> kinds = new ArrayList<>(rest.keySet());
      kinds.sort((a, b) -> ORDER.compare(first.get(a), first.get(b)));
      List<String> counts = new ArrayList<>();
      kinds.forEach(kind -> counts.add(kind.count(rest.get(kind))));
      lines.add(
          String.format(Locale.UK, "… and %,d more: ", count - LIMIT) + String.join(", ", counts));
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
    if (count > 0) {
      throw new InputException(lines());
    }
  }
}
