package org.practiceaudit.json.configuration;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.internal.Suggestions;
import org.practiceaudit.json.Problem;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleType;
import org.practiceaudit.rules.framework.FrameworkWords;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

/**
 * Binds each configured rule's {@code parameters} to its rule type's parameter class with Jackson,
 * the parameter names in snake_case ({@code escalate_to} for {@code escalateTo}), and lets the rule
 * type validate them. Unknown rule types, unknown parameters, parameters of the wrong type and the
 * rule type's own problems all become located problems.
 */
final class RuleBinding {

  /**
   * Binds parameters strictly: unknown names, nulls for primitives and coerced scalars are errors.
   */
  private static final JsonMapper PARAMETERS =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
          .withCoercionConfig(
              LogicalType.Textual,
              c ->
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Boolean,
              c ->
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Integer,
              c ->
                  c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
          .withCoercionConfig(
              LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
          .build();

  private RuleBinding() {}

  /**
   * The problems of every rule in the document; rules whose type or parameters the schema rejected
   * are skipped.
   */
  static List<Problem> check(Document doc, RuleRegistry registry, List<Problem> earlier) {
    List<Problem> problems = new ArrayList<>();
    Set<String> domains = new LinkedHashSet<>();
    doc.root
        .path("domains")
        .forEach(
            d -> {
              if (d.path("id").isString()) {
                domains.add(d.path("id").stringValue());
              }
            });
    Optional<GradeScale> scale = CoreForms.gradeScale(doc.root);
    int i = 0;
    for (JsonNode rule : doc.root.path("rules")) {
      String at = "/rules/" + i++;
      if (rule.isObject()
          && rule.path("id").isString()
          && rule.path("type").isString()
          && clean(at + "/type", earlier)
          && clean(at + "/parameters", earlier)
          && (rule.path("parameters").isMissingNode() || rule.path("parameters").isObject())) {
        Either<List<Problem>, Object> parameters = parameters(doc, at, rule, registry);
        if (parameters.isLeft()) {
          problems.addAll(parameters.getLeft());
          continue;
        }
        RuleType<?> type = registry.find(rule.path("type").stringValue()).orElseThrow();
        List<Problem> references =
            new RuleReferences(doc, domains, scale)
                .check(at, type.referencesUntyped(parameters.get()), type.parameterType());
        problems.addAll(references);
        for (Problem p : validation(doc, at, rule, registry, parameters.get())) {
          if (!repeats(p, references)) {
            problems.add(p);
          }
        }
      }
    }
    return problems;
  }

  private static boolean clean(String pointer, List<Problem> earlier) {
    for (Problem p : earlier) {
      if (p.pointer().equals(pointer) || p.pointer().startsWith(pointer + "/")) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a rule type's problem quotes a value that a located reference problem already names.
   */
  private static boolean repeats(Problem problem, List<Problem> references) {
    for (Problem r : references) {
      int open = r.message().indexOf('\'');
      int close = r.message().indexOf('\'', open + 1);
      if (open >= 0
          && close > open
          && problem.message().contains(r.message().substring(open, close + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Binds one rule: the configured rule, or its located problems. */
  static Either<List<Problem>, ConfiguredRule> bind(
      Document doc, String at, JsonNode rule, RuleRegistry registry) {
    Either<List<Problem>, Object> parameters = parameters(doc, at, rule, registry);
    if (parameters.isLeft()) {
      return Either.left(parameters.getLeft());
    }
    List<Problem> problems = validation(doc, at, rule, registry, parameters.get());
    if (!problems.isEmpty()) {
      return Either.left(problems);
    }
    return Either.right(
        ConfiguredRule.builder()
            .ruleId(rule.path("id").stringValue())
            .typeId(rule.path("type").stringValue())
            .parameters(parameters.get())
            .citation(rule.path("description").asString(""))
            .requiredToComplete(rule.path("required_to_complete").asBoolean(false))
            .build());
  }

  /** The rule type's own checks of bound parameters, each at its value's pointer. */
  private static List<Problem> validation(
      Document doc, String at, JsonNode rule, RuleRegistry registry, Object bound) {
    RuleType<?> type = registry.find(rule.path("type").stringValue()).orElseThrow();
    List<Problem> problems = new ArrayList<>();
    for (ParameterProblem problem : type.problemsUntyped(bound)) {
      String pointer = at + "/parameters" + pointer(problem.path(), type.parameterType());
      if (doc.root.at(tools.jackson.core.JsonPointer.compile(pointer)).isMissingNode()) {
        pointer = rule.path("parameters").isObject() ? at + "/parameters" : at;
      }
      problems.add(doc.problem(pointer, snakeCase(problem.message(), type.parameterType())));
    }
    return problems;
  }

  /**
   * A path inside a rule's parameters as a JSON Pointer, the parameter class's component names in
   * snake_case as the document spells them ({@code /floors/0/cap_at}); map keys stay as written.
   */
  static String pointer(List<Object> path, Class<?> parameterType) {
    Set<String> names = FrameworkWords.parameterNames(parameterType);
    List<Object> steps = new ArrayList<>();
    for (Object step : path) {
      steps.add(step instanceof String && names.contains(step) ? snake((String) step) : step);
    }
    return Document.pointer(steps);
  }

  private static String snake(String name) {
    return FrameworkWords.snakeCase(name);
  }

  /** Finds the rule type and binds the parameters to its parameter class. */
  private static Either<List<Problem>, Object> parameters(
      Document doc, String at, JsonNode rule, RuleRegistry registry) {
    String ruleId = rule.path("id").stringValue();
    String typeId = rule.path("type").stringValue();
    Optional<RuleType<?>> type = registry.find(typeId);
    if (type.isEmpty()) {
      List<String> ids = new ArrayList<>();
      registry.types().forEach(t -> ids.add(t.id()));
      return Either.left(
          List.of(
              doc.problem(
                  at + "/type",
                  "unknown rule type '" + typeId + "'" + didYouMean(typeId, ids) + hintList(ids))));
    }
    JsonNode given = rule.path("parameters");
    ObjectNode parameters =
        given.isObject() ? ((ObjectNode) given).deepCopy() : JsonNodeFactory.instance.objectNode();
    Object bound;
    try {
      bound = PARAMETERS.treeToValue(parameters, type.get().parameterType());
    } catch (PropertyBindingException e) {
      return Either.left(List.of(unknownParameter(doc, at, typeId, e)));
    } catch (MismatchedInputException e) {
      return Either.left(List.of(mismatched(doc, at, typeId, e)));
    } catch (JacksonException | IllegalArgumentException e) {
      String message =
          e instanceof JacksonException
              ? ((JacksonException) e).getOriginalMessage()
              : e.getMessage();
      return Either.left(
          List.of(
              doc.problem(
                  at + "/parameters",
                  "the parameters of rule '"
                      + ruleId
                      + "' cannot be read: "
                      + firstLine(message))));
    }
    return Either.right(bound);
  }

  /** The problem of a parameter the rule type does not have, with the closest it has. */
  private static Problem unknownParameter(
      Document doc, String at, String typeId, PropertyBindingException e) {
    String name = e.getPropertyName();
    List<String> known = new ArrayList<>();
    Collection<Object> ids = e.getKnownPropertyIds();
    if (ids != null) {
      ids.forEach(k -> known.add(k.toString()));
    }
    return doc.problem(
        Document.child(at + "/parameters", name),
        "unknown parameter '"
            + name
            + "' for rule type '"
            + typeId
            + "'"
            + didYouMean(name, known)
            + hintList(new TreeSet<>(known)));
  }

  /** The problem of a parameter missing, or of the wrong kind. */
  private static Problem mismatched(
      Document doc, String at, String typeId, MismatchedInputException e) {
    String pointer = at + "/parameters" + pointer(e.getPath());
    if (doc.root.at(tools.jackson.core.JsonPointer.compile(pointer)).isMissingNode()) {
      return doc.problem(
          at,
          "rule type '"
              + typeId
              + "' needs the parameter '"
              + name(e.getPath())
              + "' ("
              + expected(e.getTargetType())
              + ")");
    }
    return doc.problem(
        pointer,
        "parameter '"
            + name(e.getPath())
            + "' must be "
            + expected(e.getTargetType())
            + ", not "
            + shown(doc.nearest(pointer)));
  }

  /**
   * Rewrites the parameter class's component names in a rule type's message as the document spells
   * them.
   */
  static String snakeCase(String message, Class<?> parameterType) {
    return FrameworkWords.snakeCaseIn(message, parameterType);
  }

  /**
   * "; did you mean 'x'?" when a candidate is close; the list of allowed values follows separately.
   */
  private static String didYouMean(String text, Collection<String> candidates) {
    return Suggestions.closest(text, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  private static String hintList(Collection<String> allowed) {
    return allowed.isEmpty() ? "" : "; expected one of " + new TreeSet<>(allowed);
  }

  private static String pointer(List<JacksonException.Reference> path) {
    List<Object> parts = new ArrayList<>();
    for (JacksonException.Reference r : path) {
      parts.add(r.getPropertyName() != null ? r.getPropertyName() : Integer.valueOf(r.getIndex()));
    }
    return Document.pointer(parts);
  }

  private static String name(List<JacksonException.Reference> path) {
    for (JacksonException.Reference r : path) {
      if (r.getPropertyName() != null) {
        return r.getPropertyName();
      }
    }
    return "parameters";
  }

  private static final Map<Class<?>, String> EXPECTED =
      Map.ofEntries(
          Map.entry(int.class, "a whole number"),
          Map.entry(Integer.class, "a whole number"),
          Map.entry(long.class, "a whole number"),
          Map.entry(Long.class, "a whole number"),
          Map.entry(double.class, "a number"),
          Map.entry(Double.class, "a number"),
          Map.entry(boolean.class, "true or false"),
          Map.entry(Boolean.class, "true or false"),
          Map.entry(String.class, "a text"));

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (EXPECTED.containsKey(type)) {
      return EXPECTED.get(type);
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        names.add(c.toString());
      }
      return "one of " + names;
    }
    return "a " + type.getSimpleName();
  }

  private static String shown(JsonNode value) {
    String text = value.toString();
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable parameters";
    }
    String first = message.strip().lines().findFirst().orElse(message);
    return first.length() > 300 ? first.substring(0, 300) + "..." : first;
  }
}
