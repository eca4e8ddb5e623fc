package org.practiceaudit.rules.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AccountSection;
import org.practiceaudit.core.framework.BlankForm;
import org.practiceaudit.core.framework.FrameworkAccount;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.escalation.EscalationParameters;
import org.practiceaudit.rules.grading.GradeFloor;
import org.practiceaudit.rules.grading.GradingParameters;
import org.practiceaudit.rules.preset.Presets;

final class FrameworkWordsTest {

  private static final WorkingCalendar ENGLAND = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);
  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  @Nested
  final class Parts {

    @Test
    void followUp_workingDays_namesTheCalendar() {
      assertThat(FrameworkWords.followUp(FollowUpPolicy.workingDays(10), ENGLAND))
          .isEqualTo("follow-up check within 10 working days, England and Wales bank holidays");
    }

    @Test
    void followUp_hoursAndNone_inWords() {
      assertThat(FrameworkWords.followUp(FollowUpPolicy.elapsedHours(48), ENGLAND))
          .startsWith("follow-up check within 48 hours of elapsed time");
      assertThat(FrameworkWords.followUp(FollowUpPolicy.none(), ENGLAND))
          .isEqualTo("no follow-up check");
    }

    @Test
    void calendar_closureDays_counted() {
      WorkingCalendar closed =
          WorkingCalendar.of(UkDivision.SCOTLAND)
              .withClosureDays(List.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30)));
      assertThat(FrameworkWords.calendar(closed))
          .isEqualTo("Scotland bank holidays and 2 local closure days");
    }

    @Test
    void samplingPlan_shareWithMinimumAndWindow_inWords() {
      SamplingPlan plan =
          SamplingPlan.builder()
              .name("cycle")
              .shareOfOpen(new BigDecimal("0.10"))
              .addStrata("team")
              .minimumPerStratum(1)
              .auditedWithin(Period.ofMonths(12))
              .build();
      assertThat(FrameworkWords.samplingPlan(plan))
          .isEqualTo(
              "10% of open cases, rounded up, in proportion to"
                  + " each team, at least 1 per team. None audited in the last 12 months; closed cases are left out.");
    }

    @Test
    void samplingPlan_fixedSizeClosedWithinCategories_inWords() {
      SamplingPlan plan =
          SamplingPlan.builder()
              .name("front-door")
              .fixedSize(30)
              .addCategories(org.practiceaudit.core.casefile.CaseCategory.parse("front-door"))
              .includeClosedWithin(Period.ofMonths(1))
              .coverWorkers(true)
              .build();
      assertThat(FrameworkWords.samplingPlan(plan))
          .isEqualTo(
              "30 cases drawn at random from open cases in"
                  + " category front-door. Cases closed in the last 1 month stay eligible, earlier closed cases do not."
                  + " Every allocated worker has at least one case drawn, where the numbers allow.");
    }

    @Test
    void quota_assistedPerYear_inWords() {
      RoleQuota quota =
          RoleQuota.builder()
              .role(Role.STRATEGIC_DIRECTOR)
              .minimum(2)
              .period(QuotaPeriod.PER_YEAR)
              .assisted(true)
              .build();
      assertThat(FrameworkWords.quota(quota))
          .isEqualTo("At least 2 assisted audits a year each; only assisted" + " audits count.");
      assertThat(FrameworkWords.quota(RoleQuota.of(Role.TEAM_MANAGER, 1, QuotaPeriod.PER_CYCLE)))
          .isEqualTo("At least 1 audit per audit cycle each.");
    }

    @Test
    void moderation_shareAndPerAuditor_inWords() {
      assertThat(
              FrameworkWords.moderation(
                  ModerationPolicy.builder()
                      .share(new BigDecimal("0.25"))
                      .atLeastOnePerAuditor(true)
                      .build()))
          .isEqualTo(
              "25% of completed audits, rounded up, are moderated, at least one of each auditor's.");
    }

    @Test
    void auditDue_eachKind_inWords() {
      assertThat(FrameworkWords.auditDue(AuditDuePolicy.workingDays(10), ENGLAND))
          .isEqualTo(
              "An allocated audit is due 10 working days after allocation (England and Wales bank holidays).");
      assertThat(FrameworkWords.auditDue(AuditDuePolicy.endOfMonth(), ENGLAND))
          .contains("last day of the month");
      assertThat(FrameworkWords.auditDue(AuditDuePolicy.none(), ENGLAND))
          .startsWith("Audits have no due day");
    }

    @Test
    void describe_scaleAndReviewPeriod_inWords() {
      assertThat(
              FrameworkWords.scale(
                  ScoreScale.of(1, 10).withAnchor(1, "no evidence found").withoutNotApplicable()))
          .isEqualTo(
              "Scored from 1 to 10: 1 no evidence found; N/A not allowed, every domain is scored.");
      assertThat(FrameworkWords.reviewPeriod(ReviewPeriod.ofMonths(12, 18)))
          .isEqualTo("the last 12 months to 18 months");
    }

    @Test
    void value_recordsListsDecimals_asAuthorsWriteThem() {
      assertThat(FrameworkWords.value(List.of(new GradeFloor("*", 2, "Requires Improvement"))))
          .isEqualTo("[{domain: *, at_or_below: 2, cap_at: Requires Improvement}]");
      assertThat(FrameworkWords.value(0.2)).isEqualTo("0.2");
      assertThat(FrameworkWords.value(Map.of("b", 2.0, "a", 1.5))).isEqualTo("{a: 1.5, b: 2}");
      assertThat(FrameworkWords.value("")).isEqualTo("none");
    }

    @Test
    void snakeCaseIn_nestedRecordNames_rewritten() {
      assertThat(
              FrameworkWords.snakeCaseIn(
                  "{domain or *, atOrBelow, capAt} and rawScale", GradingParameters.class))
          .isEqualTo("{domain or *, at_or_below, cap_at} and raw_scale");
    }

    @Test
    void parameters_record_inDeclarationOrder() {
      assertThat(FrameworkWords.parameters(EscalationParameters.dudley()).keySet())
          .containsExactly(
              "immediateRiskConcerns",
              "actionRequiredConcerns",
              "inadequateGrade",
              "goodGrade",
              "notifyServiceManagerFor",
              "practitionerActionHours");
      assertThat(FrameworkWords.parameters("not a record")).isEmpty();
    }
  }

  @Nested
  final class Account {

    @Test
    void account_everyPreset_namesEveryDomainCategoryAndRule() {
      for (String id : Presets.ids()) {
        LocalFramework local = Presets.get(id);
        FrameworkAccount account = FrameworkWords.account(local, Optional.empty(), "", REGISTRY);
        AccountSection domains = account.section("domains").orElseThrow();
        local
            .framework()
            .domains()
            .forEach(d -> assertThat(domains.entry(d.id())).as(id + " " + d.id()).isPresent());
        AccountSection categories = account.section("escalation-categories").orElseThrow();
        local
            .framework()
            .escalationCategories()
            .forEach(c -> assertThat(categories.entry("category-" + c.level())).as(id).isPresent());
        AccountSection rules = account.section("rules").orElseThrow();
        local
            .rules()
            .forEach(
                r -> assertThat(rules.entry(r.ruleId())).as(id + " " + r.ruleId()).isPresent());
      }
    }

    @Test
    void account_dudley_categoryTwoFollowUpInWords() {
      FrameworkAccount account =
          FrameworkWords.account(Presets.dudley(), Optional.empty(), "", REGISTRY);
      assertThat(
              account
                  .section("escalation-categories")
                  .orElseThrow()
                  .entry("category-2")
                  .orElseThrow()
                  .sentences())
          .contains("Follow-up check within 10 working days, England and Wales bank holidays.");
    }

    @Test
    void rule_parametersDescribedByTheirType_snakeCase() {
      ConfiguredRule rule =
          ConfiguredRule.of(
              "acme/grade",
              "grading",
              GradingParameters.of("floors")
                  .withFloors(List.of(new GradeFloor("*", 1, "Requires Improvement"))),
              "");
      var entry = FrameworkWords.rule(rule, REGISTRY);
      assertThat(entry.sentences())
          .contains("A score of 1 or less in any domain caps the grade at Requires Improvement.");
      assertThat(entry.checklist())
          .anySatisfy(
              l ->
                  assertThat(l)
                      .startsWith("floors = [{domain: *, at_or_below: 1,")
                      .contains("at_or_below, cap_at}"));
    }

    @Test
    void account_camdenPreset_toldItsProgrammeEntryByEntry() {
      FrameworkAccount account =
          FrameworkWords.account(Presets.camden(), Optional.empty(), "", REGISTRY);
      AccountSection programme = account.section("programme").orElseThrow();
      assertThat(programme.paragraphs())
          .containsExactly("Programme CSSW annual audit programme 2021-22, 9 entries.");
      assertThat(programme.entries())
          .extracting(e -> e.sentences().get(0))
          .contains(
              "July 2021: practice-week audits, 60 planned.",
              "January 2022 to February 2022: front-door audits on the theme front-door-decision-making, 30 planned.",
              "April 2021 to March 2022: front-door audits carried out jointly with early-help, 1"
                  + " planned.",
              "October 2021 to March 2022: multi-agency audits, 10 planned.");
      assertThat(programme.entries())
          .flatExtracting(e -> e.sentences())
          .contains("Cases are drawn by the sampling plan front-door.");
    }

    @Test
    void account_dudleyPreset_noProgrammeSection() {
      assertThat(
              FrameworkWords.account(Presets.dudley(), Optional.empty(), "", REGISTRY)
                  .section("programme"))
          .isEmpty();
    }

    @Test
    void account_nullArgument_throws() {
      assertThatNullPointerException()
          .isThrownBy(() -> FrameworkWords.account(null, Optional.empty(), "", REGISTRY));
    }
  }

  @Nested
  final class Form {

    @Test
    void form_camdenPracticeWeek_asksConversationAndFeedback() {
      BlankForm form =
          FrameworkWords.form(
              Presets.camden(), Optional.empty(), Optional.of("practice-week"), REGISTRY);
      assertThat(form.conversation()).isPresent();
      assertThat(form.feedbackFrom())
          .containsExactly("the child or young person", "a parent or carer");
      assertThat(form.reviewPeriod()).isEqualTo("the last 12 months");
    }

    @Test
    void form_camdenFrontDoor_noFeedback() {
      BlankForm form =
          FrameworkWords.form(
              Presets.camden(), Optional.empty(), Optional.of("front-door"), REGISTRY);
      assertThat(form.feedbackFrom()).isEmpty();
      assertThat(form.rules()).noneMatch(r -> r.id().equals("camden/feedback-recorded"));
    }

    @Test
    void form_hillingdon_gradesEachAreaWithIndicators() {
      BlankForm form =
          FrameworkWords.form(Presets.hillingdon(), Optional.empty(), Optional.empty(), REGISTRY);
      assertThat(form.gradedAreas())
          .isNotEmpty()
          .allMatch(a -> form.framework().domain(a).isPresent());
    }

    @Test
    void form_dudley_concernsLeadToCategories() {
      BlankForm form =
          FrameworkWords.form(Presets.dudley(), Optional.empty(), Optional.empty(), REGISTRY);
      assertThat(form.concerns())
          .extracting(c -> c.id())
          .containsExactly("immediate-risk", "procedures-not-followed", "needs-not-met");
      assertThat(form.concerns().get(0).sentences())
          .containsExactly("Leads to escalation category 1.");
      assertThat(form.followUps()).containsEntry(4, "no follow-up check");
    }

    @Test
    void form_unknownAuditType_throwsListingTheTypes() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  FrameworkWords.form(
                      Presets.camden(), Optional.empty(), Optional.of("practise-week"), REGISTRY))
          .withMessageContaining("'practise-week'")
          .withMessageContaining("practice-week");
    }
  }
}
