package org.practiceaudit.json.binding;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.ImmutableRecommendedAction;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.framework.ImmutableIndicator;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.workforce.PersonId;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of the Immutables value types Jackson binds itself, as mix-ins: each mix-in names
 * the properties on the value's accessors (written) and on its builder's methods (read), so that
 * audit-core carries no Jackson annotations.
 */
final class Mixins {

  private Mixins() {}

  /**
   * Adds every form to the module: the mix-in on the value and its builder, and the builder's
   * factory.
   */
  static void addTo(SimpleModule module) {
    bind(
        module,
        Indicator.class,
        ImmutableIndicator.Builder.class,
        ImmutableIndicator::builder,
        IndicatorForm.class);
    bind(
        module,
        RecommendedAction.class,
        ImmutableRecommendedAction.Builder.class,
        RecommendedAction::builder,
        ActionForm.class);
  }

  /** The value types bound here, for which the module registers no codec. */
  static boolean binds(Class<?> type) {
    return FORMS.containsKey(type);
  }

  /** The value type a builder builds, or the type itself when it is no bound builder. */
  static Class<?> valueType(Class<?> type) {
    return BUILT.getOrDefault(type, type);
  }

  private static final Map<Class<?>, Class<?>> FORMS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Class<?>> BUILT = new ConcurrentHashMap<>();

  private static <B> void bind(
      SimpleModule module, Class<?> type, Class<B> builder, Supplier<B> factory, Class<?> form) {
    FORMS.put(type, form);
    BUILT.put(builder, type);
    module.setMixInAnnotation(type, form);
    module.setMixInAnnotation(builder, form);
    module.addValueInstantiator(builder, new Factory(builder, factory));
  }

  /** Makes a builder through its public factory, as its constructor is private. */
  private static final class Factory extends ValueInstantiator.Base {
    private final transient Supplier<?> factory;

    Factory(Class<?> type, Supplier<?> factory) {
      super(type);
      this.factory = factory;
    }

    @Override
    public boolean canCreateUsingDefault() {
      return true;
    }

    @Override
    public Object createUsingDefault(DeserializationContext ctxt) {
      return factory.get();
    }
  }

  /**
   * What every form shares: only the properties named are bound, empty optionals are left out, and
   * builders' methods carry the property names without a prefix.
   */
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class Form {}

  @JsonDeserialize(builder = ImmutableIndicator.Builder.class)
  @JsonPropertyOrder({"id", "text"})
  abstract static class IndicatorForm extends Form {
    @JsonProperty("id")
    abstract String id();

    @JsonProperty("id")
    abstract Object id(String id);

    @JsonProperty("text")
    abstract String text();

    @JsonProperty("text")
    abstract Object text(String text);
  }

  @JsonDeserialize(builder = ImmutableRecommendedAction.Builder.class)
  @JsonPropertyOrder({"description", "owner_id", "due_on", "status", "closed_on"})
  abstract static class ActionForm extends Form {
    @JsonProperty("description")
    abstract String description();

    @JsonProperty("description")
    abstract Object description(String description);

    @JsonProperty("owner_id")
    abstract Optional<PersonId> owner();

    @JsonProperty("owner_id")
    abstract Object owner(PersonId owner);

    @JsonProperty("due_on")
    abstract Optional<LocalDate> dueOn();

    @JsonProperty("due_on")
    abstract Object dueOn(LocalDate dueOn);

    @JsonProperty("status")
    abstract ActionStatus status();

    @JsonProperty("status")
    abstract Object status(ActionStatus status);

    @JsonProperty("closed_on")
    abstract Optional<LocalDate> closedOn();

    @JsonProperty("closed_on")
    abstract Object closedOn(LocalDate closedOn);
  }
}
