package org.practiceaudit.json.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.json.AuditJson;
import org.practiceaudit.json.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 item 4: a framework declares its local case categories and roles. All data is synthetic.
 */
final class LocalVocabularyTest {

  private static final String DECLARED =
      "\"local_categories\": [\"youth-justice\", \"private-fostering\"],"
          + " \"local_roles\": [\"practice-lead\"],\n  \"sampling_plans\":";

  private static String declaring(String declared) {
    return FrameworkLoaderTest.BASE.replace(
        "\"sampling_plans\":", declared + "\n  \"sampling_plans\":");
  }

  private static String base() {
    return FrameworkLoaderTest.BASE
        .replace("\"sampling_plans\":", DECLARED)
        .replace(
            "\"strata\": [\"team\"]",
            "\"strata\": [\"team\"], \"filters\": {\"category\": [\"youth-justice\", \"cp\"]}")
        .replace(
            "\"quotas\": [",
            "\"quotas\": [{\"role\": \"practice-lead\", \"minimum\": 2, \"per\": \"year\"}, ");
  }

  private static String pointers(List<Problem> problems) {
    return problems.stream()
        .map(p -> p.pointer() + ": " + p.message())
        .reduce("", (a, b) -> a + b + "\n");
  }

  @Nested
  final class Valid {

    @Test
    void load_declaredCategoriesAndRoles_inTheFrameworkAndUsableInPlansAndQuotas() {
      FrameworkConfiguration config = FrameworkLoaderTest.validate(base()).get();

      assertThat(config.framework().localCategories())
          .containsExactly(CaseCategory.of("youth-justice"), CaseCategory.of("private-fostering"));
      assertThat(config.framework().localRoles()).containsExactly(Role.of("practice-lead"));
      assertThat(config.samplingPlans().get(0).categories())
          .containsExactlyInAnyOrder(
              CaseCategory.of("youth-justice"), CaseCategory.CHILD_PROTECTION);
      assertThat(config.quotas().get(0).role()).isEqualTo(Role.of("practice-lead"));
    }

    @Test
    void load_noLists_emptyLists() {
      FrameworkConfiguration config = FrameworkLoaderTest.validate(FrameworkLoaderTest.BASE).get();

      assertThat(config.framework().localCategories()).isEmpty();
      assertThat(config.framework().localRoles()).isEmpty();
    }

    @Test
    void interchange_localLists_writtenAsTheDocumentWritesThemAndReadBack() {
      FrameworkConfiguration config = FrameworkLoaderTest.validate(base()).get();
      JsonNode document = AuditJson.mapper().readTree(base());

      JsonNode categories = AuditJson.mapper().valueToTree(config.framework().localCategories());
      JsonNode roles = AuditJson.mapper().valueToTree(config.framework().localRoles());

      assertThat(categories).isEqualTo(document.get("local_categories"));
      assertThat(roles).isEqualTo(document.get("local_roles"));
      for (int i = 0; i < categories.size(); i++) {
        assertThat(AuditJson.mapper().treeToValue(categories.get(i), CaseCategory.class))
            .isEqualTo(config.framework().localCategories().get(i));
      }
      assertThat(AuditJson.mapper().treeToValue(roles.get(0), Role.class))
          .isEqualTo(Role.of("practice-lead"));
    }
  }

  @Nested
  final class ConfigurationProblems {

