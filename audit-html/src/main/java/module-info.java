/**
 * Self-contained HTML renderings of audit reports: inline SVG charts and tables, with no scripts
 * and no external resources, printable and readable on a phone.
 *
 * <p>Depends on {@code org.practiceaudit.core} only, so that a service can render a report without
 * the command line and without Jackson.
 */
module org.practiceaudit.html {
  requires transitive org.practiceaudit.core;

  exports org.practiceaudit.html;
}
