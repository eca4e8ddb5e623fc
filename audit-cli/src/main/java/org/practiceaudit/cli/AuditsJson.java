package org.practiceaudit.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.json.AuditJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Reads audits in audit-json's interchange form (issue 18): a JSON array of audits, or a {@code
 * .jsonl} file with one audit per line. Audits carry everything an audit holds (scores, area
 * grades, indicators, concerns, actions, moderation, conversation, feedback, {@code escalated_at});
 * their grades are read on the framework's scale.
 *
 * <p>Every audit that cannot be read is a problem located by line (and column, where the JSON
 * parser knows it), and the others are still read. Messages pass through {@link
 * Cells#redact(String)}: no free text from the file reaches the terminal.
 */
final class AuditsJson {

  private static final InputProblems.Kind BAD_AUDIT =
      new InputProblems.Kind("bad audit", "bad audits");
  private static final InputProblems.Kind NOT_JSON =
      new InputProblems.Kind("file that is not JSON", "files that are not JSON");

  private AuditsJson() {}

  /** Tells whether a file holds audits in the interchange form, by its extension. */
  static boolean isJson(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".jsonl");
  }

  /**
   * Reads the audits of an audits file: the interchange form for {@code .json} and {@code .jsonl},
   * the audits CSV ({@link AuditsCsv}) otherwise.
   */
  static List<Audit> readAny(String path, AuditFramework framework, InputProblems problems) {
    return isJson(path)
        ? read(path, framework, problems)
        : AuditsCsv.read(path, framework, problems);
  }

  /** Reads audits in the interchange form, adding every problem found; returns the audits read. */
  static List<Audit> read(String path, AuditFramework framework, InputProblems problems) {
    Optional<String> text = TextFiles.read(path, "audits", problems);
    if (text.isEmpty()) {
      return List.of();
    }
    ObjectReader reader = AuditJson.reader(framework.gradeScale()).forType(Audit.class);
    List<Located> audits =
        path.toLowerCase(Locale.ROOT).endsWith(".jsonl")
            ? lines(path, text.get(), reader, problems)
            : array(path, text.get(), reader, problems);
    Map<AuditId, Long> seen = new HashMap<>();
    List<Audit> read = new ArrayList<>();
    for (Located located : audits) {
      Long first = seen.putIfAbsent(located.audit().id(), located.line());
      if (first != null) {
        problems.add(
            path,
            located.line(),
            0,
            "",
            new InputProblems.Kind("duplicate id", "duplicate ids"),
            "duplicate audit id '" + located.audit().id() + "', first on line " + first);
      } else {
        read.add(located.audit());
      }
    }
    return List.copyOf(read);
  }

  private record Located(Audit audit, long line) {}

  private static List<Located> lines(
      String path, String text, ObjectReader reader, InputProblems problems) {
    List<Located> audits = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        audits.add(new Located(reader.readValue(lines[i]), i + 1));
      } catch (JacksonException e) {
        problems.add(path, i + 1, column(e), "", BAD_AUDIT, message(e));
      }
    }
    return audits;
  }

  private static List<Located> array(
      String path, String text, ObjectReader reader, InputProblems problems) {
    List<Located> audits = new ArrayList<>();
    try (JsonParser parser = reader.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        problems.add(
            path,
            NOT_JSON,
            first == null
                ? "is empty; expected a JSON array of audits"
                : "is not a JSON array of audits; give an array, or a .jsonl file with one audit per line");
        return audits;
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        TokenStreamLocation start = parser.currentTokenLocation();
        JsonNode node = parser.readValueAsTree();
        try {
          audits.add(new Located(reader.readValue(node), start.getLineNr()));
        } catch (JacksonException e) {
          problems.add(path, start.getLineNr(), start.getColumnNr(), "", BAD_AUDIT, message(e));
        }
      }
      if (parser.nextToken() != null) {
        problems.add(path, NOT_JSON, "has more after the array of audits");
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      problems.add(
          path,
          at == null ? 0 : Math.max(0, at.getLineNr()),
          column(e),
          "",
          NOT_JSON,
          "is not valid JSON: " + message(e));
    }
    return audits;
  }

  private static int column(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    return at == null ? 0 : Math.max(0, at.getColumnNr());
  }

  /**
   * The binding's message, first line only, without the parser's note on the source (the line and
   * column are given already), under the quoting policy.
   */
  private static String message(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int end = message.indexOf('\n');
    message = end < 0 ? message : message.substring(0, end);
    int source = message.indexOf("[Source:");
    if (source >= 0) {
      int open = message.lastIndexOf(" (", source);
      message = message.substring(0, open < 0 ? source : open).strip();
    }
    return Cells.redact(message);
  }
}
