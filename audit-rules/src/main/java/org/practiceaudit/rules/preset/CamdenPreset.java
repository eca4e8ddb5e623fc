package org.practiceaudit.rules.preset;

import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import org.practiceaudit.core.allocation.Independence;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.content.ActionDetailsParameters;
import org.practiceaudit.rules.content.ActionDetailsRuleType;
import org.practiceaudit.rules.content.ActionsRequiredParameters;
import org.practiceaudit.rules.content.ActionsRequiredRuleType;
import org.practiceaudit.rules.content.AuditSharedParameters;
import org.practiceaudit.rules.content.AuditSharedRuleType;
import org.practiceaudit.rules.content.FeedbackRecordedParameters;
import org.practiceaudit.rules.content.FeedbackRecordedRuleType;
import org.practiceaudit.rules.content.PractitionerConversationParameters;
import org.practiceaudit.rules.content.PractitionerConversationRuleType;
import org.practiceaudit.rules.content.SignOffParameters;
import org.practiceaudit.rules.content.SignOffRuleType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.grading.GradingParameters;
import org.practiceaudit.rules.grading.GradingRuleType;

/**
 * Camden's audit programme 2021-22 (seeds/000_1647c349b472fe48.txt).
 *
 * <p>Audit types (section 5, lines 52-116): compliance, front door (30 cases twice a year, lines
 * 62-64), practice week (quarterly, the last year of the child's journey, line 76), multi-agency
 * (line 102), section 11 (line 106), fostering (line 112) and themed deep dives (line 116). Grades
 * are Ofsted's four descriptors (line 76).
 *
 * <p>Rules: {@code camden/actions-required-below-good} (line 86: audits or moderations graded
 * requires improvement or inadequate must carry improvement actions, and the Head of Service and
 * the Quality Assurance Unit must be informed, recorded as informed before completion, C21, C22;
 * required to complete), {@code camden/action-details} (line 84: actions to bring the case up to
 * standard), {@code camden/practitioner-conversation} (line 46: "during the audit process, the
 * auditor will meet with the social worker", so the meeting is held by completion and is required
 * to complete, C7), {@code camden/feedback-recorded} (line 76: practice week audits seek and record
 * the child's and the family's feedback; required to complete, C19), {@code
 * camden/head-of-service-sign-off} (line 86: the Head of Service "must be satisfied the actions ...
 * are sufficient" for an audit graded inadequate; required, so the lifecycle closes such an audit
 * only once signed off, C23), {@code camden/compliance-sent-to-iro} (line 58: the compliance
 * audit's outcome is "sent to the responsible IRO", C11), {@code camden/overall-judgement} (line
 * 76).
 *
 * <p>Compliance audits (line 56, C9) are "carried out by the responsible team manager or supervisor
 * whenever a case is transferred or closed": the audit type's independence is {@link
 * org.practiceaudit.core.allocation.Independence#RESPONSIBLE_TEAM_MANAGER}, an allowed exception to
 * team independence.
 *
 * <p>Sampling plans: {@code front-door}, 30 front-door cases covering each RAG rating (lines 62-64;
 * the rating is the case attribute {@code rag}), including contacts closed within the month before
 * the audit with no further action or stepped down to Early Help (lines 62 and 66, requirement C13;
 * the window is a documented default); {@code practice-week}, up to 60 child in need, child
 * protection and looked-after cases of the Family Intervention and LAC teams (line 72, requirement
 * C17: at most 60, every eligible case when fewer; the team ids {@code family-intervention} and
 * {@code lac} are documented defaults a council renames to its own), skipping cases audited in the
 * last 6 months (line 44 says "6-8 months"; the preset takes the shorter bound, which excludes
 * fewer cases). The programme is the annual table (lines 124-132: month, type, theme, number);
 * where the table gives no number (May's deep dive, March's practice week) the entry has none; it
 * adds the year's front-door audit jointly with Early Help (line 62, C15) and the CSCP's themed
 * multi-agency audits, 10 in each half of the year (line 102, "bi-annually", C26). Practice week
 * also covers every social worker (line 38: "social workers have at least one allocated case
 * audited within the annual cycle"). Plan {@code multi-agency}: 10 randomly selected cases (line
 * 102); the theme changes with each CSCP audit, so it is given when the cases are drawn ({@code
 * sample --theme}, C26), limiting them to cases whose {@code theme} attribute is that theme.
 *
 * <p>Domains: the core areas of practice of section 3 (lines 28-36), each on a 1-4 scale, a
 * documented default (the programme gives no score scale; line 57 only says compliance audits are
 * scored). Review periods: the last year (line 76, "unless otherwise specified", C20), except 3
 * months for front-door audits, a documented default with no source: line 76's sentence is written
 * for practice-week case-file audits of open cases, while a front-door audit looks at the contact
 * and the decision made on it (line 62, "application of thresholds and quality of decision
 * making"), usually closed within the month (the plan's window, C13); a council that reads line 76
 * as covering front-door audits too sets the type's review period to 12 months.
 *
 * <p>The programme names no escalation categories (line 86 requires actions and notifications,
 * which {@code camden/actions-required-below-good} checks), so there are none. It has no moderation
 * policy: line 48 describes a moderation meeting of all auditors discussing findings, not a share
 * of audits re-graded.
 */
