/**
 * Jackson 3 binding, the framework configuration format and its JSON Schema, and the bundled
 * frameworks.
 *
 * <p>{@link org.practiceaudit.json.AuditJson} is the entry point for interchange; {@link
 * org.practiceaudit.json.configuration.FrameworkLoader} reads and validates configuration
 * documents; {@link org.practiceaudit.json.bundled.BundledFrameworks} holds the source documents'
 * frameworks.
 */
module org.practiceaudit.json {
  requires transitive org.practiceaudit.core;
  requires transitive org.practiceaudit.rules;
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires com.networknt.schema;

  exports org.practiceaudit.json;
  exports org.practiceaudit.json.configuration;
  exports org.practiceaudit.json.bundled;
  exports org.practiceaudit.json.holidays;

  opens org.practiceaudit.json.bundled;
}
