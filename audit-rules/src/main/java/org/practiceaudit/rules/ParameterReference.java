package org.practiceaudit.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.internal.Suggestions;
import org.practiceaudit.core.workforce.Role;

/**
 * A value in a rule's parameters that names something of the framework the rule is configured in: a
 * domain id, a grade label, a case category or a role. A rule type declares its references ({@link
 * RuleType#references}) and the library checks each against the framework, for every rule type
 * alike, a council's own included.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterReference {

  /** What a reference names. */
  public enum Kind {
    /** A domain id, such as {@code planning}: one of the framework's domains. */
    DOMAIN("domain"),
    /** A grade label or alias, such as {@code Good}: on the framework's grade scale. */
    GRADE("grade"),
    /** A case category, such as {@code child-in-need}: well known or declared by the framework. */
    CASE_CATEGORY("case category"),
    /** A role, such as {@code head-of-service}: well known or declared by the framework. */
    ROLE("role");

    private final String noun;

    Kind(String noun) {
      this.noun = noun;
    }

    /**
     * Returns the kind in words, as messages name it.
     *
     * @return such as {@code case category}
     */
    public String noun() {
      return noun;
    }
  }

  private final Kind kind;
  private final String value;
  private final ParameterProblem location;

  private ParameterReference(Kind kind, String value, Object... path) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.value = Objects.requireNonNull(value, "value");
    this.location = ParameterProblem.at("", path);
  }

  /**
   * Obtains a reference.
   *
   * @param kind what the value names; not null
   * @param value the value as configured; not null
   * @param path the steps from the parameters to the value (see {@link ParameterProblem#path()})
   * @return the reference
   * @throws NullPointerException if an argument or a step is null
   * @throws IllegalArgumentException if a step is not a name or an index
   */
  public static ParameterReference of(Kind kind, String value, Object... path) {
    return new ParameterReference(kind, value, path);
  }

  /**
   * Obtains a reference to a domain id.
   *
   * @param value the domain id; not null
   * @param path the steps to the value
   * @return the reference
   */
  public static ParameterReference domain(String value, Object... path) {
    return of(Kind.DOMAIN, value, path);
  }

  /**
   * Obtains a reference to a grade label.
   *
   * @param value the label; not null
   * @param path the steps to the value
   * @return the reference
   */
  public static ParameterReference grade(String value, Object... path) {
    return of(Kind.GRADE, value, path);
  }

  /**
   * Obtains a reference to a role.
   *
   * @param value the role id; not null
   * @param path the steps to the value
   * @return the reference
   */
  public static ParameterReference role(String value, Object... path) {
    return of(Kind.ROLE, value, path);
  }

  /**
   * Returns what the value names.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the value as configured.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the steps from the parameters to the value.
   *
   * @return an unmodifiable list of names and indexes
   */
  public List<Object> path() {
    return location.path();
  }

  /**
   * Checks the reference against a framework: the problem, at this reference's path, if the
   * framework has no such domain, grade, category or role.
   *
   * @param framework the framework the rule is configured in; not null
   * @return the problem, or empty if the reference resolves
   * @throws NullPointerException if {@code framework} is null
   */
  public Optional<ParameterProblem> check(AuditFramework framework) {
    Objects.requireNonNull(framework, "framework");
    switch (kind) {
      case DOMAIN:
        return check(
            framework.domain(value).isPresent(),
            framework.domains().stream().map(Domain::id).toArray(String[]::new));
      case GRADE:
        return grade(framework.gradeScale());
      case CASE_CATEGORY:
        return parsed(() -> framework.knows(CaseCategory.of(value)));
      default:
        return parsed(() -> framework.knows(Role.of(value)));
    }
  }

  private Optional<ParameterProblem> grade(GradeScale scale) {
    if (scale.find(value).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(problem("unknown grade '" + value + "'; expected one of " + scale.grades()));
  }

  private Optional<ParameterProblem> check(boolean known, String... allowed) {
    if (known) {
      return Optional.empty();
    }
    List<String> candidates = Arrays.asList(allowed);
    return Optional.of(
        problem(
            "unknown " + kind.noun() + " '" + value + "'" + Suggestions.hint(value, candidates)));
  }

  private Optional<ParameterProblem> parsed(java.util.function.BooleanSupplier known) {
    try {
      return known.getAsBoolean()
          ? Optional.empty()
          : Optional.of(
              problem(
                  "unknown "
                      + kind.noun()
                      + " '"
                      + value
                      + "': neither well known nor declared by the framework"));
    } catch (AuditParseException | IllegalArgumentException e) {
      return Optional.of(problem(e.getMessage()));
    }
  }

  private ParameterProblem problem(String message) {
    return ParameterProblem.at(message, location.path().toArray());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ParameterReference
        && kind == ((ParameterReference) obj).kind
        && value.equals(((ParameterReference) obj).value)
        && path().equals(((ParameterReference) obj).path());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value, path());
  }

  @Override
  public String toString() {
    return kind.noun() + " '" + value + "' at " + location.pointer();
  }
}
