package org.practiceaudit.imports.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.AS_OF;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.KEY;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.LIST_6_HEADER;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.LIST_7_HEADER;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.LIST_8_HEADER;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.cin;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.cla;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.cp;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.options;
import static org.practiceaudit.imports.testing.TestWorkbook.row;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.pseudonym.KeyedPseudonyms;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.imports.ImportException;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.ListRead;
import org.practiceaudit.imports.testing.TestWorkbook;

final class AnnexATest {

  private static final Path SHARED = Path.of("src/test/resources/org/practiceaudit/imports");

  @TempDir Path dir;

  private static Map<String, CaseFile> byId(ImportResult result) {
    return result.cases().stream()
        .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
  }

  private static PersonId worker(String name) {
    return PersonId.of(KEY.pseudonym("sw", name));
  }

  private Path write(TestWorkbook workbook) {
    return workbook.write(dir.resolve("annex-a.xlsx"));
  }

  /** The 2019 Ofsted template's shape: sheets List_1 ... List_11, a title row above the headers. */
  private Path templateShape() {
    return write(
        new TestWorkbook()
            .sheet("Front_Sheet", row("Annex A"), row("Local authority", "Synthetic"))
            .sheet(
                "List_1",
                row("List 1: Contacts"),
                row("Child Unique ID", "Date of Contact"),
                row("C9", LocalDate.of(2026, 1, 1)))
            .sheet(
                "List_6",
                row("List 6: Children in Need"),
                LIST_6_HEADER,
                cin(
                    "C1",
                    LocalDate.of(2015, 3, 1),
                    LocalDate.of(2025, 1, 6),
                    null,
                    "a) Looked after child",
                    "Team A",
                    "Jane Smith"),
                cin(
                    "C2",
                    LocalDate.of(2010, 3, 1),
                    LocalDate.of(2025, 2, 6),
                    null,
                    "CLA&CP",
                    "Team A",
                    "Jane Smith"),
                cin(
                    "C3",
                    LocalDate.of(2020, 3, 1),
                    LocalDate.of(2025, 3, 6),
                    null,
                    "b) Child Protection plan",
                    "Team B",
                    "Sam Jones"),
                cin(
                    "C4",
                    LocalDate.of(2009, 3, 1),
                    LocalDate.of(2025, 4, 6),
                    null,
                    "c) Child in need plan",
                    "Team B",
                    null),
                cin(
                    "C5",
                    LocalDate.of(2024, 3, 1),
                    LocalDate.of(2026, 3, 2),
                    null,
                    "d) Open assessment",
                    "Team C",
                    "#N/A"),
                cin(
                    "C6",
                    LocalDate.of(2011, 3, 1),
                    LocalDate.of(2024, 4, 6),
                    LocalDate.of(2026, 1, 31),
                    "e) Closed episode",
                    "Team C",
                    "Sam Jones"))
            .sheet(
                "List_7",
                row("List 7: Child protection"),
                LIST_7_HEADER,
                cp("C3", LocalDate.of(2025, 5, 1), "Neglect", "Team B", "Sam Jones"),
                cp("C7", LocalDate.of(2025, 6, 1), "Emotional abuse", "Team D", "Alex Brown"))
            .sheet(
                "List_8",
                row("List 8: Children in care"),
                LIST_8_HEADER,
                cla("C1", LocalDate.of(2025, 2, 1), "C2", "U1", "Team A", "Jane Smith"),
                cla("C8", LocalDate.of(2024, 2, 1), "V2", "K1", "Team E", null)));
  }

  @Nested
  final class Mapping {

