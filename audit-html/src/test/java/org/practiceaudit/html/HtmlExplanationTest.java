package org.practiceaudit.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.framework.AccountEntry;
import org.practiceaudit.core.framework.AccountSection;
import org.practiceaudit.core.framework.FrameworkAccount;

final class HtmlExplanationTest {

  private static FrameworkAccount account() {
    return FrameworkAccount.builder()
        .framework(HtmlFormTest.framework())
        .addSections(
            AccountSection.builder()
                .id("about")
                .heading("About " + HtmlFormTest.HOSTILE)
                .addParagraphs("Framework acme " + HtmlFormTest.HOSTILE)
                .build())
        .addSections(
            AccountSection.builder()
                .id("rules")
                .heading("Rules")
                .addEntries(
                    AccountEntry.builder()
                        .id("acme/rule-one")
                        .term("acme/rule-one (grading)")
                        .addSentences("It grades.")
                        .addChecklist("method = floors " + HtmlFormTest.HOSTILE)
                        .build())
                .build())
        .build();
  }

  @Test
  void render_sections_contentsLinksToHeadings() {
    String html = HtmlExplanation.render(account());
    assertThat(html)
        .contains("<nav aria-label=\"Contents\">")
        .contains("<a href=\"#about\">")
        .contains("<section aria-labelledby=\"rules\">\n<h2 id=\"rules\">Rules</h2>")
        .contains("<h3 id=\"rules-acme-rule-one\">acme/rule-one (grading)</h3>");
    HtmlMarkup.assertAccessible(html);
  }

  @Test
  void render_hostileText_escaped() {
    String html = HtmlExplanation.render(account());
    assertThat(html).doesNotContain("<script>alert").contains("method = floors &lt;script&gt;");
  }

  @Test
  void anchor_anyId_lettersDigitsAndHyphens() {
    assertThat(HtmlExplanation.anchor("rules", "Acme/Rule_One")).isEqualTo("rules-acme-rule-one");
    assertThat(List.of(HtmlExplanation.anchor("s", "a b"))).containsExactly("s-a-b");
  }

  @Test
  void render_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> HtmlExplanation.render(null));
  }
}
