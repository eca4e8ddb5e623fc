package org.practiceaudit.core.audit;

/**
 * A concern an auditor raises on a case, which decides its escalation.
 *
 * <p>From Dudley's audit framework 2017, "Raising a Concern" and the escalation categories, and
 * Dorset's monthly report ("urgent concerns are escalated").
 *
 * <p>Its one text form, in configuration (rule parameters), interchange and the command line alike,
 * is the lower-case kebab {@link #id()}, such as {@code immediate-risk}: {@link #toString()}
 * returns it and {@link #parse(String)} reads it.
 */
public enum ConcernFlag {
  /** A child is at immediate risk of significant harm: act within 24 hours (Dudley category 1). */
  IMMEDIATE_RISK,
  /** Child protection procedures were not followed (Dudley, "Raising a Concern"). */
  PROCEDURES_NOT_FOLLOWED,
  /** The service offer or risk assessment does not meet the child's needs (Dudley category 2). */
  NEEDS_NOT_MET,
  /** An urgent safeguarding concern that must be escalated (Dorset). */
  URGENT_SAFEGUARDING_CONCERN;

  /**
   * Returns the concern's id, its one text form: the name in lower-case kebab, such as {@code
   * immediate-risk}.
   *
   * @return the id
   */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Obtains a concern from its id, such as {@code immediate-risk}.
   *
   * @param text the id; not null
   * @return the concern
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is no concern's id, naming the allowed ids
   *     (and the id meant, for the former upper-case spelling such as {@code IMMEDIATE_RISK})
   */
  public static ConcernFlag parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (ConcernFlag flag : values()) {
      if (flag.id().equals(text)) {
        return flag;
      }
      ids.add(flag.id());
    }
    for (ConcernFlag flag : values()) {
      if (flag.name().equals(text)) {
        throw new IllegalArgumentException(
            "concern '"
                + text
                + "' is now written '"
                + flag.id()
                + "' (lower-case kebab); expected one of "
                + ids);
      }
    }
    throw new IllegalArgumentException("unknown concern '" + text + "'; expected one of " + ids);
  }

  /**
   * Returns the concern's id, as {@link #parse(String)} reads it.
   *
   * @return the id, such as {@code immediate-risk}
   */
  @Override
  public String toString() {
    return id();
  }
}
