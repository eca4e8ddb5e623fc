package org.practiceaudit.json.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.json.Problem;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.ParameterReference;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleType;
import org.practiceaudit.rules.SubjectType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A council's own rule type takes part in the loader's checks like a built-in one (issue 17 item
 * 4): its parameter problems are located at the parameter, and the domains it declares as
 * references are checked against the document, with a suggestion.
 */
final class CouncilRuleTypeTest {

  /** A council's rule type: a domain must be scored at least {@code minimum}. */
  public static final class DomainMinimumRuleType
      extends AbstractRuleType<DomainMinimumRuleType.Parameters> {

    /** The parameters. */
    public record Parameters(String domain, int minimum) {}

    public DomainMinimumRuleType() {
      super(
          "acme/domain-minimum",
          "A domain is scored at least a minimum (synthetic test rule)",
          Parameters.class,
          describe("domain", "the domain's id", "minimum", "the least score, 1 or more"));
    }

    @Override
    public List<ParameterProblem> problems(Parameters parameters) {
      return parameters.minimum() < 1
          ? List.of(ParameterProblem.at("must be 1 or more: " + parameters.minimum(), "minimum"))
          : List.of();
    }

    @Override
    public List<ParameterReference> references(Parameters parameters) {
      return List.of(ParameterReference.domain(String.valueOf(parameters.domain()), "domain"));
    }

    @Override
    public Rule<?> bind(String ruleId, Parameters parameters, AuditFramework framework) {
      return new AbstractRule<Audit>(ruleId, "domain minimum", SubjectType.AUDIT) {
        @Override
        public List<Outcome> evaluate(Audit audit, RuleContext context) {
          return List.of(outcome(OutcomeStatus.PASS, "synthetic").build());
        }
      };
    }
  }

  private static final FrameworkLoader LOADER = FrameworkLoader.withRuleTypes(registry());

  private static RuleRegistry registry() {
    List<RuleType<?>> types = new ArrayList<>(RuleRegistry.load().types());
    types.add(new DomainMinimumRuleType());
    return RuleRegistry.of(types);
  }

  /** Dorset's bundled document with one more rule of the council's type. */
  private static String dorsetWith(Map<String, Object> parameters) throws IOException {
    String text;
    try (InputStream in =
        CouncilRuleTypeTest.class.getResourceAsStream(
            "/org/practiceaudit/json/bundled/dorset.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ObjectNode root = (ObjectNode) Document.JSON.readTree(text);
    ObjectNode rule = ((ArrayNode) root.get("rules")).addObject();
    rule.put("id", "acme/minimum").put("type", "acme/domain-minimum");
    rule.set("parameters", Document.JSON.valueToTree(parameters));
    return root.toString();
  }

  private static String lastRule(String text) {
    return "/rules/" + (Document.JSON.readTree(text).get("rules").size() - 1);
  }

  @Test
  void load_councilTypeWithAnUnknownDomain_problemAtTheParameterWithASuggestion()
      throws IOException {
    String text = dorsetWith(Map.of("domain", "voice-of-the-chlid", "minimum", 2));

    Validation<List<Problem>, FrameworkConfiguration> result =
        LOADER.validate(text, DocumentFormat.JSON);

    assertThat(result.getError())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pointer()).isEqualTo(lastRule(text) + "/parameters/domain");
              assertThat(p.message())
                  .isEqualTo(
                      "unknown domain 'voice-of-the-chlid'; did you mean 'voice-of-the-child'?");
            });
  }

  @Test
  void load_councilTypeWithABadValue_problemAtThatParameter() throws IOException {
    String text = dorsetWith(Map.of("domain", "voice-of-the-child", "minimum", 0));

    Validation<List<Problem>, FrameworkConfiguration> result =
        LOADER.validate(text, DocumentFormat.JSON);

    assertThat(result.getError())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pointer()).isEqualTo(lastRule(text) + "/parameters/minimum");
              assertThat(p.message()).isEqualTo("must be 1 or more: 0");
            });
  }

  @Test
  void load_councilTypeWithValidParameters_buildsItsRuleForTheFramework() throws IOException {
    FrameworkConfiguration config =
        LOADER.load(
            dorsetWith(Map.of("domain", "voice-of-the-child", "minimum", 2)),
            DocumentFormat.JSON,
            "synthetic");

    assertThat(config.localFramework().ruleSet(registry()).get().rules())
        .extracting(Rule::id)
        .contains("acme/minimum");
  }
}
