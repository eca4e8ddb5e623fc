package org.practiceaudit.rules.preset;

import java.util.List;
import org.practiceaudit.core.allocation.Independence;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.content.ActionDetailsParameters;
import org.practiceaudit.rules.content.ActionDetailsRuleType;
import org.practiceaudit.rules.content.AuditSharedParameters;
import org.practiceaudit.rules.content.AuditSharedRuleType;
import org.practiceaudit.rules.content.UrgentConcernParameters;
import org.practiceaudit.rules.content.UrgentConcernRuleType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.multiagency.AgencyDisagreementParameters;
import org.practiceaudit.rules.multiagency.AgencyDisagreementRuleType;

/**
 * The London multi-agency children's safeguarding audit pack (seeds/003_a6d3366ab38c0bd9.txt).
 *
 * <p>Each agency audits its own records of the same case and grades each area of work separately
 * (line 31), so that agencies' judgements can be compared; the coordinator identifies
 * inconsistencies (lines 101-102). Cases are reviewed over the most recent 12 to 18 months (line
 * 84).
 *
 * <p>The pack names only one area of work ("such as Assessment", line 31). The other areas are
 * chosen from the aspects of working it lists (lines 70-75) and its outcomes focus (line 43):
 * assessment, planning and decision-making (line 70), information-sharing and core group working
 * (line 74), working together across agencies (line 73), and impact on outcomes (lines 43 and 77).
 * Grades are Ofsted's four judgements, as the pack reflects Ofsted methodology (lines 33 and 43).
 * Areas have a nominal 1-4 scale that no rule uses.
 *
 * <p>Sampling plan {@code baseline}: about ten child protection cases (line 84), a random sample
 * stratified by category of abuse (line 86, case attribute {@code category-of-abuse}); the pack
 * also asks for a mix of gender, age and ethnicity, which a single stratification cannot guarantee
 * for ten cases, so the preset stratifies by category only.
 *
 * <p>Rules: {@code london-multi-agency/agency-disagreement} (lines 31 and 101-102, L12: any
 * difference between agencies' grades of an area is flagged for the coordinator to clarify at the
 * follow-up meeting, never a failure, since grades may change after the debate), {@code
 * london-multi-agency/action-details} (line 112: SMART action plans), {@code
 * london-multi-agency/urgent-concern-escalated} (line 127: "raise concerns immediately with the
 * practitioner concerned and their manager": the manager and the practitioner are told, and the
 * concern is raised before the audit completes, L18), {@code london-multi-agency/audit-shared}
 * (lines 104 and 127: a copy of each completed audit goes to the practitioner and their manager,
 * L13).
 *
 * <p>The audit type's independence is {@link
 * org.practiceaudit.core.allocation.Independence#OWN_AGENCY} (line 121, L17: auditors "audit cases
 * within their own agency but where they do not have line management responsibility or other
 * involvement with the case"); line 119's "at least two auditors from each agency" and mix of
 * experience (L16) are checked of the pool by {@link
 * org.practiceaudit.core.allocation.AuditorPools#multiAgencyGaps}. The pack names no escalation
 * categories, so there are none; it has no date, so the version is {@code 1}.
 */
final class LondonMultiAgencyPreset {

  private LondonMultiAgencyPreset() {}

  // size: the council's framework as one declaration, read top to bottom beside its source
  static LocalFramework build() {
    ScoreScale nominal = ScoreScale.of(1, 4);
    String[][] areas = {
      {"assessment", "Assessment"},
      {"planning", "Planning and decision-making"},
      {"information-sharing", "Information-sharing and core group working"},
      {"working-together", "Working together across agencies"},
      {"outcomes", "Impact on outcomes for the child"}
    };
    var framework =
        AuditFramework.builder()
            .id("london-multi-agency")
            .version("1")
            .name("London multi-agency children's safeguarding audit pack")
            .addAuditTypes(
                AuditType.builder()
                    .id("multi-agency")
                    .name("Multi-agency baseline audit")
                    .reviewPeriod(ReviewPeriod.ofMonths(12, 18))
                    .description("Section 2: the most recent year or 18 months of case work.")
                    // line 121 (L17): within their own agency, without involvement in the case
                    .independence(Independence.OWN_AGENCY)
                    .build())
            .calendar(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES));
    for (String[] area : areas) {
      framework.addDomains(Domain.builder().id(area[0]).title(area[1]).scoreScale(nominal).build());
    }
    return LocalFramework.builder()
        .framework(framework.build())
        .addSamplingPlans(
            SamplingPlan.builder()
                .name("baseline")
                .addCategories(CaseCategory.CHILD_PROTECTION)
                .fixedSize(10)
                .addStrata("category-of-abuse")
                .build())
        .addRules(
            ConfiguredRule.of(
                "london-multi-agency/agency-disagreement",
                AgencyDisagreementRuleType.ID,
                new AgencyDisagreementParameters(1),
                Sources.cite(Sources.LONDON, "sections 1 and 3", "lines 31 and 101-102")),
            ConfiguredRule.of(
                "london-multi-agency/action-details",
                ActionDetailsRuleType.ID,
                new ActionDetailsParameters(null, null),
                Sources.cite(Sources.LONDON, "section 3, Coordination of the audit", "line 112")),
            // lines 104 and 127 (L13): a copy of each audit to the practitioner and their manager
            ConfiguredRule.of(
                "london-multi-agency/audit-shared",
                AuditSharedRuleType.ID,
                new AuditSharedParameters(null, null, null),
                Sources.cite(Sources.LONDON, "sections 3 and 5", "lines 104 and 127")),
            // line 127 (L18): "raise concerns immediately with the practitioner concerned and their
            // manager": both told, and the concern raised before the audit completes
            ConfiguredRule.builder()
                .ruleId("london-multi-agency/urgent-concern-escalated")
                .typeId(UrgentConcernRuleType.ID)
                .parameters(
                    new UrgentConcernParameters(null, "team-manager", List.of("practitioner")))
                .citation(
                    Sources.cite(
                        Sources.LONDON, "section 5, Feedback and dissemination", "line 127"))
                .requiredToComplete(true)
                .build())
        .build();
  }
}
