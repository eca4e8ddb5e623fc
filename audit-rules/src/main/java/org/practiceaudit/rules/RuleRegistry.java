package org.practiceaudit.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.practiceaudit.core.framework.AuditFramework;

/**
 * The rule types available to a program, discovered with {@link ServiceLoader} or given explicitly,
 * and the factory of rule sets from configured rules.
 *
 * <p>Type ids are checked when the registry is made: each must be valid (see {@link RuleIds}) and
 * unique; a problem lists every offending id and, for a duplicate, every class that provides it.
 * Configured rules are checked when they are built: rule ids valid and unique, types known,
 * parameters valid; every problem is reported at once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleRegistry {

  private final Map<String, RuleType<?>> types;

  private RuleRegistry(Map<String, RuleType<?>> types) {
    this.types = types;
  }

  /**
   * Loads every rule type that {@link ServiceLoader} finds: the built-in ones and any a council
   * adds on the module path or the class path.
   *
   * @return the registry
   * @throws RuleConfigurationException listing every provider that failed to load, every invalid
   *     type id and every duplicate
   */
  @SuppressWarnings("rawtypes")
  public static RuleRegistry load() {
    List<RuleType<?>> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ServiceLoader<RuleType> loader = ServiceLoader.load(RuleType.class);
    var iterator = loader.stream().iterator();
    while (true) {
      try {
        if (!iterator.hasNext()) {
          break;
        }
        found.add(iterator.next().get());
      } catch (ServiceConfigurationError e) {
        problems.add("a rule type provider failed to load: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleConfigurationException("rule types", problems);
    }
    return of(found);
  }

  /**
   * Obtains a registry of the given rule types.
   *
   * @param ruleTypes the rule types; not null
   * @return the registry
   * @throws NullPointerException if {@code ruleTypes} or a type is null
   * @throws RuleConfigurationException listing every invalid type id and every duplicate with the
   *     classes providing it
   */
  public static RuleRegistry of(Collection<? extends RuleType<?>> ruleTypes) {
    Objects.requireNonNull(ruleTypes, "ruleTypes");
    List<String> problems = new ArrayList<>();
    Map<String, List<RuleType<?>>> byId = new TreeMap<>();
    for (RuleType<?> type : ruleTypes) {
      Objects.requireNonNull(type, "ruleType");
      String id = type.id();
      if (id == null || !RuleIds.isTypeId(id)) {
        problems.add(
            RuleIds.typeIdProblem(String.valueOf(id)) + " (" + type.getClass().getName() + ")");
      } else {
        byId.computeIfAbsent(id, k -> new ArrayList<>()).add(type);
      }
    }
    Map<String, RuleType<?>> unique = new TreeMap<>();
    byId.forEach(
        (id, list) -> {
          if (list.size() > 1) {
            List<String> classes = new ArrayList<>();
            for (RuleType<?> type : list) {
              classes.add(type.getClass().getName());
            }
            problems.add("duplicate rule type id '" + id + "' provided by " + classes);
          }
          unique.put(id, list.get(0));
        });
    if (!problems.isEmpty()) {
      throw new RuleConfigurationException("rule types", problems);
    }
    return new RuleRegistry(java.util.Collections.unmodifiableMap(unique));
  }

  /**
   * Returns the rule types, sorted by id.
   *
   * @return an unmodifiable list
   */
  public List<RuleType<?>> types() {
    return List.copyOf(types.values());
  }

  /**
   * Finds a rule type by id.
   *
   * @param typeId the id; not null
   * @return the type, or empty if none has that id
   * @throws NullPointerException if {@code typeId} is null
   */
  public Optional<RuleType<?>> find(String typeId) {
    return Optional.ofNullable(types.get(Objects.requireNonNull(typeId, "typeId")));
  }

  /**
   * Builds a rule set from configured rules, each bound to one framework, reporting every problem
   * at once: invalid or duplicate rule ids, unknown rule types and invalid parameters.
   *
   * @param configured the configured rules; not null
   * @param framework the framework the rules are bound to and evaluated in; not null
   * @return the rule set, or every problem
   * @throws NullPointerException if an argument or an element is null
   */
  public Validation<Seq<String>, RuleSet> build(
      Collection<ConfiguredRule> configured, AuditFramework framework) {
    Objects.requireNonNull(configured, "configured");
    Objects.requireNonNull(framework, "framework");
    List<String> problems = new ArrayList<>();
    List<Rule<?>> rules = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (ConfiguredRule rule : configured) {
      Objects.requireNonNull(rule, "configured rule");
      counts.merge(rule.ruleId(), 1, Integer::sum);
      if (!RuleIds.isRuleId(rule.ruleId())) {
        problems.add(RuleIds.ruleIdProblem(rule.ruleId()));
        continue;
      }
      Optional<RuleType<?>> type = find(rule.typeId());
      if (type.isEmpty()) {
        problems.add(
            "rule '"
                + rule.ruleId()
                + "': unknown rule type '"
                + rule.typeId()
                + "'; expected one of "
                + types.keySet());
        continue;
      }
      Validation<Seq<ParameterProblem>, Rule<?>> built =
          type.get().validateUntyped(rule.ruleId(), rule.parameters(), framework);
      if (built.isValid()) {
        rules.add(built.get());
      } else {
        built.getError().forEach(p -> problems.add("rule '" + rule.ruleId() + "': " + p));
      }
    }
    RuleIds.addDuplicateProblems(counts, problems);
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return RuleSet.validate(rules);
  }

  @Override
  public String toString() {
    return "RuleRegistry" + types.keySet();
  }
}
