package org.practiceaudit.imports.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.pseudonym.KeyedPseudonyms;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.imports.ImportException;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.ListRead;

final class Ssda903Test {

  private static final Path SHARED = Path.of("src/test/resources/org/practiceaudit/imports");
  private static final KeyedPseudonyms KEY =
      KeyedPseudonyms.of("synthetic test key, 32 bytes ok".getBytes(StandardCharsets.US_ASCII));
  private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
  private static final String EPISODES =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
  private static final String WORKERS = "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n";

  @TempDir Path dir;

  private static ImportOptions options(LocalDate asOf, String... attributes) {
    return ImportOptions.builder().asOf(asOf).pseudonyms(KEY).addAttributes(attributes).build();
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Map<String, CaseFile> byId(ImportResult result) {
    return result.cases().stream()
        .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
  }

  @Nested
  final class SharedSample {

    @Test
    void read_sharedReturn_everyChildWithEpisodesLookedAfter() {
      ImportResult result =
          Ssda903.read(
              SHARED.resolve("ssda903-header.csv"),
              SHARED.resolve("ssda903-episodes.csv"),
              Optional.of(SHARED.resolve("ssda903-social-worker-episodes.csv")),
              options(LocalDate.of(2018, 3, 31), "age-band", "legal-status"));
      assertThat(result.lists())
          .extracting(ListRead::list, ListRead::rows)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Header", 2675),
              org.assertj.core.groups.Tuple.tuple("Episodes", 5050),
              org.assertj.core.groups.Tuple.tuple("Social worker episodes", 1));
      assertThat(result.cases()).hasSize(2123);
      assertThat(result.skipped()).containsOnly(Map.entry("Header: no episode", 2675 - 2123));
      assertThat(result.categories()).containsOnly(Map.entry(CaseCategory.LOOKED_AFTER, 2123));
      assertThat(result.cases())
          .allSatisfy(
              c -> {
                assertThat(c.team()).isEqualTo(ImportOptions.UNKNOWN_TEAM);
                assertThat(c.attributes()).containsKeys("age-band", "legal-status");
              });
      assertThat(result.cases().stream().filter(c -> c.isOpenOn(LocalDate.of(2018, 3, 31))).count())
          .isBetween(500L, 2123L);
    }
  }

  @Nested
  final class Periods {

    @Test
    void read_periodStartsAtLastS_closesAtLastNonX1() throws IOException {
      Path header =
          file(
              "h.csv",
              HEADER
                  + "A,1,01/01/2010,WBRI,,,\nB,2,01/01/2012,WBRI,,,\n"
                  + "C,1,01/01/2014,WBRI,,,\n");
      Path episodes =
          file(
              "e.csv",
              EPISODES
                  // A: an old period that ended, then a new one (S) continuing through a placement
                  // change (X1).
                  + "A,01/01/2015,S,C2,N1,U1,PR1,01/06/2015,E11,,,,\n"
                  + "A,01/01/2016,S,C2,N1,U1,PR1,01/03/2016,X1,,,,\n"
                  + "A,01/03/2016,P,C2,N1,U3,PR1,,,,,,\n"
                  // B: one period, ended on 10/02/2017 (REC E4A), after an X1 change.
                  + "B,01/04/2016,S,V2,N2,U1,PR1,01/09/2016,X1,,,,\n"
                  + "B,01/09/2016,P,V2,N2,U1,PR1,10/02/2017,E4A,,,,\n"
                  // C: started before the return's year, no S: from the first episode.
                  + "C,01/05/2016,L,C2,N1,U1,PR1,,,,,,\n");
      Map<String, CaseFile> cases =
          byId(
              Ssda903.read(
                  header,
                  episodes,
                  Optional.empty(),
                  options(LocalDate.of(2017, 3, 31), "legal-status", "placement-type")));
      assertThat(cases.get("A").openedOn()).isEqualTo(LocalDate.of(2016, 1, 1));
      assertThat(cases.get("A").closedOn()).isEmpty();
      assertThat(cases.get("A").attributes()).containsEntry("placement-type", "U3");
      assertThat(cases.get("B").openedOn()).isEqualTo(LocalDate.of(2016, 4, 1));
      assertThat(cases.get("B").closedOn()).contains(LocalDate.of(2017, 2, 10));
      assertThat(cases.get("B").category()).isEqualTo(CaseCategory.LOOKED_AFTER);
      assertThat(cases.get("C").openedOn()).isEqualTo(LocalDate.of(2016, 5, 1));
    }

