package org.practiceaudit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.synthetic.SyntheticData;

/**
 * Writes a SYNTHETIC cases file, in the command line's {@code cases.csv} form, of the cases {@link
 * SyntheticData#cases} generates: for the end-to-end timings of {@code audit sample} ({@code
 * scripts/sample-timings.sh}) and {@link CsvReaderBenchmark}.
 *
 * <p>Columns: {@code case_id,category,team,worker,opened_on,closed_on,last_audited_on} and the
 * cases' attributes in name order. No value describes a real child, worker or council.
 */
public final class SyntheticCasesCsv {

  private SyntheticCasesCsv() {}

  /**
   * Writes a cases file.
   *
   * @param args the number of cases and the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[1]), Integer.parseInt(args[0]), 20261104L);
  }

  /**
   * Writes the cases of a seed.
   *
   * @param path the file to write
   * @param count how many cases
   * @param seed the seed of {@link SyntheticData#cases}
   * @throws IOException if the file cannot be written
   */
  public static void write(Path path, int count, long seed) throws IOException {
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16)) {
      write(out, SyntheticData.cases(count, seed));
    }
  }

  /**
   * Writes cases as the command line's cases file.
   *
   * @param out where to write
   * @param cases the cases
   * @throws IOException if writing fails
   */
  public static void write(Writer out, List<CaseFile> cases) throws IOException {
    TreeSet<String> attributes = new TreeSet<>();
    cases.forEach(c -> attributes.addAll(c.attributes().keySet()));
    out.write("case_id,category,team,worker,opened_on,closed_on,last_audited_on");
    for (String attribute : attributes) {
      out.write(',');
      out.write(attribute);
    }
    out.write('\n');
    StringBuilder line = new StringBuilder();
    for (CaseFile c : cases) {
      line.setLength(0);
      line.append(c.id().value())
          .append(',')
          .append(c.category().id())
          .append(',')
          .append(c.team())
          .append(',')
          .append(c.allocatedWorker().map(w -> w.value()).orElse(""))
          .append(',')
          .append(c.openedOn())
          .append(',')
          .append(c.closedOn().map(Object::toString).orElse(""))
          .append(',')
          .append(c.lastAuditedOn().map(Object::toString).orElse(""));
      Map<String, String> values = c.attributes();
      for (String attribute : attributes) {
        line.append(',').append(values.getOrDefault(attribute, ""));
      }
      out.write(line.append('\n').toString());
    }
  }
}
