package org.practiceaudit.json.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Validation;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.json.ConfigurationException;
import org.practiceaudit.json.Problem;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.content.UrgentConcernParameters;
import org.practiceaudit.rules.grading.GradeFloor;
import org.practiceaudit.rules.grading.GradingParameters;
import org.practiceaudit.rules.multiagency.AgencyDisagreementParameters;
import org.practiceaudit.rules.timeliness.AuditDueParameters;

/** Each kind of configuration error, with its message and location. All data is synthetic. */
final class FrameworkLoaderTest {

  /** A small valid document; line numbers below refer to this text. */
  static final String BASE =
      String.join(
          "\n",
          "{",
          "  \"$schema\": \"https://practice-audit.github.io/schema/framework-1.json\",",
          "  \"id\": \"example\",",
          "  \"version\": \"1\",",
          "  \"name\": \"Synthetic example\",",
          "  \"domains\": [",
          "    {\"id\": \"voice-of-the-child\", \"title\": \"Voice of the child\", \"score_scale\": {\"min\": 1, \"max\": 10}},",
          "    {\"id\": \"planning\", \"title\": \"Planning\", \"score_scale\": {\"min\": 1, \"max\": 10}}",
          "  ],",
          "  \"grade_bands\": [",
          "    {\"grade\": \"Inadequate\", \"from\": 1, \"to\": 4},",
          "    {\"grade\": \"Requires Improvement\", \"from\": 4, \"to\": 6},",
          "    {\"grade\": \"Good\", \"from\": 6, \"to\": 8.5},",
          "    {\"grade\": \"Outstanding\", \"from\": 8.5, \"to\": 10}",
          "  ],",
          "  \"audit_types\": [{\"id\": \"monthly\", \"name\": \"Monthly audit\", \"review_period\": \"P12M\"}],",
          "  \"escalation_categories\": [",
          "    {\"level\": 1, \"name\": \"Critical\", \"follow_up\": {\"hours\": 48}},",
          "    {\"level\": 2, \"name\": \"Action required\", \"follow_up\": {\"working_days\": 10}}",
          "  ],",
          "  \"calendar\": {\"division\": \"england-and-wales\", \"closure_days\": [\"2026-12-29\"]}, \"audit_due\": {\"days\": 20},",
          "  \"sampling_plans\": [{\"name\": \"monthly\", \"share\": 0.1, \"strata\": [\"team\"]}],",
          "  \"quotas\": [{\"role\": \"team-manager\", \"minimum\": 1, \"per\": \"cycle\"}],",
          "  \"moderation\": {\"share\": 0.2},",
          "  \"rules\": [",
          "    {\"id\": \"example/due\", \"type\": \"audit-due\"},",
          "    {\"id\": \"example/urgent\", \"type\": \"urgent-concern-escalated\", \"required_to_complete\": true,"
              + " \"parameters\": {\"concerns\": [\"immediate-risk\"], \"escalate_to\": \"team-manager\"}},",
          "    {\"id\": \"example/spread\", \"type\": \"agency-disagreement\", \"parameters\": {\"minimum_spread\": 15}}",
          "  ]",
          "}");

  static Validation<List<Problem>, FrameworkConfiguration> validate(String text) {
    return FrameworkLoader.standard().validate(text, DocumentFormat.JSON);
  }

  static List<Problem> problems(String text) {
    Validation<List<Problem>, FrameworkConfiguration> result = validate(text);
    assertThat(result.isInvalid()).as("expected problems").isTrue();
    return result.getError();
  }

  @Test
  void validate_utf8ByteOrderMark_acceptedAsWindowsEditorsWriteIt() {
    Validation<List<Problem>, FrameworkConfiguration> result = validate("\uFEFF" + BASE);

    assertThat(result.isValid())
        .as(() -> result.isInvalid() ? result.getError().toString() : "")
        .isTrue();
  }

