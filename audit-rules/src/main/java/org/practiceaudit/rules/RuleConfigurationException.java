package org.practiceaudit.rules;

import java.util.List;
import java.util.Objects;
import org.practiceaudit.core.AuditException;

/**
 * Thrown when rules or rule types are configured wrongly; it lists every problem found, not the
 * first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleConfigurationException extends AuditException {

  private static final long serialVersionUID = 1L;

  /** The problems; an unmodifiable list. */
  private final List<String> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param what what was being configured, such as {@code rule 'dudley/escalation-category'}; not
   *     null
   * @param problems every problem found; not null, not empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RuleConfigurationException(String what, List<String> problems) {
    super(message(what, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(String what, List<String> problems) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a configuration exception needs at least one problem");
    }
    return what
        + ": "
        + problems.size()
        + (problems.size() == 1 ? " problem: " : " problems: ")
        + String.join("; ", problems);
  }

  /**
   * Returns every problem found.
   *
   * @return an unmodifiable, non-empty list of messages
   */
  public List<String> problems() {
    return problems;
  }
}
