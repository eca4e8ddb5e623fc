package org.practiceaudit.rules.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.framework.LocalFramework;

final class PresetsTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();
  private static final Pattern CITATION =
      Pattern.compile("seeds/(\\d{3}_[0-9a-f]+\\.txt), lines? (\\d+)");

  @Test
  void ids_andUnknownId_listedAndRejected() {
    assertThat(Presets.ids())
        .containsExactly("camden", "dorset", "dudley", "hillingdon", "london-multi-agency");
    assertThatThrownBy(() -> Presets.get("barset"))
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("'barset'")
        .hasMessageContaining("london-multi-agency");
  }

  @Test
  void presets_every_buildsItsRulesAndCitesAnExistingSourceLine() throws Exception {
    // Copies of the seeds in this module's test resources (seeds/README.md), so the check always
    // runs.
    Path seeds = Path.of(PresetsTest.class.getResource("/seeds/README.md").toURI()).getParent();
    for (String id : Presets.ids()) {
      LocalFramework preset = Presets.get(id);
      assertThat(preset.id()).isEqualTo(id);
      var rules = preset.ruleSet(REGISTRY);
      assertThat(rules.isValid()).as("%s: %s", id, rules).isTrue();
      assertThat(rules.get().size()).isEqualTo(preset.rules().size()).isPositive();
      for (ConfiguredRule rule : preset.rules()) {
        assertThat(rule.ruleId()).startsWith(id + "/");
        Matcher m = CITATION.matcher(rule.citation());
        assertThat(m.find())
            .as("%s cites a seed line: %s", rule.ruleId(), rule.citation())
            .isTrue();
        List<String> lines = Files.readAllLines(seeds.resolve(m.group(1)));
        assertThat(Integer.parseInt(m.group(2))).isBetween(1, lines.size());
        assertThat(lines.get(Integer.parseInt(m.group(2)) - 1))
            .as("%s", rule.ruleId())
            .isNotBlank();
      }
    }
  }

  @Test
  void dudley_escalation_categoriesAndFollowUps() {
    assertThat(Presets.dudley().framework().escalationCategories())
        .extracting(EscalationCategory::level, EscalationCategory::followUp)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, FollowUpPolicy.elapsedHours(48)),
            org.assertj.core.groups.Tuple.tuple(2, FollowUpPolicy.workingDays(10)),
            org.assertj.core.groups.Tuple.tuple(3, FollowUpPolicy.workingDays(20)),
            org.assertj.core.groups.Tuple.tuple(4, FollowUpPolicy.none()));
    assertThat(Presets.dudley().roleQuotas()).hasSize(6);
    assertThat(Presets.dudley().moderationPolicy())
        .contains(org.practiceaudit.core.moderation.ModerationPolicy.dudley());
    assertThat(Presets.dudley().samplingPlans())
        .extracting(
            p -> p.name(),
            p -> p.fixedSize(),
            p -> p.shareOfOpen().map(java.math.BigDecimal::toPlainString))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "annual-frame", java.util.OptionalInt.of(300), java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                "service-cycle", java.util.OptionalInt.empty(), java.util.Optional.of("0.10")));
    assertThat(Presets.dudley().samplingPlans().get(1).strata()).containsExactly("team");
    assertThat(Presets.dudley().framework().domains())
        .hasSize(6)
        .allSatisfy(d -> assertThat(d.scoreScale().anchors()).hasSize(4));
    assertThat(DudleyPreset.AUDITS_PER_YEAR * 1.0 / DudleyPreset.OPEN_CASES).isEqualTo(0.15);
    assertThat(DudleyPreset.MODERATION_SHARE * DudleyPreset.AUDITS_PER_YEAR).isEqualTo(60.0);
  }

  @Test
  void dorset_sevenDomainsOneToTen_averageAndUrgentConcern() {
    LocalFramework dorset = Presets.dorset();
    assertThat(dorset.framework().domains())
        .hasSize(7)
        .allSatisfy(d -> assertThat(d.scoreScale().toString()).isEqualTo("1-10"));
    var builder =
        Fixtures.audit(dorset.framework())
            .overallGrade(GradeScale.ofsted().parse("Good"))
            .addConcerns(ConcernFlag.URGENT_SAFEGUARDING_CONCERN);
    int[] scores = {7, 6, 8, 7, 7, 6, 8};
    for (int i = 0; i < 7; i++) {
      builder.putScore(dorset.framework().domains().get(i).id(), DomainScore.of(scores[i]));
    }
    Audit audit = builder.build();

    List<Outcome> outcomes =
        dorset
            .ruleSet(REGISTRY)
            .get()
            .evaluate(SubjectType.AUDIT, audit, Fixtures.context(dorset.framework()));

    assertThat(outcome(outcomes, "dorset/domain-average").score()).hasValue(49.0 / 7);
    assertThat(outcome(outcomes, "dorset/urgent-concern-escalated").status())
        .isEqualTo(OutcomeStatus.FAIL);
    assertThat(outcome(outcomes, "dorset/urgent-concern-escalated").notifications())
        .extracting(n -> n.recipient())
        .containsExactly("safeguarding-and-standards");
    assertThat(outcome(outcomes, "dorset/practitioner-conversation").status())
        .isEqualTo(OutcomeStatus.FAIL);
  }

  @Test
  void C20_camdenReviewPeriods_lastYearExceptTheFrontDoorsThreeMonths() {
    LocalFramework camden = Presets.camden();

    assertThat(camden.framework().auditTypes())
        .extracting(t -> t.id() + " " + t.reviewPeriod())
        .containsExactly(
            "compliance P12M",
            "front-door P3M",
            "practice-week P12M",
            "multi-agency P12M",
            "section-11 P12M",
            "fostering P12M",
            "deep-dive P12M");
    assertThat(camden.framework().auditTypes().get(1).description())
        .contains("documented default (C20)");
  }

  @Test
  void camden_requiresImprovement_needsActionsAndNotifiesHeadOfServiceAndQaUnit() {
    LocalFramework camden = Presets.camden();
    Audit audit =
        Fixtures.audit(camden.framework())
            .overallGrade(GradeScale.ofsted().parse("Requires Improvement to be Good"))
            .build();

    Outcome outcome =
        outcome(
            camden
                .ruleSet(REGISTRY)
                .get()
                .evaluate(SubjectType.AUDIT, audit, Fixtures.context(camden.framework())),
            "camden/actions-required-below-good");

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
    assertThat(outcome.notifications())
        .extracting(n -> n.recipient())
        .containsExactly("head-of-service", "qa-unit");
    assertThat(camden.framework().auditTypes()).hasSize(7);
    assertThat(camden.programme().orElseThrow().entries())
        .extracting(e -> e.auditType())
        .containsExactly(
            "deep-dive",
            "practice-week",
            "front-door",
            "practice-week",
            "front-door",
            "practice-week",
            "front-door",
            "multi-agency",
            "multi-agency");
    assertThat(camden.samplingPlans())
        .extracting(
            p -> p.name(), p -> p.fixedSize().orElseGet(() -> p.maximumSize().orElseThrow()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("front-door", 30),
            org.assertj.core.groups.Tuple.tuple("practice-week", 60),
            org.assertj.core.groups.Tuple.tuple("multi-agency", 10));
    assertThat(camden.samplingPlans().get(1).maximumSize()).hasValue(60);
    assertThat(camden.samplingPlans().get(1).coverWorkers()).isTrue();
    assertThat(camden.framework().domains()).hasSize(9);
    assertThat(camden.framework().escalationCategories()).isEmpty();
    assertThat(camden.moderationPolicy()).isEmpty();
    assertThat(Presets.londonMultiAgency().samplingPlans())
        .singleElement()
        .satisfies(p -> assertThat(p.strata()).containsExactly("category-of-abuse"));
  }

  @Test
  void hillingdon_fourAreasWithChecklists_auditDueInTenWorkingDays() {
    LocalFramework hillingdon = Presets.hillingdon();
    RuleSet rules = hillingdon.ruleSet(REGISTRY).get();
    assertThat(hillingdon.framework().domains())
        .extracting(d -> d.id())
        .containsExactly("home-visits", "assessments", "plans", "reviews");
    Audit audit =
        Fixtures.audit(
                hillingdon.framework(),
                org.practiceaudit.core.audit.AuditStatus.IN_PROGRESS,
                LocalDate.of(2026, 2, 20))
            .build();

    assertThat(
            outcome(
                    rules.evaluate(
                        SubjectType.AUDIT, audit, Fixtures.context(hillingdon.framework())),
                    "hillingdon/audit-due")
                .deadline()
                .orElseThrow()
                .dueDate())
        .isEqualTo(LocalDate.of(2026, 3, 6));
  }

  private static Outcome outcome(List<Outcome> outcomes, String ruleId) {
    return outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst().orElseThrow();
  }
}
