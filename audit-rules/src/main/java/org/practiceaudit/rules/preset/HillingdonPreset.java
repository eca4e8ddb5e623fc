package org.practiceaudit.rules.preset;

import java.util.List;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.quota.RoleQuotas;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.content.ActionsRequiredParameters;
import org.practiceaudit.rules.content.ActionsRequiredRuleType;
import org.practiceaudit.rules.content.SectionsWrittenParameters;
import org.practiceaudit.rules.content.SectionsWrittenRuleType;
import org.practiceaudit.rules.content.UrgentConcernParameters;
import org.practiceaudit.rules.content.UrgentConcernRuleType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.grading.GradingParameters;
import org.practiceaudit.rules.grading.GradingRuleType;
import org.practiceaudit.rules.timeliness.AuditDueParameters;
import org.practiceaudit.rules.timeliness.AuditDueRuleType;

/**
 * Hillingdon's management case file audit, as "A guide to auditing" (QA, November 2016) describes
 * it (seeds/002_2209a8a63f7d1f69.txt).
 *
 * <p>Four areas with "What does good look like?" and "Moving to outstanding" checklists: home
 * visits (lines 29-47), assessments (lines 49-68), plans (lines 70-86) and reviews (lines 88-106).
 * Ratings are inadequate, requires improvement, good and outstanding (line 21).
 *
 * <p>The framework's audit due policy is 10 working days (line 9: "10 working days for Part A",
 * H2a), which the report and the quota tracker read too.
 *
 * <p>Role quotas (line 7, H1): team and service managers, IROs and CP chairs (the local role {@code
 * cp-chair}) audit each month, at least one a month ({@link RoleQuotas#hillingdon()}).
 *
 * <p>Rules: {@code hillingdon/audit-due} (line 9: the framework's 10 working days; H2a, H2b),
 * {@code hillingdon/indicator-grade} (lines 21 and 27-106, H11: the auditor rates each area the
 * audit covers; an area rated Good needs every one of its "what does good look like" indicators
 * evidenced, one rated Outstanding its "moving to outstanding" ones too, and an area graded above
 * its evidence is flagged; an auditor's Requires Improvement or Inadequate stands, since indicators
 * of good practice cannot tell those apart; areas the audit does not cover are not applicable; the
 * overall judgement is the auditor's, flagged when above what the covered areas' evidence
 * supports), {@code hillingdon/actions-for-development} (line 24, H5: "provide suggestions and
 * potential solutions where areas for development are highlighted": an audit graded, overall or in
 * any area, Requires Improvement or Inadequate recommends actions; the guide names no one to
 * inform), {@code hillingdon/urgent-concern-escalated} (line 25: "raising concerns directly with
 * the relevant team managers as soon as possible"; H6: raised before the audit completes, so
 * required to complete), {@code hillingdon/evidence-for-rating} (line 22: "provide evidence for the
 * rating given"; H4: each area graded and the overall judgement have their evidence written;
 * required to complete).
 *
 * <p>The guide does not score areas and does not state a review period: each area has a nominal 1-4
 * scale that no rule uses, and the review period is 12 months by default. It names no escalation
 * categories (line 25 asks the auditor to raise concerns "as soon as possible", which {@code
 * hillingdon/urgent-concern-escalated} checks), so there are none. Indicator ids carry a prefix per
 * area because an audit records its evidenced indicators as one set.
 */
final class HillingdonPreset {

  private HillingdonPreset() {}

