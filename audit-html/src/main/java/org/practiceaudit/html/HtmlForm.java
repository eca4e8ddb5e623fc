package org.practiceaudit.html;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.practiceaudit.core.framework.AccountEntry;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.BlankForm;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.score.ScoreScale;

/**
 * Renders a {@link BlankForm} as the blank audit tool auditors fill in: one self-contained HTML
 * page that prints on A4, with the look of {@link HtmlReport} (issue 18, {@code form}).
 *
 * <p>The form has the audit's header fields (case id, auditor, dates, review period); a part per
 * domain with its score scale and anchors (N/A where the scale allows it), its indicator checklists
 * and, where the framework grades areas one by one, the area's grade; the overall grade with how it
 * is reached; the concerns and the escalation categories with their follow-up deadlines;
 * recommended actions with owner and due date; and the practitioner conversation and the child's
 * and family's feedback where the framework asks for them.
 *
 * <p>Every control has a label; each group of choices is a fieldset with a legend; tables have
 * captions and scoped headers. Field names are those of the JSON interchange where it has one
 * ({@code case_id}, {@code overall_grade}). No scripts and no external resources; every text is
 * escaped. The output is a pure function of the form.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlForm {

  /** Rows for recommended actions on the printed form. */
  static final int ACTION_ROWS = 5;

  private static final String STYLE =
      Html.STYLE
          + "fieldset{border:1px solid #999;margin:.8rem 0;padding:.4rem .8rem .7rem}\n"
          + "legend{font-weight:600;padding:0 .3rem}\n"
          + "fieldset fieldset{border-color:#ccc;margin:.5rem 0}\n"
          + ".fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.5rem 1rem}\n"
          + ".fields label,.block{display:block;font-size:.92em}\n"
          + "input[type=text],textarea{display:block;width:100%;box-sizing:border-box;font:inherit;"
          + "border:1px solid #777;border-radius:2px;padding:.3rem;margin-top:.15rem;background:#fff}\n"
          + "textarea{min-height:5rem;resize:vertical}\n"
          + ".choices{display:flex;flex-wrap:wrap;gap:.35rem .6rem;margin:.3rem 0}\n"
          + ".choices label{display:inline-flex;align-items:center;gap:.35rem;border:1px solid #bbb;"
          + "border-radius:3px;padding:.25rem .5rem;min-width:2.5rem}\n"
          + ".choices .anchor{color:#444;font-size:.85em}\n"
          + ".checks{list-style:none;padding:0;margin:.3rem 0}.checks li{margin:.3rem 0}\n"
          + ".checks label{display:flex;gap:.5rem;align-items:flex-start}.checks input{margin-top:.15rem}\n"
          + ".checks .lead{display:block;color:#444;font-size:.9em}\n"
          + "input[type=checkbox],input[type=radio]{width:1.05rem;height:1.05rem;flex:none;margin:0}\n"
          + "td input[type=text]{margin:0;border-color:#aaa}\n"
          + ".domain>legend{font-size:1.1em}.guidance{color:#444;font-size:.95em;margin:.2rem 0 .4rem}\n"
          + "@media (max-width:40rem){fieldset{padding:.3rem .45rem .5rem}fieldset fieldset{margin:.4rem 0}"
          + ".choices label{padding:.25rem .4rem}}\n"
          + "@page{size:A4;margin:14mm 12mm}\n"
          + "@media print{body{font-size:9.5pt}section{break-inside:auto}fieldset,table,label{break-inside:avoid}"
          + "fieldset fieldset{break-inside:avoid}textarea{min-height:6rem}"
          + "input[type=text],textarea{border-color:#333}h2{margin-top:1rem}}\n";

  private HtmlForm() {}

  /**
   * Renders a blank form.
   *
   * @param form the form; not null
   * @return the HTML page
   */
  public static String render(BlankForm form) {
    Objects.requireNonNull(form, "form");
    AuditFramework framework = form.framework();
    String title = "Audit form: " + framework.name();
    StringBuilder h = Html.page(title, STYLE);
    h.append("<p class=\"meta\">Framework ")
        .append(esc(framework.id()))
        .append(", version ")
        .append(esc(framework.version()))
        .append(
            form.auditType().map(t -> "; " + esc(t.name()) + " (" + esc(t.id()) + ")").orElse(""))
        .append(". The audit reviews ")
        .append(esc(form.reviewPeriod()))
        .append(".</p>\n")
        .append("<form action=\"#\" method=\"post\" aria-label=\"")
        .append(esc(title))
        .append("\">\n");
    header(h, form);
    domains(h, form);
    grade(h, form);
    concerns(h, form);
    actions(h, form);
    form.conversation().ifPresent(c -> conversation(h, c));
    if (!form.feedbackFrom().isEmpty()) {
      feedback(h, form.feedbackFrom());
    }
    signOff(h);
    h.append("</form>\n");
    rules(h, form);
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String esc(String text) {
    return HtmlReport.escape(text);
  }

  private static void text(StringBuilder h, String id, String label) {
    h.append("<label for=\"")
        .append(id)
        .append("\">")
        .append(esc(label))
        .append("<input type=\"text\" id=\"")
        .append(id)
        .append("\" name=\"")
        .append(id)
        .append("\"></label>\n");
  }

  private static void textarea(StringBuilder h, String id, String label) {
    h.append("<label class=\"block\" for=\"")
        .append(id)
        .append("\">")
        .append(esc(label))
        .append("<textarea id=\"")
        .append(id)
        .append("\" name=\"")
        .append(id)
        .append("\" rows=\"4\"></textarea>")
        .append("</label>\n");
  }

  private static void header(StringBuilder h, BlankForm form) {
    h.append(
        "<section>\n<h2>The audit</h2>\n<fieldset>\n<legend>Audit details</legend>\n<div class=\"fields\">\n");
    text(h, "case_id", "Case id");
    text(h, "auditor", "Auditor");
    text(h, "team", "Team");
    text(h, "practitioner", "Practitioner");
    if (form.auditType().isEmpty() && !form.framework().auditTypes().isEmpty()) {
      text(
          h,
          "audit_type",
          "Audit type ("
              + String.join(
                  ", ",
                  form.framework().auditTypes().stream().map(AuditType::id).toArray(String[]::new))
              + ")");
    }
    text(h, "allocated_on", "Date allocated (YYYY-MM-DD)");
    text(h, "completed_on", "Date completed (YYYY-MM-DD)");
    text(h, "review_from", "Review period from (" + form.reviewPeriod() + ")");
    text(h, "review_to", "Review period to");
    h.append("</div>\n</fieldset>\n</section>\n");
  }

  private static void domains(StringBuilder h, BlankForm form) {
    AuditFramework framework = form.framework();
    if (framework.domains().isEmpty()) {
      return;
    }
    h.append("<section>\n<h2>Domains</h2>\n");
    int n = 0;
    for (Domain domain : framework.domains()) {
      n++;
      String id = domain.id();
      h.append("<fieldset class=\"domain\">\n<legend>")
          .append(n)
          .append(". ")
          .append(esc(domain.title()))
          .append("</legend>\n");
      if (!domain.guidance().isBlank()) {
        h.append("<p class=\"guidance\">").append(esc(domain.guidance())).append("</p>\n");
      }
      ScoreScale scale = domain.scoreScale();
      h.append("<fieldset>\n<legend>Score, ")
          .append(scale.min())
          .append(" to ")
          .append(scale.max())
          .append(scale.allowsNotApplicable() ? ", or N/A" : "")
          .append("</legend>\n<div class=\"choices\">\n");
      for (int s = scale.min(); s <= scale.max(); s++) {
        String anchor = scale.anchors().get(s);
        h.append("<label><input type=\"radio\" name=\"score.")
            .append(esc(id))
            .append("\" value=\"")
            .append(s)
            .append("\">")
            .append(s);
        if (anchor != null) {
          h.append(" <span class=\"anchor\">").append(esc(anchor)).append("</span>");
        }
        h.append("</label>\n");
      }
      if (scale.allowsNotApplicable()) {
        h.append("<label><input type=\"radio\" name=\"score.")
            .append(esc(id))
            .append("\" value=\"N/A\">N/A <span class=\"anchor\">not applicable</span></label>\n");
      }
      h.append("</div>\n</fieldset>\n");
      checklist(h, id, "What good looks like", domain.goodIndicators());
      checklist(h, id, "Moving to outstanding", domain.outstandingIndicators());
      if (form.gradedAreas().contains(id)) {
        grades(h, "area_grade." + id, "Grade of this area", framework, true);
      }
      textarea(h, "evidence." + esc(id), "Evidence and comments: " + domain.title());
      h.append("</fieldset>\n");
    }
    h.append("</section>\n");
  }

  private static void checklist(
      StringBuilder h, String domain, String legend, List<Indicator> indicators) {
    if (indicators.isEmpty()) {
      return;
    }
    h.append("<fieldset>\n<legend>")
        .append(esc(legend))
        .append(": tick what the file evidences</legend>\n")
        .append("<ul class=\"checks\">\n");
    for (Indicator indicator : indicators) {
      h.append("<li><label><input type=\"checkbox\" name=\"indicators\" value=\"")
          .append(esc(indicator.id()))
          .append("\"><span>")
          .append(esc(indicator.text()))
          .append("</span></label></li>\n");
    }
    h.append("</ul>\n</fieldset>\n");
  }

  private static void grades(
      StringBuilder h,
      String name,
      String legend,
      AuditFramework framework,
      boolean notApplicable) {
    h.append("<fieldset>\n<legend>")
        .append(esc(legend))
        .append("</legend>\n<div class=\"choices\">\n");
    for (Grade grade : framework.gradeScale().grades()) {
      h.append("<label><input type=\"radio\" name=\"")
          .append(esc(name))
          .append("\" value=\"")
          .append(esc(grade.label()))
          .append("\">")
          .append(esc(grade.label()))
          .append("</label>\n");
    }
    if (notApplicable) {
      h.append("<label><input type=\"radio\" name=\"")
          .append(esc(name))
          .append("\" value=\"N/A\">Not covered by this audit</label>\n");
    }
    h.append("</div>\n</fieldset>\n");
  }

  private static void grade(StringBuilder h, BlankForm form) {
    h.append("<section>\n<h2>Overall grade</h2>\n");
    for (String sentence : form.gradeGuidance()) {
      h.append("<p class=\"guidance\">").append(esc(sentence)).append("</p>\n");
    }
    grades(h, "overall_grade", "Overall grade", form.framework(), false);
    textarea(h, "grade_reasons", "Reasons for the grade");
    h.append("</section>\n");
  }

  private static void concerns(StringBuilder h, BlankForm form) {
    AuditFramework framework = form.framework();
    h.append(
        "<section>\n<h2>Concerns and escalation</h2>\n<fieldset>\n<legend>Concerns raised: tick any that"
            + " apply</legend>\n<ul class=\"checks\">\n");
    for (AccountEntry concern : form.concerns()) {
      h.append("<li><label><input type=\"checkbox\" name=\"concerns\" value=\"")
          .append(esc(concern.id()))
          .append("\"><span>")
          .append(esc(concern.term()));
      for (String sentence : concern.sentences()) {
        h.append("<span class=\"lead\">").append(esc(sentence)).append("</span>");
      }
      h.append("</span></label></li>\n");
    }
    h.append("</ul>\n</fieldset>\n");
    if (!framework.escalationCategories().isEmpty()) {
      h.append("<fieldset>\n<legend>Escalation category: choose one</legend>\n")
          .append(
              "<div class=\"scroll\"><table>\n<caption>Escalation categories and their follow-up deadlines"
                  + "</caption>\n<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Meaning</th>"
                  + "<th scope=\"col\">Follow-up</th></tr></thead>\n<tbody>\n");
      Map<Integer, String> followUps = form.followUps();
      for (EscalationCategory category : framework.escalationCategories()) {
        h.append(
                "<tr><th scope=\"row\"><label><input type=\"radio\" name=\"escalation_category\" value=\"")
            .append(category.level())
            .append("\"> ")
            .append(category.level())
            .append(": ")
            .append(esc(category.name()))
            .append("</label></th><td>")
            .append(esc(category.meaning()))
            .append("</td><td>")
            .append(esc(followUps.getOrDefault(category.level(), "")))
            .append("</td></tr>\n");
      }
      h.append("</tbody>\n</table></div>\n<div class=\"fields\">\n");
      text(h, "escalated_at", "Category determined on (date and time)");
      text(h, "escalated_to", "Escalated to");
      h.append("</div>\n</fieldset>\n");
    }
    h.append("</section>\n");
  }

  private static void actions(StringBuilder h, BlankForm form) {
    h.append("<section>\n<h2>Recommended actions</h2>\n");
    for (String sentence : form.actionGuidance()) {
      h.append("<p class=\"guidance\">").append(esc(sentence)).append("</p>\n");
    }
    h.append(
        "<div class=\"scroll\"><table>\n<caption>Recommended actions, each with its owner and due date"
            + "</caption>\n<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Action</th>"
            + "<th scope=\"col\">Owner</th><th scope=\"col\">Due date</th></tr></thead>\n<tbody>\n");
    for (int i = 1; i <= ACTION_ROWS; i++) {
      h.append("<tr><th scope=\"row\">").append(i).append("</th>");
      cell(h, "actions." + i + ".description", "Action " + i);
      cell(h, "actions." + i + ".owner", "Owner of action " + i);
      cell(h, "actions." + i + ".due", "Due date of action " + i);
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void cell(StringBuilder h, String name, String label) {
    h.append("<td><input type=\"text\" name=\"")
        .append(name)
        .append("\" aria-label=\"")
        .append(esc(label))
        .append("\"></td>");
  }

  private static void conversation(StringBuilder h, String requirement) {
    h.append("<section>\n<h2>Conversation with the practitioner</h2>\n<p class=\"guidance\">")
        .append(esc(requirement))
        .append("</p>\n<fieldset>\n<legend>The conversation</legend>\n")
        .append("<div class=\"fields\">\n");
    text(h, "conversation.held_on", "Held on (YYYY-MM-DD)");
    text(h, "conversation.with", "With (practitioner)");
    h.append("</div>\n");
    textarea(h, "conversation.notes", "What was discussed and agreed");
    h.append("</fieldset>\n</section>\n");
  }

  private static void feedback(StringBuilder h, List<String> from) {
    h.append("<section>\n<h2>Feedback from the child and family</h2>\n");
    int i = 0;
    for (String who : from) {
      i++;
      h.append("<fieldset>\n<legend>Feedback from ")
          .append(esc(who))
          .append("</legend>\n")
          .append("<div class=\"choices\">\n<label><input type=\"radio\" name=\"feedback.")
          .append(i)
          .append(
              ".obtained\" value=\"yes\">Obtained</label>\n<label><input type=\"radio\" name=\"feedback.")
          .append(i)
          .append(".obtained\" value=\"no\">Not obtained</label>\n</div>\n");
      textarea(h, "feedback." + i + ".summary", "What they said, or why it was not obtained");
      h.append("</fieldset>\n");
    }
    h.append("</section>\n");
  }

  private static void rules(StringBuilder h, BlankForm form) {
    if (form.rules().isEmpty()) {
      return;
    }
    h.append(
            "<section class=\"rules\">\n<h2>Rules the completed form is checked against</h2>\n<div class=\"scroll\"><table>\n")
        .append(
            "<caption>The framework's rules and what each asks</caption>\n<thead><tr><th scope=\"col\">Rule</th>")
        .append("<th scope=\"col\">What it asks</th></tr></thead>\n<tbody>\n");
    for (AccountEntry rule : form.rules()) {
      h.append("<tr><th scope=\"row\" class=\"code\">")
          .append(esc(rule.id()))
          .append("</th><td>")
          .append(esc(String.join(" ", rule.sentences())))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void signOff(StringBuilder h) {
    h.append(
        "<section>\n<h2>Sign-off</h2>\n<fieldset>\n<legend>Auditor</legend>\n<div class=\"fields\">\n");
    text(h, "signed_by", "Name");
    text(h, "signed_on", "Date (YYYY-MM-DD)");
    h.append("</div>\n</fieldset>\n</section>\n");
  }
}
