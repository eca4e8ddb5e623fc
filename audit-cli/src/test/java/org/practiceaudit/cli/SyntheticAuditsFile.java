package org.practiceaudit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a large audits file for Dudley's bundled framework, deterministically from a seed,
 * straight as text (no audit objects): SYNTHETIC ids, a year of allocations, about one audit in
 * eight still open, about one score in twenty N/A, escalation categories 1 to 4 and a {@code team}
 * attribute. About 96 bytes a row: 1,000,000 rows make about 96 MB. Used by the tests of the
 * streaming report and by {@code scripts/cli-timings.sh} ({@code main}).
 */
final class SyntheticAuditsFile {

  static final String HEADER =
      "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,"
          + "escalation_category,score.assessment,score.planning,score.voice-of-the-child,"
          + "score.management-oversight,score.safeguarding,score.drift-and-delay,team";

  private static final String[] GRADES = {
    "Outstanding", "Good", "Requires Improvement", "Inadequate"
  };

  private static final LocalDate FIRST = LocalDate.of(2025, 12, 1);

  private SyntheticAuditsFile() {}

  /**
   * Writes {@code rows} audits to {@code file}.
   *
   * @throws IOException if the file cannot be written
   */
  static void write(Path file, int rows, long seed) throws IOException {
    Random random = new Random(seed);
    StringBuilder line = new StringBuilder(128);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (int i = 1; i <= rows; i++) {
        line.setLength(0);
        LocalDate allocated = FIRST.plusDays(random.nextInt(365));
        boolean completed = random.nextInt(8) > 0;
        line.append("SYN-A")
            .append(i)
            .append(",SYN-C")
            .append(i)
            .append(",SYN-TM")
            .append(1 + random.nextInt(200))
            .append(",case-file,")
            .append(allocated)
            .append(',');
        int quality = random.nextInt(4);
        if (completed) {
          line.append(allocated.plusDays(random.nextInt(30)))
              .append(',')
              .append(GRADES[quality])
              .append(',');
          if (random.nextInt(4) == 0) {
            line.append(1 + random.nextInt(4));
          }
        } else {
          line.append(",,");
        }
        for (int d = 0; d < 6; d++) {
          line.append(',');
          if (!completed) {
            continue;
          }
          if (random.nextInt(20) == 0) {
            line.append("NA");
          } else {
            line.append(Math.max(1, Math.min(4, 4 - quality + random.nextInt(3) - 1)));
          }
        }
        line.append(",team-").append(random.nextInt(12)).append('\n');
        out.append(line);
      }
    }
  }

  /**
   * Writes a file: {@code ROWS FILE [SEED]}.
   *
   * @param args the number of rows, the file, and optionally the seed (default 20261207)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    write(
        Path.of(args[1]),
        Integer.parseInt(args[0]),
        args.length > 2 ? Long.parseLong(args[2]) : 20261207L);
  }
}
