package org.practiceaudit.rules.preset;

import java.math.BigDecimal;
import java.util.List;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.quota.RoleQuotas;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.content.AuditSharedParameters;
import org.practiceaudit.rules.content.AuditSharedRuleType;
import org.practiceaudit.rules.content.SectionsWrittenParameters;
import org.practiceaudit.rules.content.SectionsWrittenRuleType;
import org.practiceaudit.rules.escalation.EscalationParameters;
import org.practiceaudit.rules.escalation.EscalationRuleType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.grading.GradingParameters;
import org.practiceaudit.rules.grading.GradingRuleType;
import org.practiceaudit.rules.moderation.ModerationShareParameters;
import org.practiceaudit.rules.moderation.ModerationShareRuleType;
import org.practiceaudit.rules.timeliness.FollowUpParameters;
import org.practiceaudit.rules.timeliness.FollowUpRuleType;

/**
 * Dudley's audit framework, revised August 2017 (seeds/004_de088cc296a90497.txt).
 *
 * <ul>
 *   <li>Escalation categories (lines 113-119) with follow-up checks (line 124): 1 Inadequate
 *       Critical, 48 hours; 2 Inadequate with action required, 10 working days; 3 actions
 *       recommended, 20 working days; 4 good order, none. Working days of England and Wales.
 *   <li>Rules: {@code dudley/escalation-category} (lines 103-124), {@code
 *       dudley/recommendation-follow-up} (lines 121-124), {@code dudley/moderation-share} (line
 *       150), {@code dudley/pen-picture} (line 130: the audit "always starts with a clear pen
 *       picture of the child's journey"; required to complete, U23), {@code
 *       dudley/moderation-shared} (line 152: moderated audits are "shared with the auditor
 *       including where differences in grading are found", U26), {@code dudley/overall-judgement}
 *       (line 72: the tool follows Ofsted's Annex F, so grades are Ofsted's four judgements, given
 *       by the auditor).
 *   <li>Audit type: case file audit reviewing the last 12 months (line 76).
 * </ul>
 *
 * <p>Sampling plans: the sample frame of 300 audits a year for 2,000 open cases and at least 10% of
 * open cases per service cycle (line 70; requirements U1, U2) are the plans {@code annual-frame}
 * (300 cases) and {@code service-cycle} (10% of open cases). Moderation of a 20% sample (line 150,
 * U24) is the moderation policy {@link ModerationPolicy#dudley()}, with no minimum per auditor,
 * which the document never asks for; the rule {@code dudley/moderation-share} checks it over a
 * collection of audits. The policy names who moderates, "the Lead for Professional Practice and
 * Lead Auditor" (line 150, U25), and an allocator given its roles refuses any other moderator; a
 * recorded moderation names only the moderator's id, so rules cannot check the role afterwards.
 *
 * <p>Categories (U17): Requires Improvement or Inadequate is never "in good order"; category 4 only
 * for Good or better with no action; an auditor's more severe category is kept. The follow-up clock
 * starts when the category is determined (U19) and category 4 is never tracked (U20).
 *
 * <p>Role quotas (lines 139-144: Strategic Director 2 assisted a year, Chief Officer 6, Heads of
 * Service 6, Service Manager 8 a year; Team Manager 1 and Advanced Practitioners 7 per cycle) are
 * the preset's {@link LocalFramework#roleQuotas()}.
 *
 * <p>Domains: the document does not reproduce the audit tool (it follows Ofsted's Annex F, line
 * 72), so the domains are the key aims the audit assures (lines 26-31): assessment and analysis of
 * need, planning, the child listened to, management oversight and scrutiny, the child safeguarded,
 * drift and delay. The document gives no score scale; each domain is scored 1-4 anchored on the
 * Ofsted judgements (1 inadequate, 2 requires improvement, 3 good, 4 outstanding), a documented
 * default. The overall grade is still the auditor's judgement ({@code dudley/overall-judgement}).
 * Categories 3 and 4 have no name in the document (lines 117-119); "Actions recommended" and "Good
 * order" are documented defaults.
 *
 * <p>The {@code service-cycle} plan is stratified by team, with at least 10% of each team's
 * eligible cases rounded up (U2): line 70 asks for the 10% "to reflect an authentic view of the
 * team or service", so a team of 15 gets 2 cases, not the 1 its proportional share would give.
 */
final class DudleyPreset {

  /** Audits a year in the sample frame (line 70). */
  static final int AUDITS_PER_YEAR = 300;

  /** Children open to the service the frame is based on (line 70). */
  static final int OPEN_CASES = 2000;

  /** Minimum share of open cases audited per service cycle (line 70). */
  static final double MINIMUM_CYCLE_SHARE = 0.10;

  /** Share of audits moderated (line 150). */
  static final double MODERATION_SHARE = 0.20;

  private DudleyPreset() {}

