package org.practiceaudit.cli;

import java.io.PrintWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command line's JSON output: one document per run, fields in the order they are put,
 * snake_case names as the README's contract gives them.
 */
final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static String toText(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  static void print(PrintWriter out, JsonNode node) {
    out.println(toText(node));
    out.flush();
  }
}
