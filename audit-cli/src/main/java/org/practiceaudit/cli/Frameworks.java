package org.practiceaudit.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.json.ConfigurationException;
import org.practiceaudit.json.Problem;
import org.practiceaudit.json.bundled.BundledFrameworks;
import org.practiceaudit.json.configuration.FrameworkConfiguration;
import org.practiceaudit.json.configuration.FrameworkLoader;
import org.practiceaudit.json.configuration.GradeBand;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.escalation.EscalationRuleType;
import org.practiceaudit.rules.framework.ImmutableLocalFramework;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.preset.Presets;

/**
 * Resolves the {@code --framework ID|FILE} option: a file is loaded with audit-json's
 * {@link FrameworkLoader} (JSON, or YAML by its extension); otherwise the text is the id of a framework
 * bundled with audit-json ({@link BundledFrameworks}).
 *
 * <p>The configuration document gives the framework (grade scale, domains, escalation categories, calendar)
 * and its grade bands. The rules that run come from audit-rules: a bundled framework's id is also the id of
 * its preset ({@link Presets}), whose configured rules are used with the document's framework. Until
 * audit-json converts a document's rules to audit-rules' {@link ConfiguredRule}s, a framework file has no
 * rules to run; its escalation rule is still found by its type, {@code escalation-category}.
 */
final class Frameworks {

  private Frameworks() {}

  /** A framework the command line works with: the framework, its local settings and where it came from. */
  record Loaded(
      FrameworkConfiguration configuration, LocalFramework local, String source) {

    AuditFramework framework() {
      return configuration.framework();
    }

    List<GradeBand> gradeBands() {
      return configuration.gradeBands();
    }

    /**
     * Returns the id of the rule that decides escalation categories and their deadlines: the configured
     * rule of type {@code escalation-category}, or the type's id when the framework configures none.
     */
    String escalationRuleId() {
      Optional<String> local = this.local.rules().stream()
          .filter(r -> r.typeId().equals(EscalationRuleType.ID)).map(ConfiguredRule::ruleId).findFirst();
      return local.or(() -> configuration.rules().stream()
              .filter(r -> r.type().equals(EscalationRuleType.ID)).map(r -> r.id()).findFirst())
          .orElse(EscalationRuleType.ID);
    }
  }

  /**
   * Resolves a framework id or file.
   *
   * @throws InputException if there is no such bundled framework, or the file cannot be read or is
   *     invalid (one line per problem, {@code POINTER (LINE:COL): MESSAGE})
   */
  static Loaded resolve(String idOrFile) {
    Path path = Path.of(idOrFile);
    if (Files.isRegularFile(path)) {
      FrameworkConfiguration configuration = load(path);
      return new Loaded(configuration, LocalFramework.builder()
          .framework(configuration.framework()).build(), path.toString());
    }
    if (BundledFrameworks.ids().contains(idOrFile)) {
      FrameworkConfiguration configuration = BundledFrameworks.load(idOrFile);
      LocalFramework local = Presets.find(idOrFile)
          .map(preset -> (LocalFramework) ImmutableLocalFramework.copyOf(preset)
              .withFramework(configuration.framework()))
          .orElseGet(() -> LocalFramework.builder().framework(configuration.framework()).build());
      return new Loaded(configuration, local, "bundled framework '" + idOrFile + "'");
    }
    if (looksLikeFile(idOrFile)) {
      throw new InputException(idOrFile + ": no such framework file");
    }
    throw new InputException("unknown framework '" + idOrFile + "'; expected a framework file or one of "
        + BundledFrameworks.ids());
  }

  /**
   * Loads and validates a configuration file.
   *
   * @throws InputException with one line per problem if the file cannot be read or is invalid
   */
  static FrameworkConfiguration load(Path path) {
    try {
      return FrameworkLoader.standard().load(path);
    } catch (ConfigurationException e) {
      throw new InputException(lines(e.problems()));
    } catch (UncheckedIOException e) {
      throw new InputException(path + ": cannot read the framework file: "
          + e.getCause().getClass().getSimpleName());
    }
  }

  /** The problems as the command line prints them, {@code POINTER (LINE:COL): MESSAGE}. */
  static List<String> lines(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static boolean looksLikeFile(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return text.contains("/") || text.contains("\\") || lower.endsWith(".json") || lower.endsWith(".yaml")
        || lower.endsWith(".yml");
  }
}
