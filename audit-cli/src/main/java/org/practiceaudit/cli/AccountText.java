package org.practiceaudit.cli;

import org.practiceaudit.core.framework.AccountEntry;
import org.practiceaudit.core.framework.AccountSection;
import org.practiceaudit.core.framework.FrameworkAccount;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link FrameworkAccount} as plain text, Markdown and JSON for {@code explain};
 * audit-html's {@code HtmlExplanation} renders the same account as HTML. Every word comes from the
 * account.
 */
final class AccountText {

  private AccountText() {}

  /** Plain text: underlined headings, entries as starred items with their sentences indented. */
  static String text(FrameworkAccount account) {
    StringBuilder t = new StringBuilder(8_192);
    t.append(account.title())
        .append('\n')
        .append("=".repeat(Math.min(account.title().length(), 78)))
        .append('\n');
    for (AccountSection section : account.sections()) {
      t.append('\n')
          .append(section.heading())
          .append('\n')
          .append("-".repeat(section.heading().length()))
          .append('\n');
      for (String paragraph : section.paragraphs()) {
        t.append(paragraph).append('\n');
      }
      for (AccountEntry entry : section.entries()) {
        t.append("\n* ").append(entry.term()).append('\n');
        for (String sentence : entry.sentences()) {
          t.append("  ").append(sentence).append('\n');
        }
        for (String line : entry.checklist()) {
          t.append("  - ").append(line).append('\n');
        }
      }
    }
    return t.toString();
  }

  /** CommonMark: a level-1 title, a level-2 heading per section, a level-3 heading per entry. */
  static String markdown(FrameworkAccount account) {
    StringBuilder m = new StringBuilder(8_192);
    m.append("# ").append(md(account.title())).append('\n');
    for (AccountSection section : account.sections()) {
      m.append("\n## ").append(md(section.heading())).append('\n');
      for (String paragraph : section.paragraphs()) {
        m.append('\n').append(md(paragraph)).append('\n');
      }
      for (AccountEntry entry : section.entries()) {
        m.append("\n### ").append(md(entry.term())).append("\n\n");
        for (String sentence : entry.sentences()) {
          m.append(md(sentence)).append('\n');
        }
        if (!entry.checklist().isEmpty()) {
          m.append('\n');
          for (String line : entry.checklist()) {
            m.append("- ").append(md(line)).append('\n');
          }
        }
      }
    }
    return m.toString();
  }

  /** Escapes the characters CommonMark would read as markup. */
  private static String md(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * One JSON document: {framework, version, title, sections: [{id, heading, paragraphs, entries}]}.
   */
  static ObjectNode json(FrameworkAccount account) {
    ObjectNode document = Json.object();
    document.put("framework", account.framework().id());
    document.put("version", account.framework().version());
    document.put("title", account.title());
    ArrayNode sections = document.putArray("sections");
    for (AccountSection section : account.sections()) {
      ObjectNode s = sections.addObject();
      s.put("id", section.id());
      s.put("heading", section.heading());
      ArrayNode paragraphs = s.putArray("paragraphs");
      section.paragraphs().forEach(paragraphs::add);
      ArrayNode entries = s.putArray("entries");
      for (AccountEntry entry : section.entries()) {
        ObjectNode e = entries.addObject();
        e.put("id", entry.id());
        e.put("term", entry.term());
        ArrayNode sentences = e.putArray("sentences");
        entry.sentences().forEach(sentences::add);
        ArrayNode checklist = e.putArray("checklist");
        entry.checklist().forEach(checklist::add);
      }
    }
    return document;
  }
}
