package org.practiceaudit.cli;

import java.util.List;
import org.practiceaudit.core.AuditException;

/**
 * Invalid input found by the command line: every problem, each one line naming the file, line and
 * column but never the free text of a cell.
 */
final class InputException extends AuditException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  InputException(List<String> problems) {
    super(
        Plurals.count(problems.size(), "problem", "problems") + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  InputException(String problem) {
    this(List.of(problem));
  }

  List<String> problems() {
    return problems;
  }
}
