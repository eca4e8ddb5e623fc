package org.practiceaudit.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a rule's parameters, with where it is: the path from the parameters to the
 * value, so that a configuration loader can point at {@code /rules/3/parameters/floors/0/domain}
 * rather than at the rule.
 *
 * <p>A path is a list of steps: a parameter (component) name as the parameter class spells it, such
 * as {@code floors}, or a list index, such as {@code 0}. The empty path means the parameters as a
 * whole (a problem of two parameters together, for example). A configuration format translates
 * names to its own spelling (snake_case in JSON and YAML).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterProblem {

  private final List<Object> path;
  private final String message;

  private ParameterProblem(List<Object> path, String message) {
    this.path = path;
    this.message = message;
  }

  /**
   * Obtains a problem of the parameters as a whole.
   *
   * @param message what is wrong, in words a configuration author acts on; not null
   * @return the problem
   * @throws NullPointerException if {@code message} is null
   */
  public static ParameterProblem of(String message) {
    return new ParameterProblem(List.of(), Objects.requireNonNull(message, "message"));
  }

  /**
   * Obtains a problem of one value inside the parameters.
   *
   * @param message what is wrong; not null
   * @param path the steps to the value: parameter names (strings) and list indexes (integers); not
   *     null
   * @return the problem
   * @throws NullPointerException if an argument or a step is null
   * @throws IllegalArgumentException if a step is neither a non-blank string nor a non-negative
   *     integer
   */
  public static ParameterProblem at(String message, Object... path) {
    return new ParameterProblem(
        steps(Arrays.asList(path)), Objects.requireNonNull(message, "message"));
  }

  /**
   * Returns this problem as one of an enclosing value: the same problem at {@code prefix} followed
   * by this path, as a rule type reports what a shared validator (of bands, say) found inside one
   * parameter.
   *
   * @param prefix the steps to prepend; not null
   * @return the problem at the longer path
   * @throws NullPointerException if a step is null
   * @throws IllegalArgumentException if a step is not a name or an index
   */
  public ParameterProblem within(Object... prefix) {
    List<Object> longer = new ArrayList<>(steps(Arrays.asList(prefix)));
    longer.addAll(path);
    return new ParameterProblem(List.copyOf(longer), message);
  }

  /**
   * Returns the steps from the parameters to the value.
   *
   * @return an unmodifiable list of strings (names) and integers (indexes); empty for the whole
   */
  public List<Object> path() {
    return path;
  }

  /**
   * Returns what is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns the path as a JSON Pointer relative to the parameters, such as {@code
   * /floors/0/domain}, with names as the parameter class spells them ({@code ~} and {@code /}
   * escaped).
   *
   * @return the pointer; empty for the parameters as a whole
   */
  public String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (Object step : path) {
      pointer.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static List<Object> steps(List<Object> steps) {
    for (Object step : steps) {
      Objects.requireNonNull(step, "path step");
      boolean name = step instanceof String && !((String) step).isBlank();
      boolean index = step instanceof Integer && (Integer) step >= 0;
      if (!name && !index) {
        throw new IllegalArgumentException(
            "a path step must be a parameter name or a list index from 0: " + step);
      }
    }
    return List.copyOf(steps);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ParameterProblem
        && path.equals(((ParameterProblem) obj).path)
        && message.equals(((ParameterProblem) obj).message);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + message.hashCode();
  }

  /**
   * Returns the pointer and the message, such as {@code /floors/0: unknown grade 'Fine'}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return path.isEmpty() ? message : pointer() + ": " + message;
  }
}