  // size: the council's framework as one declaration, read top to bottom beside its source
  static LocalFramework build() {
    ScoreScale nominal = ScoreScale.of(1, 4);
    Domain homeVisits =
        Domain.builder()
            .id("home-visits")
            .title("Home visits")
            .scoreScale(nominal)
            .addGoodIndicators(
                Indicator.of("hv-purpose", "Purpose of the visit"),
                Indicator.of("hv-who-present", "Who was there"),
                Indicator.of("hv-child-seen", "Evidence of observing and/or seeing the children"),
                Indicator.of("hv-home-environment", "Comments on the general home environment"),
                Indicator.of("hv-seen-alone", "Voice of the child: spoken to alone"),
                Indicator.of(
                    "hv-wishes-feelings",
                    "Voice of the child: expressed their wishes and feelings"),
                Indicator.of(
                    "hv-lived-experience", "Practitioner knows the child's lived experience"),
                Indicator.of("hv-analysis", "Analysis of the visit"))
            .addOutstandingIndicators(
                Indicator.of(
                    "hv-direct-work", "Evidence of direct work with the child, tools used"),
                Indicator.of(
                    "hv-care-plan", "How the visit contributes to implementing the care plan"),
                Indicator.of("hv-actions", "Clear evidence of actions arising out of the visit"))
            .build();
    Domain assessments =
        Domain.builder()
            .id("assessments")
            .title("Assessments")
            .scoreScale(nominal)
            .addGoodIndicators(
                Indicator.of(
                    "as-wide-information", "Wide range of information from a number of sources"),
                Indicator.of(
                    "as-voice-of-child",
                    "Voice of the child, wishes and feelings, lived experience"),
                Indicator.of("as-parents-views", "Views of parents clearly stated"),
                Indicator.of(
                    "as-history", "Review of historical information to inform intervention"),
                Indicator.of("as-strengths-needs", "Identification of strengths and needs"),
                Indicator.of("as-patterns", "Identification of patterns"),
                Indicator.of("as-chronology", "Use of chronology"),
                Indicator.of(
                    "as-risk", "Clear identification of risk and categorisation when relevant"),
                Indicator.of(
                    "as-links", "Clear links between information, analysis and recommendations"),
                Indicator.of("as-research", "Use of research and theory to support analysis"),
                Indicator.of("as-management", "Management authorisation and analysis evident"))
            .addOutstandingIndicators(
                Indicator.of("as-family-feedback", "Evidence of feedback to the family"),
                Indicator.of("as-family-response", "Family response to assessment included"),
                Indicator.of(
                    "as-direct-work", "Evidence of direct work done with children, tools used"),
                Indicator.of(
                    "as-diversity", "How diversity issues are responded to in the assessment"))
            .build();
    Domain plans =
        Domain.builder()
            .id("plans")
            .title("Plans")
            .scoreScale(nominal)
            .addGoodIndicators(
                Indicator.of("pl-smart", "Plans are SMART"),
                Indicator.of("pl-aim", "Clear analysis of the aim of the plan"),
                Indicator.of("pl-actions-aim", "Clear links between actions and the stated aim"),
                Indicator.of(
                    "pl-assessment",
                    "Direct correlation between the assessment outcome and the plan"),
                Indicator.of("pl-multi-agency", "Multi-agency involvement in delivering the plan"),
                Indicator.of("pl-voice-of-child", "Voice of the child evident in the actions"),
                Indicator.of("pl-management", "Evidence of management authorisation"),
                Indicator.of("pl-targets", "Clear targets that can be assessed for progress"),
                Indicator.of(
                    "pl-outcomes", "Clearly stated outcomes showing whether actions are achieved"))
            .addOutstandingIndicators(
                Indicator.of("pl-updated", "Plans updated with new information at each review"),
                Indicator.of(
                    "pl-achieved", "Evidence of how actions were achieved and their outcomes"),
                Indicator.of(
                    "pl-lived-experience",
                    "Lived experience of the child improving through the plan"))
            .build();
    Domain reviews =
        Domain.builder()
            .id("reviews")
            .title("Reviews")
            .scoreScale(nominal)
            .addGoodIndicators(
                Indicator.of("rv-timescales", "Timescales met"),
                Indicator.of(
                    "rv-implementation",
                    "Records show how the plan is implemented and contributing"),
                Indicator.of("rv-analysis", "Analysis of the plan's implementation and success"),
                Indicator.of("rv-risk", "Risk assessment updated as part of review"),
                Indicator.of("rv-people", "All relevant and significant people spoken to"),
                Indicator.of("rv-voice-of-child", "Child's voice evident in reviewing the plan"),
                Indicator.of("rv-family", "Family members' contribution evidenced"),
                Indicator.of("rv-active-review", "Active review and updating of the plan"),
                Indicator.of("rv-safety-plan", "Safety plan evident as part of overall plan"))
            .addOutstandingIndicators(
                Indicator.of(
                    "rv-documents-shared", "Review documents shared with child and family before"),
                Indicator.of("rv-engagement", "Child's active engagement in the review"),
                Indicator.of("rv-advocacy", "Offer of advocacy where relevant"),
                Indicator.of("rv-oversight", "Evidence of management oversight and direction"))
            .build();
    AuditFramework framework =
        AuditFramework.builder()
            .id("hillingdon")
            .version("2016-11")
            .name("Hillingdon management case file audit (A guide to auditing, November 2016)")
            .addDomains(homeVisits, assessments, plans, reviews)
            .addAuditTypes(
                AuditType.builder()
                    .id("monthly-management")
                    .name("Monthly management case file audit")
                    .reviewPeriod(ReviewPeriod.ofMonths(12))
                    .description(
                        "Introduction: team and service managers, IROs and CP chairs audit each month."
                            + " The guide gives no review period; 12 months is a documented default.")
                    .build())
            .calendar(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES))
            // line 9: "10 working days for Part A" (H2a), applied to the whole audit
            .auditDue(AuditDuePolicy.workingDays(10))
            // line 7: CP chairs audit each month too (H1)
            .addLocalRoles(RoleQuotas.CP_CHAIR)
            .build();
    return LocalFramework.builder()
        .framework(framework)
        .addAllRoleQuotas(RoleQuotas.hillingdon())
        .addRules(
            ConfiguredRule.of(
                "hillingdon/audit-due",
                AuditDueRuleType.ID,
                new AuditDueParameters(),
                Sources.cite(Sources.HILLINGDON, "Introduction", "line 9")),
            ConfiguredRule.of(
                "hillingdon/indicator-grade",
                GradingRuleType.ID,
                GradingParameters.of(GradingParameters.INDICATOR_CHECKLIST),
                Sources.cite(
                    Sources.HILLINGDON,
                    "Indicators of good or outstanding practice",
                    "lines 27-106")),
            ConfiguredRule.of(
                "hillingdon/actions-for-development",
                ActionsRequiredRuleType.ID,
                new ActionsRequiredParameters(null, List.of(), false, true),
                Sources.cite(Sources.HILLINGDON, "Good practice in auditing", "line 24")),
            // line 22 (H4): "Provide evidence for the rating given"
            ConfiguredRule.builder()
                .ruleId("hillingdon/evidence-for-rating")
                .typeId(SectionsWrittenRuleType.ID)
                .parameters(new SectionsWrittenParameters(null, true, null))
                .citation(Sources.cite(Sources.HILLINGDON, "Good practice in auditing", "line 22"))
                .requiredToComplete(true)
                .build(),
            // line 25 (H6): concerns raised with team managers "as soon as possible": before
            // completion
            ConfiguredRule.builder()
                .ruleId("hillingdon/urgent-concern-escalated")
                .typeId(UrgentConcernRuleType.ID)
                .parameters(new UrgentConcernParameters(null, "team-manager"))
                .citation(Sources.cite(Sources.HILLINGDON, "Good practice in auditing", "line 25"))
                .requiredToComplete(true)
                .build())
        .build();
  }
}
