package org.practiceaudit.rules;

import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One rule as a framework configures it: its id, the id of its rule type, the type's parameters and
 * the line of the source document it implements.
 *
 * <p>Ids and parameters are checked when a {@link RuleRegistry} builds the rules, so that every
 * problem in a configuration is reported at once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ConfiguredRule {

  ConfiguredRule() {}

  /**
   * Returns the rule's id.
   *
   * @return the id, such as {@code dudley/escalation-category}
   */
  public abstract String ruleId();

  /**
   * Returns the id of the rule's type.
   *
   * @return the type id, such as {@code escalation-category}
   */
  public abstract String typeId();

  /**
   * Returns the parameters, an instance of the type's parameter class.
   *
   * @return the parameters
   */
  public abstract Object parameters();

  /**
   * Returns where the rule comes from: the source document, section and line it implements.
   *
   * @return the citation, such as {@code Dudley audit framework 2017, Raising a Concern (seed 004,
   *     line 124)}; empty for a council's own rule without a source
   */
  @Value.Default
  public String citation() {
    return "";
  }

  /**
   * Tells whether the rule must pass before an audit can be completed.
   *
   * @return true if a failure or error of this rule blocks completion
   */
  @Value.Default
  public boolean requiredToComplete() {
    return false;
  }

  /**
   * Obtains a configured rule.
   *
   * @param ruleId the rule id; not null
   * @param typeId the rule type id; not null
   * @param parameters the type's parameters; not null
   * @param citation the source document, section and line; not null
   * @return the configured rule, not required to complete an audit
   * @throws NullPointerException if an argument is null
   */
  public static ConfiguredRule of(
      String ruleId, String typeId, Object parameters, String citation) {
    return builder()
        .ruleId(ruleId)
        .typeId(typeId)
        .parameters(parameters)
        .citation(citation)
        .build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableConfiguredRule.Builder builder() {
    return ImmutableConfiguredRule.builder();
  }
}
