package org.practiceaudit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.Involvement;

/**
 * Writes cases, involvements and auditors in the formats the readers accept: RFC 4180 fields, quoted
 * when they hold a comma, a quote or a line break, and lines ending in {@code \n}.
 */
final class CsvWriters {

  private CsvWriters() {}

  static void writeCases(Path path, List<CaseFile> cases) {
    TreeSet<String> attributes = new TreeSet<>();
    cases.forEach(c -> attributes.addAll(c.attributes().keySet()));
    List<String> header = new ArrayList<>(CasesCsv.COLUMNS);
    header.addAll(attributes);
    write(path, header, printer -> {
      for (CaseFile c : cases) {
        List<String> row = new ArrayList<>(List.of(
            c.id().value(), c.category().id(), c.team(),
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
    write(path, InvolvementsCsv.COLUMNS, printer -> {
      for (CaseFile c : cases) {
        for (Involvement i : c.involvements()) {
          printer.printRecord(c.id().value(), i.person().value(), i.role().id(), i.from().toString(),
              i.to().map(Object::toString).orElse(""));
        }
      }
    });
  }

  static void writeAuditors(Path path, List<AuditorsCsv.AuditorRow> auditors) {
    write(path, AuditorsCsv.COLUMNS, printer -> {
      for (AuditorsCsv.AuditorRow a : auditors) {
        printer.printRecord(a.id().value(), a.role().id(), a.team(), a.capacity());
      }
    });
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
        if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
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
