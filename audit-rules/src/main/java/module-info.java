/**
 * The rule SPI, the built-in rule types and the presets of the source councils' frameworks.
 *
 * <p>Rule types are discovered with {@link java.util.ServiceLoader}: this module uses
 * {@link org.practiceaudit.rules.RuleType} and provides its built-in types.
 */
module org.practiceaudit.rules {
  requires static org.immutables.value;
  requires transitive org.practiceaudit.core;
  requires transitive io.vavr;
  requires org.slf4j;

  exports org.practiceaudit.rules;

  uses org.practiceaudit.rules.RuleType;
}
