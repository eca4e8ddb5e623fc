/**
 * The vocabulary of children's social care case-file audits and the algorithms that work on it.
 *
 * <p>This module depends on the JDK alone (Immutables' annotations only at compile time). It has no
 * configuration format and no Jackson: frameworks are built in Java here and bound from JSON by
 * {@code org.practiceaudit.json}.
 *
 * <p>Two packages are exported only to the project's own modules, which are built after this one
 * (hence the suppressed "module not found" warning).
 */
@SuppressWarnings("module")
module org.practiceaudit.core {
  requires static transitive org.immutables.value;

  exports org.practiceaudit.core.agreement;
  exports org.practiceaudit.core.allocation;
  exports org.practiceaudit.core.audit;
  exports org.practiceaudit.core.calendar;
  exports org.practiceaudit.core.casefile;
  exports org.practiceaudit.core.escalation;
  exports org.practiceaudit.core.framework;
  exports org.practiceaudit.core.grade;
  exports org.practiceaudit.core.moderation;
  exports org.practiceaudit.core.programme;
  exports org.practiceaudit.core.pseudonym;
  exports org.practiceaudit.core.quota;
  exports org.practiceaudit.core.region;
  exports org.practiceaudit.core.report;
  exports org.practiceaudit.core.sampling;
  exports org.practiceaudit.core.score;
  exports org.practiceaudit.core.synthetic;
  exports org.practiceaudit.core.timeliness;
  exports org.practiceaudit.core.workforce;
  exports org.practiceaudit.core;

  // Shared with the project's own modules only, not an API. The house Immutables style is needed
  // where value types are generated (the annotated abstract types and the processor, at compile
  // time); the generated classes do not refer to it.
  exports org.practiceaudit.core.internal to
      org.practiceaudit.cli,
      org.practiceaudit.imports,
      org.practiceaudit.json,
      org.practiceaudit.rules;
  exports org.practiceaudit.core.style to
      org.practiceaudit.imports,
      org.practiceaudit.rules;
}
