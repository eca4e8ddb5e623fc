package org.practiceaudit.rules.preset;

import java.util.List;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.content.ActionsRequiredParameters;
import org.practiceaudit.rules.content.ActionsRequiredRuleType;
import org.practiceaudit.rules.content.PractitionerConversationParameters;
import org.practiceaudit.rules.content.PractitionerConversationRuleType;
import org.practiceaudit.rules.content.UrgentConcernParameters;
import org.practiceaudit.rules.content.UrgentConcernRuleType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.grading.GradingParameters;
import org.practiceaudit.rules.grading.GradingRuleType;
import org.practiceaudit.rules.scoring.ScoringParameters;
import org.practiceaudit.rules.scoring.ScoringRuleType;

/**
 * Dorset's monthly manager's audit, as its June 2019 report describes it
 * (seeds/001_3330d31f9ee7aec4.txt).
 *
 * <p>Seven domains scored from 1 ("no evidence found") to 10 ("good evidence has been found") plus
 * an overall Ofsted judgement (line 67, section 2.1); the last three months reviewed (line 68,
 * 2.2). Every domain is scored: the scale forbids N/A, so {@code dorset/domain-average} fails an
 * audit that leaves a domain N/A rather than averaging the rest (D4).
 *
 * <p>The document is silent on most domain titles. It names three: the voice of the child (line 84,
 * 4.5), supervision and management oversight (line 83, 4.4) and equality and diversity (line 101,
 * 6.1). The other four are chosen from what section 2.2 says the auditor considers (line 68: "the
 * impact of intervention ... whether approaches have been effective and if policies and procedures
 * have been followed") and from the themes of recording and chronology (lines 85 and 124): impact
 * of intervention, effectiveness of approaches, policies and procedures, and recording and
 * chronology. A council with the real template should replace them.
 *
 * <p>The report names no escalation categories (section 2.4, line 70, only says to escalate urgent
 * concerns, which {@code dorset/urgent-concern-escalated} checks) and no standing sample: the
 * cohort is chosen month by month (line 69: looked-after children in June; line 126: the CWAD team
 * in August), so the preset has neither escalation categories nor sampling plans.
 *
 * <p>Rules: {@code dorset/domain-average} (scoring, lines 67 and 80), {@code
 * dorset/overall-judgement} (line 67), {@code dorset/urgent-concern-escalated} (line 70, 2.4:
 * escalate to the Safeguarding and Standards Team; required to complete, D9), {@code
 * dorset/practitioner-conversation} (line 71, 2.5; required to complete), {@code
 * dorset/actions-below-good} (line 104: actions for Requires Improvement or Inadequate; Dorset does
 * not say whom to inform, so no one is).
 */
final class DorsetPreset {

  private DorsetPreset() {}

  // size: the council's framework as one declaration, read top to bottom beside its source
  static LocalFramework build() {
    ScoreScale scale =
        ScoreScale.of(1, 10)
            .withAnchor(1, "no evidence found")
            .withAnchor(10, "good evidence found")
            // line 67 (D4): every domain is scored, "1 being no evidence found"; N/A is not a score
            // here
            .withoutNotApplicable();
    List<String[]> domains =
        List.of(
            new String[] {"voice-of-the-child", "Voice of the child"},
            new String[] {"management-oversight", "Supervision and management oversight"},
            new String[] {"equality-and-diversity", "Equality and diversity"},
            new String[] {"impact-of-intervention", "Impact of intervention"},
            new String[] {"effectiveness-of-approaches", "Effectiveness of approaches"},
            new String[] {"policies-and-procedures", "Policies and procedures followed"},
            new String[] {"recording-and-chronology", "Recording and chronology"});
    var framework =
        AuditFramework.builder()
            .id("dorset")
            .version("2019-06")
            .name("Dorset Safeguarding and Standards monthly manager's audit (June 2019 report)")
            .addAuditTypes(
                AuditType.builder()
                    .id("monthly-management")
                    .name("Monthly manager's audit")
                    .reviewPeriod(ReviewPeriod.ofMonths(3))
                    .description(
                        "Section 2.2: the last three months of involvement, further back where required.")
                    .build())
            .calendar(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES));
    for (String[] d : domains) {
      framework.addDomains(Domain.builder().id(d[0]).title(d[1]).scoreScale(scale).build());
    }
    return LocalFramework.builder()
        .framework(framework.build())
        .addRules(
            ConfiguredRule.of(
                "dorset/domain-average",
                ScoringRuleType.ID,
                new ScoringParameters(null, false, 0),
                Sources.cite(Sources.DORSET, "sections 2.1 and 4.1", "lines 67 and 80")),
            ConfiguredRule.of(
                "dorset/overall-judgement",
                GradingRuleType.ID,
                GradingParameters.of(GradingParameters.AUDITOR_JUDGEMENT),
                Sources.cite(Sources.DORSET, "section 2.1", "line 67")),
            // line 70 (D9): an urgent concern not escalated blocks completion, as a missing
            // conversation does
            ConfiguredRule.builder()
                .ruleId("dorset/urgent-concern-escalated")
                .typeId(UrgentConcernRuleType.ID)
                .parameters(new UrgentConcernParameters(null, "safeguarding-and-standards"))
                .citation(Sources.cite(Sources.DORSET, "section 2.4", "line 70"))
                .requiredToComplete(true)
                .build(),
            ConfiguredRule.builder()
                .ruleId("dorset/practitioner-conversation")
                .typeId(PractitionerConversationRuleType.ID)
                .parameters(new PractitionerConversationParameters(false))
                .citation(Sources.cite(Sources.DORSET, "section 2.5", "line 71"))
                .requiredToComplete(true)
                .build(),
            ConfiguredRule.of(
                "dorset/actions-below-good",
                ActionsRequiredRuleType.ID,
                new ActionsRequiredParameters(null, List.of(), false, null),
                Sources.cite(Sources.DORSET, "section 6.1, themes", "line 104")))
        .build();
  }
}
