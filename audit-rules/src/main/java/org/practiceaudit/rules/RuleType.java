package org.practiceaudit.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.practiceaudit.core.framework.AuditFramework;

/**
 * A kind of rule, built from typed parameters for one framework: the service provider interface
 * through which built-in and councils' own rules are discovered with {@link
 * java.util.ServiceLoader}.
 *
 * <p>A rule type has an id (lower-case kebab-case, such as {@code escalation-category}, optionally
 * with a namespace for a council's own, such as {@code acme/chronology-present}), a parameter class
 * (a Java record or an Immutables type with plain fields, so that a configuration format can bind
 * it) with a description of each parameter, and three steps that turn parameters into a rule:
 *
 * <ol>
 *   <li>{@link #problems} checks the parameters on their own, every problem at once, each with the
 *       path to the value it is about;
 *   <li>{@link #references} says which values name the framework's domains, grades, case categories
 *       or roles, which the library checks against the framework, for every rule type alike;
 *   <li>{@link #bind} builds the rule for one framework, once: whatever a rule needs from the
 *       framework (grades resolved, categories looked up) is worked out here, so that rules hold no
 *       caches.
 * </ol>
 *
 * <p>{@link #validate} runs the three in order. Most rule types extend {@link AbstractRuleType},
 * which holds the id, description, parameter class and descriptions.
 *
 * <p>To plug in a rule type, implement this interface in a public class with a public no-argument
 * constructor, and declare it both in {@code module-info.java} ({@code provides
 * org.practiceaudit.rules.RuleType with ...}) and in {@code
 * META-INF/services/org.practiceaudit.rules.RuleType}, so that it is found on the module path and
 * on the class path alike. Implementations are immutable and thread-safe.
 *
 * @param <P> the parameter type
 */
public interface RuleType<P> {

  /**
   * Returns the type's id.
   *
   * @return lower-case kebab-case, optionally namespaced, such as {@code escalation-category}
   */
  String id();

  /**
   * Returns what rules of this type check or derive, citing the source document.
   *
   * @return a plain-language description
   */
  String description();

  /**
   * Returns the parameter class that configuration is bound to.
   *
   * @return the class; a record or Immutables type with plain fields
   */
  Class<P> parameterType();

  /**
   * Describes each parameter, by its name in the parameter class, in the order a reader should meet
   * them. The configuration schema's descriptions and the command line's {@code explain} use these.
   *
   * @return an unmodifiable map from parameter name to a description with its allowed range and
   *     default
   */
  Map<String, String> parameterDescriptions();

  /**
   * Checks the parameters on their own (without a framework), reporting every problem at once.
   *
   * @param parameters the parameters; not null
   * @return every problem, each with its path; empty if the parameters are valid
   * @throws NullPointerException if {@code parameters} is null
   */
  List<ParameterProblem> problems(P parameters);

  /**
   * Returns the values in the parameters that name something of the framework. The library checks
   * each ({@link ParameterReference#check}) before {@link #bind} is called. Values left at a
   * default should be declared too: a default grade that a framework's scale lacks is a problem of
   * that framework.
   *
   * @param parameters the parameters, which may have {@link #problems}; not null
   * @return the references; empty by default
   * @throws NullPointerException if {@code parameters} is null
   */
  default List<ParameterReference> references(P parameters) {
    Objects.requireNonNull(parameters, "parameters");
    return List.of();
  }

  /**
   * Builds the rule for one framework. Called only with parameters that have no {@link #problems}
   * and whose {@link #references} resolve in {@code framework}; use {@link #validate} unless that
   * is known.
   *
   * @param ruleId the id of the rule to build; a valid rule id (see {@link RuleIds})
   * @param parameters valid parameters; not null
   * @param framework the framework the rule is evaluated in; not null
   * @return the rule, immutable and thread-safe
   * @throws NullPointerException if an argument is null
   */
  Rule<?> bind(String ruleId, P parameters, AuditFramework framework);

