package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceaudit.imports.testing.TestWorkbook.row;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.imports.testing.TestWorkbook;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.core.Gen;

final class ImportCommandTest {

  private static final String SHARED =
      "../audit-import/src/test/resources/org/practiceaudit/imports/";

  private static final Object[] HEADER =
      row(
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

  private static final String[] STATUSES = {
    "a) Looked after child",
    "b) Child Protection plan",
    "c) Child in need plan",
    "d) Open assessment",
    "e) Closed episode",
    "CLA",
    "CP/CLA",
    "CPP",
    "CiN Plan",
    "Open asmt"
  };

  @TempDir Path dir;

  private Path keyFile() throws IOException {
    return Files.writeString(dir.resolve("audit.key"), "0123456789abcdef0123456789abcdef\n");
  }

  /** A SYNTHETIC List 6 of {@code children} rows drawn from a seed. */
  private static TestWorkbook workbook(int children, long seed) {
    return workbook(children, new Random(seed));
  }

  /** SYNTHETIC Lists 6 of 1 to {@code maxChildren} rows, shrinking row by row. */
  private static Gen<TestWorkbook> workbooks(int maxChildren) {
    return integers()
        .between(1, maxChildren)
        .flatMap(children -> SyntheticGens.drawn(random -> workbook(children, random)));
  }

  private static TestWorkbook workbook(int children, RandomGenerator random) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(row("List 6: Children in Need"));
    rows.add(HEADER);
    for (int i = 0; i < children; i++) {
      LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
      String status = STATUSES[random.nextInt(STATUSES.length)];
      LocalDate closed = status.contains("Closed") ? start.plusDays(30) : null;
      Object id = random.nextBoolean() ? (Object) (100000 + i) : "C" + i;
      rows.add(
          row(
              id,
              "1",
              "WBRI",
              LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000)),
              null,
              "N",
              start,
              "N1",
              null,
              closed,
              null,
              status,
              "Team " + random.nextInt(4),
              random.nextInt(5) == 0 ? "#N/A" : "Worker " + random.nextInt(12)));
    }
    return new TestWorkbook().sheet("List_6", rows);
  }

  @Nested
  final class AnnexA {

    @Test
    void annexA_workbook_writesCasesFileAndPrintsWhatWasRead() throws IOException {
      Path book = workbook(40, 7L).write(dir.resolve("annex-a.xlsx"));
      Path out = dir.resolve("cases.csv");
      Cli.Result result =
          Cli.run(
              "import",
              "annex-a",
              book.toString(),
              "--as-of",
              "2026-03-31",
              "--out",
              out.toString(),
              "--key-file",
              keyFile().toString(),
              "--attributes",
              "age-band");
      assertThat(result.err()).isEmpty();
      assertThat(result.exitCode()).isZero();
      assertThat(result.out())
          .startsWith("read List 6: 40 rows (annex-a.xlsx: sheet 'List_6')\n")
          .contains("cases by category: ")
          .contains("wrote 40 cases to " + out);
      List<String> lines = Files.readAllLines(out);
      assertThat(lines.get(0))
          .isEqualTo("case_id,category,team,worker,opened_on,closed_on,last_audited_on,age-band");
      assertThat(lines).hasSize(41);
      assertThat(lines.subList(1, 41))
          .allMatch(
              l ->
                  l.matches(
                      "[^,]+,[a-z-]+,Team \\d,(sw-[0-9a-f]{16})?,"
                          + "\\d{4}-\\d\\d-\\d\\d,(\\d{4}-\\d\\d-\\d\\d)?,,(0-4|5-9|10-15|16\\+)"));
    }

    @Test
    void annexA_sharedTemplate_zeroCases() {
      Path out = dir.resolve("cases.csv");
      Cli.Result result =
          Cli.run(
              "import",
              "annex-a",
              SHARED + "annex-a-template-2019.xlsx",
              "--as-of",
              "2026-03-31",
              "--out",
              out.toString(),
              "--json");
      assertThat(result.exitCode()).isZero();
      assertThat(result.json().get("cases").asInt()).isZero();
      assertThat(result.json().get("lists")).hasSize(3);
      assertThat(out).exists();
    }

    @Test
    void annexA_noKeyFile_warnsOnStandardError() {
      Path book = workbook(5, 1L).write(dir.resolve("annex-a.xlsx"));
      Cli.Result result =
          Cli.run(
              "import",
              "annex-a",
              book.toString(),
              "--as-of",
              "2026-03-31",
              "--out",
              dir.resolve("cases.csv").toString());
      assertThat(result.exitCode()).isZero();
      assertThat(result.err()).startsWith("warning: workers' pseudonyms use a random key");
    }

    @Test
    void annexA_badDate_exitOneLocatedAndNothingWritten() throws IOException {
      Path book =
          new TestWorkbook()
              .sheet(
                  "List_6",
                  HEADER,
                  row(
                      "C1",
                      null,
                      null,
                      null,
                      null,
                      null,
                      "31/02/2025",
                      null,
                      null,
                      null,
                      null,
                      "CIN",
                      "T",
                      null))
              .write(dir.resolve("annex-a.xlsx"));
      Path out = dir.resolve("cases.csv");
      Files.writeString(out, "previous month\n");
      Cli.Result result =
          Cli.run(
              "import",
              "annex-a",
              book.toString(),
              "--as-of",
              "2026-03-31",
              "--out",
              out.toString());
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .isEqualTo(
              "audit import annex-a: annex-a.xlsx: sheet 'List_6', row 2,"
                  + " column G (CIN Start Date): cannot read a date (not shown); expected an Excel date or text"
                  + " such as 31/03/2026\n");
      assertThat(Files.readString(out)).isEqualTo("previous month\n");
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
      }
    }

    @Test
    void annexA_xlsRefused_exitOne() throws IOException {
      byte[] ole2 = {
        (byte) 0xD0,
        (byte) 0xCF,
        0x11,
        (byte) 0xE0,
        (byte) 0xA1,
        (byte) 0xB1,
        0x1A,
        (byte) 0xE1,
        0,
        0
      };
      Path xls = Files.write(dir.resolve("annex-a.xls"), ole2);
      Cli.Result result =
          Cli.run(
              "import",
              "annex-a",
              xls.toString(),
              "--as-of",
              "2026-03-31",
              "--out",
              dir.resolve("cases.csv").toString());
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains("Excel 97-2003 (.xls)")
          .contains("save it as Excel Workbook");
      assertThat(dir.resolve("cases.csv")).doesNotExist();
    }
  }

  @Nested
  final class Ssda903 {

    @Test
    void ssda903_sharedReturn_writesLookedAfterCases() throws IOException {
      Path out = dir.resolve("cla.csv");
      Cli.Result result =
          Cli.run(
              "import",
              "ssda903",
              "--header",
              SHARED + "ssda903-header.csv",
              "--episodes",
              SHARED + "ssda903-episodes.csv",
              "--social-workers",
              SHARED + "ssda903-social-worker-episodes.csv",
              "--as-of",
              "2018-03-31",
              "--out",
              out.toString(),
              "--attributes",
              "age-band,legal-status",
              "--key-file",
              keyFile().toString());
      assertThat(result.exitCode()).isZero();
      assertThat(result.out())
          .isEqualTo(
              "read Header: 2675 rows (ssda903-header.csv)\n"
                  + "read Episodes: 5050 rows (ssda903-episodes.csv)\n"
                  + "read Social worker episodes: 1 row (ssda903-social-worker-episodes.csv)\n"
                  + "cases by category: looked-after 2123\n"
                  + "skipped 552 rows:\n"
                  + "  552 Header: no episode\n"
                  + "wrote 2123 cases to "
                  + out
                  + "\n");
      assertThat(Files.readAllLines(out)).hasSize(2124);
      Cli.Result sample =
          Cli.run(
              "sample",
              "--cases",
              out.toString(),
              "--as-of",
              "2018-03-31",
              "--seed",
              "1",
              "--size",
              "5",
              "--stratify",
              "age-band");
      assertThat(sample.exitCode()).isZero();
      assertThat(sample.out()).startsWith("selected 5 of ");
    }
  }

  @Nested
  final class WorkbookAsCases {

    @Test
    void sample_importedFileOrWorkbook_sameSample() throws IOException {
      String key = keyFile().toString();
      qt().withFixedSeed(20261206L)
          .withExamples(12)
          .forAll(workbooks(60), longs().between(0, 1_000_000L), integers().between(1, 10))
          .checkAssert(
              (workbook, seed, size) -> {
                Path book = workbook.write(dir.resolve("book-" + seed + ".xlsx"));
                Path cases = dir.resolve("cases-" + seed + ".csv");
                Cli.Result imported =
                    Cli.run(
                        "import",
                        "annex-a",
                        book.toString(),
                        "--as-of",
                        "2026-03-31",
                        "--out",
                        cases.toString(),
                        "--key-file",
                        key,
                        "--attributes",
                        "age-band");
                assertThat(imported.exitCode()).as(imported.err()).isZero();
                String[] options = {
                  "--as-of",
                  "2026-03-31",
                  "--seed",
                  Long.toString(seed),
                  "--size",
                  Integer.toString(size),
                  "--stratify",
                  "category,age-band",
                  "--key-file",
                  key,
                  "--json"
                };
                Cli.Result fromFile =
                    Cli.run(concat(new String[] {"sample", "--cases", cases.toString()}, options));
                Cli.Result fromBook =
                    Cli.run(concat(new String[] {"sample", "--cases", book.toString()}, options));
                assertThat(fromBook.exitCode()).as(fromBook.err()).isZero();
                assertThat(fromBook.out()).isEqualTo(fromFile.out());
              });
    }

    @Test
    void allocate_workbookAsCases_allocates() throws IOException {
      Path book = workbook(6, 3L).write(dir.resolve("cases.bin"));
      Cli.Result result =
          Cli.run(
              "allocate",
              "--cases",
              book.toString(),
              "--auditors",
              Cli.resource("auditors.csv"),
              "--key-file",
              keyFile().toString());
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).contains("of 6 cases");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