final class CamdenPreset {

  private CamdenPreset() {}

  /**
   * The theme of Camden's front-door audits, matched against the audits' {@code theme} attribute.
   */
  static final String FRONT_DOOR_THEME = "front-door-decision-making";

  private static final String FEEDBACK = "Service user feedback forms to be completed";

  /** The partner of Camden's joint front-door audits (line 62, C15). */
  static final String EARLY_HELP = "early-help";

  private static final String JOINT_NOTES =
      "At least once a year, front-door audits are carried out jointly with Early Help";

  private static final String MULTI_AGENCY_NOTES =
      "CSCP themed audit: 10 randomly selected cases that fit the theme, drawn with the theme given";

  /** The Family Intervention team's id in practice week's plan (line 72, C17). */
  static final String FAMILY_INTERVENTION_TEAM = "family-intervention";

  /** The LAC team's id in practice week's plan (line 72, C17). */
  static final String LAC_TEAM = "lac";

  /**
   * The annual programme, April 2021 to March 2022 (lines 124-132, C31): each entry with the
   * sampling plan that draws its cases. May's deep dive has its theme "to be identified", so it has
   * none yet (any deep dive in May counts) and says so in its notes; the table gives no number for
   * it or for March's practice week. After the table: one front-door audit over the year jointly
   * with Early Help (line 62, C15), so a year with none shows 0 of 1 done, and the CSCP's themed
   * multi-agency audits, 10 cases in each half of the year (line 102, C26).
   */
  static AuditProgramme programme() {
    return AuditProgramme.builder()
        .name("CSSW annual audit programme 2021-22")
        .addEntries(
            entry(
                YearMonth.of(2021, 5),
                YearMonth.of(2021, 5),
                "deep-dive",
                null,
                -1,
                null,
                "Deep dive theme to be identified"),
            entry(
                YearMonth.of(2021, 7),
                YearMonth.of(2021, 7),
                "practice-week",
                null,
                60,
                "practice-week",
                FEEDBACK),
            entry(
                YearMonth.of(2021, 9),
                YearMonth.of(2021, 9),
                "front-door",
                FRONT_DOOR_THEME,
                30,
                "front-door",
                null),
            entry(
                YearMonth.of(2021, 11),
                YearMonth.of(2021, 11),
                "practice-week",
                null,
                54,
                "practice-week",
                FEEDBACK),
            entry(
                YearMonth.of(2022, 1),
                YearMonth.of(2022, 2),
                "front-door",
                FRONT_DOOR_THEME,
                30,
                "front-door",
                null),
            entry(
                YearMonth.of(2022, 3),
                YearMonth.of(2022, 3),
                "practice-week",
                null,
                -1,
                "practice-week",
                FEEDBACK))
        .addAllEntries(beyondTheTable())
        .build();
  }