  /**
   * Checks the parameters and their references, and builds the rule for one framework.
   *
   * @param ruleId the id of the rule to build; a valid rule id (see {@link RuleIds})
   * @param parameters the parameters; not null
   * @param framework the framework the rule is evaluated in; not null
   * @return the rule, or every problem with the parameters and their references
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ruleId} is not a valid rule id
   */
  default Validation<Seq<ParameterProblem>, Rule<?>> validate(
      String ruleId, P parameters, AuditFramework framework) {
    RuleIds.requireRuleId(ruleId);
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(framework, "framework");
    List<ParameterProblem> problems = new ArrayList<>(problems(parameters));
    for (ParameterReference reference : references(parameters)) {
      reference.check(framework).filter(p -> !problems.contains(p)).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(bind(ruleId, parameters, framework));
  }

  /**
   * Builds the rule for one framework, throwing if the parameters are invalid.
   *
   * @param ruleId the id of the rule to build; a valid rule id (see {@link RuleIds})
   * @param parameters the parameters; not null
   * @param framework the framework the rule is evaluated in; not null
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ruleId} is not a valid rule id
   * @throws RuleConfigurationException listing every problem with the parameters
   */
  default Rule<?> create(String ruleId, P parameters, AuditFramework framework) {
    Validation<Seq<ParameterProblem>, Rule<?>> rule = validate(ruleId, parameters, framework);
    if (rule.isInvalid()) {
      throw new RuleConfigurationException(
          "rule '" + ruleId + "'", rule.getError().map(ParameterProblem::toString).asJava());
    }
    return rule.get();
  }

  /**
   * Validates parameters of unknown static type, as a configuration binder has them, and builds the
   * rule.
   *
   * @param ruleId the id of the rule to build; a valid rule id (see {@link RuleIds})
   * @param parameters the parameters; an instance of {@link #parameterType()}, not null
   * @param framework the framework the rule is evaluated in; not null
   * @return the rule, or every problem
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ruleId} is not a valid rule id
   */
  default Validation<Seq<ParameterProblem>, Rule<?>> validateUntyped(
      String ruleId, Object parameters, AuditFramework framework) {
    Objects.requireNonNull(parameters, "parameters");
    if (!parameterType().isInstance(parameters)) {
      return Validation.invalid(
          io.vavr.collection.List.of(
              ParameterProblem.of(
                  "parameters of rule type '"
                      + id()
                      + "' must be "
                      + parameterType().getSimpleName()
                      + ", not "
                      + parameters.getClass().getSimpleName())));
    }
    return validate(ruleId, parameterType().cast(parameters), framework);
  }

  /**
   * Checks parameters of unknown static type on their own, as a configuration loader does before
   * the framework is built.
   *
   * @param parameters the parameters; an instance of {@link #parameterType()}, not null
   * @return every problem; a parameter object of the wrong class is one problem
   * @throws NullPointerException if {@code parameters} is null
   */
  default List<ParameterProblem> problemsUntyped(Object parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (!parameterType().isInstance(parameters)) {
      return List.of(
          ParameterProblem.of(
              "parameters of rule type '"
                  + id()
                  + "' must be "
                  + parameterType().getSimpleName()
                  + ", not "
                  + parameters.getClass().getSimpleName()));
    }
    return problems(parameterType().cast(parameters));
  }

  /**
   * Returns the references of parameters of unknown static type.
   *
   * @param parameters the parameters; an instance of {@link #parameterType()}, not null
   * @return the references; empty for a parameter object of the wrong class
   * @throws NullPointerException if {@code parameters} is null
   */
  default List<ParameterReference> referencesUntyped(Object parameters) {
    Objects.requireNonNull(parameters, "parameters");
    return parameterType().isInstance(parameters)
        ? references(parameterType().cast(parameters))
        : List.of();
  }
}
