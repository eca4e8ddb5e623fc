package org.practiceaudit.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.practiceaudit.core.synthetic.SyntheticData;

/**
 * commons-csv 1.14.1 against FastCSV 4.1.0 on the project's files (issue 15 item 3): a synthetic
 * cases file ({@link SyntheticCasesCsv}) and a synthetic audits file of 1,000,000 rows each,
 * decoded from UTF-8 bytes in memory, every cell stripped as the command line strips it. The faster
 * one reads the command line's files.
 *
 * <p>The audits rows have the audits file's shape: ids, dates, a date-time, eight domain scores
 * (some {@code n/a}), a grade label with spaces, and a quoted list with commas in about one row in
 * five.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvReaderBenchmark {

  /** Which file: {@code cases} or {@code audits}. */
  @Param({"cases", "audits"})
  public String file;

  /** The number of rows. */
  @Param({"1000000"})
  public int rows;

  private byte[] bytes;

  /** Creates the benchmark state; JMH calls it. */
  public CsvReaderBenchmark() {}

  /**
   * Generates the file's bytes.
   *
   * @throws IOException never: the file is written in memory
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    StringWriter out = new StringWriter();
    if (file.equals("cases")) {
      SyntheticCasesCsv.write(out, SyntheticData.cases(rows, 20261104L));
    } else {
      audits(out, rows);
    }
    bytes = out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void audits(StringWriter out, int rows) {
    String[] grades = {"Outstanding", "Good", "Requires Improvement to be Good", "Inadequate"};
    Random random = new Random(20261115L);
    out.write("audit_id,case_id,auditor_id,status,allocated_on,completed_on,escalated_at,grade");
    for (int d = 1; d <= 8; d++) {
      out.write(",score." + d);
    }
    out.write(",concerns,team,category\n");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      line.setLength(0);
      line.append("syn-a")
          .append(i)
          .append(",syn-")
          .append(random.nextInt(rows))
          .append(",syn-u")
          .append(random.nextInt(400))
          .append(",completed,2026-0")
          .append(1 + random.nextInt(9))
          .append("-1")
          .append(random.nextInt(10))
          .append(",2026-10-2")
          .append(random.nextInt(10))
          .append(',')
          .append(random.nextInt(20) == 0 ? "2026-10-21T09:30:00Z" : "")
          .append(',')
          .append(grades[random.nextInt(4)]);
      for (int d = 0; d < 8; d++) {
        line.append(',')
            .append(random.nextInt(12) == 0 ? "n/a" : String.valueOf(1 + random.nextInt(4)));
      }
      line.append(',')
          .append(random.nextInt(5) == 0 ? "\"drift, supervision\"" : "")
          .append(",team-")
          .append(random.nextInt(40))
          .append(",child-in-need\n");
      out.write(line.toString());
    }
  }

  private Reader reader() {
    return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }

  /**
   * Reads the file with commons-csv.
   *
   * @return the number of characters in the stripped cells
   * @throws IOException never: the file is in memory
   */
  @Benchmark
  public long commonsCsv() throws IOException {
    long n = 0;
    try (CSVParser parser =
        CSVParser.parse(reader(), CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get())) {
      for (CSVRecord record : parser) {
        for (String cell : record) {
          n += cell.strip().length();
        }
      }
    }
    return n;
  }

  /**
   * Reads the file with FastCSV.
   *
   * @return the number of characters in the stripped cells
   * @throws IOException never: the file is in memory
   */
  @Benchmark
  public long fastCsv() throws IOException {
    long n = 0;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(reader())) {
      for (CsvRecord record : reader) {
        for (int i = 0; i < record.getFieldCount(); i++) {
          n += record.getField(i).strip().length();
        }
      }
    }
    return n;
  }
}
