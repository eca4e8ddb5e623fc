package org.practiceaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;

final class RuleSetTest {

  private static final AuditFramework FRAMEWORK = Fixtures.framework(3);
  private static final Audit AUDIT = Fixtures.audit(FRAMEWORK).build();

  /** A rule that passes with a fixed reason. */
  static final class Passing extends AbstractRule<Audit> {
    Passing(String id) {
      super(id, "passes (synthetic)", SubjectType.AUDIT);
    }

    @Override
    public List<Outcome> evaluate(Audit subject, RuleContext context) {
      return List.of(
          outcome(OutcomeStatus.PASS, "ok").putInput("audit", subject.id().toString()).build());
    }
  }

  /** A plug-in rule that throws with a message that must never reach the outcome. */
  static final class Throwing extends AbstractRule<Audit> {
    Throwing(String id) {
      super(id, "throws (synthetic)", SubjectType.AUDIT);
    }

    @Override
    public List<Outcome> evaluate(Audit subject, RuleContext context) {
      throw new IllegalStateException("Jane Doe, 12 Acacia Avenue");
    }
  }

  @Nested
  final class Evaluation {

    @Test
    void evaluate_throwingPluginRule_becomesErrorAndOthersStillRun() {
      RuleSet set =
          RuleSet.of(List.of(new Passing("acme/a"), new Throwing("acme/b"), new Passing("acme/c")));

      List<Outcome> outcomes = set.evaluate(SubjectType.AUDIT, AUDIT, Fixtures.context(FRAMEWORK));

      assertThat(outcomes)
          .extracting(Outcome::ruleId)
          .containsExactly("acme/a", "acme/b", "acme/c");
      assertThat(outcomes)
          .extracting(Outcome::status)
          .containsExactly(OutcomeStatus.PASS, OutcomeStatus.ERROR, OutcomeStatus.PASS);
      assertThat(outcomes.get(1).reason())
          .contains("acme/b", "java.lang.IllegalStateException")
          .doesNotContain("Jane", "Acacia");
    }

    @Test
    void evaluate_otherSubjectType_skipsRule() {
      RuleSet set = RuleSet.of(List.of(new Passing("acme/a")));

      assertThat(set.evaluate(SubjectType.AUDITS, List.of(AUDIT), Fixtures.context(FRAMEWORK)))
          .isEmpty();
    }

    @Test
    void evaluate_ruleOrder_neverChangesOutcomes() {
      List<Rule<?>> rules = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        rules.add(i % 4 == 1 ? new Throwing("acme/r" + i) : new Passing("acme/r" + i));
      }
      List<Outcome> reference =
          RuleSet.of(rules).evaluate(SubjectType.AUDIT, AUDIT, Fixtures.context(FRAMEWORK));
      qt().withFixedSeed(20261125L)
          .withExamples(300)
          .forAll(integers().all(), lists().of(integers().between(0, 11)).ofSizeBetween(1, 12))
          .checkAssert(
              (seed, subsetIndices) -> {
                List<Rule<?>> subset = new ArrayList<>();
                for (int i : new java.util.TreeSet<>(subsetIndices)) {
                  subset.add(rules.get(i));
                }
                List<Rule<?>> shuffled = new ArrayList<>(subset);
                Collections.shuffle(shuffled, new Random(seed));
                List<Outcome> a =
                    RuleSet.of(subset)
                        .evaluate(SubjectType.AUDIT, AUDIT, Fixtures.context(FRAMEWORK));
                List<Outcome> b =
                    RuleSet.of(shuffled)
                        .evaluate(SubjectType.AUDIT, AUDIT, Fixtures.context(FRAMEWORK));
                assertThat(b).isEqualTo(a);
                assertThat(reference).containsAll(a);
              });
    }
  }

  @Nested
  final class Validation {

    @Test
    void of_duplicateAndInvalidIds_listsEveryProblem() {
      assertThatThrownBy(
              () ->
                  RuleSet.of(
                      List.of(
                          new Passing("acme/a"),
                          new Passing("acme/a"),
                          new Passing("acme/b"),
                          new Passing("acme/b"))))
          .isInstanceOf(RuleConfigurationException.class)
          .satisfies(
              e ->
                  assertThat(((RuleConfigurationException) e).problems())
                      .containsExactly(
                          "duplicate rule id 'acme/a' (2 rules)",
                          "duplicate rule id 'acme/b' (2 rules)"));
    }

    @Test
    void abstractRule_idWithoutNamespace_rejected() {
      assertThatThrownBy(() -> new Passing("no-namespace"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'no-namespace'");
    }

    @Test
    void ruleIds_validAndInvalidForms_acceptedOrRejected() {
      assertThat(RuleIds.isRuleId("camden/actions-required-below-good")).isTrue();
      assertThat(RuleIds.isRuleId("Camden/actions")).isFalse();
      assertThat(RuleIds.isRuleId("camden/a/b")).isFalse();
      assertThat(RuleIds.isRuleId("camden/")).isFalse();
      assertThat(RuleIds.isTypeId("escalation-category")).isTrue();
      assertThat(RuleIds.isTypeId("acme/chronology-present")).isTrue();
      assertThat(RuleIds.isTypeId("escalation_category")).isFalse();
    }
  }
}
