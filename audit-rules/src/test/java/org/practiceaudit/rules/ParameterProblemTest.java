package org.practiceaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.ImmutableAuditFramework;
import org.practiceaudit.core.workforce.Role;

/** Located parameter problems, declared references and the rule type base (issue 17 item 4). */
final class ParameterProblemTest {

  @Nested
  final class Paths {

    @Test
    void pointer_namesAndIndexes_jsonPointerWithEscapes() {
      ParameterProblem problem = ParameterProblem.at("unknown grade 'Fine'", "floors", 0, "a/b~c");

      assertThat(problem.pointer()).isEqualTo("/floors/0/a~1b~0c");
      assertThat(problem).hasToString("/floors/0/a~1b~0c: unknown grade 'Fine'");
    }

    @Test
    void within_prefix_isPrepended() {
      assertThat(ParameterProblem.at("m", "grade").within("bands", 2))
          .isEqualTo(ParameterProblem.at("m", "bands", 2, "grade"));
    }

    @Test
    void of_wholeParameters_emptyPathAndMessageOnly() {
      assertThat(ParameterProblem.of("m").path()).isEmpty();
      assertThat(ParameterProblem.of("m")).hasToString("m");
    }

    @Test
    void at_negativeIndexOrBlankName_refused() {
      assertThatThrownBy(() -> ParameterProblem.at("m", -1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ParameterProblem.at("m", " "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ParameterProblem.at("m", 1.5))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void within_anyPrefix_pathIsTheConcatenation() {
      qt().forAll(strings().allPossible().ofLengthBetween(1, 8), integers().between(0, 1000))
          .assuming((name, index) -> !name.isBlank())
          .checkAssert(
              (name, index) -> {
                ParameterProblem inner = ParameterProblem.at("m", index, name);
                assertThat(inner.within(name, index).path())
                    .containsExactly(name, index, index, name);
                assertThat(inner.within().equals(inner)).isTrue();
              });
    }
  }

  @Nested
  final class References {

    private final AuditFramework framework =
        ImmutableAuditFramework.copyOf(Fixtures.framework(2))
            .withLocalCategories(List.of(CaseCategory.of("youth-justice-panel")))
            .withLocalRoles(List.of(Role.of("practice-lead")));

    @Test
    void check_knownValuesOfEveryKind_resolve() {
      assertThat(ParameterReference.domain("d1", "weights", "d1").check(framework)).isEmpty();
      assertThat(ParameterReference.grade("Good", "grade").check(framework)).isEmpty();
      assertThat(
              ParameterReference.of(
                      ParameterReference.Kind.CASE_CATEGORY, "youth-justice-panel", "c")
                  .check(framework))
          .isEmpty();
      assertThat(
              ParameterReference.of(ParameterReference.Kind.CASE_CATEGORY, "looked-after", "c")
                  .check(framework))
          .isEmpty();
      assertThat(ParameterReference.role("practice-lead", "r").check(framework)).isEmpty();
    }

    @Test
    void check_unknownDomain_locatedWithASuggestion() {
      assertThat(ParameterReference.domain("dx", "floors", 0, "domain").check(framework))
          .hasValueSatisfying(
              p -> {
                assertThat(p.path()).containsExactly("floors", 0, "domain");
                assertThat(p.message()).matches("unknown domain 'dx'; did you mean 'd[01]'\\?");
              });
    }

    @Test
    void check_unknownGradeCategoryAndRole_eachAProblemAtItsPath() {
      assertThat(ParameterReference.grade("Fine", "grades", 1).check(framework))
          .hasValueSatisfying(p -> assertThat(p.path()).containsExactly("grades", 1));
      assertThat(
              ParameterReference.of(ParameterReference.Kind.CASE_CATEGORY, "nowhere", "c")
                  .check(framework))
          .hasValueSatisfying(
              p -> assertThat(p.message()).contains("neither well known nor declared"));
      assertThat(ParameterReference.role("Not A Role", "r").check(framework))
          .hasValueSatisfying(p -> assertThat(p.path()).containsExactly("r"));
    }
  }

  @Nested
  final class Types {

    @Test
    void validate_problemsAndReferences_everyOneAtOnceAndNoRule() {
      var result =
          new org.practiceaudit.rules.scoring.ScoringRuleType()
              .validate(
                  "acme/s",
                  new org.practiceaudit.rules.scoring.ScoringParameters(
                      Map.of("zz", 0.0), false, 2.0),
                  Fixtures.framework(1));

      assertThat(result.getError().map(ParameterProblem::pointer).asJava())
          .containsExactlyInAnyOrder("/weights/zz", "/weights/zz", "/minimumCoverage");
    }

    @Test
    void abstractRuleType_descriptions_keepTheirOrder() {
      var type = new org.practiceaudit.rules.example.ChronologyRuleType();

      assertThat(type.parameterDescriptions().keySet()).containsExactly("attribute");
      assertThat(type.id()).isEqualTo("acme/chronology-present");
      assertThat(
              new org.practiceaudit.rules.escalation.EscalationRuleType()
                  .parameterDescriptions()
                  .keySet())
          .containsExactly(
              "immediateRiskConcerns",
              "actionRequiredConcerns",
              "inadequateGrade",
              "goodGrade",
              "notifyServiceManagerFor",
              "practitionerActionHours");
    }

    @Test
    void abstractRuleType_malformedId_refused() {
      assertThatThrownBy(
              () ->
                  new AbstractRuleType<Object>("Not An Id", "d", Object.class, Map.of()) {
                    @Override
                    public List<ParameterProblem> problems(Object parameters) {
                      return List.of();
                    }

                    @Override
                    public Rule<?> bind(
                        String ruleId, Object parameters, AuditFramework framework) {
                      throw new AssertionError();
                    }
                  })
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
