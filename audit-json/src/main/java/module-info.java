/**
 * Jackson 3 binding, the framework configuration format and its JSON Schema, and the bundled frameworks.
 */
module org.practiceaudit.json {
  requires static org.immutables.value;
  requires transitive org.practiceaudit.core;
  requires transitive org.practiceaudit.rules;
  requires transitive tools.jackson.databind;
}
