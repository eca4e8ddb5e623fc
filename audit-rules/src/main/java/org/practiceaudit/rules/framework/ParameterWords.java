package org.practiceaudit.rules.framework;

import static org.practiceaudit.rules.framework.Prose.number;
import static org.practiceaudit.rules.framework.Prose.plain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A rule's parameter values and names as a configuration document spells them (snake_case names,
 * values with the defaults filled in). (Part of {@link FrameworkWords}.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class ParameterWords {

  private ParameterWords() {}

  static Map<String, Object> parameters(Object parameters) {
    Objects.requireNonNull(parameters, "parameters");
    Map<String, Object> values = new LinkedHashMap<>();
    if (parameters.getClass().isRecord()) {
      for (RecordComponent component : parameters.getClass().getRecordComponents()) {
        values.put(component.getName(), read(component, parameters));
      }
    }
    return java.util.Collections.unmodifiableMap(values);
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return "(unreadable)";
    }
  }

  static String value(Object value) {
    if (value == null || "".equals(value)) {
      return "none";
    }
    if (value instanceof Collection<?>) {
      return ((Collection<?>) value)
          .stream().map(ParameterWords::value).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?>) {
      Map<String, String> sorted = new TreeMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> sorted.put(String.valueOf(k), value(v)));
      return sorted.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Double || value instanceof Float) {
      return number(((Number) value).doubleValue());
    }
    if (value instanceof BigDecimal) {
      return plain((BigDecimal) value);
    }
    if (value.getClass().isRecord()) {
      return parameters(value).entrySet().stream()
          .map(e -> snakeCase(e.getKey()) + ": " + value(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return value.toString();
  }

  static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  static String snakeCaseIn(String text, Class<?> parameterType) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(parameterType, "parameterType");
    String out = text;
    for (String name : componentNames(parameterType, new java.util.LinkedHashSet<>())) {
      String snake = snakeCase(name);
      if (!snake.equals(name)) {
        out = out.replaceAll("\\b" + java.util.regex.Pattern.quote(name) + "\\b", snake);
      }
    }
    return out;
  }

  static java.util.Set<String> parameterNames(Class<?> parameterType) {
    Objects.requireNonNull(parameterType, "parameterType");
    return java.util.Collections.unmodifiableSet(
        componentNames(parameterType, new java.util.LinkedHashSet<>()));
  }

  /** The component names of a record and of the records it holds, directly or in lists and maps. */
  private static java.util.Set<String> componentNames(Class<?> type, java.util.Set<String> names) {
    if (!type.isRecord()) {
      return names;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (names.add(component.getName())) {
        componentNames(component.getType(), names);
        if (component.getGenericType() instanceof java.lang.reflect.ParameterizedType) {
          for (var argument :
              ((java.lang.reflect.ParameterizedType) component.getGenericType())
                  .getActualTypeArguments()) {
            if (argument instanceof Class<?>) {
              componentNames((Class<?>) argument, names);
            }
          }
        }
      }
    }
    return names;
  }
}
