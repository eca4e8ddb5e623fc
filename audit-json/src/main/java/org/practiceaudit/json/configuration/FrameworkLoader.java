package org.practiceaudit.json.configuration;

import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.json.AuditJson;
import org.practiceaudit.json.ConfigurationException;
import org.practiceaudit.json.Problem;
import org.practiceaudit.rules.RuleRegistry;

/**
 * Reads a framework configuration document (JSON or YAML) and validates it in two passes: against
 * the published JSON Schema, then for what a schema cannot say (unknown domains referenced,
 * duplicate ids, grade bands that overlap or leave gaps, escalation categories without a deadline),
 * binds each rule's parameters to its rule type (found with {@link java.util.ServiceLoader};
 * unknown types, unknown or ill-typed parameters and the type's own checks are problems), then
 * builds the audit-core values (sampling plans, role quotas, the moderation policy) and reports
 * every invariant they enforce as a problem too. It yields either a whole {@link
 * FrameworkConfiguration} or every problem found, each with its JSON Pointer, line and column and a
 * message for configuration authors.
 *
 * <pre>{@code
 * FrameworkConfiguration config = FrameworkLoader.standard().load(Path.of("dudley.json"));
 * }</pre>
 *
 * <p>The document's {@code $schema}, when present, must be {@link #SCHEMA_ID}. Input is limited as
 * {@link AuditJson} describes; duplicate keys and unknown properties are rejected.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkLoader {

  /** The id of the configuration format's JSON Schema, which documents give as {@code $schema}. */
  public static final String SCHEMA_ID = "https://practice-audit.github.io/schema/framework-1.json";

  private static volatile FrameworkLoader standard;

  private final RuleRegistry ruleTypes;

  private FrameworkLoader(RuleRegistry ruleTypes) {
    this.ruleTypes = ruleTypes;
  }

  /**
   * Returns the loader that knows every rule type {@link java.util.ServiceLoader} finds:
   * audit-rules' built-in types and any a council adds on the class path or module path.
   *
   * @return the standard loader
   * @throws org.practiceaudit.rules.RuleConfigurationException if a rule type provider fails to
   *     load or two share an id
   */
  public static FrameworkLoader standard() {
    FrameworkLoader loader = standard;
    if (loader == null) {
      synchronized (FrameworkLoader.class) {
        loader = standard;
        if (loader == null) {
          loader = new FrameworkLoader(RuleRegistry.load());
          standard = loader;
        }
      }
    }
    return loader;
  }

  /**
   * Returns a loader that knows the given rule types instead.
   *
   * @param ruleTypes the rule types configurations may name; not null
   * @return a loader
   */
  public static FrameworkLoader withRuleTypes(RuleRegistry ruleTypes) {
    return new FrameworkLoader(Objects.requireNonNull(ruleTypes, "ruleTypes"));
  }

  /**
   * Returns the JSON Schema of the configuration format, as published.
   *
   * @return the schema text (JSON, draft 2020-12)
   */
  public static String schema() {
    return SchemaPass.SCHEMA_TEXT;
  }

  /**
   * Validates a document and yields the configuration or every problem.
   *
   * @param text the document, which may start with a byte-order mark; not null
   * @param format JSON or YAML; not null
   * @return valid with the configuration, or invalid with a non-empty, ordered list of problems
   */
  public Validation<List<Problem>, FrameworkConfiguration> validate(
      String text, DocumentFormat format) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    // A byte-order mark is how Windows editors mark UTF-8; it is not part of the document (issue 16
    // item 5).
    Either<Problem, Document> read =
        Document.read(text.startsWith("\uFEFF") ? text.substring(1) : text, format);
    if (read.isLeft()) {
      return Validation.invalid(List.of(read.getLeft()));
    }
    Document document = read.get();
    if (!document.root.isObject()) {
      return Validation.invalid(
          List.of(
              document.problem(
                  "",
                  "a framework configuration must be an object ({ ... }), not "
                      + document.root.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
    }
    Set<Problem> problems = new LinkedHashSet<>();
    problems.addAll(SchemaPass.check(document));
    problems.addAll(SemanticPass.check(document));
    List<Problem> earlier = List.copyOf(problems);
    problems.addAll(CoreValues.check(document, earlier));
    problems.addAll(RuleBinding.check(document, ruleTypes, earlier));
    if (problems.isEmpty()) {
      try {
        return Validation.valid(Assembly.build(document, ruleTypes));
      } catch (AuditException | IllegalArgumentException | ArithmeticException e) {
        problems.add(
            document.problem(
                "", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    }
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return Validation.invalid(Collections.unmodifiableList(sorted));
  }

  /**
   * Loads a document or throws with every problem.
   *
   * @param text the document; not null
   * @param format JSON or YAML; not null
   * @param source what was read, for the exception message, such as a file name; not null
   * @return the configuration
   * @throws ConfigurationException holding every problem, if the document is not valid
   */
  public FrameworkConfiguration load(String text, DocumentFormat format, String source) {
    Objects.requireNonNull(source, "source");
    Validation<List<Problem>, FrameworkConfiguration> result = validate(text, format);
    if (result.isInvalid()) {
      throw new ConfigurationException(source, result.getError());
    }
    return result.get();
  }

  /**
   * Loads a file, JSON or YAML by its extension ({@code .yaml}, {@code .yml}).
   *
   * @param file the file; not null
   * @return the configuration
   * @throws ConfigurationException holding every problem, if the document is not valid or too long
   * @throws UncheckedIOException if the file cannot be read
   */
  public FrameworkConfiguration load(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      if (Files.size(file) > AuditJson.MAX_DOCUMENT_LENGTH) {
        throw new ConfigurationException(
            file.getFileName().toString(),
            List.of(
                new Problem(
                    "",
                    0,
                    0,
                    "the document is too long: "
                        + Files.size(file)
                        + " bytes; the limit is "
                        + AuditJson.MAX_DOCUMENT_LENGTH)));
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return load(
          text,
          DocumentFormat.fromFileName(file.getFileName().toString()),
          file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName(), e);
    }
  }
}
