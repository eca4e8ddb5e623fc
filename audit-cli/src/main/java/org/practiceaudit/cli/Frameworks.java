package org.practiceaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.json.ConfigurationException;
import org.practiceaudit.json.Problem;
import org.practiceaudit.json.bundled.BundledFrameworks;
import org.practiceaudit.json.configuration.DocumentFormat;
import org.practiceaudit.json.configuration.FrameworkConfiguration;
import org.practiceaudit.json.configuration.FrameworkLoader;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.escalation.EscalationRuleType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.grading.GradeBands;

/**
 * Resolves the {@code --framework ID|FILE} option: a file is loaded with audit-json's {@link
 * FrameworkLoader} (JSON, or YAML by its extension); otherwise the text is the id of a framework
 * bundled with audit-json ({@link BundledFrameworks}).
 *
 * <p>Either way the configuration document yields the whole {@link LocalFramework} ({@link
 * FrameworkConfiguration#localFramework()}): the framework (grade scale, domains, escalation
 * categories, calendar), its configured rules, sampling plans, role quotas and moderation policy.
 * The rules the commands run are the ones the document configures, for a bundled framework and a
 * file alike.
 */
final class Frameworks {

  private Frameworks() {}

  /**
   * A framework the command line works with: its configuration, the local framework and its source.
   */
  record Loaded(FrameworkConfiguration configuration, LocalFramework local, String source) {

    AuditFramework framework() {
      return local.framework();
    }

    Optional<GradeBands> gradeBands() {
      return configuration.gradeBands();
    }

    /**
     * Returns the id of the rule that decides escalation categories and their deadlines: the first
     * configured rule of type {@code escalation-category}, or the type's id when the framework
     * configures none.
     */
    String escalationRuleId() {
      return local.rules().stream()
          .filter(r -> r.typeId().equals(EscalationRuleType.ID))
          .map(ConfiguredRule::ruleId)
          .findFirst()
          .orElse(EscalationRuleType.ID);
    }

    /**
     * Finds one of the framework's sampling plans by name.
     *
     * @throws InputException naming the framework's plans if it has none of that name
     */
    SamplingPlan samplingPlan(String name) {
      return local.samplingPlans().stream()
          .filter(p -> p.name().equals(name))
          .findFirst()
          .orElseThrow(
              () ->
                  new InputException(
                      "framework '"
                          + local.id()
                          + "' has no sampling plan '"
                          + name
                          + "'; expected one of "
                          + local.samplingPlans().stream()
                              .map(SamplingPlan::name)
                              .collect(Collectors.toList())));
    }
  }

  /**
   * Resolves a framework id or file.
   *
   * @throws InputException if there is no such bundled framework, or the file cannot be read or is
   *     invalid (one line per problem, {@code POINTER (LINE:COL): MESSAGE})
   */
  static Loaded resolve(String idOrFile) {
    if (BundledFrameworks.ids().contains(idOrFile) && !exists(idOrFile)) {
      FrameworkConfiguration configuration = BundledFrameworks.load(idOrFile);
      return new Loaded(
          configuration, configuration.localFramework(), "bundled framework '" + idOrFile + "'");
    }
    if (idOrFile.isBlank() || looksLikeFile(idOrFile) || exists(idOrFile)) {
      FrameworkConfiguration configuration = load(idOrFile);
      return new Loaded(configuration, configuration.localFramework(), idOrFile);
    }
    throw new InputException(
        "unknown framework '"
            + idOrFile
            + "'"
            + org.practiceaudit.core.internal.Suggestions.hint(idOrFile, BundledFrameworks.ids())
            + "; give a framework file or the id of a bundled framework");
  }

  /**
   * Loads and validates a configuration file.
   *
   * @throws InputException with one line per problem if the file cannot be read or is invalid
   */
  static FrameworkConfiguration load(Path path) {
    return load(path.toString());
  }

  private static FrameworkConfiguration load(String file) {
    try {
      return FrameworkLoader.standard()
          .load(TextFiles.read(file, "framework"), DocumentFormat.fromFileName(file), file);
    } catch (ConfigurationException e) {
      throw new InputException(lines(e.problems()));
    }
  }

  /**
   * Reads a framework file as text: UTF-8 with or without a byte-order mark, or UTF-16 with one
   * (issue 16 item 5).
   *
   * @throws InputException saying in plain words why the file cannot be read, with the line and
   *     column of a byte that is not UTF-8
   */
  static String text(Path path) {
    return TextFiles.read(path.toString(), "framework");
  }

  /** The problems as the command line prints them, {@code POINTER (LINE:COL): MESSAGE}. */
  static List<String> lines(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.toList());
  }

  private static boolean exists(String text) {
    try {
      return Files.exists(Path.of(text));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private static boolean looksLikeFile(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return text.contains("/")
        || text.contains("\\")
        || lower.endsWith(".json")
        || lower.endsWith(".yaml")
        || lower.endsWith(".yml");
  }
}