    @Test
    void read_workerChanges_theOneOnTheAsOfDay() throws IOException {
      Path header = file("h.csv", HEADER + "A,1,01/01/2010,WBRI,,,\n");
      Path episodes = file("e.csv", EPISODES + "A,01/01/2016,S,C2,N1,U1,PR1,,,,,,\n");
      Path workers =
          file(
              "w.csv",
              "\uFEFF"
                  + WORKERS
                  + "A,01/01/2010,SW1,01/01/2016,31/12/2016,SWCH\r\n"
                  + "A,01/01/2010,SW2,01/01/2017,,\r\n"
                  + "A,01/01/2010,SW3,01/06/2017,,\r\n");
      CaseFile a =
          Ssda903.read(header, episodes, Optional.of(workers), options(LocalDate.of(2017, 3, 31)))
              .cases()
              .get(0);
      assertThat(a.allocatedWorker()).contains(PersonId.of(KEY.pseudonym("sw", "SW2")));
    }

    @Test
    void read_ageBandFromDob_neverTheDate() throws IOException {
      Path header = file("h.csv", HEADER + "A,1,15/04/2010,WBRI,,,\n");
      Path episodes = file("e.csv", EPISODES + "A,01/01/2016,S,C2,N1,U1,PR1,,,,,,\n");
      ImportResult result =
          Ssda903.read(
              header,
              episodes,
              Optional.empty(),
              options(LocalDate.of(2017, 3, 31), "age-band", "gender"));
      assertThat(result.cases().get(0).attributes())
          .containsOnly(Map.entry("age-band", "5-9"), Map.entry("gender", "1"));
      assertThat(result.toString()).doesNotContain("2010");
      assertThat(result.warnings())
          .contains("no Social worker episodes file: every case is read as" + " unallocated");
    }
  }

  @Nested
  final class Errors {

    @Test
    void read_unreadableDate_citesFileLineColumn() throws IOException {
      Path header = file("h.csv", HEADER + "A,1,01/01/2010,WBRI,,,\n");
      Path episodes = file("e.csv", EPISODES + "A,2016-13-45x,S,C2,N1,U1,PR1,,,,,,\n");
      assertThatThrownBy(
              () ->
                  Ssda903.read(
                      header, episodes, Optional.empty(), options(LocalDate.of(2017, 3, 31))))
          .isInstanceOf(ImportException.class)
          .hasMessage(
              "e.csv: line 2, column DECOM: cannot read a date (not shown); expected an Excel"
                  + " date or text such as 31/03/2026");
    }

    @Test
    void read_duplicateChildInHeader_citesLines() throws IOException {
      Path header = file("h.csv", HEADER + "A,1,01/01/2010,WBRI,,,\nA,1,01/01/2010,WBRI,,,\n");
      Path episodes = file("e.csv", EPISODES);
      assertThatThrownBy(
              () ->
                  Ssda903.read(
                      header, episodes, Optional.empty(), options(LocalDate.of(2017, 3, 31))))
          .isInstanceOf(ImportException.class)
          .hasMessage(
              "h.csv: line 3, column CHILD: child 'A' appears again in the Header (first on line 2)");
    }

    @Test
    void read_missingColumn_saysWhich() throws IOException {
      Path header = file("h.csv", HEADER);
      Path episodes = file("e.csv", "CHILD,DECOM,RNE\n");
      assertThatThrownBy(
              () ->
                  Ssda903.read(
                      header, episodes, Optional.empty(), options(LocalDate.of(2017, 3, 31))))
          .isInstanceOf(ImportException.class)
          .hasMessage("e.csv: line 1: no 'DEC' column in the header");
    }

    @Test
    void read_noAsOf_saysNeeded() throws IOException {
      Path header = file("h.csv", HEADER);
      ImportOptions options = ImportOptions.builder().pseudonyms(KEY).build();
      assertThatThrownBy(() -> Ssda903.read(header, header, Optional.empty(), options))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("as-of date is needed");
    }

    @Test
    void read_unknownAttribute_listsAllowed() throws IOException {
      Path header = file("h.csv", HEADER);
      assertThatThrownBy(
              () ->
                  Ssda903.read(
                      header,
                      header,
                      Optional.empty(),
                      options(LocalDate.of(2017, 3, 31), "primary-need")))
          .isInstanceOf(ImportException.class)
          .hasMessage(
              "attribute 'primary-need' is not read from SSDA903; expected age-band,"
                  + " category-of-need, ethnicity, gender, legal-status, placement-type");
    }
  }
}
