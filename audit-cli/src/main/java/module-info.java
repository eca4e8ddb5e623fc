/**
 * The {@code audit} command line: validate a framework, compute escalation deadlines, import a
 * council's Annex A or SSDA903 data, draw a sample, allocate auditors, report on audits and run a
 * synthetic demonstration month.
 *
 * <p>This module is an application, not a library: its one package is exported for the entry point,
 * {@code org.practiceaudit.cli.Main}, the only public class.
 */
module org.practiceaudit.cli {
  requires de.siegmar.fastcsv;
  requires info.picocli;
  requires org.practiceaudit.core;
  requires org.practiceaudit.html;
  requires org.practiceaudit.imports;
  requires org.practiceaudit.json;
  requires org.practiceaudit.rules;
  requires tools.jackson.databind;

  exports org.practiceaudit.cli;

  opens org.practiceaudit.cli to
      info.picocli;
}