    @Test
    void read_templateShape_mapsEveryColumnAsDocumented() {
      ImportResult result = AnnexA.read(templateShape(), options());
      Map<String, CaseFile> cases = byId(result);
      assertThat(cases).containsOnlyKeys("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
      assertThat(result.cases()).extracting(c -> c.id().value()).isSorted();
      CaseFile c1 = cases.get("C1");
      assertThat(c1.category()).isEqualTo(CaseCategory.LOOKED_AFTER);
      assertThat(c1.openedOn()).isEqualTo(LocalDate.of(2025, 1, 6));
      assertThat(c1.closedOn()).isEmpty();
      assertThat(c1.team()).isEqualTo("Team A");
      assertThat(c1.allocatedWorker()).contains(worker("Jane Smith"));
      assertThat(c1.attributes()).isEmpty();
      assertThat(cases.get("C2").category()).isEqualTo(CaseCategory.LOOKED_AFTER);
      assertThat(cases.get("C3").category()).isEqualTo(CaseCategory.CHILD_PROTECTION);
      assertThat(cases.get("C4").category()).isEqualTo(CaseCategory.CHILD_IN_NEED);
      assertThat(cases.get("C4").allocatedWorker()).isEmpty();
      assertThat(cases.get("C5").category()).isEqualTo(CaseCategory.of("assessment"));
      assertThat(cases.get("C5").allocatedWorker()).isEmpty();
      assertThat(cases.get("C6").closedOn()).contains(LocalDate.of(2026, 1, 31));
      assertThat(cases.get("C6").category()).isEqualTo(CaseCategory.CHILD_IN_NEED);
    }

    @Test
    void read_childOnlyInList7Or8_takenFromThatList() {
      Map<String, CaseFile> cases = byId(AnnexA.read(templateShape(), options()));
      CaseFile c7 = cases.get("C7");
      assertThat(c7.category()).isEqualTo(CaseCategory.CHILD_PROTECTION);
      assertThat(c7.openedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
      assertThat(c7.team()).isEqualTo("Team D");
      assertThat(c7.allocatedWorker()).contains(worker("Alex Brown"));
      CaseFile c8 = cases.get("C8");
      assertThat(c8.category()).isEqualTo(CaseCategory.LOOKED_AFTER);
      assertThat(c8.openedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
      assertThat(c8.team()).isEqualTo("Team E");
    }

    @Test
    void read_templateShape_reportsRowsPerListAndIgnoresOtherLists() {
      ImportResult result = AnnexA.read(templateShape(), options());
      assertThat(result.lists())
          .extracting(ListRead::list, ListRead::rows)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("List 6", 6),
              org.assertj.core.groups.Tuple.tuple("List 7", 2),
              org.assertj.core.groups.Tuple.tuple("List 8", 2));
      assertThat(result.lists().get(0).source()).isEqualTo("annex-a.xlsx: sheet 'List_6'");
      assertThat(result.categories())
          .containsEntry(CaseCategory.LOOKED_AFTER, 3)
          .containsEntry(CaseCategory.CHILD_PROTECTION, 2)
          .containsEntry(CaseCategory.CHILD_IN_NEED, 2)
          .containsEntry(CaseCategory.of("assessment"), 1);
      assertThat(result.skipped()).isEmpty();
      assertThat(result.warnings()).isEmpty();
    }

    @Test
    void read_attributesAsked_fromListsSevenAndEightAndAgeBands() {
      ImportResult result =
          AnnexA.read(
              templateShape(),
              options(
                  "age-band",
                  "legal-status",
                  "category-of-abuse",
                  "placement-type",
                  "date-of-the-last-statutory-visit"));
      Map<String, CaseFile> cases = byId(result);
      assertThat(cases.get("C1").attributes())
          .containsOnly(
              Map.entry("age-band", "10-15"),
              Map.entry("legal-status", "C2"),
              Map.entry("placement-type", "U1"));
      assertThat(cases.get("C3").attributes())
          .containsOnly(
              Map.entry("age-band", "5-9"),
              Map.entry("category-of-abuse", "Neglect"),
              Map.entry("date-of-the-last-statutory-visit", "2026-03-01"));
      assertThat(cases.get("C5").attribute("age-band")).contains("0-4");
      assertThat(cases.get("C6").attribute("age-band")).contains("10-15");
      assertThat(cases.get("C4").attribute("age-band")).contains("16+");
    }

    @Test
    void read_sameKeyTwice_sameWorkerIds() {
      Path file = templateShape();
      assertThat(AnnexA.read(file, options()).cases())
          .isEqualTo(AnnexA.read(file, options()).cases());
    }

    @Test
    void read_noKey_randomPseudonymsAndWarning() {
      ImportOptions options = ImportOptions.builder().asOf(AS_OF).build();
      ImportResult result = AnnexA.read(templateShape(), options);
      assertThat(result.warnings()).anyMatch(w -> w.contains("random key"));
      assertThat(byId(result).get("C1").allocatedWorker())
          .isPresent()
          .isNotEqualTo(java.util.Optional.of(worker("Jane Smith")));
    }

    @Test
    void population_ofTheCases_sameSize() {
      ImportResult result = AnnexA.read(templateShape(), options());
      assertThat(result.population().size()).isEqualTo(8);
      assertThat(result.population().contains(CaseId.of("C8"))).isTrue();
    }
  }

  @Nested
  final class Shapes {

    @Test
    void read_headersOnRowOneSheetsNamedListSpaceSix_readsEveryList() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List 6",
                      LIST_6_HEADER,
                      cin(
                          "1",
                          null,
                          LocalDate.of(2025, 1, 6),
                          null,
                          "CIN",
                          "Team A",
                          "Jane Smith")));
      assertThat(AnnexA.read(file, options()).cases())
          .extracting(c -> c.id().value())
          .containsExactly("1");
    }

