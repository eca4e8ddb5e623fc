package org.practiceaudit.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AccountEntry;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.BlankForm;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.framework.ReviewPeriod;
import org.practiceaudit.core.score.ScoreScale;

final class HtmlFormTest {

  static final String HOSTILE = "<script>alert(\"x\")</script> & 'Team'";

  static AuditFramework framework() {
    return AuditFramework.builder()
        .id("acme")
        .version("1")
        .name("Acme audit (synthetic) " + HOSTILE)
        .calendar(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES))
        .addDomains(
            Domain.builder()
                .id("visits")
                .title("Home visits " + HOSTILE)
                .scoreScale(
                    ScoreScale.of(1, 4)
                        .withAnchor(1, "inadequate " + HOSTILE)
                        .withAnchor(4, "outstanding"))
                .addGoodIndicators(Indicator.of("child-seen", "The child was seen " + HOSTILE))
                .addOutstandingIndicators(Indicator.of("direct-work", "Direct work with the child"))
                .build())
        .addDomains(
            Domain.builder()
                .id("plans")
                .title("Plans")
                .scoreScale(ScoreScale.of(1, 10).withoutNotApplicable())
                .build())
        .addAuditTypes(AuditType.of("case-file", "Case file audit", ReviewPeriod.ofMonths(12)))
        .addEscalationCategories(
            EscalationCategory.builder()
                .level(1)
                .name("Critical " + HOSTILE)
                .followUp(FollowUpPolicy.elapsedHours(48))
                .build())
        .build();
  }

  static BlankForm form(boolean asksEverything) {
    var b =
        BlankForm.builder()
            .framework(framework())
            .reviewPeriod("the last 12 months")
            .addGradeGuidance("The auditor judges the overall grade " + HOSTILE)
            .addConcerns(
                AccountEntry.of(
                    "immediate-risk", "Immediate risk " + HOSTILE, List.of("Leads to category 1.")))
            .putFollowUp(1, "follow-up check within 48 hours " + HOSTILE)
            .addActionGuidance("Each recommended action needs an owner and a due date.")
            .addRules(AccountEntry.of("acme/rule", "acme/rule", List.of("It asks " + HOSTILE)));
    if (asksEverything) {
      b.auditType(framework().auditTypes().get(0))
          .conversation("The auditor records a conversation " + HOSTILE)
          .addFeedbackFrom("the child or young person", "a parent or carer")
          .addGradedAreas("visits");
    }
    return b.build();
  }

  @Nested
  final class Content {

    @Test
    void render_domains_scaleAnchorsAndNotApplicableWhereAllowed() {
      String html = HtmlForm.render(form(false));
      assertThat(html)
          .contains("<legend>Score, 1 to 4, or N/A</legend>")
          .contains("<legend>Score, 1 to 10</legend>");
      assertThat(HtmlMarkup.count(html, "name=\"score.visits\"")).isEqualTo(5);
      assertThat(HtmlMarkup.count(html, "name=\"score.plans\"")).isEqualTo(10);
      assertThat(html).contains("value=\"child-seen\"").contains("value=\"direct-work\"");
    }

    @Test
    void render_conversationAndFeedback_onlyWhenAsked() {
      String plain = HtmlForm.render(form(false));
      assertThat(plain)
          .doesNotContain("Conversation with the practitioner")
          .doesNotContain("Feedback from")
          .doesNotContain("area_grade.");
      String full = HtmlForm.render(form(true));
      assertThat(full)
          .contains("Conversation with the practitioner")
          .contains("<legend>Feedback from the child or young person</legend>")
          .contains("<legend>Feedback from a parent or carer</legend>")
          .contains("name=\"area_grade.visits\"")
          .doesNotContain("name=\"area_grade.plans\"");
    }

    @Test
    void render_actions_ownerAndDueDatePerRow() {
      String html = HtmlForm.render(form(false));
      assertThat(HtmlMarkup.count(html, "aria-label=\"Owner of action "))
          .isEqualTo(HtmlForm.ACTION_ROWS);
      assertThat(HtmlMarkup.count(html, "aria-label=\"Due date of action "))
          .isEqualTo(HtmlForm.ACTION_ROWS);
    }

    @Test
    void render_sameForm_sameBytes() {
      assertThat(HtmlForm.render(form(true))).isEqualTo(HtmlForm.render(form(true)));
    }

    @Test
    void render_null_throws() {
      assertThatNullPointerException().isThrownBy(() -> HtmlForm.render(null));
    }
  }

  @Nested
  final class Accessible {

    @Test
    void render_anyForm_everyControlLabelledEveryTableCaptionedAndScoped() {
      for (boolean everything : new boolean[] {false, true}) {
        String html = HtmlForm.render(form(everything));
        HtmlMarkup.assertAccessible(html);
        HtmlMarkup.assertLabelled(html);
      }
    }

    @Test
    void render_hostileText_escapedEverywhere() {
      String html = HtmlForm.render(form(true));
      assertThat(html)
          .doesNotContain("<script>alert")
          .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" + " &amp; &#39;Team&#39;");
    }

    @Test
    void render_print_a4WithoutScripts() {
      assertThat(HtmlForm.render(form(false))).contains("@page{size:A4").contains("@media print");
    }
  }
}
