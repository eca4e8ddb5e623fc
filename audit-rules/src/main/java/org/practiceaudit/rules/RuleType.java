package org.practiceaudit.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A kind of rule, built from typed parameters: the service provider interface through which built-in
 * and councils' own rules are discovered with {@link java.util.ServiceLoader}.
 *
 * <p>A rule type has an id (lower-case kebab-case, such as {@code escalation-category}, optionally with
 * a namespace for a council's own, such as {@code acme/chronology-present}), a parameter class (a Java
 * record or an Immutables type with plain fields, so that a configuration format can bind it) with a
 * description of each parameter, and a factory that validates the parameters and reports every problem
 * at once.
 *
 * <p>To plug in a rule type, implement this interface in a public class with a public no-argument
 * constructor, and declare it both in {@code module-info.java}
 * ({@code provides org.practiceaudit.rules.RuleType with ...}) and in
 * {@code META-INF/services/org.practiceaudit.rules.RuleType}, so that it is found on the module path and
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
   * Describes each parameter, by its name in the parameter class.
   *
   * @return an unmodifiable map from parameter name to a description with its allowed range and default
   */
  Map<String, String> parameterDescriptions();

  /**
   * Validates parameters and builds a rule, reporting every problem at once.
   *
   * @param ruleId the id of the rule to build; a valid rule id (see {@link RuleIds})
   * @param parameters the parameters; not null
   * @return the rule, or every problem with the id or the parameters
   */
  Validation<Seq<String>, Rule<?>> validate(String ruleId, P parameters);

  /**
   * Builds a rule, throwing if the parameters are invalid.
   *
   * @param ruleId the id of the rule to build; a valid rule id (see {@link RuleIds})
   * @param parameters the parameters; not null
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws RuleConfigurationException listing every problem with the id or the parameters
   */
  default Rule<?> create(String ruleId, P parameters) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(parameters, "parameters");
    Validation<Seq<String>, Rule<?>> rule = validate(ruleId, parameters);
    if (rule.isInvalid()) {
      throw new RuleConfigurationException("rule '" + ruleId + "'", rule.getError().asJava());
    }
    return rule.get();
  }

  /**
   * Validates parameters of unknown static type, as a configuration binder has them, and builds a rule.
   *
   * @param ruleId the id of the rule to build; a valid rule id (see {@link RuleIds})
   * @param parameters the parameters; an instance of {@link #parameterType()}, not null
   * @return the rule, or every problem
   * @throws NullPointerException if an argument is null
   */
  default Validation<Seq<String>, Rule<?>> validateUntyped(String ruleId, Object parameters) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(parameters, "parameters");
    if (!parameterType().isInstance(parameters)) {
      return Validation.invalid(
          io.vavr.collection.List.of(
              "rule '" + ruleId + "' of type '" + id() + "': parameters must be "
                  + parameterType().getSimpleName() + ", not " + parameters.getClass().getSimpleName()));
    }
    return validate(ruleId, parameterType().cast(parameters));
  }

  /**
   * Turns a list of problems into a validation: the rule built by {@code rule} if there are none, else
   * every problem.
   *
   * @param problems the problems found; not null
   * @param rule builds the rule, called only when there are no problems; not null
   * @return the validation
   * @throws NullPointerException if an argument is null
   */
  static Validation<Seq<String>, Rule<?>> result(
      java.util.List<String> problems, Supplier<? extends Rule<?>> rule) {
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(rule, "rule");
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(rule.get());
  }
}
