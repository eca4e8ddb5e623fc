/**
 * The {@code audit} command line: validate a framework, compute escalation deadlines, draw a sample,
 * allocate auditors, report on audits and run a synthetic demonstration month.
 *
 * <p>This module is an application, not a library: it exports nothing. Its entry point is
 * {@code org.practiceaudit.cli.Main}.
 */
module org.practiceaudit.cli {
  requires info.picocli;
  requires org.apache.commons.csv;
  requires org.practiceaudit.core;
  requires tools.jackson.databind;

  opens org.practiceaudit.cli to info.picocli;
}
