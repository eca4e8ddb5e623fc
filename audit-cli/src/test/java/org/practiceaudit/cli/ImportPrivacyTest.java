package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceaudit.imports.testing.TestWorkbook.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.imports.testing.TestWorkbook;

/**
 * Plants SYNTHETIC names in the columns of an Annex A workbook and checks that none reaches
 * standard output, standard error or a written file, whatever the commands do with them:
 * pseudonymise them, skip the row, refuse the file, or never read the column. (The Allocated Team
 * column is the exception by design: a team's name is kept as the case's team.)
 */
final class ImportPrivacyTest {

  private static final String[] NAMES = {"Zebedee Quixote", "Ysolde O\u2019Quayle"};
  private static final int TEAM = 12;

  private static final Object[] LIST_6 =
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
  private static final Object[] LIST_7 =
      row(
          "Child Unique ID",
          "Child Protection Plan Start Date",
          "Latest Category of Abuse",
          "Was the Child Seen Alone?",
          "Name of Child",
          "Allocated Team",
          "Allocated Worker");
  private static final Object[] LIST_8 =
      row(
          "Child Unique ID",
          "Date Started to be Looked After",
          "Child's Legal Status",
          "Placement Type",
          "Placement postcode",
          "Allocated Team",
          "Allocated Worker");

  @TempDir Path dir;

  /** A workbook with a name in one List 6 column of every row, and names in Lists 7 and 8. */
  private Path workbook(int plantedColumn) {
    List<Object[]> six = new ArrayList<>();
    six.add(row("List 6: Children in Need"));
    six.add(LIST_6);
    for (int i = 0; i < 6; i++) {
      Object[] cells =
          row(
              "C" + i,
              "1",
              "WBRI",
              LocalDate.of(2012, 1, 1),
              14,
              "N",
              LocalDate.of(2025, 1, 6),
              "N1",
              LocalDate.of(2026, 3, 1),
              i == 5 ? LocalDate.of(2026, 1, 1) : null,
              i == 5 ? "RC1" : null,
              i == 5 ? "Closed" : "CIN",
              "Team " + (i % 2),
              "Worker " + i);
      cells[plantedColumn] = NAMES[i % 2];
      six.add(cells);
    }
    return new TestWorkbook()
        .sheet("List_6", six)
        .sheet(
            "List_7",
            LIST_7,
            row("C1", LocalDate.of(2025, 2, 1), NAMES[0], NAMES[1], NAMES[0], "Team 1", NAMES[1]),
            row("P7", LocalDate.of(2025, 2, 1), NAMES[1], "Y", NAMES[1], "Team 2", NAMES[0]))
        .sheet(
            "List_8",
            LIST_8,
            row("C2", LocalDate.of(2025, 3, 1), NAMES[0], NAMES[1], NAMES[0], "Team 0", NAMES[0]),
            row("P8", LocalDate.of(2025, 3, 1), "C2", "U1", NAMES[1], "Team 3", null))
        .write(dir.resolve("annex-a-" + plantedColumn + ".xlsx"));
  }

  @ParameterizedTest(name = "name planted in column {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13})
  void everyCommand_namesInWorkbook_neverInOutputErrorsOrFiles(int column) throws IOException {
    assertThat(column).isNotEqualTo(TEAM);
    Path book = workbook(column);
    Path key = Files.writeString(dir.resolve("audit.key"), "0123456789abcdef0123456789abcdef");
    StringBuilder seen = new StringBuilder();
    String[][] commands = {
      {
        "import",
        "annex-a",
        book.toString(),
        "--as-of",
        "2026-03-31",
        "--out",
        dir.resolve("plain.csv").toString()
      },
      {
        "import",
        "annex-a",
        book.toString(),
        "--as-of",
        "2026-03-31",
        "--out",
        dir.resolve("aged.csv").toString(),
        "--attributes",
        "age-band",
        "--key-file",
        key.toString(),
        "--json"
      },
      {
        "sample",
        "--cases",
        book.toString(),
        "--as-of",
        "2026-03-31",
        "--seed",
        "4",
        "--size",
        "3",
        "--json"
      },
      {
        "sample",
        "--cases",
        book.toString(),
        "--as-of",
        "2026-03-31",
        "--seed",
        "4",
        "--size",
        "3",
        "--stratify",
        "age-band",
        "--debug"
      },
      {
        "allocate", "--cases", book.toString(), "--auditors", Cli.resource("auditors.csv"), "--json"
      },
    };
    List<Integer> exitCodes = new ArrayList<>();
    for (String[] command : commands) {
      Cli.Result result = Cli.run(command);
      exitCodes.add(result.exitCode());
      seen.append(result.out()).append(result.err());
    }
    // A name where an id or a read date belongs stops the import with a located error; elsewhere it
    // is
    // pseudonymised, skipped or never read, and the import goes on.
    boolean stops = column == 0 || column == 6 || column == 9;
    assertThat(exitCodes.get(0)).as("plain import exit code").isEqualTo(stops ? 1 : 0);
    assertThat(exitCodes.get(1))
        .as("age-band import exit code")
        .isEqualTo(stops || column == 3 ? 1 : 0);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.getFileName().toString().endsWith(".csv")) {
          seen.append(Files.readString(file));
        }
      }
    }
    String all = seen.toString().toLowerCase(Locale.ROOT);
    assertThat(all).as("what the commands printed and wrote").isNotEmpty();
    for (String name : NAMES) {
      for (String part : name.toLowerCase(Locale.ROOT).split(" ")) {
        assertThat(all).doesNotContain(part);
      }
    }
  }
}
