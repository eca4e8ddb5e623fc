package org.practiceaudit.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.json.AuditJson;

/**
 * Writes cases, involvements, auditors, allocations and audits in the formats the readers accept:
 * RFC 4180 fields, quoted when they hold a comma, a quote or a line break, and lines ending in
 * {@code \n}.
 */
final class CsvWriters {

  private CsvWriters() {}

  static void writeCases(Path path, List<CaseFile> cases) {
    TreeSet<String> attributes = new TreeSet<>();
    cases.forEach(c -> attributes.addAll(c.attributes().keySet()));
    List<String> header = new ArrayList<>(CasesCsv.COLUMNS);
    header.addAll(attributes);
    write(
        path,
        header,
        printer -> {
          for (CaseFile c : cases) {
            List<String> row =
                new ArrayList<>(
                    List.of(
                        c.id().value(),
                        c.category().id(),
                        c.team(),
                        c.allocatedWorker().map(w -> w.value()).orElse(""),
                        c.openedOn().toString(),
                        c.closedOn().map(Object::toString).orElse(""),
                        c.lastAuditedOn().map(Object::toString).orElse("")));
            for (String attribute : attributes) {
              row.add(c.attribute(attribute).orElse(""));
            }
            printer.printRecord(row);
          }
        });
  }

  static void writeInvolvements(Path path, List<CaseFile> cases) {
    write(
        path,
        InvolvementsCsv.COLUMNS,
        printer -> {
          for (CaseFile c : cases) {
            for (Involvement i : c.involvements()) {
              printer.printRecord(
                  c.id().value(),
                  i.person().value(),
                  i.role().id(),
                  i.from().toString(),
                  i.to().map(Object::toString).orElse(""));
            }
          }
        });
  }

  static void writeAuditors(Path path, List<AuditorsCsv.AuditorRow> auditors) {
    write(
        path,
        AuditorsCsv.COLUMNS,
        printer -> {
          for (AuditorsCsv.AuditorRow a : auditors) {
            printer.printRecord(a.id().value(), a.role().id(), a.team(), a.capacity());
          }
        });
  }

  /**
   * Writes the rows of a file whose {@code key} column holds each of {@code keys}, in the order of
   * the keys, under the file's own header, every cell as the file has it (trimmed); a key without a
   * row is skipped.
   */
  static void writeRows(Path path, CsvFile source, String key, List<String> keys) {
    Map<String, CsvFile.Row> byKey = new HashMap<>();
    source.rows().forEach(row -> byKey.putIfAbsent(row.text(key), row));
    write(
        path,
        source.headers(),
        printer -> {
          for (String k : keys) {
            CsvFile.Row row = byKey.get(k);
            if (row != null) {
              printer.printRecord(
                  source.headers().stream().map(row::text).collect(Collectors.toList()));
            }
          }
        });
  }

  /** The columns of an allocation file, which {@code allocate --out} writes. */
  static final List<String> ALLOCATION_COLUMNS = List.of("case_id", "auditor_id");

  /** Writes an allocation's assignments, one {@code case_id,auditor_id} row per allocated case. */
  static void writeAllocation(Path path, Allocation allocation) {
    write(
        path,
        ALLOCATION_COLUMNS,
        printer -> {
          for (Map.Entry<CaseId, PersonId> entry : allocation.assignments().entrySet()) {
            printer.printRecord(entry.getKey().value(), entry.getValue().value());
          }
        });
  }

  /**
   * Writes audits in the audits format {@link AuditsCsv} reads: its columns, a {@code
   * score.<domain-id>} column per domain of the framework, the optional columns and {@code
   * area_grade.<domain-id>} columns that some audit uses, then the audits' attributes in name
   * order. What the format cannot carry (moderation, follow-up checks, actions' owners and due
   * dates, conversation, feedback, sign-offs) is left out; {@link #writeAuditsJson} keeps
   * everything.
   */
  static void writeAudits(Path path, AuditFramework framework, List<Audit> audits) {
    List<String> optional = optionalColumns(audits);
    List<String> areas =
        framework.domains().stream()
            .map(Domain::id)
            .filter(id -> audits.stream().anyMatch(a -> a.areaGrades().containsKey(id)))
            .collect(Collectors.toList());
    TreeSet<String> attributes = new TreeSet<>();
    audits.forEach(a -> attributes.addAll(a.attributes().keySet()));
    List<String> header = new ArrayList<>(AuditsCsv.COLUMNS);
    header.addAll(optional);
    framework.domains().forEach(d -> header.add(AuditsCsv.SCORE + d.id()));
    areas.forEach(id -> header.add(AuditsCsv.AREA_GRADE + id));
    header.addAll(attributes);
    write(
        path,
        header,
        printer -> {
          for (Audit a : audits) {
            List<String> row =
                new ArrayList<>(
                    List.of(
                        a.id().value(),
                        a.caseId().value(),
                        a.auditor().value(),
                        a.auditType(),
                        a.allocatedOn().toString(),
                        a.completedOn().map(Object::toString).orElse(""),
                        a.overallGrade().map(Grade::label).orElse(""),
                        a.escalationCategory().isPresent()
                            ? Integer.toString(a.escalationCategory().getAsInt())
                            : ""));
            for (String column : optional) {
              row.add(optionalCell(a, column));
            }
            for (Domain d : framework.domains()) {
              row.add(
                  Optional.ofNullable(a.scores().get(d.id()))
                      .map(DomainScore::toString)
                      .orElse(""));
            }
            for (String id : areas) {
              row.add(Optional.ofNullable(a.areaGrades().get(id)).map(Grade::label).orElse(""));
            }
            for (String attribute : attributes) {
              row.add(a.attributes().getOrDefault(attribute, ""));
            }
            printer.printRecord(row);
          }
        });
  }

