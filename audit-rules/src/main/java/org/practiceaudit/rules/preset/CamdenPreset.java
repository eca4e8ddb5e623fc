package org.practiceaudit.rules.preset;

import java.time.Period;
import java.time.YearMonth;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.AuditTypes;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.content.ActionDetailsParameters;
import org.practiceaudit.rules.content.ActionDetailsRuleType;
import org.practiceaudit.rules.content.ActionsRequiredParameters;
import org.practiceaudit.rules.content.ActionsRequiredRuleType;
import org.practiceaudit.rules.content.PractitionerConversationParameters;
import org.practiceaudit.rules.content.PractitionerConversationRuleType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.grading.GradingParameters;
import org.practiceaudit.rules.grading.GradingRuleType;

/**
 * Camden's audit programme 2021-22 (seeds/000_1647c349b472fe48.txt).
 *
 * <p>Audit types (section 5, lines 52-116): compliance, front door (30 cases twice a year, lines 62-64),
 * practice week (quarterly, the last year of the child's journey, line 76), multi-agency (line 102),
 * section 11 (line 106), fostering (line 112) and themed deep dives (line 116). Grades are Ofsted's four
 * descriptors (line 76).
 *
 * <p>Rules: {@code camden/actions-required-below-good} (line 86: audits or moderations graded requires
 * improvement or inadequate must carry improvement actions, and the Head of Service and the Quality
 * Assurance Unit must be informed; required to complete), {@code camden/action-details} (line 84: actions
 * to bring the case up to standard), {@code camden/practitioner-conversation} (line 46: the auditor meets
 * the social worker), {@code camden/overall-judgement} (line 76).
 *
 * <p>Sampling plans: {@code front-door}, 30 front-door cases covering each RAG rating (lines 62-64; the
 * rating is the case attribute {@code rag}); {@code practice-week}, up to 60 child in need, child
 * protection and looked-after cases (line 72), skipping cases audited in the last 6 months (line 44 says
 * "6-8 months"; the preset takes the shorter bound, which excludes fewer cases). The programme is the
 * annual table (lines 124-132: month, type, theme, number); where the table gives no number (May's deep
 * dive, March's practice week) the entry has none.
 */
final class CamdenPreset {

  private CamdenPreset() {}

  /** The annual programme, April 2021 to March 2022 (lines 124-132). */
  static AuditProgramme programme() {
    return AuditProgramme.builder()
        .name("CSSW annual audit programme 2021-22")
        .addEntries(
            entry(YearMonth.of(2021, 5), YearMonth.of(2021, 5), "deep-dive", "to be identified", -1),
            entry(YearMonth.of(2021, 7), YearMonth.of(2021, 7), "practice-week", null, 60),
            entry(YearMonth.of(2021, 9), YearMonth.of(2021, 9), "front-door", "front door decision making", 30),
            entry(YearMonth.of(2021, 11), YearMonth.of(2021, 11), "practice-week", null, 54),
            entry(YearMonth.of(2022, 1), YearMonth.of(2022, 2), "front-door", "front door decision making", 30),
            entry(YearMonth.of(2022, 3), YearMonth.of(2022, 3), "practice-week", null, -1))
        .build();
  }

  private static ProgrammeEntry entry(YearMonth from, YearMonth until, String type, String theme, int planned) {
    var entry = ProgrammeEntry.builder().month(from).until(until).auditType(type);
    if (theme != null) {
      entry.theme(theme);
    }
    if (planned >= 0) {
      entry.planned(planned);
    }
    return entry.build();
  }

  static LocalFramework build() {
    AuditFramework framework =
        AuditFramework.builder()
            .id("camden")
            .version("2021-22")
            .name("Camden children's safeguarding and social care audit programme 2021-22")
            .addAuditTypes(
                AuditTypes.COMPLIANCE,
                AuditTypes.FRONT_DOOR,
                AuditType.of("practice-week", "Practice week audit", ReviewPeriod.ofMonths(12)),
                AuditTypes.MULTI_AGENCY,
                AuditTypes.SECTION_11,
                AuditTypes.FOSTERING,
                AuditTypes.DEEP_DIVE)
            .calendar(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES))
            .build();
    return LocalFramework.builder()
        .framework(framework)
        .addSamplingPlans(
            SamplingPlan.builder()
                .name("front-door")
                .addCategories(CaseCategory.FRONT_DOOR)
                .fixedSize(30)
                .addStrata("rag")
                .minimumPerStratum(1)
                .build(),
            SamplingPlan.builder()
                .name("practice-week")
                .addCategories(CaseCategory.CHILD_IN_NEED, CaseCategory.CHILD_PROTECTION, CaseCategory.LOOKED_AFTER)
                .auditedWithin(Period.ofMonths(6))
                .fixedSize(60)
                .build())
        .programme(programme())
        .addRules(
            ConfiguredRule.builder()
                .ruleId("camden/actions-required-below-good")
                .typeId(ActionsRequiredRuleType.ID)
                .parameters(new ActionsRequiredParameters(null, null, false))
                .citation(Sources.cite(Sources.CAMDEN, "section 6, Findings and accountability", "line 86"))
                .requiredToComplete(true)
                .build(),
            ConfiguredRule.of("camden/action-details", ActionDetailsRuleType.ID,
                new ActionDetailsParameters(null, null),
                Sources.cite(Sources.CAMDEN, "section 6, Findings and accountability", "line 84")),
            ConfiguredRule.of("camden/practitioner-conversation", PractitionerConversationRuleType.ID,
                new PractitionerConversationParameters(false),
                Sources.cite(Sources.CAMDEN, "section 4, Overview of the audit process", "line 46")),
            ConfiguredRule.of("camden/overall-judgement", GradingRuleType.ID,
                GradingParameters.of(GradingParameters.AUDITOR_JUDGEMENT),
                Sources.cite(Sources.CAMDEN, "section 5, Practice week quality audits", "line 76")))
        .build();
  }
}
