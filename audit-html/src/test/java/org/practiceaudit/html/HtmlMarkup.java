package org.practiceaudit.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of HTML markup that need no browser: accessibility attributes, unique ids, nothing
 * external.
 */
final class HtmlMarkup {

  private static final Pattern TAG = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");

  private HtmlMarkup() {}

  /**
   * Every table has a caption, every header cell a scope; fieldsets have legends; nothing external
   * runs.
   */
  static void assertAccessible(String html) {
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en\">")
        .doesNotContain("<script")
        .doesNotContain("src=\"http")
        .doesNotContain("href=\"http")
        .doesNotContain("<link");
    assertThat(count(html, "<table>")).isEqualTo(count(html, "<table>\n<caption>"));
    assertThat(count(html, "<th>")).isZero();
    assertThat(count(html, "<th ")).isEqualTo(count(html, "<th scope=\""));
    assertThat(count(html, "<fieldset")).isEqualTo(count(html, "<legend>"));
    assertThat(ids(html)).doesNotHaveDuplicates();
  }

  /** Every form control is labelled: inside a label, by a label's for, or by aria-label. */
  static void assertLabelled(String html) {
    Set<String> fors = new HashSet<>();
    Matcher f = Pattern.compile("<label[^>]*\\bfor=\"([^\"]*)\"").matcher(html);
    while (f.find()) {
      fors.add(f.group(1));
    }
    Matcher m = TAG.matcher(html);
    int controls = 0;
    while (m.find()) {
      controls++;
      String attributes = m.group(2);
      Matcher id = ID.matcher(attributes);
      boolean byFor = id.find() && fors.contains(id.group(1));
      boolean wrapped =
          html.lastIndexOf("<label", m.start()) > html.lastIndexOf("</label>", m.start());
      boolean aria = attributes.contains("aria-label=\"");
      assertThat(byFor || wrapped || aria).as("control %s is labelled", m.group()).isTrue();
    }
    assertThat(controls).isPositive();
  }

  static List<String> ids(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
