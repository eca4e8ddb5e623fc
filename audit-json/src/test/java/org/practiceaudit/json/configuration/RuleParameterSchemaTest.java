package org.practiceaudit.json.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema's rule parameters are described by the rule types themselves (issue 17 item 4): the
 * {@code allOf} of {@code $defs/rule} equals what {@link RuleType#parameterDescriptions()} says,
 * and every parameter of every built-in type is described. {@code -Dgolden.update=true} rewrites
 * both copies of the schema (the jar's and the repository's) from the rule types.
 */
final class RuleParameterSchemaTest {

  private static final Path REPOSITORY = Path.of("../schema/framework.schema.json");
  private static final Path RESOURCE =
      Path.of("src/main/resources/org/practiceaudit/json/framework.schema.json");

  @Test
  void schema_ruleParameters_areTheRuleTypesOwnDescriptions() throws IOException {
    JsonNode generated = RuleParameterSchema.allOf(RuleRegistry.load());
    ObjectNode schema =
        (ObjectNode) Document.JSON.readTree(Files.readString(REPOSITORY, StandardCharsets.UTF_8));
    if (Boolean.getBoolean("golden.update")) {
      ((ObjectNode) schema.get("$defs").get("rule")).set("allOf", generated);
      String text = PythonStyle.write(schema) + "\n";
      Files.writeString(REPOSITORY, text, StandardCharsets.UTF_8);
      Files.writeString(RESOURCE, text, StandardCharsets.UTF_8);
    }

    assertThat(schema.at("/$defs/rule/allOf")).isEqualTo(generated);
  }

  @Test
  void parameterDescriptions_everyBuiltInType_describeExactlyItsParameters() {
    for (RuleType<?> type : RuleRegistry.load().types()) {
      Class<?> parameters = type.parameterType();
      if (!parameters.isRecord()) {
        continue;
      }
      Set<String> components =
          Arrays.stream(parameters.getRecordComponents())
              .map(c -> c.getName())
              .collect(Collectors.toCollection(TreeSet::new));

      assertThat(new TreeSet<>(type.parameterDescriptions().keySet()))
          .as("parameters described by rule type %s", type.id())
          .isEqualTo(components);
    }
  }

  /** Writes JSON as the repository's schema is written (Python's {@code json.dumps(indent=2)}). */
  static final class PythonStyle {

    private PythonStyle() {}

    static String write(JsonNode node) {
      StringBuilder out = new StringBuilder();
      write(node, 0, out);
      return out.toString();
    }

    private static void write(JsonNode node, int depth, StringBuilder out) {
      String indent = "  ".repeat(depth + 1);
      if (node.isObject() && node.size() > 0) {
        out.append("{\n");
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          out.append(indent).append(Document.JSON.writeValueAsString(field.getKey())).append(": ");
          write(field.getValue(), depth + 1, out);
          out.append(fields.hasNext() ? ",\n" : "\n");
        }
        out.append("  ".repeat(depth)).append('}');
      } else if (node.isArray() && node.size() > 0) {
        out.append("[\n");
        for (int i = 0; i < node.size(); i++) {
          out.append(indent);
          write(node.get(i), depth + 1, out);
          out.append(i + 1 < node.size() ? ",\n" : "\n");
        }
        out.append("  ".repeat(depth)).append(']');
      } else {
        out.append(
            node.isObject()
                ? "{}"
                : node.isArray() ? "[]" : Document.JSON.writeValueAsString(node));
      }
    }
  }
}
