package org.practiceaudit.imports.annexa;

import static org.practiceaudit.imports.testing.TestWorkbook.row;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.practiceaudit.core.pseudonym.KeyedPseudonyms;
import org.practiceaudit.imports.ImportOptions;

/** SYNTHETIC Annex A lists in the 2019 template's columns. No real child or worker. */
final class AnnexAFixtures {

  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  static final KeyedPseudonyms KEY =
      KeyedPseudonyms.of("synthetic test key, 32 bytes ok".getBytes(StandardCharsets.US_ASCII));

  static final Object[] LIST_6_HEADER =
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

  static final Object[] LIST_7_HEADER =
      row(
          "Child Unique ID",
          "Gender",
          "Ethnicity",
          "Date of Birth",
          "Age of Child (Years)",
          "Does the Child have a Disability",
          "Child Protection Plan Start Date",
          "Initial Category of Abuse",
          "Latest Category of Abuse",
          "Date of the Last Statutory Visit",
          "Was the Child Seen Alone?",
          "Date of latest review conference",
          "Child Protection Plan End Date",
          "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
          "Number of Previous Child Protection Plans",
          "Allocated Team",
          "Allocated Worker");

  static final Object[] LIST_8_HEADER =
      row(
          "Child Unique ID",
          "Gender",
          "Ethnicity",
          "Date of Birth",
          "Age of Child (Years)",
          "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
          "Does the Child have a Disability",
          "Date Started to be Looked After",
          "Child's Category of Need",
          "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
          "Start date of current legal status",
          "Child's Legal Status",
          "Date of Latest Statutory Review",
          "Date of Last Social Work Visit",
          "What is the permanence plan for this child?",
          "Date of Last IRO Visit / Contact to the Child",
          "Date of Last Health Assessment",
          "Date of Last Dental Check",
          "Number of Placements in the Last 12 months",
          "Date Ceased to be Looked After ",
          "Reason Ceased to be Looked After",
          "Start Date of Most Recent Placement",
          "Placement Type",
          "Placement Provider",
          "Placement postcode",
          "URN of Placement",
          "Placement Location",
          "LA of Placement",
          "Number of Episodes the Child has been \u2018Missing\u2019 from their Placement in the last 12 months",
          "Number of Episodes the Child has been \u2018Absent\u2019 from their Placement in the last 12 months",
          "Was the child offered a Return Interview after their last missing episode (Y/N)?",
          "Did the child accept a Return Interview after their last missing episode (Y/N)?",
          "Allocated Team",
          "Allocated Worker");

  private AnnexAFixtures() {}

  /** A List 6 row: id, date of birth, CIN start, closure, status, team, worker. */
  static Object[] cin(
      Object id,
      Object birth,
      Object start,
      Object closure,
      String status,
      Object team,
      Object worker) {
    return row(
        id, "1", "WBRI", birth, 10, "N", start, "N1", null, closure, null, status, team, worker);
  }

  /** A List 7 row: id, plan start, latest category of abuse, team, worker. */
  static Object[] cp(Object id, Object start, String abuse, Object team, Object worker) {
    return row(
        id,
        "2",
        "WBRI",
        LocalDate.of(2016, 5, 1),
        9,
        "N",
        start,
        abuse,
        abuse,
        LocalDate.of(2026, 3, 1),
        "Y",
        null,
        null,
        "N",
        0,
        team,
        worker);
  }

  /** A List 8 row: id, date started, legal status, placement type, team, worker. */
  static Object[] cla(
      Object id, Object start, String legal, String placement, Object team, Object worker) {
    List<Object> cells = new ArrayList<>();
    cells.addAll(
        List.of(
            id,
            "1",
            "WBRI",
            LocalDate.of(2012, 5, 1),
            13,
            "N",
            "N",
            start,
            "N1",
            "N",
            start,
            legal,
            start,
            start,
            "Long-term foster",
            start,
            start,
            start,
            1));
    cells.add(null);
    cells.add(null);
    cells.addAll(List.of(start, placement, "PR1"));
    cells.add(null);
    cells.add(null);
    cells.addAll(Arrays.asList("In LA", "E08000027", 0, 0, "N", "N", team, worker));
    return cells.toArray();
  }

  static ImportOptions options(String... attributes) {
    return ImportOptions.builder().asOf(AS_OF).pseudonyms(KEY).addAttributes(attributes).build();
  }
}
