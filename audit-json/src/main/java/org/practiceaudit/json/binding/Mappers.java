package org.practiceaudit.json.binding;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The one home of the hardened settings every mapper of audit-json applies: {@code AuditJson}'s
 * interchange mapper, the configuration loader's JSON and YAML tree mappers and the GOV.UK
 * bank-holidays reader. Not an API: this package is not exported.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mappers {

  private Mappers() {}

  /**
   * Returns a JSON factory with the given read limits and strict duplicate detection.
   *
   * @param limits the read limits; not null
   * @return a new factory, not null
   */
  public static JsonFactory jsonFactory(StreamReadConstraints limits) {
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Returns a YAML factory with the given read limits and strict duplicate detection.
   *
   * @param limits the read limits; not null
   * @return a new factory, not null
   */
  public static YAMLFactory yamlFactory(StreamReadConstraints limits) {
    return YAMLFactory.builder()
        .streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Applies the strict settings and the value binding ({@link AuditModule}) to a mapper builder:
   * duplicate keys, unknown properties, trailing tokens, nulls for primitives and numbers for enums
   * rejected; no coercion and no case-insensitive properties; dates as ISO-8601 text; properties in
   * the order the binding writes them.
   *
   * @param <M> the mapper type
   * @param <B> the builder type
   * @param builder the builder; not null
   * @return the same builder, configured
   */
  public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .addModule(new AuditModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(MapperFeature.REQUIRE_TYPE_ID_FOR_SUBTYPES)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.SKIP))
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