  /** The optional columns some audit has a value in, in the audits file's order. */
  private static List<String> optionalColumns(List<Audit> audits) {
    List<String> optional = new ArrayList<>();
    if (audits.stream().anyMatch(a -> a.escalatedAt().isPresent())) {
      optional.add("escalated_at");
    }
    if (audits.stream().anyMatch(a -> a.agency().isPresent())) {
      optional.add("agency");
    }
    if (audits.stream().anyMatch(a -> !a.evidencedIndicators().isEmpty())) {
      optional.add("indicators");
    }
    if (audits.stream().anyMatch(a -> !a.concerns().isEmpty())) {
      optional.add("concerns");
    }
    if (audits.stream().anyMatch(a -> !a.actions().isEmpty())) {
      optional.add("actions_outstanding");
    }
    if (audits.stream().anyMatch(a -> !a.sections().isEmpty())) {
      optional.add("sections");
    }
    if (audits.stream().anyMatch(a -> !a.notified().isEmpty())) {
      optional.add("notified");
    }
    return optional;
  }

  /** An audit's cell in an optional column. */
  private static String optionalCell(Audit a, String column) {
    return switch (column) {
      case "escalated_at" ->
          a.escalatedAt()
              .map(at -> at.atZone(WorkingCalendar.LONDON).toOffsetDateTime().toString())
              .orElse("");
      case "agency" -> a.agency().orElse("");
      case "indicators" -> String.join(";", new TreeSet<>(a.evidencedIndicators()));
      case "concerns" ->
          a.concerns().stream().map(ConcernFlag::id).sorted().collect(Collectors.joining(";"));
      case "sections" -> String.join(";", new TreeSet<>(a.sections()));
      case "notified" -> String.join(";", new TreeSet<>(a.notified()));
      default ->
          Long.toString(a.actions().stream().filter(x -> x.status().isOutstanding()).count());
    };
  }

  /**
   * Writes audits in audit-json's interchange form, one audit per line ({@code .jsonl}), which
   * carries everything an audit holds and {@link AuditsJson} reads back.
   */
  static void writeAuditsJson(Path path, List<Audit> audits) {
    StringBuilder text = new StringBuilder();
    for (Audit audit : audits) {
      text.append(AuditJson.mapper().writeValueAsString(audit)).append('\n');
    }
    TextFiles.write(path, text.toString());
  }

  interface Body {
    void print(Printer printer) throws IOException;
  }

  /** Prints records. */
  static final class Printer {
    private final Writer writer;

    Printer(Writer writer) {
      this.writer = writer;
    }

    void printRecord(Object... fields) throws IOException {
      printRecord(List.of(fields));
    }

    void printRecord(List<?> fields) throws IOException {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          line.append(',');
        }
        String field = String.valueOf(fields.get(i));
        if (field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0) {
          line.append('"').append(field.replace("\"", "\"\"")).append('"');
        } else {
          line.append(field);
        }
      }
      writer.write(line.append('\n').toString());
    }
  }

  /**
   * Writes a CSV file through {@link TextFiles#write}, so that a failure never leaves half a file.
   *
   * @throws InputException saying in plain words why the file cannot be written
   */
  static void write(Path path, List<String> header, Body body) {
    StringWriter text = new StringWriter();
    try {
      Printer printer = new Printer(text);
      printer.printRecord(header);
      body.print(printer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to memory", e);
    }
    TextFiles.write(path, text.toString());
  }
}