    @Test
    void load_wellKnownCategoryDeclared_isLocatedAndNamesIt() {
      List<Problem> problems =
          FrameworkLoaderTest.problems(declaring("\"local_categories\": [\"looked-after\"],"));

      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/local_categories/0");
                assertThat(p.message())
                    .isEqualTo(
                        "'looked-after' is already a well-known case category;"
                            + " declare only the ones the council adds");
              });
    }

    @Test
    void load_abbreviationOfAWellKnownRoleDeclared_namesTheRoleItStandsFor() {
      List<Problem> problems =
          FrameworkLoaderTest.problems(declaring("\"local_roles\": [\"tm\"],"));

      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/local_roles/0");
                assertThat(p.message())
                    .startsWith("'tm' is already a well-known role ('team-manager')");
              });
    }

    @Test
    void load_duplicateRole_isLocatedAtTheSecond() {
      List<Problem> problems =
          FrameworkLoaderTest.problems(
              declaring("\"local_roles\": [\"practice-lead\", \"practice-lead\"],"));

      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/local_roles/1");
                assertThat(p.message())
                    .isEqualTo("duplicate local role 'practice-lead'; each must be declared once");
              });
    }

    @Test
    void load_malformedCategory_isLocatedAndExplainsTheForm() {
      List<Problem> problems =
          FrameworkLoaderTest.problems(declaring("\"local_categories\": [\"Youth Justice\"],"));

      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/local_categories/0");
                assertThat(p.message()).contains("kebab-case");
              });
    }

    @Test
    void load_quotaRoleNotDeclared_suggestsTheDeclaredOne() {
      List<Problem> problems =
          FrameworkLoaderTest.problems(
              base()
                  .replace(
                      "{\"role\": \"practice-lead\", \"minimum\": 2",
                      "{\"role\": \"practise-lead\", \"minimum\": 2"));

      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/quotas/0/role");
                assertThat(p.message())
                    .isEqualTo(
                        "'practise-lead' is not a known role; did you mean 'practice-lead'?"
                            + " (or declare it in 'local_roles')");
              });
    }

    @Test
    void U25_moderatorRoleNotDeclared_suggestsTheDeclaredOne() {
      List<Problem> problems =
          FrameworkLoaderTest.problems(
              base()
                  .replace(
                      "\"moderation\": {\"share\": 0.2}",
                      "\"moderation\": {\"share\": 0.2, \"moderator_roles\": [\"lead-auditor\","
                          + " \"practise-lead\"]}"));

      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/moderation/moderator_roles/1");
                assertThat(p.message())
                    .isEqualTo(
                        "'practise-lead' is not a known role; did you mean 'practice-lead'?"
                            + " (or declare it in 'local_roles')");
              });
    }

    @Test
    void U25_moderatorRoles_readIntoTheModerationPolicy() {
      FrameworkConfiguration config =
          FrameworkLoaderTest.validate(
                  base()
                      .replace(
                          "\"moderation\": {\"share\": 0.2}",
                          "\"moderation\": {\"share\": 0.2, \"moderator_roles\":"
                              + " [\"practice-lead\", \"lead-auditor\"]}"))
              .get();

      assertThat(config.moderation().orElseThrow().moderatorRoles())
          .containsExactly(Role.LEAD_AUDITOR, Role.of("practice-lead"));
    }

    @Test
    void load_planFilterCategoryNotDeclared_suggestsTheDeclaredOne() {
      List<Problem> problems =
          FrameworkLoaderTest.problems(
              base().replace("[\"youth-justice\", \"cp\"]", "[\"cp\", \"youth-justise\"]"));

      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/sampling_plans/0/filters/category/1");
                assertThat(p.message())
                    .isEqualTo(
                        "'youth-justise' is not a known case category; did you mean"
                            + " 'youth-justice'? (or declare it in 'local_categories')");
              });
    }

    @Test
    void load_everyProblem_isReportedAtOnce() {
      List<Problem> problems =
          FrameworkLoaderTest.problems(
              declaring(
                      "\"local_categories\": [\"cin\", \"youth-justice\", \"youth-justice\", \"-x\"], \"local_roles\": [\"social-worker\"],")
                  .replace("\"role\": \"team-manager\"", "\"role\": \"team-manger\""));

      assertThat(pointers(problems))
          .contains(
              "/local_categories/0:",
              "/local_categories/2:",
              "/local_categories/3:",
              "/local_roles/0:",
              "/quotas/0/role:");
      assertThat(problems).hasSize(5);
    }
  }
}