  @Test
  void validate_base_isValidAndWhole() {
    Validation<List<Problem>, FrameworkConfiguration> result = validate(BASE);
    assertThat(result.isValid())
        .as(() -> result.isInvalid() ? result.getError().toString() : "")
        .isTrue();
    FrameworkConfiguration config = result.get();
    assertThat(config.framework().domains()).hasSize(2);
    assertThat(config.gradeBands()).hasValueSatisfying(b -> assertThat(b.bands()).hasSize(4));
    assertThat(config.framework().calendar().closureDays()).hasSize(1);
    assertThat(config.framework().auditDue()).isEqualTo(AuditDuePolicy.calendarDays(20));
    assertThat(config.rules().get(0).parameters()).isEqualTo(new AuditDueParameters());
    assertThat(config.rules().get(2).parameters()).isEqualTo(new AgencyDisagreementParameters(15));
    assertThat(config.rules().get(1).parameters())
        .isEqualTo(new UrgentConcernParameters(List.of("immediate-risk"), "team-manager"));
    assertThat(config.rules().get(1).requiredToComplete()).isTrue();
    assertThat(config.localFramework().rules()).isEqualTo(config.rules());
    assertThat(config.localFramework().ruleSet(RuleRegistry.load()).isValid()).isTrue();
  }

  @Nested
  final class SchemaPassProblems {

    @Test
    void load_misspeltProperty_suggestsTheRightOne() {
      List<Problem> problems =
          problems(BASE.replace("\"escalation_categories\"", "\"escalaton_categories\""));
      assertThat(problems)
          .anySatisfy(
              p -> {
                assertThat(p.message())
                    .isEqualTo(
                        "unknown property 'escalaton_categories'; did you mean 'escalation_categories'?");
                assertThat(p.pointer()).isEqualTo("/escalaton_categories");
                assertThat(p.line()).isEqualTo(17);
              });
      assertThat(problems)
          .anySatisfy(
              p -> assertThat(p.message()).contains("missing property 'escalation_categories'"));
    }

    @Test
    void load_unknownDivision_suggestsTheClosest() {
      List<Problem> problems = problems(BASE.replace("england-and-wales", "england-and-wale"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .isEqualTo(
                        "unknown value 'england-and-wale'; did you mean 'england-and-wales'?");
                assertThat(p.pointer()).isEqualTo("/calendar/division");
                assertThat(p.line()).isEqualTo(21);
                assertThat(p.column()).isGreaterThan(1);
              });
    }

    @Test
    void load_shareAboveOne_saysTheRange() {
      List<Problem> problems =
          problems(
              BASE.replace("\"moderation\": {\"share\": 0.2}", "\"moderation\": {\"share\": 1.5}"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .isEqualTo("a share must be from 0 to 1 (such as 0.2 for 20%): 1.5");
                assertThat(p.pointer()).isEqualTo("/moderation/share");
                assertThat(p.line()).isEqualTo(24);
              });
    }

