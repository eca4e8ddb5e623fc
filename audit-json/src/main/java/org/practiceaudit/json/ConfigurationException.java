package org.practiceaudit.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.practiceaudit.core.AuditException;

/**
 * Thrown when a configuration document is not valid; holds every problem found, not only the first.
 *
 * <p>The message lists the problems one a line, each as {@code POINTER (LINE:COL): MESSAGE}.
 */
public final class ConfigurationException extends AuditException {

  private static final long serialVersionUID = 1L;

  /** The problems, kept as an unmodifiable ArrayList so that the exception stays serialisable. */
  private final List<Problem> problems;

  /**
   * Creates an exception holding problems.
   *
   * @param source what was read, such as a file name or {@code bundled framework 'dudley'}; not
   *     null
   * @param problems at least one problem, in document order; not null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ConfigurationException(String source, List<Problem> problems) {
    super(message(source, problems));
    this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
  }

  private static String message(String source, List<Problem> problems) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a configuration exception needs at least one problem");
    }
    StringBuilder text = new StringBuilder();
    text.append(source)
        .append(": ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append(problem);
    }
    return text.toString();
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }
}
