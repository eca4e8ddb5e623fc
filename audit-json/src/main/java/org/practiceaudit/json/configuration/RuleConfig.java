package org.practiceaudit.json.configuration;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One configured rule: its id, its rule type and the parameters the rule type binds.
 *
 * <p>This class is immutable and thread-safe: the parameters are copied in and out.
 *
 * @param id the rule id, kebab-case with a namespace such as {@code dudley/escalation-category}; not null
 * @param type the rule type id, such as {@code escalation-category}; not null
 * @param description what the rule checks and its source; not null, may be empty
 * @param parameters the parameters, checked against the rule type; not null
 */
public record RuleConfig(String id, String type, String description, ObjectNode parameters) {

  /**
   * Copies the parameters.
   *
   * @param id the id; not null
   * @param type the type; not null
   * @param description the description; not null
   * @param parameters the parameters; not null
   */
  public RuleConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    parameters = Objects.requireNonNull(parameters, "parameters").deepCopy();
  }

  /**
   * Returns a copy of the parameters.
   *
   * @return a fresh copy, which the caller may change
   */
  @Override
  public ObjectNode parameters() {
    return parameters.deepCopy();
  }
}
