package org.practiceaudit.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A set of rules with unique ids, evaluated together on a subject.
 *
 * <p>Each subject goes to the rules written for its {@link SubjectType}. A rule that throws becomes
 * an {@link OutcomeStatus#ERROR} outcome naming the rule and the exception's class (never its
 * message, which might quote case data), and the other rules are evaluated all the same. Outcomes
 * are sorted by rule id, so that they do not depend on the order in which the rules were given.
 *
 * <p>This class is immutable and thread-safe if its rules are.
 */
public final class RuleSet {

  private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);
  private static final RuleSet EMPTY = new RuleSet(List.of());

  private final List<Rule<?>> rules;

  private RuleSet(List<Rule<?>> rules) {
    this.rules = rules;
  }

  /**
   * Returns the set of no rules.
   *
   * @return the empty rule set
   */
  public static RuleSet empty() {
    return EMPTY;
  }

  /**
   * Obtains a rule set, checking that every rule id is valid and unique.
   *
   * @param rules the rules, in any order; not null
   * @return the rule set
   * @throws NullPointerException if {@code rules} or a rule is null
   * @throws RuleConfigurationException listing every invalid id and every duplicate
   */
  public static RuleSet of(Collection<? extends Rule<?>> rules) {
    Validation<Seq<String>, RuleSet> set = validate(rules);
    if (set.isInvalid()) {
      throw new RuleConfigurationException("rule set", set.getError().asJava());
    }
    return set.get();
  }

  /**
   * Validates rules and obtains a rule set, reporting every invalid id and every duplicate at once.
   *
   * @param rules the rules, in any order; not null
   * @return the rule set, or every problem
   * @throws NullPointerException if {@code rules} or a rule is null
   */
  public static Validation<Seq<String>, RuleSet> validate(Collection<? extends Rule<?>> rules) {
    Objects.requireNonNull(rules, "rules");
    List<String> problems = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Rule<?> rule : rules) {
      Objects.requireNonNull(rule, "rule");
      String id = rule.id();
      if (id == null || !RuleIds.isRuleId(id)) {
        problems.add(RuleIds.ruleIdProblem(String.valueOf(id)));
      } else {
        counts.merge(id, 1, Integer::sum);
      }
    }
    RuleIds.addDuplicateProblems(counts, problems);
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    List<Rule<?>> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::id));
    return Validation.valid(new RuleSet(List.copyOf(sorted)));
  }

  /**
   * Returns the rules, sorted by id.
   *
   * @return an unmodifiable list
   */
  public List<Rule<?>> rules() {
    return rules;
  }

  /**
   * Returns the number of rules.
   *
   * @return the count
   */
  public int size() {
    return rules.size();
  }

  /**
   * Evaluates every rule written for a subject type on a subject.
   *
   * @param <S> the subject's type
   * @param type the subject's type token; not null
   * @param subject the subject; not null
   * @param context the context; not null
   * @return the outcomes, sorted by rule id; one or more for each rule of that subject type
   * @throws NullPointerException if an argument is null
   */
  public <S> List<Outcome> evaluate(SubjectType<S> type, S subject, RuleContext context) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(context, "context");
    // The rules are sorted by id and every outcome of a rule carries its id (evaluateOne checks
    // it), so
    // the outcomes come out sorted by rule id without a sort.
    List<Outcome> outcomes = new ArrayList<>(rules.size() + 2);
    for (Rule<?> rule : rules) {
      if (rule.subjectType().equals(type)) {
        outcomes.addAll(evaluateOne(rule, subject, context));
      }
    }
    return List.copyOf(outcomes);
  }

  @SuppressWarnings("unchecked")
  private static <S> List<Outcome> evaluateOne(Rule<?> rule, S subject, RuleContext context) {
    String id = rule.id();
    List<Outcome> produced;
    try {
      produced = ((Rule<S>) rule).evaluate(subject, context);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      LOG.warn("rule {} threw {}", id, e.getClass().getName());
      return List.of(
          Outcome.of(
              id,
              OutcomeStatus.ERROR,
              "rule '" + id + "' could not be evaluated: it threw " + e.getClass().getName()));
    }
    if (produced == null || produced.isEmpty()) {
      return List.of(Outcome.of(id, OutcomeStatus.ERROR, "rule '" + id + "' returned no outcome"));
    }
    for (Outcome outcome : produced) {
      if (outcome == null || !outcome.ruleId().equals(id)) {
        return List.of(
            Outcome.of(
                id,
                OutcomeStatus.ERROR,
                "rule '" + id + "' returned an outcome that is missing or names another rule"));
      }
    }
    return produced;
  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    for (Rule<?> rule : rules) {
      ids.add(rule.id());
    }
    return "RuleSet" + ids;
  }
}
