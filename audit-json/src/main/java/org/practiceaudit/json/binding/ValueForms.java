package org.practiceaudit.json.binding;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceaudit.rules.framework.FrameworkWords;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.introspect.VisibilityChecker;
import tools.jackson.databind.module.SimpleModule;

/**
 * Lets Jackson bind audit-core's Immutables values by their attributes: a value is written through
 * its attribute accessors and read through its builder, property names in snake_case, empty
 * optionals left out. A mix-in ({@link Mixins}) renames a property, leaves out a default or adds a
 * derived figure where the JSON form needs it.
 *
 * <p>A value type {@code X} is built by {@code ImmutableX.builder()}, generated beside it. An
 * attribute is a field of {@code ImmutableX}; only the accessor and the builder method of that name
 * take part, so derived methods and the builder's {@code add*} and {@code put*} methods are never
 * properties.
 */
final class ValueForms extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  /** A bound value type, its generated class and builder, and its attributes. */
  private record Form(
      Class<?> type,
      Method factory,
      Class<?> builder,
      Set<String> attributes,
      Map<String, String> propertyNames) {

    /**
     * The JSON property of an attribute: the mix-in's name, otherwise the attribute's in
     * snake_case.
     */
    String propertyName(String attribute) {
      return propertyNames.getOrDefault(attribute, FrameworkWords.snakeCase(attribute));
    }
  }

  /** Immutables' wording when {@code build()} finds required attributes unset. */
  private static final Pattern UNSET = Pattern.compile("required attributes are not set \\[(.*)]");

  private final transient Map<Class<?>, Form> byClass = new LinkedHashMap<>();

  /**
   * Binds the given value types in the module, each with its mix-in ({@code Void.class} for none).
   */
  ValueForms(SimpleModule module, Map<Class<?>, Class<?>> mixins) {
    mixins.forEach(
        (type, mixin) -> {
          Form form = add(type, mixin);
          if (mixin != Void.class) {
            module.setMixInAnnotation(type, mixin);
            module.setMixInAnnotation(form.builder(), mixin);
          }
          module.addValueInstantiator(form.builder(), new Factory(form));
        });
  }

  /** Adds the introspector and the wording of problems to a mapper. */
  void setUp(JacksonModule.SetupContext context) {
    context.insertAnnotationIntrospector(this);
    context.addHandler(new Problems());
    context.addDeserializerModifier(
        new ValueDeserializerModifier() {
          private static final long serialVersionUID = 1L;

          @Override
          public ValueDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription.Supplier description,
              ValueDeserializer<?> deserializer) {
            return form(description.getBeanClass())
                .<ValueDeserializer<?>>map(
                    f -> new Unquoted(deserializer, f.type().getSimpleName()))
                .orElse(deserializer);
          }
        });
  }

  private boolean binds(Class<?> type) {
    return byClass.containsKey(type);
  }

  private Form add(Class<?> type, Class<?> mixin) {
    try {
      Class<?> immutable =
          Class.forName(
              type.getPackageName() + ".Immutable" + type.getSimpleName(),
              false,
              type.getClassLoader());
      Method factory = immutable.getMethod("builder");
      Class<?> builder = factory.getReturnType();
      Set<String> attributes = new LinkedHashSet<>();
      for (Field f : immutable.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
          attributes.add(f.getName());
        }
      }
      Map<String, String> renamed = new LinkedHashMap<>();
      for (Method m : mixin.getDeclaredMethods()) {
        JsonProperty property = m.getAnnotation(JsonProperty.class);
        if (property != null && m.getParameterCount() == 0) {
          renamed.put(m.getName(), property.value());
        }
      }
      Form form =
          new Form(
              type,
              factory,
              builder,
              Collections.unmodifiableSet(attributes),
              Collections.unmodifiableMap(renamed));
      byClass.put(type, form);
      byClass.put(immutable, form);
      byClass.put(builder, form);
      return form;
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalStateException(type + " has no Immutables builder", e);
    }
  }

  private Optional<Form> form(Class<?> type) {
    return Optional.ofNullable(byClass.get(type));
  }

  @Override
  public Class<?> findPOJOBuilder(MapperConfig<?> config, AnnotatedClass ac) {
    return form(ac.getRawType()).map(Form::builder).orElse(null);
  }

  @Override
  public JsonPOJOBuilder.Value findPOJOBuilderConfig(MapperConfig<?> config, AnnotatedClass ac) {
    return binds(ac.getRawType()) ? new JsonPOJOBuilder.Value("build", "") : null;
  }

  @Override
  public Object findNamingStrategy(MapperConfig<?> config, AnnotatedClass ac) {
    return binds(ac.getRawType()) ? PropertyNamingStrategies.SNAKE_CASE : null;
  }

  @Override
  public VisibilityChecker findAutoDetectVisibility(
      MapperConfig<?> config, AnnotatedClass ac, VisibilityChecker checker) {
    return binds(ac.getRawType())
        ? checker.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        : checker;
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
    return a instanceof AnnotatedClass && binds(a.getRawType())
        ? JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null)
        : JsonInclude.Value.empty();
  }

  /** Properties are written in the order of the attributes, renamed ones too, or the mix-in's. */
  @Override
  public String[] findSerializationPropertyOrder(MapperConfig<?> config, AnnotatedClass ac) {
    return ac.hasAnnotation(JsonPropertyOrder.class)
        ? null
        : form(ac.getRawType()).map(f -> f.attributes().toArray(new String[0])).orElse(null);
  }

  /** An attribute's accessor is a property, under its own name. */
  @Override
  public PropertyName findNameForSerialization(MapperConfig<?> config, Annotated a) {
    return a instanceof AnnotatedMethod m
            && m.getParameterCount() == 0
            && isAttribute(m.getDeclaringClass(), m.getName())
        ? PropertyName.USE_DEFAULT
        : null;
  }

  /**
   * An attribute's builder method is a property: {@code x(value)}, or {@code addAllX(values)} and
   * {@code putAllX(entries)} for collections (the builders are strict), but not {@code
   * x(Optional)}.
   */
  @Override
  public PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated a) {
    return a instanceof AnnotatedMethod m && builderAttribute(m) != null
        ? PropertyName.USE_DEFAULT
        : null;
  }

  @Override
  public String findImplicitPropertyName(MapperConfig<?> config, AnnotatedMember member) {
    return member instanceof AnnotatedMethod m ? builderAttribute(m) : null;
  }

  private String builderAttribute(AnnotatedMethod m) {
    if (m.getParameterCount() != 1
        || m.getRawParameterType(0).getName().startsWith("java.util.Optional")) {
      return null;
    }
    String name = m.getName();
    for (String prefix : new String[] {"addAll", "putAll"}) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        String rest = name.substring(prefix.length());
        name = Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return isAttribute(m.getDeclaringClass(), name) ? name : null;
  }

  private boolean isAttribute(Class<?> type, String name) {
    return form(type).map(f -> f.attributes().contains(name)).orElse(false);
  }

  /**
   * Rewords a rejected number, boolean or date of a bound value without repeating it: Jackson
   * quotes the text it could not convert, and that text may come from a free-text cell, which a
   * message must never repeat. (Coercion failures do not pass through a {@code
   * DeserializationProblemHandler}.)
   */
  private static final class Unquoted extends DelegatingDeserializer {
    private final String typeName;

    Unquoted(ValueDeserializer<?> delegate, String typeName) {
      super(delegate);
      this.typeName = typeName;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new Unquoted(delegate, typeName);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return super.deserialize(p, ctxt);
      } catch (Reworded e) {
        throw e;
      } catch (MismatchedInputException e) {
        if (e.getTargetType() == null || !NEVER_QUOTED.test(e.getTargetType())) {
          throw e;
        }
        List<String> path = new ArrayList<>();
        e.getPath().forEach(r -> path.add(r.getPropertyName() == null ? "" : r.getPropertyName()));
        throw new Reworded(
            p,
            String.format(
                "invalid %s: '%s' expects %s; the value given is not repeated here",
                typeName, String.join(".", path), expected(e.getTargetType())),
            e.getTargetType());
      }
    }
  }

  /** What a rejected value should have looked like, in words. */
  private static String expected(Class<?> type) {
    if (type == LocalDate.class) {
      return "a date such as 2026-03-30";
    } else if (type == Instant.class) {
      return "an instant such as 2026-03-30T09:00:00Z";
    } else if (type == YearMonth.class) {
      return "a month such as 2026-03";
    } else if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    } else if (type == int.class
        || type == long.class
        || type == Integer.class
        || type == Long.class) {
      return "a whole number";
    }
    return type.isPrimitive() || Number.class.isAssignableFrom(type)
        ? "a number"
        : type.getSimpleName();
  }

  /** A rejected value reworded by {@link Unquoted}, passed on unchanged by enclosing values. */
  private static final class Reworded extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    Reworded(JsonParser p, String message, Class<?> targetType) {
      super(p, message, targetType);
    }
  }

  /** Makes a builder through its value type's public factory: its constructor is private. */
  private static final class Factory extends ValueInstantiator.Base {
    private final transient Form form;

    Factory(Form form) {
      super(form.builder());
      this.form = form;
    }

    @Override
    public boolean canCreateUsingDefault() {
      return true;
    }

    @Override
    public Object createUsingDefault(DeserializationContext ctxt) {
      try {
        return form.factory().invoke(null);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot make a builder of " + form.type(), e);
      }
    }
  }

  /** Target types whose rejected text is never quoted: numbers, booleans and dates. */
  private static final Predicate<Class<?>> NEVER_QUOTED =
      t ->
          t.isPrimitive()
              || Number.class.isAssignableFrom(t)
              || t == Boolean.class
              || Temporal.class.isAssignableFrom(t);

  /** Words the problems of values bound here as the codecs word theirs: "invalid Type: ...". */
  private final class Problems extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      Set<String> known = new TreeSet<>();
      deserializer.getKnownPropertyNames().forEach(k -> known.add(k.toString()));
      return ctxt.reportInputMismatch(
          deserializer,
          "invalid %s: unknown property '%s'; expected %s",
          name(deserializer.handledType()),
          propertyName,
          known);
    }

    /**
     * A value that cannot be built is worded with its JSON property names: Immutables names the
     * Java attributes ({@code auditType}), the user wrote {@code audit_type}.
     */
    @Override
    public Object handleInstantiationProblem(
        DeserializationContext ctxt, Class<?> type, Object argument, Throwable t) {
      String message = String.valueOf(t.getMessage());
      Matcher unset = UNSET.matcher(message);
      Optional<Form> form = form(type);
      if (unset.find() && form.isPresent()) {
        List<String> missing = new ArrayList<>();
        for (String attribute : unset.group(1).split(",\\s*")) {
          missing.add("'" + form.get().propertyName(attribute.strip()) + "'");
        }
        message = "missing " + String.join(", ", missing);
      }
      return ctxt.reportInputMismatch(type, "invalid %s: %s", name(type), message);
    }

    private String name(Class<?> type) {
      return form(type).map(Form::type).orElse(type).getSimpleName();
    }
  }
}