  /**
   * The entries the document sets outside its table: one front-door audit over the year jointly
   * with Early Help (line 62, C15) and the CSCP's themed multi-agency audits, 10 cases in each half
   * of the year (line 102, "bi-annually", C26).
   */
  private static List<ProgrammeEntry> beyondTheTable() {
    return List.of(
        // line 62 (C15): "at least once a year audits are jointly carried out with Early Help"
        ProgrammeEntry.builder()
            .month(YearMonth.of(2021, 4))
            .until(YearMonth.of(2022, 3))
            .auditType("front-door")
            .jointWith(EARLY_HELP)
            .planned(1)
            .samplingPlan("front-door")
            .notes(JOINT_NOTES)
            .build(),
        // line 102 (C26): "themed audits are carried out bi-annually on 10 randomly selected
        // children's cases": one in each half of the year, the theme set by the CSCP each time
        entry(
            YearMonth.of(2021, 4),
            YearMonth.of(2021, 9),
            "multi-agency",
            null,
            10,
            "multi-agency",
            MULTI_AGENCY_NOTES),
        entry(
            YearMonth.of(2021, 10),
            YearMonth.of(2022, 3),
            "multi-agency",
            null,
            10,
            "multi-agency",
            MULTI_AGENCY_NOTES));
  }

  private static Domain domain(String id, String title) {
    return Domain.builder().id(id).title(title).scoreScale(ScoreScale.of(1, 4)).build();
  }

  private static AuditType type(String id, String name, int reviewMonths, String description) {
    return type(id, name, reviewMonths, description, Independence.PEER);
  }

  private static AuditType type(
      String id, String name, int reviewMonths, String description, Independence independence) {
    return AuditType.builder()
        .id(id)
        .name(name)
        .reviewPeriod(ReviewPeriod.ofMonths(reviewMonths))
        .description(description)
        .independence(independence)
        .build();
  }

  private static ProgrammeEntry entry(
      YearMonth from,
      YearMonth until,
      String type,
      String theme,
      int planned,
      String plan,
      String notes) {
    var entry = ProgrammeEntry.builder().month(from).until(until).auditType(type);
    if (theme != null) {
      entry.theme(theme);
    }
    if (planned >= 0) {
      entry.planned(planned);
    }
    if (plan != null) {
      entry.samplingPlan(plan);
    }
    if (notes != null) {
      entry.notes(notes);
    }
    return entry.build();
  }

