package org.practiceaudit.rules;

import java.util.Collection;
import java.util.Objects;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.casefile.CaseFile;

/**
 * A type token naming what a rule evaluates, so that a {@link RuleSet} can route each subject to
 * the rules written for it.
 *
 * <p>Three subject types are built in: one {@link #AUDIT audit}, one {@link #CASE_FILE case file},
 * and a {@link #AUDITS collection of audits} (such as the audits of one case by several agencies).
 * Other subjects, such as a sample or an allocation, are named with {@link #of(String, Class)}; two
 * subject types are equal when their ids are.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <S> the subject's Java type
 */
public final class SubjectType<S> {

  /** One audit. */
  public static final SubjectType<Audit> AUDIT = new SubjectType<>("audit", Audit.class);

  /** One case file. */
  public static final SubjectType<CaseFile> CASE_FILE =
      new SubjectType<>("case-file", CaseFile.class);

  /** A collection of audits, such as every agency's audit of the cases in a multi-agency audit. */
  @SuppressWarnings("unchecked")
  public static final SubjectType<Collection<Audit>> AUDITS =
      new SubjectType<>("audits", (Class<Collection<Audit>>) (Class<?>) Collection.class);

  private final String id;
  private final Class<S> javaType;

  private SubjectType(String id, Class<S> javaType) {
    this.id = id;
    this.javaType = javaType;
  }

  /**
   * Obtains a subject type for another kind of subject, such as a sample.
   *
   * @param <S> the subject's Java type
   * @param id the subject type's id; lower-case kebab-case, such as {@code sample}
   * @param javaType the subject's class; not null
   * @return the subject type
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not kebab-case
   */
  public static <S> SubjectType<S> of(String id, Class<S> javaType) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(javaType, "javaType");
    if (!RuleIds.isKebab(id)) {
      throw new IllegalArgumentException(
          "subject type id must be lower-case kebab-case: '" + id + "'");
    }
    return new SubjectType<>(id, javaType);
  }

  /**
   * Returns the id.
   *
   * @return the id, such as {@code audit}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the subject's Java class.
   *
   * @return the class
   */
  public Class<S> javaType() {
    return javaType;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubjectType && ((SubjectType<?>) obj).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
