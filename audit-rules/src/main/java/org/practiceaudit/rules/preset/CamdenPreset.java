package org.practiceaudit.rules.preset;

import org.practiceaudit.core.calendar.UkDivision;
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
 * <p>The annual programme table (lines 118-132: month, type, theme, number) belongs to the audit
 * programme type, which has not landed in core yet; it is not part of this preset.
 */
final class CamdenPreset {

  private CamdenPreset() {}

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
