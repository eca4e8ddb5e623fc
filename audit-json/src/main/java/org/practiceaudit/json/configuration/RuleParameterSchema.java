package org.practiceaudit.json.configuration;

import java.util.Map;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleType;
import org.practiceaudit.rules.framework.FrameworkWords;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The configuration schema's per-rule-type part, generated from the rule types themselves: for each
 * type, "if {@code type} is this id, then {@code parameters} are described so". Only descriptions
 * are added, never constraints (each rule type checks its own parameters, with located problems),
 * so that editors give hover help and completion from the one place a parameter is documented,
 * {@link RuleType#parameterDescriptions()}.
 */
final class RuleParameterSchema {

  private RuleParameterSchema() {}

  /**
   * The {@code allOf} list of the schema's {@code $defs/rule}, one entry per type, sorted by id.
   */
  static ArrayNode allOf(RuleRegistry registry) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ArrayNode allOf = json.arrayNode();
    for (RuleType<?> type : registry.types()) {
      ObjectNode entry = allOf.addObject();
      ObjectNode condition = entry.putObject("if");
      condition.putObject("properties").putObject("type").put("const", type.id());
      condition.putArray("required").add("type");
      ObjectNode parameters =
          entry.putObject("then").putObject("properties").putObject("parameters");
      parameters.put("description", type.description());
      ObjectNode properties = parameters.putObject("properties");
      for (Map.Entry<String, String> parameter : type.parameterDescriptions().entrySet()) {
        properties
            .putObject(FrameworkWords.snakeCase(parameter.getKey()))
            .put("description", parameter.getValue());
      }
    }
    return allOf;
  }
}
