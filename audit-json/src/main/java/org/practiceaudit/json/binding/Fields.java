package org.practiceaudit.json.binding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Reads the fields of one JSON object strictly: required, optional, typed, no unknown names. */
final class Fields {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode node;
  private final String type;

  private Fields(JsonNode node, String type) {
    this.node = node;
    this.type = type;
  }

  /** Checks that the node is an object with only the allowed property names. */
  static Fields of(JsonNode node, String type, Set<String> allowed) {
    if (!node.isObject()) {
      throw new BindingException(
          type
              + " must be a JSON object, not "
              + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    for (String name : node.propertyNames()) {
      if (!allowed.contains(name)) {
        throw new BindingException(
            "unknown property '"
                + name
                + "' in "
                + type
                + "; expected "
                + new java.util.TreeSet<>(allowed));
      }
    }
    return new Fields(node, type);
  }

  JsonNode required(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new BindingException(type + " is missing '" + name + "'");
    }
    return value;
  }

  Optional<JsonNode> optional(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  String text(String name) {
    return text(required(name), name);
  }

  Optional<String> optionalText(String name) {
    return optional(name).map(v -> text(v, name));
  }

  String text(JsonNode value, String name) {
    if (!value.isString()) {
      throw new BindingException("'" + name + "' in " + type + " must be text");
    }
    return value.stringValue();
  }

  int integer(String name) {
    return integer(required(name), name);
  }

  int integer(JsonNode value, String name) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new BindingException("'" + name + "' in " + type + " must be a whole number");
    }
    return value.intValue();
  }

  long count(String name) {
    return count(required(name), name);
  }

  long count(JsonNode value, String name) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new BindingException("'" + name + "' in " + type + " must be a whole number");
    }
    return value.longValue();
  }

  boolean bool(String name, boolean fallback) {
    Optional<JsonNode> value = optional(name);
    if (value.isPresent() && !value.get().isBoolean()) {
      throw new BindingException("'" + name + "' in " + type + " must be true or false");
    }
    return value.map(JsonNode::booleanValue).orElse(fallback);
  }

  LocalDate date(String name) {
    return date(required(name), name);
  }

  Optional<LocalDate> optionalDate(String name) {
    return optional(name).map(v -> date(v, name));
  }

  LocalDate date(JsonNode value, String name) {
    return named(name, () -> parseDate(text(value, name)));
  }

  Optional<Instant> optionalInstant(String name) {
    return optional(name).map(v -> named(name, () -> parseInstant(text(v, name))));
  }

  private <T> T named(String name, Supplier<T> read) {
    try {
      return read.get();
    } catch (BindingException e) {
      throw new BindingException("'" + name + "' in " + type + ": " + e.getMessage());
    }
  }

  /** Reads an ISO date, and nothing else (Jackson's own also takes arrays and date-times). */
  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BindingException("a date must be ISO text such as 2026-03-30: '" + text + "'");
    }
  }

  /** Reads an ISO month, such as {@code 2021-07}. */
  static YearMonth parseMonth(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new BindingException("a month must be ISO text such as 2021-07: '" + text + "'");
    }
  }

  /** Reads an instant with any ISO offset, as people write it: {@code 2026-03-30T10:00+01:00}. */
  static Instant parseInstant(String text) {
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      throw new BindingException(
          "an instant must be ISO text such as 2026-03-30T09:00:00Z or 2026-03-30T10:00+01:00: '"
              + text
              + "'");
    }
  }

  <T> List<T> list(String name, Function<JsonNode, T> element) {
    Optional<JsonNode> value = optional(name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw new BindingException("'" + name + "' in " + type + " must be a list");
    }
    List<T> out = new ArrayList<>();
    for (JsonNode item : value.get()) {
      out.add(element.apply(item));
    }
    return out;
  }

  <T> Map<String, T> map(String name, Function<JsonNode, T> element) {
    Optional<JsonNode> value = optional(name);
    if (value.isEmpty()) {
      return Map.of();
    }
    if (!value.get().isObject()) {
      throw new BindingException("'" + name + "' in " + type + " must be an object");
    }
    Map<String, T> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : value.get().properties()) {
      out.put(e.getKey(), element.apply(e.getValue()));
    }
    return out;
  }

  static String textOf(JsonNode value, String what) {
    if (!value.isString()) {
      throw new BindingException(what + " must be text");
    }
    return value.stringValue();
  }

  static ArrayNode array(Iterable<?> items, Function<Object, JsonNode> each) {
    ArrayNode array = NODES.arrayNode();
    for (Object item : items) {
      array.add(each.apply(item));
    }
    return array;
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }
}
