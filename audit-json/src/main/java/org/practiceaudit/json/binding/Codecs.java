package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.FrameworkCodecs.AUDIT_DUE;
import static org.practiceaudit.json.binding.FrameworkCodecs.FOLLOW_UP;
import static org.practiceaudit.json.binding.GradeCodecs.DOMAIN_SCORE;
import static org.practiceaudit.json.binding.GradeCodecs.GRADE;
import static org.practiceaudit.json.binding.GradeCodecs.GRADE_SCALE;
import static org.practiceaudit.json.binding.GradeCodecs.SCORE_SCALE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practiceaudit.core.allocation.Independence;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.ConversationTiming;
import org.practiceaudit.core.audit.FeedbackSource;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.report.AggregateState;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import tools.jackson.databind.JsonNode;

/**
 * The hand-written JSON forms: atomic values with a text form (ids, open vocabularies,
 * enumerations, instants) and the composite values whose form Jackson cannot derive from their
 * attributes. Records with a plain form (audits, case files, framework parts, moderation) are bound
 * by Jackson itself ({@link ValueForms}, {@link Mixins}).
 *
 * <p>The codecs live by the audit-core package they cover ({@link GradeCodecs}, {@link
 * FrameworkCodecs}, and those {@link InterchangeCodecs} registers); this class registers them all
 * and holds what they share: text and enumeration codecs, and lookup by type.
 */
final class Codecs {

  private Codecs() {}

  /** Every codec, by the type it binds. */
  static Map<Class<?>, Codec<?>> all() {
    Map<Class<?>, Codec<?>> codecs = new LinkedHashMap<>();
    codecs.put(CaseId.class, text(CaseId::toString, CaseId::parse));
    codecs.put(PersonId.class, text(PersonId::toString, PersonId::parse));
    codecs.put(AuditId.class, text(AuditId::toString, AuditId::parse));
    codecs.put(CaseCategory.class, text(CaseCategory::id, CaseCategory::parse));
    codecs.put(Role.class, text(Role::id, Role::parse));
    codecs.put(ReviewPeriod.class, text(ReviewPeriod::toString, ReviewPeriod::parse));
    codecs.put(AuditStatus.class, enumeration(AuditStatus.class));
    codecs.put(ActionStatus.class, enumeration(ActionStatus.class));
    codecs.put(ConcernFlag.class, enumeration(ConcernFlag.class));
    codecs.put(FeedbackSource.class, enumeration(FeedbackSource.class));
    codecs.put(ConversationTiming.class, enumeration(ConversationTiming.class));
    codecs.put(Grade.class, GRADE);
    codecs.put(GradeScale.class, GRADE_SCALE);
    codecs.put(ScoreScale.class, SCORE_SCALE);
    codecs.put(DomainScore.class, DOMAIN_SCORE);
    codecs.put(UkDivision.class, text(UkDivision::id, UkDivision::parse));
    codecs.put(Independence.class, text(Independence::toString, Independence::parse));
    codecs.put(LocalDate.class, text(LocalDate::toString, Fields::parseDate));
    codecs.put(Instant.class, text(Instant::toString, Fields::parseInstant));
    codecs.put(YearMonth.class, text(YearMonth::toString, Fields::parseMonth));
    codecs.put(FollowUpPolicy.class, FOLLOW_UP);
    codecs.put(AuditDuePolicy.class, AUDIT_DUE);
    codecs.putAll(InterchangeCodecs.readWrite());
    codecs.put(AggregateState.class, AggregateCodecs.AGGREGATE_STATE);
    codecs.putAll(RuleCodecs.all());
    return codecs;
  }

  static <T> Codec<T> text(
      java.util.function.Function<T, String> write, java.util.function.Function<String, T> read) {
    return new Codec<>() {
      @Override
      public JsonNode write(T value) {
        return Fields.NODES.stringNode(write.apply(value));
      }

      @Override
      public T read(JsonNode node, GradeScale scale) {
        return read.apply(Fields.textOf(node, "value"));
      }
    };
  }

  /** Enum constants are written lower-case with hyphens: IN_PROGRESS is {@code in-progress}. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return new Codec<>() {
      @Override
      public JsonNode write(E value) {
        return Fields.NODES.stringNode(enumText(value));
      }

      @Override
      public E read(JsonNode node, GradeScale scale) {
        String text = Fields.textOf(node, type.getSimpleName());
        for (E constant : type.getEnumConstants()) {
          if (enumText(constant).equals(text)) {
            return constant;
          }
        }
        List<String> allowed = new java.util.ArrayList<>();
        for (E constant : type.getEnumConstants()) {
          allowed.add(enumText(constant));
        }
        throw new BindingException("unknown value '" + text + "'; expected one of " + allowed);
      }
    };
  }

  static String enumText(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @SuppressWarnings("unchecked")
  static <T> T read(Class<T> type, JsonNode node, GradeScale scale) {
    return ((Codec<T>) CODECS.get(type)).read(node, scale);
  }

  private static final Map<Class<?>, Codec<?>> CODECS = all();
}
