package org.practiceaudit.json.binding;

import java.util.Map;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.grade.GradeScale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module binding every public value type of audit-core, without annotations on those
 * types: Immutables records through their attributes and builders, with mix-ins where the JSON form
 * renames or leaves out a property, and atomic values and the remaining forms through hand-written
 * codecs.
 *
 * <p>Finished results (reports, quota reports, the multi-agency overview, programme progress) have
 * a serialiser only: they are written, never read back. Snapshots of report aggregates are read and
 * written.
 *
 * <p>Grades are written as their labels and read on the scale held in the reading context under
 * {@link #GRADE_SCALE}, or on Ofsted's scale when none is given.
 */
public final class AuditModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The context attribute holding the {@link GradeScale} grades are read on. */
  public static final String GRADE_SCALE = "org.practiceaudit.grade-scale";

  private final transient ValueForms forms;

  /** Creates the module with a serialiser and a deserialiser for each bound type. */
  public AuditModule() {
    super("practice-audit", Version.unknownVersion());
    forms = new ValueForms(this, Mixins.all());
    for (Map.Entry<Class<?>, Codec<?>> entry : Codecs.all().entrySet()) {
      register(entry.getKey(), entry.getValue());
    }
    for (Map.Entry<Class<?>, InterchangeCodecs.Writer<?>> entry :
        InterchangeCodecs.writeOnly().entrySet()) {
      registerWriter(entry.getKey(), entry.getValue());
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    forms.setUp(context);
  }

  private <T> void registerWriter(Class<?> type, InterchangeCodecs.Writer<?> writer) {
    @SuppressWarnings("unchecked")
    Class<T> t = (Class<T>) type;
    @SuppressWarnings("unchecked")
    InterchangeCodecs.Writer<T> w = (InterchangeCodecs.Writer<T>) writer;
    addSerializer(t, new CodecSerializer<>(t, w));
  }

  private <T> void register(Class<?> type, Codec<?> codec) {
    @SuppressWarnings("unchecked")
    Class<T> t = (Class<T>) type;
    @SuppressWarnings("unchecked")
    Codec<T> c = (Codec<T>) codec;
    addSerializer(t, new CodecSerializer<>(t, c::write));
    addDeserializer(t, new CodecDeserializer<>(t, c));
  }

  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final InterchangeCodecs.Writer<T> writer;

    CodecSerializer(Class<T> type, InterchangeCodecs.Writer<T> writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeTree(writer.write(value));
    }
  }

  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      JsonNode node = ctxt.readTree(p);
      Object attribute = ctxt.getAttribute(GRADE_SCALE);
      GradeScale scale =
          attribute instanceof GradeScale ? (GradeScale) attribute : GradeScale.ofsted();
      try {
        return codec.read(node, scale);
      } catch (BindingException
          | AuditException
          | IllegalArgumentException
          | NullPointerException e) {
        return ctxt.reportInputMismatch(
            type, "invalid %s: %s", type.getSimpleName(), e.getMessage());
      }
    }
  }
}
