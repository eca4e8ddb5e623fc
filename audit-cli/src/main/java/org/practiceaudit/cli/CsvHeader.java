package org.practiceaudit.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.practiceaudit.core.internal.Suggestions;

/**
 * The check of a CSV file's header (issue 16 item 2): every problem once, on its line, with its
 * column number. A blank or duplicate column name, a name close to a missing required column (with
 * a suggestion), an unknown name, a missing column; a header that names none of the required
 * columns is reported as not being a header of that kind of file at all.
 */
final class CsvHeader {

  /** The kind of every problem with a header. */
  static final InputProblems.Kind PROBLEM =
      new InputProblems.Kind("problem with the header", "problems with the header");

  private final String file;
  private final String kind;
  private final long line;
  private final List<String> required;
  private final Predicate<String> extra;
  private final InputProblems problems;
  private final List<String> missing;
  private final Map<String, Integer> first = new HashMap<>();

  private CsvHeader(
      String file,
      String kind,
      long line,
      List<String> names,
      List<String> required,
      Predicate<String> extra,
      InputProblems problems) {
    this.file = file;
    this.kind = kind;
    this.line = line;
    this.required = required;
    this.extra = extra;
    this.problems = problems;
    missing = new ArrayList<>(required);
    missing.removeAll(names);
  }

  /**
   * Checks a header, adding its problems, and returns the file it heads.
   *
   * @param names the header's cells, in file order
   * @param required the columns the header must have, in their usual order
   * @param extra tells whether a column name outside {@code required} is allowed
   */
  static CsvFile check(
      String file,
      String kind,
      long line,
      List<String> names,
      List<String> required,
      Predicate<String> extra,
      InputProblems problems) {
    CsvHeader header = new CsvHeader(file, kind, line, names, required, extra, problems);
    if (header.missing.size() == required.size() && !required.isEmpty()) {
      header.add(
          0,
          "this is not "
              + article(kind)
              + " header; "
              + article(kind)
              + " file starts with the header "
              + String.join(",", required));
    } else {
      for (int i = 0; i < names.size(); i++) {
        header.column(names.get(i), i + 1);
      }
      header.missing();
    }
    return new CsvFile(file, line, List.copyOf(names), problems);
  }

  /** Checks the name of one column, numbered from 1. */
  private void column(String name, int column) {
    if (name.isEmpty()) {
      add(column, "blank column name; every column needs one");
      return;
    }
    Integer earlier = first.putIfAbsent(name, column);
    if (earlier != null) {
      add(
          column,
          "column name "
              + Cells.columnName(name)
              + " again (first in column "
              + earlier
              + "); each column name must appear once");
      return;
    }
    if (required.contains(name)) {
      return;
    }
    Optional<String> near = Suggestions.closest(name, missing);
    if (near.isPresent()) {
      missing.remove(near.get());
      add(
          column,
          "unknown column name " + Cells.columnName(name) + "; did you mean '" + near.get() + "'?");
    } else if (!extra.test(name)) {
      add(
          column,
          "unknown column name "
              + Cells.columnName(name)
              + "; expected "
              + String.join(", ", required)
              + " and further columns named with lower-case letters and digits joined by '-', '_' or '.'");
    }
  }

  /** Reports the required columns not named (and not already suggested for a misspelt name). */
  private void missing() {
    if (!missing.isEmpty()) {
      add(
          0,
          "missing "
              + (missing.size() == 1 ? "column " : "columns ")
              + String.join(", ", missing)
              + "; "
              + article(kind)
              + " file has the columns "
              + String.join(",", required));
    }
  }

  private void add(int column, String message) {
    problems.add(file, line, column, "", PROBLEM, message);
  }

  /** "an audits", "a cases": the kind of file with its article. */
  static String article(String kind) {
    return ("aeiou".indexOf(kind.isEmpty() ? 'x' : kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }
}