    @Test
    void read_camelCaseHeadersAndDescriptiveSheetNames_readsEveryList() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "Children in Need",
                      row(
                          "ChildUniqueID",
                          "CINStartDate",
                          "CaseStatus",
                          "AllocatedTeam",
                          "AllocatedWorker"),
                      row("A1", LocalDate.of(2025, 1, 6), "CiN Plan", "T", "Jane Smith"))
                  .sheet(
                      "Children in Care",
                      row("ChildUniqueID", "DateStartedToBeLookedAfter", "AllocatedTeam"),
                      row("A2", LocalDate.of(2025, 2, 6), "T2")));
      Map<String, CaseFile> cases = byId(AnnexA.read(file, options()));
      assertThat(cases.get("A1").category()).isEqualTo(CaseCategory.CHILD_IN_NEED);
      assertThat(cases.get("A1").allocatedWorker()).contains(worker("Jane Smith"));
      assertThat(cases.get("A2").category()).isEqualTo(CaseCategory.LOOKED_AFTER);
    }

    @Test
    void read_blankRowsTrailingSpacesCurlyQuotesExtraColumns_tolerated() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "Sheet1",
                      row(),
                      row((Object) null),
                      row("Our council\u2019s return"),
                      row(
                          "Extra",
                          " child   unique id ",
                          "CIN START DATE",
                          "Case Status ",
                          "Allocated team",
                          "Allocated\u00A0Worker",
                          "Child\u2019s Legal Status"),
                      row("x", "B1", LocalDate.of(2025, 1, 6), "CPP", "T", "Sam Jones", "C2"),
                      row(),
                      row("x", "B2", LocalDate.of(2025, 1, 7), "c)", "T", null, "V2")));
      ImportResult result = AnnexA.read(file, options("legal-status"));
      Map<String, CaseFile> cases = byId(result);
      assertThat(cases).containsOnlyKeys("B1", "B2");
      assertThat(cases.get("B1").category()).isEqualTo(CaseCategory.CHILD_PROTECTION);
      assertThat(cases.get("B2").attribute("legal-status")).contains("V2");
      assertThat(result.lists().get(0).rows()).isEqualTo(2);
    }

    @Test
    void read_datesAsExcelTextAndDateTimes_allRead() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List 6",
                      LIST_6_HEADER,
                      cin("D1", null, LocalDate.of(2025, 1, 6), null, "CIN", "T", null),
                      cin("D2", null, "06/01/2025", " 31/01/2026 ", "e) Closed episode", "T", null),
                      cin("D3", null, LocalDateTime.of(2025, 1, 6, 14, 30), null, "CIN", "T", null),
                      cin("D4", null, "2025-01-06 00:00:00", null, "CIN", "T", null),
                      cin("D5", null, "6/1/2025 09:15", null, "CIN", "T", null)));
      Map<String, CaseFile> cases = byId(AnnexA.read(file, options()));
      assertThat(cases.values())
          .extracting(CaseFile::openedOn)
          .containsOnly(LocalDate.of(2025, 1, 6));
      assertThat(cases.get("D2").closedOn()).contains(LocalDate.of(2026, 1, 31));
    }

    @Test
    void read_idsAsNumbersAndTextWithLeadingZeros_keptAsText() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List 6",
                      LIST_6_HEADER,
                      cin(12345, null, LocalDate.of(2025, 1, 6), null, "CIN", "T", null),
                      cin(
                          new BigDecimal("67890.0"),
                          null,
                          LocalDate.of(2025, 1, 6),
                          null,
                          "CIN",
                          "T",
                          null),
                      cin("00123", null, LocalDate.of(2025, 1, 6), null, "CIN", "T", null)));
      assertThat(AnnexA.read(file, options()).cases())
          .extracting(c -> c.id().value())
          .containsExactly("00123", "12345", "67890");
    }

    @Test
    void read_naAndBlankTeamAndWorker_unknownTeamAndUnallocated() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List 6",
                      LIST_6_HEADER,
                      cin("E1", null, LocalDate.of(2025, 1, 6), null, "CIN", "#N/A", "#N/A"),
                      cin("E2", null, LocalDate.of(2025, 1, 6), null, "CIN", " ", "Unallocated")));
      assertThat(AnnexA.read(file, options()).cases())
          .allSatisfy(
              c -> {
                assertThat(c.team()).isEqualTo(ImportOptions.UNKNOWN_TEAM);
                assertThat(c.allocatedWorker()).isEmpty();
              });
    }

    @Test
    void read_noList6_list8StandsInWithWarning() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List_8",
                      LIST_8_HEADER,
                      cla("F1", LocalDate.of(2025, 2, 1), "C2", "U1", "T", null)));
      ImportResult result = AnnexA.read(file, options());
      assertThat(result.cases())
          .extracting(CaseFile::category)
          .containsExactly(CaseCategory.LOOKED_AFTER);
      assertThat(result.warnings()).anyMatch(w -> w.contains("no List 6"));
    }

    @Test
    void read_folderOfCsvLists_readsLikeAWorkbook() throws IOException {
      Path folder = Files.createDirectory(dir.resolve("lists"));
      Files.writeString(
          folder.resolve("List 6.csv"),
          "\uFEFFList 6: Children in Need\n"
              + "Child Unique ID,CIN Start Date,Case Status,Allocated Team,Allocated Worker\n"
              + "007,06/01/2025,CLA,Team A,Jane Smith\n008,07/01/2025,CIN,\"Team, B\",\n");
      Files.writeString(
          folder.resolve("List 7.csv"),
          "Child Unique ID,Child Protection Plan Start Date,Latest Category of Abuse\n009,01/02/2025,Neglect\n");
      Files.writeString(folder.resolve("notes.txt"), "not a list");
      Map<String, CaseFile> cases = byId(AnnexA.read(folder, options("category-of-abuse")));
      assertThat(cases).containsOnlyKeys("007", "008", "009");
      assertThat(cases.get("008").team()).isEqualTo("Team, B");
      assertThat(cases.get("009").attribute("category-of-abuse")).contains("Neglect");
    }

    @Test
    void read_singleCsv_foundByHeaders() throws IOException {
      Path file = dir.resolve("caseload.csv");
      Files.writeString(
          file,
          "ChildUniqueID,CINStartDate,CaseStatus,AllocatedTeam,AllocatedWorker\n"
              + "G1,2025-01-06,b) Child Protection plan,T,\n");
      assertThat(AnnexA.read(file, options()).cases())
          .extracting(CaseFile::category)
          .containsExactly(CaseCategory.CHILD_PROTECTION);
    }

    @Test
    void read_sharedTemplate2019_headersFoundNoCases() {
      ImportResult result = AnnexA.read(SHARED.resolve("annex-a-template-2019.xlsx"), options());
      assertThat(result.cases()).isEmpty();
      assertThat(result.lists())
          .extracting(ListRead::list)
          .containsExactly("List 6", "List 7", "List 8");
      assertThat(result.lists())
          .extracting(ListRead::source)
          .containsExactly(
              "annex-a-template-2019.xlsx: sheet 'List_6'",
              "annex-a-template-2019.xlsx: sheet 'List_7'",
              "annex-a-template-2019.xlsx: sheet 'List_8'");
    }

    @Test
    void isWorkbook_misnamedFile_decidedByContentNotName() throws IOException {
      Path workbook =
          new TestWorkbook().sheet("List 6", LIST_6_HEADER).write(dir.resolve("cases.csv"));
      Path csv = Files.writeString(dir.resolve("book.xlsx"), "case_id\n");
      assertThat(AnnexA.isWorkbook(workbook)).isTrue();
      assertThat(AnnexA.isWorkbook(csv)).isFalse();
    }
  }

  @Nested
  final class Skips {

    @Test
    void read_rowsThatCannotBeCases_countedByReasonNeverEchoed() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List 6",
                      LIST_6_HEADER,
                      cin(null, null, LocalDate.of(2025, 1, 6), null, "CIN", "T", "Jane Smith"),
                      cin("H2", null, LocalDate.of(2025, 1, 6), null, "Jane Smith", "T", null),
                      cin("H3", null, LocalDate.of(2025, 1, 6), null, null, "T", null),
                      cin("H4", null, null, null, "CIN", "T", null),
                      cin("H5", null, LocalDate.of(2025, 1, 6), null, "Closed", "T", null),
                      cin(
                          "H6",
                          null,
                          LocalDate.of(2025, 1, 6),
                          LocalDate.of(2024, 1, 6),
                          "CIN",
                          "T",
                          null),
                      cin("H7", null, LocalDate.of(2025, 1, 6), null, "CIN", "T", null)));
      ImportResult result = AnnexA.read(file, options());
      assertThat(result.cases()).extracting(c -> c.id().value()).containsExactly("H7");
      assertThat(result.skipped())
          .containsOnly(
              Map.entry("List 6: no child id", 1),
              Map.entry("List 6: case status not recognised", 1),
              Map.entry("List 6: no case status", 1),
              Map.entry("List 6: no CIN Start Date", 1),
              Map.entry("List 6: closed episode without a CIN Closure Date", 1),
              Map.entry("List 6: CIN Closure Date before CIN Start Date", 1));
      assertThat(result.skippedRows()).isEqualTo(6);
      assertThat(result.toString()).doesNotContain("Jane", "Smith");
    }

    @Test
    void read_freeTextAttribute_leftOutAndCounted() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List 8",
                      LIST_8_HEADER,
                      cla(
                          "J1",
                          LocalDate.of(2025, 2, 1),
                          "C2",
                          "Lives with Jane Smith,\nnear the school",
                          "T",
                          null),
                      cla("J2", LocalDate.of(2025, 2, 1), "C2", "U1", "T", null)));
      ImportResult result = AnnexA.read(file, options("placement-type"));
      assertThat(byId(result).get("J1").attributes()).isEmpty();
      assertThat(byId(result).get("J2").attribute("placement-type")).contains("U1");
      assertThat(result.valuesLeftOut()).containsOnly(Map.entry("placement-type", 1));
    }
  }

  @Nested
  final class Errors {

    private ImportException error(Path file, ImportOptions options) {
      try {
        AnnexA.read(file, options);
      } catch (ImportException e) {
        return e;
      }
      throw new AssertionError("expected an ImportException");
    }

    @Test
    void read_noListAndNoStandIn_namesTheSheets() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet("Front_Sheet", row("Annex A"))
                  .sheet("Notes", row("Jane Smith")));
      assertThat(error(file, options()).getMessage())
          .contains(
              "no List 6 (Children in Need), List 7 or List 8 found among ['Front_Sheet', 'Notes']")
          .doesNotContain("Jane");
    }

    @Test
    void read_namedListWithoutHeader_saysWhichSheet() {
      Path file = write(new TestWorkbook().sheet("List_6", row("List 6"), row("Name", "Date")));
      assertThat(error(file, options()).getMessage())
          .isEqualTo(
              "annex-a.xlsx: sheet 'List_6': List 6"
                  + " (Children in Need) has no header row with a 'Child Unique ID' column in its first 30 rows");
    }

    @Test
    void read_list6WithoutCinStartColumn_saysWhichRow() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet("List_6", row("Title"), row("Child Unique ID", "Case Status")));
      assertThat(error(file, options()).getMessage())
          .isEqualTo(
              "annex-a.xlsx: sheet 'List_6', row 2: no 'CIN Start Date' column in the header");
    }

    @Test
    void read_unreadableDate_citesSheetRowColumnNotContent() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List_6",
                      row("List 6"),
                      LIST_6_HEADER,
                      cin("K1", null, LocalDate.of(2025, 1, 6), null, "CIN", "T", null),
                      cin("K2", null, "Jane Smith", null, "CIN", "T", null)));
      assertThat(error(file, options()).getMessage())
          .isEqualTo(
              "annex-a.xlsx: sheet 'List_6', row 4,"
                  + " column G (CIN Start Date): cannot read a date (not shown); expected an Excel date or text"
                  + " such as 31/03/2026");
    }

    @Test
    void read_unreadableChildId_citesPlaceNotContent() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List_6",
                      LIST_6_HEADER,
                      cin("Jane Smith", null, LocalDate.of(2025, 1, 6), null, "CIN", "T", null)));
      assertThat(error(file, options()).getMessage())
          .startsWith(
              "annex-a.xlsx: sheet 'List_6', row 2, column A (Child Unique ID): not a child id")
          .doesNotContain("Jane");
    }

    @Test
    void read_duplicateChildIdInOneList_citesBothRows() {
      Path file =
          write(
              new TestWorkbook()
                  .sheet(
                      "List_6",
                      LIST_6_HEADER,
                      cin("L1", null, LocalDate.of(2025, 1, 6), null, "CIN", "T", null),
                      cin("L2", null, LocalDate.of(2025, 1, 6), null, "CIN", "T", null),
                      cin("L1", null, LocalDate.of(2025, 1, 6), null, "CIN", "T", null)));
      assertThat(error(file, options()).getMessage())
          .isEqualTo(
              "annex-a.xlsx: sheet 'List_6', row 4,"
                  + " column A (Child Unique ID): child id 'L1' appears again in List 6 (first on row 2)");
    }

    @Test
    void read_dateOfBirthAsked_refusedWithAdvice() {
      assertThatThrownBy(() -> AnnexA.read(templateShape(), options("date-of-birth")))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("age-band");
    }

    @Test
    void read_unknownAttribute_listsWhatIsAllowed() {
      assertThatThrownBy(() -> AnnexA.read(templateShape(), options("shoe-size")))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining(
              "attribute 'shoe-size' is in none of the lists read; expected age-band,");
    }

    @Test
    void read_ageBandWithoutAsOf_saysAsOfNeeded() {
      ImportOptions options =
          ImportOptions.builder().pseudonyms(KEY).addAttributes("age-band").build();
      assertThatThrownBy(() -> AnnexA.read(templateShape(), options))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("as-of");
    }

    @Test
    void read_xls_refusedWithAdvice() throws IOException {
      byte[] ole2 = new byte[1024];
      byte[] magic = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
      };
      System.arraycopy(magic, 0, ole2, 0, magic.length);
      Path file = Files.write(dir.resolve("annex-a.xlsx"), ole2);
      assertThat(error(file, options()).getMessage())
          .contains("Excel 97-2003 (.xls)")
          .contains(".xlsx");
    }

    @Test
    void read_passwordProtected_saysSo() throws IOException {
      byte[] ole2 = new byte[2048];
      byte[] magic = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
      };
      System.arraycopy(magic, 0, ole2, 0, magic.length);
      byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
      System.arraycopy(name, 0, ole2, 1024, name.length);
      Path file = Files.write(dir.resolve("annex-a.xlsx"), ole2);
      assertThat(error(file, options()).getMessage()).contains("password-protected");
    }

    @Test
    void read_ods_refusedWithAdvice() throws IOException {
      Path file = dir.resolve("annex-a.ods");
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
        zip.putNextEntry(new ZipEntry("mimetype"));
        zip.write(
            "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
      assertThat(error(file, options()).getMessage()).contains("OpenDocument spreadsheet (.ods)");
    }

    @Test
    void read_truncatedWorkbook_saysCorrupt() throws IOException {
      byte[] whole = Files.readAllBytes(templateShape());
      Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
      assertThat(error(file, options()).getMessage()).contains("corrupt");
    }

    @Test
    void read_notAWorkbookButNamedXlsx_saysCorrupt() throws IOException {
      Path file = Files.writeString(dir.resolve("annex.xlsx"), "Jane Smith was here");
      assertThat(error(file, options()).getMessage())
          .contains("not a readable workbook")
          .doesNotContain("Jane");
    }

    @Test
    void read_zipBomb_refusedBeforeParsing() throws IOException {
      Path file = dir.resolve("bomb.xlsx");
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
        zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 64; i++) {
          zip.write(zeros);
        }
        zip.closeEntry();
      }
      assertThat(Files.size(file)).isLessThan(200_000);
      ImportOptions options =
          org.practiceaudit.imports.ImmutableImportOptions.copyOf(options())
              .withMaxUncompressedBytes(32L << 20);
      assertThat(error(file, options).getMessage()).contains("inflates to more than 32 MiB");
    }

    @Test
    void read_zipWithoutWorkbook_saysNotAWorkbook() throws IOException {
      Path file = dir.resolve("other.xlsx");
      try (OutputStream out = Files.newOutputStream(file);
          ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry("readme.txt"));
        zip.closeEntry();
      }
      assertThat(error(file, options()).getMessage()).contains("not an Excel workbook");
    }

    @Test
    void read_missingFile_saysSo() {
      assertThat(error(dir.resolve("nope.xlsx"), options()).getMessage())
          .endsWith("no such file or folder");
    }
  }

  @Test
  void read_nullArguments_throw() {
    assertThatThrownBy(() -> AnnexA.read(null, options())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AnnexA.read(dir, null)).isInstanceOf(NullPointerException.class);
    assertThat(List.of(KeyedPseudonyms.class)).isNotEmpty();
  }
}
