package org.practiceaudit.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A convenient base for rule types: it holds what every type declares (id, description, parameter
 * class and parameter descriptions), so that a type writes only its {@link #problems}, {@link
 * #references} and {@link #bind}.
 *
 * <pre>{@code
 * public final class ChronologyRuleType extends AbstractRuleType<ChronologyParameters> {
 *   public ChronologyRuleType() {
 *     super("acme/chronology-present", "The case file holds an up-to-date chronology",
 *         ChronologyParameters.class, Map.of("maxAgeDays", "days since the last entry; default 90"));
 *   }
 *   ...
 * }
 * }</pre>
 *
 * @param <P> the parameter type
 */
public abstract class AbstractRuleType<P> implements RuleType<P> {

  private final String id;
  private final String description;
  private final Class<P> parameterType;
  private final Map<String, String> parameterDescriptions;

  /**
   * Creates the type.
   *
   * @param id the type id; lower-case kebab-case, optionally namespaced (see {@link RuleIds})
   * @param description what rules of this type check or derive, citing the source document; not
   *     null
   * @param parameterType the parameter class; not null
   * @param parameterDescriptions each parameter's description, in the order given; not null
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if {@code id} is not a valid type id
   */
  protected AbstractRuleType(
      String id,
      String description,
      Class<P> parameterType,
      Map<String, String> parameterDescriptions) {
    if (!RuleIds.isTypeId(Objects.requireNonNull(id, "id"))) {
      throw new IllegalArgumentException(RuleIds.typeIdProblem(id));
    }
    this.id = id;
    this.description = Objects.requireNonNull(description, "description");
    this.parameterType = Objects.requireNonNull(parameterType, "parameterType");
    Map<String, String> copy = new LinkedHashMap<>();
    parameterDescriptions.forEach(
        (name, text) ->
            copy.put(
                Objects.requireNonNull(name, "parameter name"),
                Objects.requireNonNull(text, "description")));
    this.parameterDescriptions = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Returns parameter descriptions in the order given, for the constructor: {@code
   * describe("share", "share of audits to moderate", "perAuditor", "at least one per auditor")}.
   *
   * @param namesAndDescriptions parameter names, each followed by its description; not null
   * @return an ordered, unmodifiable map
   * @throws IllegalArgumentException if the arguments are not pairs
   * @throws NullPointerException if an argument is null
   */
  protected static Map<String, String> describe(String... namesAndDescriptions) {
    if (namesAndDescriptions.length % 2 != 0) {
      throw new IllegalArgumentException("names and descriptions must come in pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndDescriptions.length; i += 2) {
      map.put(
          Objects.requireNonNull(namesAndDescriptions[i], "name"),
          Objects.requireNonNull(namesAndDescriptions[i + 1], "description"));
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Class<P> parameterType() {
    return parameterType;
  }

  @Override
  public final Map<String, String> parameterDescriptions() {
    return parameterDescriptions;
  }

  @Override
  public String toString() {
    return "RuleType[" + id + "]";
  }
}
