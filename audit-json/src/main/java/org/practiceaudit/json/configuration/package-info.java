/**
 * A council's framework configuration (JSON or YAML): reading a document, validating it in two
 * passes (JSON Schema, then what a schema cannot say), and building the framework, its local
 * settings and its rules.
 *
 * <p>Start with {@link FrameworkLoader}; a valid document becomes a {@link FrameworkConfiguration},
 * an invalid one a {@code ConfigurationException} listing every problem with its line, column and
 * JSON pointer.
 */
package org.practiceaudit.json.configuration;
