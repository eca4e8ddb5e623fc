package org.practiceaudit.json.configuration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rule types a configuration may name, with the parameters each accepts, so that an unknown rule type
 * or parameter is reported when the document is loaded rather than when the rule runs.
 *
 * <p>{@link #builtIn()} lists the built-in rule types of {@code audit-rules} (issue 4: scoring, grading,
 * escalation, required content, timeliness, multi-agency comparison). Councils that plug in their own rule
 * types add them with {@link #with(String, Map)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleTypeCatalogue {

  /** What kind of value a rule parameter takes; the loader checks values and references against it. */
  public enum ParameterKind {
    /** A whole number. */
    INTEGER,
    /** Any number. */
    NUMBER,
    /** A number from 0 to 1. */
    SHARE,
    /** true or false. */
    BOOLEAN,
    /** A text. */
    TEXT,
    /** A list of texts. */
    TEXT_LIST,
    /** A grade of the framework's scale. */
    GRADE,
    /** A domain id of the framework. */
    DOMAIN,
    /** A list of domain ids of the framework. */
    DOMAIN_LIST,
    /** An object from domain id to a number (weights). */
    DOMAIN_WEIGHTS,
    /** An escalation category level of the framework. */
    LEVEL,
    /** An audit type id of the framework. */
    AUDIT_TYPE
  }

  /**
   * One parameter of a rule type.
   *
   * @param kind the kind of value; not null
   * @param required whether the parameter must be given
   */
  public record Parameter(ParameterKind kind, boolean required) {

    /**
     * Checks the kind.
     *
     * @param kind the kind; not null
     * @param required whether required
     */
    public Parameter {
      Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns a required parameter.
     *
     * @param kind the kind; not null
     * @return the parameter
     */
    public static Parameter required(ParameterKind kind) {
      return new Parameter(kind, true);
    }

    /**
     * Returns an optional parameter.
     *
     * @param kind the kind; not null
     * @return the parameter
     */
    public static Parameter optional(ParameterKind kind) {
      return new Parameter(kind, false);
    }
  }

  private static final RuleTypeCatalogue BUILT_IN = builtInCatalogue();

  private final Map<String, Map<String, Parameter>> types;

  private RuleTypeCatalogue(Map<String, Map<String, Parameter>> types) {
    this.types = types;
  }

  /**
   * Returns an empty catalogue.
   *
   * @return a catalogue without rule types
   */
  public static RuleTypeCatalogue empty() {
    return new RuleTypeCatalogue(Map.of());
  }

  /**
   * Returns the built-in rule types and their parameters.
   *
   * @return the built-in catalogue
   */
  public static RuleTypeCatalogue builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a catalogue with one more rule type.
   *
   * @param type the rule type id, lower-case kebab-case; not null
   * @param parameters the parameters by name; not null
   * @return a new catalogue
   * @throws IllegalArgumentException if the type is already in the catalogue
   */
  public RuleTypeCatalogue with(String type, Map<String, Parameter> parameters) {
    Objects.requireNonNull(type, "type");
    if (types.containsKey(type)) {
      throw new IllegalArgumentException("rule type '" + type + "' is already in the catalogue");
    }
    Map<String, Map<String, Parameter>> copy = new LinkedHashMap<>(types);
    copy.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(parameters)));
    return new RuleTypeCatalogue(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the rule type ids.
   *
   * @return an unmodifiable set, in the order they were added
   */
  public Set<String> types() {
    return types.keySet();
  }

  /**
   * Returns the parameters of a rule type.
   *
   * @param type the rule type id; not null
   * @return the parameters by name, or empty if the type is unknown
   */
  public Optional<Map<String, Parameter>> parameters(String type) {
    Objects.requireNonNull(type, "type");
    return Optional.ofNullable(types.get(type));
  }

  private static RuleTypeCatalogue builtInCatalogue() {
    return empty()
        .with("score-average", Map.of(
            "weights", Parameter.optional(ParameterKind.DOMAIN_WEIGHTS),
            "normalise", Parameter.optional(ParameterKind.BOOLEAN)))
        .with("grade-auditor-judgement", Map.of())
        .with("grade-from-score-bands", Map.of(
            "flag_divergence", Parameter.optional(ParameterKind.BOOLEAN)))
        .with("grade-from-indicators", Map.of(
            "domains", Parameter.optional(ParameterKind.DOMAIN_LIST)))
        .with("grade-floor", Map.of(
            "domain", Parameter.optional(ParameterKind.DOMAIN),
            "at_or_below", Parameter.required(ParameterKind.INTEGER),
            "cap", Parameter.required(ParameterKind.GRADE)))
        .with("escalation-category", Map.of(
            "immediate_risk", Parameter.required(ParameterKind.LEVEL),
            "inadequate_action_required", Parameter.required(ParameterKind.LEVEL),
            "actions_recommended", Parameter.required(ParameterKind.LEVEL),
            "good_order", Parameter.required(ParameterKind.LEVEL),
            "notify", Parameter.optional(ParameterKind.TEXT_LIST)))
        .with("actions-required-below", Map.of(
            "grade", Parameter.required(ParameterKind.GRADE),
            "notify", Parameter.optional(ParameterKind.TEXT_LIST)))
        .with("action-owner-and-due-date", Map.of())
        .with("urgent-concern-escalated", Map.of())
        .with("practitioner-conversation-recorded", Map.of())
        .with("completion-due", Map.of(
            "working_days", Parameter.required(ParameterKind.INTEGER),
            "audit_type", Parameter.optional(ParameterKind.AUDIT_TYPE)))
        .with("follow-up-overdue", Map.of(
            "escalate_to", Parameter.required(ParameterKind.TEXT)))
        .with("multi-agency-comparison", Map.of(
            "areas", Parameter.optional(ParameterKind.DOMAIN_LIST),
            "max_difference", Parameter.optional(ParameterKind.INTEGER)));
  }
}
