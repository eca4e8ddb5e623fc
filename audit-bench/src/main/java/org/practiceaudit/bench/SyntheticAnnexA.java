package org.practiceaudit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a SYNTHETIC Annex A workbook in the 2019 Ofsted template's shape (a title row above the
 * headers, sheets {@code List_6}, {@code List_7} and {@code List_8}): one List 6 row per child,
 * about a tenth of the children on a plan in List 7 and a fifth in care in List 8. No real child or
 * worker.
 *
 * <p>Run {@code java -cp audit-bench/target/benchmarks.jar org.practiceaudit.bench.SyntheticAnnexA
 * 50000 annex-a.xlsx} to make one for timing the command line.
 */
public final class SyntheticAnnexA {

  private static final String[] STATUSES = {
    "a) Looked after child",
    "b) Child Protection plan",
    "c) Child in need plan",
    "c) Child in need plan",
    "c) Child in need plan",
    "d) Open assessment",
    "e) Closed episode"
  };

  private SyntheticAnnexA() {}

  /**
   * Writes a workbook.
   *
   * @param args the number of children and the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[1]), Integer.parseInt(args[0]), 20261206L);
  }

  /**
   * Writes a workbook of {@code children} children drawn from a seed.
   *
   * @param path the file to write
   * @param children how many children List 6 holds
   * @param seed the seed of the data
   * @throws IOException if the file cannot be written
   */
  public static void write(Path path, int children, long seed) throws IOException {
    Random random = new Random(seed);
    try (OutputStream out = Files.newOutputStream(path)) {
      Workbook workbook = new Workbook(out, "PracticeAuditBench", "1.0");
      Worksheet six = workbook.newWorksheet("List_6");
      Worksheet seven = workbook.newWorksheet("List_7");
      Worksheet eight = workbook.newWorksheet("List_8");
      headers(six, seven, eight);
      int r7 = 2;
      int r8 = 2;
      LocalDate base = LocalDate.of(2024, 4, 1);
      for (int i = 0; i < children; i++) {
        int r = i + 2;
        int id = 100_000 + i;
        LocalDate birth = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6500));
        LocalDate start = base.plusDays(random.nextInt(700));
        String status = STATUSES[random.nextInt(STATUSES.length)];
        String team = "Team " + random.nextInt(20);
        String worker = "Worker " + random.nextInt(400);
        six.value(r, 0, id);
        six.value(r, 1, random.nextBoolean() ? "1" : "2");
        six.value(r, 2, "WBRI");
        date(six, r, 3, birth);
        six.value(r, 4, 2026 - birth.getYear());
        six.value(r, 5, "N");
        date(six, r, 6, start);
        six.value(r, 7, "N" + (1 + random.nextInt(9)));
        if (status.startsWith("e)")) {
          date(six, r, 9, start.plusDays(60));
          six.value(r, 10, "RC1");
        }
        six.value(r, 11, status);
        six.value(r, 12, team);
        six.value(r, 13, random.nextInt(10) == 0 ? "#N/A" : worker);
        if (status.startsWith("b)")) {
          seven.value(r7, 0, id);
          date(seven, r7, 1, start.plusDays(20));
          seven.value(r7, 2, "Neglect");
          seven.value(r7, 3, team);
          seven.value(r7++, 4, worker);
        } else if (status.startsWith("a)")) {
          eight.value(r8, 0, id);
          date(eight, r8, 1, start.plusDays(10));
          eight.value(r8, 2, "C2");
          eight.value(r8, 3, "U1");
          eight.value(r8, 4, team);
          eight.value(r8++, 5, worker);
        }
      }
      workbook.finish();
    }
  }

  /** The titles and header rows of lists 6, 7 and 8. */
  private static void headers(Worksheet six, Worksheet seven, Worksheet eight) {
    six.value(0, 0, "List 6: Children in Need");
    header(
        six,
        "Child Unique ID",
        "Gender",
        "Ethnicity",
        "Date of Birth",
        "Age of Child (Years)",
        "Does the Child have a Disability",
        "CIN Start Date",
        "Primary Need Code",
        "Date Child Was Last Seen",
        "CIN Closure Date",
        "Reason for Closure",
        "Case status",
        "Allocated Team",
        "Allocated Worker");
    seven.value(0, 0, "List 7: Child protection");
    header(
        seven,
        "Child Unique ID",
        "Child Protection Plan Start Date",
        "Latest Category of Abuse",
        "Allocated Team",
        "Allocated Worker");
    eight.value(0, 0, "List 8: Children in care");
    header(
        eight,
        "Child Unique ID",
        "Date Started to be Looked After",
        "Child's Legal Status",
        "Placement Type",
        "Allocated Team",
        "Allocated Worker");
  }

  private static void header(Worksheet sheet, String... titles) {
    for (int c = 0; c < titles.length; c++) {
      sheet.value(1, c, titles[c]);
    }
  }

  private static void date(Worksheet sheet, int r, int c, LocalDate date) {
    sheet.value(r, c, date);
    sheet.style(r, c).format("dd/mm/yyyy").set();
  }
}
