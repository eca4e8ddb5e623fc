/**
 * The rule SPI: what a framework checks about audits, case files and collections of audits, as data
 * in and outcomes out.
 *
 * <p>A {@link RuleType} builds a {@link Rule} from typed parameters; rule types are found by {@link
 * RuleRegistry} (with {@link java.util.ServiceLoader}, so a council can add its own); a {@link
 * RuleSet} evaluates rules in a {@link RuleContext} (clock and calendar passed in) and returns
 * {@link Outcome}s, with {@link Notification}s as data. The built-in rule types live in the
 * subpackages, one idea each; the five councils' frameworks in {@code
 * org.practiceaudit.rules.preset}.
 */
package org.practiceaudit.rules;
