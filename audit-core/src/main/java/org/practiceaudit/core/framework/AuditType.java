package org.practiceaudit.core.framework;

import org.immutables.value.Value;
import org.practiceaudit.core.allocation.Independence;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A kind of audit a framework runs, such as a compliance audit or a themed deep dive, with the
 * period it reviews; an open set.
 *
 * <p>Camden's audit programme 2021-22 names compliance, front door, practice week, multi-agency,
 * section 11, fostering and deep-dive audits; Dudley's monthly management audits review the last 12
 * months. {@link AuditTypes} has these as ready-made values.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AuditType {

  AuditType() {}

  /**
   * Returns the type's id, unique within its framework.
   *
   * @return lower-case kebab-case, such as {@code front-door}
   */
  public abstract String id();

  /**
   * Returns the type's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns how far back an audit of this type looks.
   *
   * @return the review period
   */
  public abstract ReviewPeriod reviewPeriod();

  /**
   * Returns what the audit type is for.
   *
   * @return the description, possibly empty
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns who may audit a case of this type ({@link Independence#rules()} gives the allocator's
   * rules): peers with no part in the case unless the source document allows an exception, such as
   * Camden's compliance audits by the responsible team manager (C9) or the London pack's own-agency
   * audits (L17).
   *
   * @return the independence; {@link Independence#PEER} unless set
   */
  @Value.Default
  public Independence independence() {
    return Independence.PEER;
  }

  /**
   * Obtains an audit type without a description.
   *
   * @param id lower-case kebab-case; not null
   * @param name the name; not blank
   * @param reviewPeriod how far back it looks; not null
   * @return the audit type
   * @throws IllegalArgumentException if the id is malformed or the name blank
   */
  public static AuditType of(String id, String name, ReviewPeriod reviewPeriod) {
    return ImmutableAuditType.builder().id(id).name(name).reviewPeriod(reviewPeriod).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAuditType.Builder builder() {
    return ImmutableAuditType.builder();
  }

  @Value.Check
  void check() {
    Ids.requireKebab("audit type id", id());
    if (name().isBlank()) {
      throw new IllegalArgumentException("audit type '" + id() + "': name must not be blank");
    }
  }
}
