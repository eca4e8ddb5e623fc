package org.practiceaudit.json;

import org.practiceaudit.json.binding.AuditModule;
import org.practiceaudit.json.binding.Mappers;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one entry point to Practice Audit's JSON binding: a ready-made, hardened {@link JsonMapper}
 * that reads and writes every public value type of {@code audit-core} and the rule outcomes of
 * {@code audit-rules}, and the {@link JacksonModule} behind it. Results computed from audits
 * (finished reports, quota reports, the multi-agency overview, programme progress) are written
 * only; the snapshot of a mergeable report aggregate ({@link
 * org.practiceaudit.core.report.AggregateState}) is read and written, so partial aggregates can be
 * shipped between services and merged.
 *
 * <pre>{@code
 * JsonMapper mapper = AuditJson.mapper();
 * String json = mapper.writeValueAsString(audit);
 * Audit back = mapper.readValue(json, Audit.class);          // grades read on the Ofsted scale
 * Audit other = AuditJson.reader(scale).forType(Audit.class).readValue(json); // another scale
 * }</pre>
 *
 * <p>Every setting is written down (one place, shared with the configuration loader's mappers)
 * rather than left to Jackson's defaults, which changed in Jackson 3:
 *
 * <ul>
 *   <li>input limits ({@link #MAX_DOCUMENT_LENGTH}, {@link #MAX_NESTING_DEPTH}, {@link
 *       #MAX_STRING_LENGTH}, {@link #MAX_NUMBER_LENGTH}, {@link #MAX_NAME_LENGTH});
 *   <li>duplicate keys, unknown properties, trailing tokens, nulls for primitives, numbers for
 *       enums and numbers or booleans for text are rejected; a null property is read as absent;
 *   <li>no default typing and no polymorphic type ids: every type is known statically;
 *   <li>dates and instants are ISO-8601 text; property order is the order the binding writes (not
 *       sorted);
 *   <li>the interchange mapper reads decimal numbers exactly (as {@link java.math.BigDecimal},
 *       trailing zeros kept), so that a share such as {@code 0.20} reads back equal to what was
 *       written.
 * </ul>
 *
 * <p>Interchange documents are strict: unknown properties are rejected, so that a misspelt property
 * is an error rather than silently lost data. Property names are snake_case and are listed in the
 * README.
 *
 * <p>This class is immutable and thread-safe; mappers it returns are thread-safe.
 */
public final class AuditJson {

  /** The longest document read, in characters or bytes: 4 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 4L * 1024 * 1024;

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest number read, in digits. */
  public static final int MAX_NUMBER_LENGTH = 50;

  /** The longest property name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private static final JsonMapper MAPPER =
      Mappers.configure(JsonMapper.builder(Mappers.jsonFactory(readConstraints())))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private AuditJson() {}

  /**
   * Returns the read limits every mapper of this module applies.
   *
   * @return the stream read constraints, not null
   */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .build();
  }

  /**
   * Returns the shared, ready-made mapper for interchange documents (audits, cases, frameworks'
   * parts).
   *
   * @return the mapper, not null
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns the Jackson module that binds the value types, for callers who build their own mapper.
   *
   * <p>A mapper built otherwise should apply the settings listed on this class; {@link #mapper()}
   * does.
   *
   * @return a new module, not null
   */
  public static JacksonModule module() {
    return new AuditModule();
  }

  /**
   * Returns a reader that reads grades on a given scale instead of the default Ofsted scale.
   *
   * <p>Grades are written as their labels only; the scale is knowledge the reader brings, usually
   * the scale of the framework the audit names.
   *
   * @param gradeScale the scale grades are read on; not null
   * @return a reader, not null
   */
  public static tools.jackson.databind.ObjectReader reader(
      org.practiceaudit.core.grade.GradeScale gradeScale) {
    return MAPPER
        .reader()
        .withAttribute(
            AuditModule.GRADE_SCALE, java.util.Objects.requireNonNull(gradeScale, "gradeScale"));
  }
}