    @Test
    void load_escalationWithoutDeadline_saysWhatToGive() {
      List<Problem> problems = problems(BASE.replace(", \"follow_up\": {\"hours\": 48}", ""));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .startsWith("this escalation category has no follow-up deadline");
                assertThat(p.pointer()).isEqualTo("/escalation_categories/0");
                assertThat(p.line()).isEqualTo(18);
              });
    }

    @Test
    void load_badFollowUpShape_listsTheThreeShapes() {
      List<Problem> problems = problems(BASE.replace("{\"hours\": 48}", "{\"days\": 2}"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message()).contains("{\"hours\": N}").contains("\"none\"");
                assertThat(p.pointer()).isEqualTo("/escalation_categories/0/follow_up");
              });
    }

    @Test
    void load_wrongType_namesTheExpectedAndTheFound() {
      List<Problem> problems = problems(BASE.replace("\"minimum\": 1", "\"minimum\": \"one\""));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message()).isEqualTo("must be a whole number, not the text 'one'");
                assertThat(p.pointer()).isEqualTo("/quotas/0/minimum");
                assertThat(p.line()).isEqualTo(23);
              });
    }

    @Test
    void load_foreignSchema_isRejected() {
      List<Problem> problems =
          problems(
              BASE.replace(
                  "https://practice-audit.github.io/schema/framework-1.json",
                  "https://example.org/other.json"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .startsWith("unknown schema 'https://example.org/other.json'");
                assertThat(p.pointer()).isEqualTo("/$schema");
                assertThat(p.line()).isEqualTo(2);
              });
    }

    @Test
    void load_badId_explainsTheForm() {
      List<Problem> problems =
          problems(BASE.replace("\"id\": \"planning\"", "\"id\": \"Planning\""));
      assertThat(problems)
          .anySatisfy(
              p -> {
                assertThat(p.message())
                    .contains("'Planning' is not allowed here")
                    .contains("kebab-case");
                assertThat(p.pointer()).isEqualTo("/domains/1/id");
                assertThat(p.line()).isEqualTo(8);
              });
    }
  }

  @Nested
  final class SemanticPassProblems {

    @Test
    void load_duplicateDomainId_isReportedAtTheSecond() {
      List<Problem> problems =
          problems(BASE.replace("\"id\": \"planning\"", "\"id\": \"voice-of-the-child\""));
      assertThat(problems)
          .anySatisfy(
              p -> {
                assertThat(p.message())
                    .isEqualTo("duplicate domain id 'voice-of-the-child'; each must be unique");
                assertThat(p.pointer()).isEqualTo("/domains/1/id");
                assertThat(p.line()).isEqualTo(8);
              });
    }

    @Test
    void load_unknownRuleType_suggestsTheClosest() {
      List<Problem> problems = problems(BASE.replace("\"audit-due\"", "\"audit-dew\""));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .startsWith(
                        "unknown rule type 'audit-dew'; did you mean 'audit-due'?; expected one of [");
                assertThat(p.pointer()).isEqualTo("/rules/0/type");
                assertThat(p.line()).isEqualTo(26);
              });
    }

    @Test
    void unknownRuleType_nothingClose_listsTheTypesOnce() {
      List<Problem> problems = problems(BASE.replace("\"audit-due\"", "\"completion-deadline\""));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .startsWith("unknown rule type 'completion-deadline'; expected one of [")
                    .doesNotContain("did you mean");
                assertThat(p.message().split("expected one of", -1)).hasSize(2);
              });
    }

    @Test
    void unknownRuleParameter_nothingClose_listsTheParametersOnce() {
      List<Problem> problems = problems(BASE.replace("\"escalate_to\"", "\"notify\""));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.message())
                      .isEqualTo(
                          "unknown parameter 'notify' for rule type 'urgent-concern-escalated';"
                              + " expected one of [also_notify, concerns, escalate_to]"));
    }

    @Test
    void load_unknownRuleParameter_suggestsTheClosest() {
      List<Problem> problems = problems(BASE.replace("\"escalate_to\"", "\"escalate_too\""));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .isEqualTo(
                        "unknown parameter 'escalate_too' for rule type 'urgent-concern-escalated';"
                            + " did you mean 'escalate_to'?; expected one of [also_notify, concerns, escalate_to]");
                assertThat(p.pointer()).isEqualTo("/rules/1/parameters/escalate_too");
                assertThat(p.line()).isEqualTo(27);
              });
    }

    @Test
    void load_illTypedRuleParameter_namesTheExpectedType() {
      List<Problem> problems =
          problems(BASE.replace("\"minimum_spread\": 15", "\"minimum_spread\": \"ten\""));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .isEqualTo("parameter 'minimum_spread' must be a whole number, not \"ten\"");
                assertThat(p.pointer()).isEqualTo("/rules/2/parameters/minimum_spread");
                assertThat(p.line()).isEqualTo(28);
              });
    }

    @Test
    void load_ruleTypesOwnCheck_isLocatedAtTheParameterAndSpeaksSnakeCase() {
      List<Problem> problems =
          problems(BASE.replace("\"minimum_spread\": 15", "\"minimum_spread\": 0"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message()).isEqualTo("must be 1 or more: 0");
                assertThat(p.pointer()).isEqualTo("/rules/2/parameters/minimum_spread");
                assertThat(p.line()).isEqualTo(28);
              });
    }

    @Test
    void load_unknownDomainAndGradeInRuleParameters_suggestTheClosest() {
      List<Problem> problems =
          problems(
              BASE.replace(
                  "\"type\": \"agency-disagreement\", \"parameters\": {\"minimum_spread\": 15}",
                  "\"type\": \"grading\", \"parameters\": {\"method\": \"floors\", \"floors\": [{\"domain\": \"planing\","
                      + " \"at_or_below\": 2, \"cap_at\": \"Requires Improvment\"}]}"));
      assertThat(problems)
          .anySatisfy(
              p -> {
                assertThat(p.message())
                    .isEqualTo("unknown domain 'planing'; did you mean 'planning'?");
                assertThat(p.pointer()).isEqualTo("/rules/2/parameters/floors/0/domain");
                assertThat(p.line()).isEqualTo(28);
              });
      assertThat(problems)
          .anySatisfy(
              p -> {
                assertThat(p.message())
                    .isEqualTo(
                        "unknown grade 'Requires Improvment'; did you mean 'Requires Improvement'?");
                assertThat(p.pointer()).isEqualTo("/rules/2/parameters/floors/0/cap_at");
              });
    }

    @Test
    void load_unknownDomainAsAWeightKey_isLocatedAtTheKey() {
      List<Problem> problems =
          problems(
              BASE.replace(
                  "\"type\": \"agency-disagreement\", \"parameters\": {\"minimum_spread\": 15}",
                  "\"type\": \"scoring\", \"parameters\": {\"normalise\": true, \"minimum_coverage\": 0.5,"
                      + " \"weights\": {\"planning\": 1, \"voice-of-the-chld\": 2}}"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .isEqualTo(
                        "unknown domain 'voice-of-the-chld'; did you mean 'voice-of-the-child'?");
                assertThat(p.pointer()).isEqualTo("/rules/2/parameters/weights/voice-of-the-chld");
              });
    }

    @Test
    void load_missingRequiredParameter_isNamed() {
      List<Problem> problems =
          problems(
              BASE.replace(
                  "\"type\": \"agency-disagreement\", \"parameters\": {\"minimum_spread\": 15}",
                  "\"type\": \"scoring\", \"parameters\": {\"minimum_coverage\": 0.5}"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .isEqualTo(
                        "rule type 'scoring' needs the parameter 'normalise' (true or false)");
                assertThat(p.pointer()).isEqualTo("/rules/2");
                assertThat(p.line()).isEqualTo(28);
              });
    }

    @Test
    void load_validFloorsRule_isBound() {
      FrameworkConfiguration config =
          validate(
                  BASE.replace(
                      "\"type\": \"agency-disagreement\", \"parameters\": {\"minimum_spread\": 15}",
                      "\"type\": \"grading\", \"parameters\": {\"method\": \"floors\", \"floors\": [{\"domain\": \"planning\","
                          + " \"at_or_below\": 2, \"cap_at\": \"Requires Improvement\"}]}"))
              .get();
      assertThat(config.rules().get(2).parameters())
          .isInstanceOfSatisfying(
              GradingParameters.class,
              g ->
                  assertThat(g.floors())
                      .containsExactly(new GradeFloor("planning", 2, "Requires Improvement")));
    }

    @Test
    void load_formerUpperCaseConcern_isAProblemNamingTheNewSpelling() {
      List<Problem> problems =
          problems(BASE.replace("[\"immediate-risk\"]", "[\"IMMEDIATE_RISK\"]"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).startsWith("/rules/1/parameters");
                assertThat(p.message())
                    .contains("concern 'IMMEDIATE_RISK' is now written 'immediate-risk'");
              });
    }

    @Test
    void load_unknownConcernInAList_isLocatedAtTheList() {
      List<Problem> problems =
          problems(BASE.replace("[\"immediate-risk\"]", "[\"immediate-risks\"]"));
      assertThat(problems)
          .isNotEmpty()
          .allSatisfy(
              p -> {
                assertThat(p.pointer()).startsWith("/rules/1/parameters");
                assertThat(p.line()).isEqualTo(27);
              });
    }

    @Test
    void load_overlappingBands_areReported() {
      List<Problem> problems =
          problems(BASE.replace("\"from\": 4, \"to\": 6", "\"from\": 3, \"to\": 6"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message()).isEqualTo("grade bands overlap: 1 to 4 and 3 to 6");
                assertThat(p.pointer()).isEqualTo("/grade_bands/1");
                assertThat(p.line()).isEqualTo(12);
              });
    }

    @Test
    void load_bandsWithGap_areReported() {
      List<Problem> problems =
          problems(BASE.replace("\"from\": 4, \"to\": 6", "\"from\": 4.5, \"to\": 6"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.message())
                      .isEqualTo(
                          "grade bands leave a gap from 4 to 4.5; every average score needs a grade"));
    }

    @Test
    void load_bandsNotReachingTheTop_areReported() {
      List<Problem> problems =
          problems(BASE.replace("\"from\": 8.5, \"to\": 10", "\"from\": 8.5, \"to\": 9"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.message())
                      .isEqualTo("grade bands leave a gap from 9 to 10 (the highest score)"));
    }

    @Test
    void load_invalidClosureDate_isReported() {
      List<Problem> problems = problems(BASE.replace("2026-12-29", "2026-02-30"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message()).startsWith("'2026-02-30' is not a date");
                assertThat(p.pointer()).isEqualTo("/calendar/closure_days/0");
              });
    }

    @Test
    void load_planWithSizeAndShare_isReported() {
      List<Problem> problems =
          problems(BASE.replace("\"share\": 0.1,", "\"share\": 0.1, \"size\": 30,"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.message())
                      .isEqualTo(
                          "give one of 'size', 'up_to' or 'share' for a sampling plan, not more"));
    }

    @Test
    void C17_planUpToANumber_readAsTheMostCasesToDraw() {
      SamplingPlan plan =
          validate(BASE.replace("\"share\": 0.1,", "\"up_to\": 60,"))
              .get()
              .samplingPlan("monthly")
              .orElseThrow();
      assertThat(plan.maximumSize()).hasValue(60);
      assertThat(plan.fixedSize()).isEmpty();
      assertThat(plan.shareOfOpen()).isEmpty();
    }

    @Test
    void C17_planWithUpToAndShare_isReported() {
      List<Problem> problems =
          problems(BASE.replace("\"share\": 0.1,", "\"share\": 0.1, \"up_to\": 60,"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .isEqualTo(
                        "give one of 'size', 'up_to' or 'share' for a sampling plan, not more");
                assertThat(p.pointer()).isEqualTo("/sampling_plans/0");
              });
    }

    @Test
    void load_manyProblems_areAllReportedInDocumentOrder() {
      String text =
          BASE.replace("england-and-wales", "wales")
              .replace("\"audit-due\"", "\"audit-dew\"")
              .replace("\"share\": 0.2", "\"share\": 2");
      List<Problem> problems = problems(text);
      assertThat(problems).hasSize(3);
      assertThat(problems).isSorted();
    }
  }

  @Nested
  final class CoreValueProblems {

    @Test
    void load_base_yieldsTheCoreValues() {
      FrameworkConfiguration config =
          validate(
                  BASE.replace(
                          "\"strata\": [\"team\"]",
                          "\"strata\": [\"team\"], \"minimum_per_stratum\": 2, \"exclude_audited_within\": \"P6M\","
                              + " \"filters\": {\"category\": [\"CP\"], \"team\": [\"north\"], \"rag\": [\"red\", \"amber\"]},"
                              + " \"worker_coverage\": true")
                      .replace(
                          "\"moderation\": {\"share\": 0.2}",
                          "\"moderation\": {\"share\": 0.2, \"at_least_one_per_auditor\": true, \"include_graded_at_or_below\": \"Inadequate\"}")
                      .replace("\"per\": \"cycle\"}", "\"per\": \"year\", \"assisted\": true}"))
              .get();
      SamplingPlan plan = config.samplingPlan("monthly").orElseThrow();
      assertThat(plan.shareOfOpen())
          .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.1"));
      assertThat(plan.fixedSize()).isEmpty();
      assertThat(plan.strata()).containsExactly("team");
      assertThat(plan.minimumPerStratum()).isEqualTo(2);
      assertThat(plan.auditedWithin()).contains(Period.ofMonths(6));
      assertThat(plan.categories()).containsExactly(CaseCategory.CHILD_PROTECTION);
      assertThat(plan.teams()).containsExactly("north");
      assertThat(plan.attributeFilters()).containsOnlyKeys("rag");
      assertThat(plan.attributeFilters().get("rag")).containsExactly("red", "amber");
      assertThat(plan.coverWorkers()).isTrue();
      assertThat(config.quotas())
          .containsExactly(
              RoleQuota.builder()
                  .role(Role.TEAM_MANAGER)
                  .minimum(1)
                  .period(QuotaPeriod.PER_YEAR)
                  .assisted(true)
                  .build());
      ModerationPolicy moderation = config.moderation().orElseThrow();
      assertThat(moderation.share()).isEqualByComparingTo("0.2");
      assertThat(moderation.atLeastOnePerAuditor()).isTrue();
      assertThat(moderation.includeGradedAtOrBelow()).contains(GradeScale.ofsted().worst());
    }

    @Test
    void load_base_moderationFlagsDefaultToFalse() {
      ModerationPolicy moderation = validate(BASE).get().moderation().orElseThrow();
      assertThat(moderation.atLeastOnePerAuditor()).isFalse();
      assertThat(moderation.includeGradedAtOrBelow()).isEmpty();
    }

    @Test
    void load_zeroSamplingShare_isALocatedProblem() {
      List<Problem> problems = problems(BASE.replace("\"share\": 0.1", "\"share\": 0"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/sampling_plans/0");
                assertThat(p.line()).isEqualTo(22);
                assertThat(p.column()).isPositive();
                assertThat(p.message())
                    .isEqualTo(
                        "sampling plan 'monthly': share of open cases must be more than 0 and at most 1: 0");
              });
    }

    @Test
    void load_zeroModerationShare_isALocatedProblem() {
      List<Problem> problems = problems(BASE.replace("\"share\": 0.2", "\"share\": 0.0"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/moderation");
                assertThat(p.line()).isEqualTo(24);
                assertThat(p.message())
                    .isEqualTo("moderation share must be more than 0 and at most 1: 0.0");
              });
    }

    @Test
    void load_zeroExclusionWindow_isALocatedProblem() {
      List<Problem> problems =
          problems(
              BASE.replace(
                  "\"strata\": [\"team\"]",
                  "\"strata\": [\"team\"], \"exclude_audited_within\": \"P0D\""));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/sampling_plans/0");
                assertThat(p.line()).isEqualTo(22);
                assertThat(p.message())
                    .contains("audited-within window must be a positive period", "P0D");
              });
    }

    @Test
    void C13_includeClosedWithin_boundToThePlan() {
      var plan =
          validate(
                  BASE.replace(
                      "\"strata\": [\"team\"]",
                      "\"strata\": [\"team\"], \"include_closed_within\": \"P1M\""))
              .get()
              .samplingPlans()
              .get(0);
      assertThat(plan.includeClosedWithin()).contains(java.time.Period.ofMonths(1));
    }

    @Test
    void U2_minimumSharePerStratum_boundToThePlan() {
      var plan =
          validate(
                  BASE.replace(
                      "\"strata\": [\"team\"]",
                      "\"strata\": [\"team\"], \"minimum_share_per_stratum\": 0.10"))
              .get()
              .samplingPlans()
              .get(0);
      assertThat(plan.minimumSharePerStratum())
          .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.1"));
    }

    @Test
    void C13_zeroClosedWithinWindow_isALocatedProblem() {
      List<Problem> problems =
          problems(
              BASE.replace(
                  "\"strata\": [\"team\"]",
                  "\"strata\": [\"team\"], \"include_closed_within\": \"P0D\""));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/sampling_plans/0");
                assertThat(p.line()).isEqualTo(22);
                assertThat(p.message())
                    .contains("closed-within window must be a positive period", "P0D");
              });
    }

    @Test
    void load_coreProblems_areReportedWithTheOthers() {
      List<Problem> problems =
          problems(
              BASE.replace("\"share\": 0.1", "\"share\": 0")
                  .replace("\"audit-due\"", "\"audit-dew\""));
      assertThat(problems)
          .extracting(Problem::pointer)
          .containsExactly("/sampling_plans/0", "/rules/0/type");
    }

    @Test
    void load_schemaProblemInAPlan_isNotRepeatedByTheCorePass() {
      List<Problem> problems = problems(BASE.replace("\"share\": 0.1", "\"share\": -1"));
      assertThat(problems)
          .singleElement()
          .satisfies(p -> assertThat(p.pointer()).isEqualTo("/sampling_plans/0/share"));
    }
  }

  @Nested
  final class Reading {

    @Test
    void load_unreadableToken_isLocatedWithoutTheDocumentsText() {
      List<Problem> problems = problems(BASE.replace("\"version\": \"1\",", "\"version\": Smith,"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message())
                    .contains("not valid JSON")
                    .contains("Unrecognized token (not shown)")
                    .contains("'null', 'true' or 'false'")
                    .doesNotContain("Smith");
                assertThat(p.line()).isEqualTo(4);
              });
    }

    @Test
    void load_unexpectedCharacter_isLocatedWithoutTheCharacter() {
      List<Problem> problems =
          problems(BASE.replace("\"version\": \"1\",", "\"version\": \"1\", K"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.message())
                      .contains("Unexpected character ((not shown))")
                      .doesNotContain("'K'")
                      .doesNotContain("code 75"));
    }

    @Test
    void load_duplicateKey_isRejectedWithItsLine() {
      List<Problem> problems =
          problems(BASE.replace("\"version\": \"1\",", "\"version\": \"1\", \"version\": \"2\","));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.message()).contains("not valid JSON").contains("Duplicate");
                assertThat(p.line()).isEqualTo(4);
              });
    }

    @Test
    void load_deepNesting_hitsTheLimit() {
      String deep = "[".repeat(200) + "]".repeat(200);
      List<Problem> problems =
          problems(BASE.replace("\"moderation\": {\"share\": 0.2},", "\"x\": " + deep + ","));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.message())
                      .isEqualTo(
                          "the document exceeds a safety limit: nested more than 64 levels deep"));
    }

    @Test
    void load_hugeNumber_hitsTheLimit() {
      List<Problem> problems =
          problems(BASE.replace("\"minimum\": 1", "\"minimum\": 1" + "0".repeat(100)));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.message())
                      .isEqualTo(
                          "the document exceeds a safety limit: a number longer than 50 digits"));
    }

    @Test
    void load_trailingContent_isRejected() {
      List<Problem> problems = problems(BASE + " {}");
      assertThat(problems)
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.message())
                      .isEqualTo("unexpected content after the end of the document"));
    }

    @Test
    void load_yaml_reportsTheSameProblemsWithYamlLines() {
      String yaml =
          String.join(
              "\n",
              "# synthetic example",
              "id: example",
              "version: '1'",
              "name: Synthetic example",
              "domains:",
              "  - {id: planning, title: Planning, score_scale: {min: 1, max: 10}}",
              "audit_types:",
              "  - {id: monthly, name: Monthly audit, review_period: P12M}",
              "escalation_categories:",
              "  - {level: 1, name: Critical, follow_up: none}",
              "calendar:",
              "  divison: scotland");
      List<Problem> problems =
          FrameworkLoader.standard().validate(yaml, DocumentFormat.YAML).getError();
      assertThat(problems)
          .anySatisfy(
              p -> {
                assertThat(p.message())
                    .isEqualTo("unknown property 'divison'; did you mean 'division'?");
                assertThat(p.pointer()).isEqualTo("/calendar/divison");
                assertThat(p.line()).isEqualTo(12);
              });
    }

    @Test
    void load_invalid_throwsWithEveryProblem() {
      assertThatThrownBy(
              () -> FrameworkLoader.standard().load("{}", DocumentFormat.JSON, "synthetic.json"))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith("synthetic.json: ")
          .satisfies(
              e -> assertThat(((ConfigurationException) e).problems()).hasSizeGreaterThan(3));
    }
  }

  @Nested
  final class AuditDue {

    @Test
    void load_eachAuditDueShape_isReadIntoTheFramework() {
      assertThat(
              validate(BASE.replace("{\"days\": 20}", "{\"working_days\": 10}"))
                  .get()
                  .framework()
                  .auditDue())
          .isEqualTo(AuditDuePolicy.workingDays(10));
      assertThat(
              validate(BASE.replace("{\"days\": 20}", "\"end-of-month\""))
                  .get()
                  .framework()
                  .auditDue())
          .isEqualTo(AuditDuePolicy.endOfMonth());
      assertThat(
              validate(
                      BASE.replace(", \"audit_due\": {\"days\": 20}", "")
                          .replace(
                              "{\"id\": \"example/due\", \"type\": \"audit-due\"},",
                              "{\"id\": \"example/x\", \"type\": \"scoring\","
                                  + " \"parameters\": {\"normalise\": true, \"minimum_coverage\": 0.5}},"))
                  .get()
                  .framework()
                  .auditDue())
          .isEqualTo(AuditDuePolicy.none());
    }

    @Test
    void load_badAuditDueShape_isOneLocatedProblemListingTheShapes() {
      List<Problem> problems =
          problems(BASE.replace("{\"days\": 20}", "{\"days\": 20, \"working_days\": 10}"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/audit_due");
                assertThat(p.message())
                    .isEqualTo(
                        "an audit due policy must be {\"working_days\": N} (0 to 260),"
                            + " {\"days\": N} (0 to 366), \"end-of-month\" or \"none\"");
                assertThat(p.line()).isEqualTo(21);
              });
    }

    @Test
    void load_auditDueRuleWithoutThePolicy_isLocatedAtTheRuleWithEveryOtherProblem() {
      List<Problem> problems =
          problems(
              BASE.replace("{\"days\": 20}", "\"none\"").replace("england-and-wales", "wales"));
      assertThat(problems)
          .hasSize(2)
          .anySatisfy(
              p -> {
                assertThat(p.pointer()).isEqualTo("/rules/0/type");
                assertThat(p.line()).isEqualTo(26);
                assertThat(p.message())
                    .startsWith(
                        "rule type 'audit-due' checks audits against the framework's 'audit_due',"
                            + " which is not set");
              });
    }

    @Test
    void load_formerWorkingDaysParameter_isAnUnknownParameter() {
      List<Problem> problems =
          problems(
              BASE.replace(
                  "{\"id\": \"example/due\", \"type\": \"audit-due\"}",
                  "{\"id\": \"example/due\", \"type\": \"audit-due\", \"parameters\": {\"working_days\": 10}}"));
      assertThat(problems)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.pointer()).isEqualTo("/rules/0/parameters/working_days");
                assertThat(p.message())
                    .startsWith("unknown parameter 'working_days' for rule type 'audit-due'");
              });
    }
  }
}
