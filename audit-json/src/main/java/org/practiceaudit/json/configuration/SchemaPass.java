package org.practiceaudit.json.configuration;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.internal.Suggestions;
import org.practiceaudit.json.Problem;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Pass 1: the document against the published JSON Schema, with messages for configuration authors.
 */
final class SchemaPass {

  static final String RESOURCE = "/org/practiceaudit/json/framework.schema.json";

  static final String SCHEMA_TEXT = loadText();
  static final JsonNode SCHEMA_NODE = Document.JSON.readTree(SCHEMA_TEXT);
  static final String SCHEMA_ID = SCHEMA_NODE.get("$id").stringValue();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_NODE);

  private SchemaPass() {}

  private static String loadText() {
    try (InputStream in = SchemaPass.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the framework schema is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Problem> check(Document document) {
    Set<Problem> problems = new LinkedHashSet<>();
    for (Error error : SCHEMA.validate(document.root)) {
      if (error.getEvaluationPath() != null
          && error.getEvaluationPath().toString().contains("oneOf/")) {
        continue; // a branch of a oneOf: the oneOf's own error says what the shapes are
      }
      problems.add(translate(document, error));
    }
    return new ArrayList<>(problems);
  }

  private static Problem translate(Document document, Error error) {
    String pointer = pointer(error.getInstanceLocation());
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    JsonNode container = containingSchema(error);
    JsonNode instance = error.getInstanceNode();
    switch (keyword) {
      case "additionalProperties":
        return unknownProperty(document, pointer, error, container);
      case "required":
        return missingProperty(document, pointer, error, container);
      case "enum":
        {
          List<String> allowed = new ArrayList<>();
          error.getSchemaNode().forEach(v -> allowed.add(v.asString()));
          String value = instance == null ? "" : instance.asString();
          return document.problem(
              pointer, "unknown value '" + value + "'" + Suggestions.hint(value, allowed));
        }
      case "const":
        if (pointer.equals("/$schema")) {
          return document.problem(
              pointer,
              "unknown schema '"
                  + (instance == null ? "" : instance.asString())
                  + "'; this format's schema is '"
                  + SCHEMA_ID
                  + "'");
        }
        return document.problem(pointer, "must be " + error.getSchemaNode());
      case "oneOf":
        return oneOf(document, pointer, error);
      case "type":
        return document.problem(
            pointer,
            "must be " + article(error.getSchemaNode().asString()) + ", not " + describe(instance));
      case "pattern":
        return document.problem(
            pointer,
            "'"
                + (instance == null ? "" : instance.asString())
                + "' is not allowed here: "
                + container
                    .path("description")
                    .asString("it does not match " + error.getSchemaNode().asString()));
      case "minimum":
      case "maximum":
        if (error.getSchemaLocation().toString().contains("/share/")) {
          return document.problem(
              pointer, "a share must be from 0 to 1 (such as 0.2 for 20%): " + instance);
        }
        return document.problem(pointer, strip(error.getMessage()));
      default:
        return document.problem(pointer, strip(error.getMessage()));
    }
  }

  /** An unknown property, with the closest the schema allows there. */
  private static Problem unknownProperty(
      Document document, String pointer, Error error, JsonNode container) {
    String name = error.getProperty();
    Set<String> allowed = new TreeSet<>();
    JsonNode properties = container.path("properties");
    properties.propertyNames().forEach(allowed::add);
    return document.problem(
        Document.child(pointer, name),
        "unknown property '" + name + "'" + Suggestions.hint(name, allowed));
  }

  /** A missing property, with its title. */
  private static Problem missingProperty(
      Document document, String pointer, Error error, JsonNode container) {
    String name = error.getProperty();
    if ("follow_up".equals(name)) {
      return document.problem(
          pointer,
          "this escalation category has no follow-up deadline; give {\"hours\": 48},"
              + " {\"working_days\": 10} or \"none\"");
    }
    String title = container.path("properties").path(name).path("title").asString("");
    return document.problem(
        pointer,
        "missing property '"
            + name
            + "'"
            + (title.isEmpty() ? "" : " (" + title.toLowerCase(Locale.ROOT) + ")"));
  }

  /** A value matching none of the forms allowed: the forms, where they are known. */
  private static Problem oneOf(Document document, String pointer, Error error) {
    if (pointer.equals("/audit_due")) {
      return document.problem(
          pointer,
          "an audit due policy must be {\"working_days\": N} (0 to 260),"
              + " {\"days\": N} (0 to 366), \"end-of-month\" or \"none\"");
    }
    if (pointer.endsWith("/follow_up")) {
      return document.problem(
          pointer,
          "a follow-up deadline must be {\"hours\": N} (1 to 8760), {\"working_days\": N} (1 to 260) or \"none\"");
    }
    return document.problem(pointer, strip(error.getMessage()));
  }

  private static String article(String type) {
    switch (type) {
      case "string":
        return "a text";
      case "integer":
        return "a whole number";
      case "number":
        return "a number";
      case "boolean":
        return "true or false";
      case "array":
        return "a list";
      case "object":
        return "an object";
      default:
        return type;
    }
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "the text '" + node.asString() + "'";
    }
    if (node.isNumber()) {
      return "the number " + node;
    }
    if (node.isBoolean()) {
      return node.toString();
    }
    return node.isArray() ? "a list" : "an object";
  }

  private static String strip(String message) {
    return message.replaceFirst("^\\S*: ", "");
  }

  /**
   * The schema object holding the failed keyword, found in our own schema by its location fragment.
   */
  private static JsonNode containingSchema(Error error) {
    String location = error.getSchemaLocation().toString();
    int hash = location.indexOf('#');
    if (hash < 0) {
      return SCHEMA_NODE;
    }
    String fragment = location.substring(hash + 1);
    int last = fragment.lastIndexOf('/');
    String parent = last <= 0 ? "" : fragment.substring(0, last);
    try {
      JsonNode node = SCHEMA_NODE.at(JsonPointer.compile(parent));
      return node.isMissingNode() ? SCHEMA_NODE : node;
    } catch (IllegalArgumentException e) {
      return SCHEMA_NODE;
    }
  }

  private static String pointer(NodePath path) {
    List<Object> elements = new ArrayList<>();
    if (path != null) {
      for (int i = 0; i < path.getNameCount(); i++) {
        elements.add(path.getElement(i));
      }
    }
    return Document.pointer(elements);
  }
}
