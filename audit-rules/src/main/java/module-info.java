/**
 * The rule SPI, the built-in rule types and the presets of the source councils' frameworks.
 */
module org.practiceaudit.rules {
  requires static org.immutables.value;
  requires transitive org.practiceaudit.core;
  requires org.slf4j;
}