  // size: the council's framework as one declaration, read top to bottom beside its source
  static LocalFramework build() {
    AuditFramework framework =
        AuditFramework.builder()
            .id("camden")
            .version("2021-22")
            .name("Camden Children's Safeguarding and Social Care audit programme 2021-2022")
            .addDomains(
                domain("front-door", "Front door activity and thresholds"),
                domain("assessment", "Assessments of need and risk"),
                domain("plans", "Plans and the effectiveness of intervention"),
                domain("direct-work", "Direct working relationships with children and families"),
                domain("childs-journey", "The child's journey and experience"),
                domain("permanence", "Permanence"),
                domain("partnership", "Partnership working and multi-agency meetings"),
                domain("recording", "Report writing and case recording"),
                domain("management-oversight", "Management oversight and decision making"))
            .addAuditTypes(
                // line 56 (C9): by the responsible team manager, an allowed exception to team
                // independence
                type(
                    "compliance",
                    "Compliance audit",
                    12,
                    "Section 5, Compliance audits: by the responsible team manager whenever a case is"
                        + " transferred or closed.",
                    Independence.RESPONSIBLE_TEAM_MANAGER),
                type(
                    "front-door",
                    "Front door audit",
                    3,
                    "Section 5, Front door audits (January and September); the review period of 3"
                        + " months is a documented default (C20): the audit looks at the contact and"
                        + " the decision made on it, not the last year of the child's journey."),
                type(
                    "practice-week",
                    "Practice week audit",
                    12,
                    "Section 5: unless otherwise specified, the last year of the child's journey."),
                // line 104 (C27): "senior managers from each agency audit their own the agency's
                // case records"
                type(
                    "multi-agency",
                    "Multi-agency audit",
                    12,
                    "Other audits: CSCP themed multi-agency audits;"
                        + " each agency audits its own records.",
                    Independence.OWN_AGENCY),
                type(
                    "section-11",
                    "Section 11 audit",
                    12,
                    "Other audits: yearly section 11 audits."),
                type("fostering", "Fostering audit", 12, "Other audits: annual fostering audits."),
                type("deep-dive", "Themed deep dive", 12, "Other audits: themed deep dives."))
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
                // lines 62 and 66 (C13): contacts closed with no further action or stepped down to
                // Early
                // Help are drawn too; the programme gives no window, one month is a documented
                // default.
                .includeClosedWithin(Period.ofMonths(1))
                .build(),
            SamplingPlan.builder()
                .name("practice-week")
                .addCategories(
                    CaseCategory.CHILD_IN_NEED,
                    CaseCategory.CHILD_PROTECTION,
                    CaseCategory.LOOKED_AFTER)
                // line 72 (C17): "up to 60 cases from the Family Intervention and LAC teams"
                .addTeams(FAMILY_INTERVENTION_TEAM, LAC_TEAM)
                .auditedWithin(Period.ofMonths(6))
                .maximumSize(60)
                .coverWorkers(true)
                .build(),
            SamplingPlan.builder().name("multi-agency").fixedSize(10).build())
        .programme(programme())
        .addRules(
            ConfiguredRule.builder()
                .ruleId("camden/actions-required-below-good")
                .typeId(ActionsRequiredRuleType.ID)
                // C22: the Head of Service and the QA unit "must be informed": recorded before
                // completion
                .parameters(new ActionsRequiredParameters(null, null, true, null))
                .citation(
                    Sources.cite(
                        Sources.CAMDEN, "section 6, Findings and accountability", "line 86"))
                .requiredToComplete(true)
                .build(),
            ConfiguredRule.of(
                "camden/action-details",
                ActionDetailsRuleType.ID,
                new ActionDetailsParameters(null, null),
                Sources.cite(Sources.CAMDEN, "section 6, Findings and accountability", "line 84")),
            // line 46 (C7): "During the audit process, the auditor will meet with the social
            // worker"
            ConfiguredRule.builder()
                .ruleId("camden/practitioner-conversation")
                .typeId(PractitionerConversationRuleType.ID)
                .parameters(new PractitionerConversationParameters(true))
                .citation(
                    Sources.cite(
                        Sources.CAMDEN, "section 4, Overview of the audit process", "line 46"))
                .requiredToComplete(true)
                .build(),
            // line 76 (C19): practice week audits seek and record the child's and the family's
            // feedback
            ConfiguredRule.builder()
                .ruleId("camden/feedback-recorded")
                .typeId(FeedbackRecordedRuleType.ID)
                .parameters(new FeedbackRecordedParameters(null, List.of("practice-week")))
                .citation(
                    Sources.cite(
                        Sources.CAMDEN, "section 5, Practice week quality audits", "line 76"))
                .requiredToComplete(true)
                .build(),
            // line 86 (C23): Heads of Service must be satisfied the actions of an audit graded
            // inadequate
            // are sufficient; required, so the lifecycle closes such an audit only once signed off
            ConfiguredRule.builder()
                .ruleId("camden/head-of-service-sign-off")
                .typeId(SignOffRuleType.ID)
                .parameters(new SignOffParameters(null, null))
                .citation(
                    Sources.cite(
                        Sources.CAMDEN, "section 6, Findings and accountability", "line 86"))
                .requiredToComplete(true)
                .build(),
            // line 58 (C11): the compliance audit's outcome is sent to the responsible IRO
            ConfiguredRule.of(
                "camden/compliance-sent-to-iro",
                AuditSharedRuleType.ID,
                new AuditSharedParameters(
                    List.of("independent-reviewing-officer"), null, List.of("compliance")),
                Sources.cite(Sources.CAMDEN, "section 5, Compliance audits", "line 58")),
            ConfiguredRule.of(
                "camden/overall-judgement",
                GradingRuleType.ID,
                GradingParameters.of(GradingParameters.AUDITOR_JUDGEMENT),
                Sources.cite(Sources.CAMDEN, "section 5, Practice week quality audits", "line 76")))
        .build();
  }
}