  // size: the council's framework as one declaration, read top to bottom beside its source
  static LocalFramework build() {
    ScoreScale scale =
        ScoreScale.of(1, 4)
            .withAnchor(1, "inadequate")
            .withAnchor(2, "requires improvement")
            .withAnchor(3, "good")
            .withAnchor(4, "outstanding");
    AuditFramework framework =
        AuditFramework.builder()
            .id("dudley")
            .version("2017-08")
            .name("Dudley Audit Framework (Centre for Professional Practice, revised August 2017)")
            .addDomains(
                domain("assessment", "Assessment and analysis of need", scale),
                domain("planning", "Planning for the child", scale),
                domain("voice-of-the-child", "The child is listened to", scale),
                domain("management-oversight", "Management oversight and scrutiny", scale),
                domain("safeguarding", "The child is safeguarded", scale),
                domain("drift-and-delay", "Drift and delay addressed", scale))
            .addAuditTypes(
                AuditType.builder()
                    .id("case-file")
                    .name("Case file audit")
                    .reviewPeriod(ReviewPeriod.ofMonths(12))
                    .description(
                        "Case File Audits: practice within the last 12 months immediately preceding the audit.")
                    .build())
            .addEscalationCategories(
                category(
                    1,
                    "Inadequate Critical",
                    "A child is at risk and the practitioner needs to act immediately within the next 24 hours",
                    FollowUpPolicy.elapsedHours(48)),
                category(
                    2,
                    "Inadequate with action required",
                    "The service offer or risk assessment is not appropriate to the child's needs and urgent"
                        + " consideration is required",
                    FollowUpPolicy.workingDays(10)),
                category(
                    3,
                    "Actions recommended",
                    "The audit recommends actions required for the case to be in good order",
                    FollowUpPolicy.workingDays(20)),
                category(4, "Good order", "The case is in good order", FollowUpPolicy.none()))
            .calendar(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES))
            .build();
    return LocalFramework.builder()
        .framework(framework)
        .addAllRoleQuotas(RoleQuotas.dudley())
        .addSamplingPlans(
            SamplingPlan.builder().name("annual-frame").fixedSize(AUDITS_PER_YEAR).build(),
            // line 70 (U2): at least 10% of open cases, and of each team's, rounded up
            SamplingPlan.builder()
                .name("service-cycle")
                .shareOfOpen(new BigDecimal("0.10"))
                .addStrata("team")
                .minimumSharePerStratum(new BigDecimal("0.10"))
                .build())
        .moderationPolicy(ModerationPolicy.dudley())
        .addRules(
            ConfiguredRule.of(
                "dudley/escalation-category",
                EscalationRuleType.ID,
                EscalationParameters.dudley(),
                Sources.cite(Sources.DUDLEY, "Raising a Concern", "lines 103-124")),
            ConfiguredRule.of(
                "dudley/recommendation-follow-up",
                FollowUpRuleType.ID,
                new FollowUpParameters(null),
                Sources.cite(
                    Sources.DUDLEY, "Raising a Concern, escalation schedule", "lines 121-124")),
            ConfiguredRule.of(
                "dudley/moderation-share",
                ModerationShareRuleType.ID,
                new ModerationShareParameters(MODERATION_SHARE),
                Sources.cite(Sources.DUDLEY, "Moderation", "line 150")),
            // line 130 (U23): the audit document "always starts with a clear pen picture"
            ConfiguredRule.builder()
                .ruleId("dudley/pen-picture")
                .typeId(SectionsWrittenRuleType.ID)
                .parameters(new SectionsWrittenParameters(List.of("pen-picture"), false, null))
                .citation(Sources.cite(Sources.DUDLEY, "Recording Audit Outcomes", "line 130"))
                .requiredToComplete(true)
                .build(),
            // line 152 (U26): moderated audits are shared with the auditor, grading differences
            // included
            ConfiguredRule.of(
                "dudley/moderation-shared",
                AuditSharedRuleType.ID,
                new AuditSharedParameters(
                    List.of("auditor"), AuditSharedParameters.AFTER_MODERATION, null),
                Sources.cite(Sources.DUDLEY, "Moderation", "line 152")),
            ConfiguredRule.builder()
                .ruleId("dudley/overall-judgement")
                .typeId(GradingRuleType.ID)
                .parameters(GradingParameters.of(GradingParameters.AUDITOR_JUDGEMENT))
                .citation(
                    Sources.cite(Sources.DUDLEY, "Case File Audits (Ofsted Annex F)", "line 72"))
                .requiredToComplete(false)
                .build())
        .build();
  }

  private static Domain domain(String id, String title, ScoreScale scale) {
    return Domain.builder().id(id).title(title).scoreScale(scale).build();
  }

  private static EscalationCategory category(
      int level, String name, String meaning, FollowUpPolicy followUp) {
    return EscalationCategory.builder()
        .level(level)
        .name(name)
        .meaning(meaning)
        .followUp(followUp)
        .build();
  }
}
