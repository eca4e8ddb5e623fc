package org.practiceaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Reads a cases file: {@code case_id,category,team,worker,opened_on,closed_on,last_audited_on}, every
 * further column an attribute.
 */
final class CasesCsv {

  static final List<String> COLUMNS =
      List.of("case_id", "category", "team", "worker", "opened_on", "closed_on", "last_audited_on");

  static final String ID_EXPECTED = "an id of letters, digits, '.', '_' or '-' (at most 64)";

  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z0-9]+([_.-][a-z0-9]+)*");

  private CasesCsv() {}

  /**
   * Reads the cases, with their involvements if any.
   *
   * @throws InputException with every bad row if any
   */
  static List<CaseFile> read(Path path, InvolvementsCsv.Involvements involvements) {
    CsvFile csv = CsvFile.read(path, "cases", COLUMNS);
    for (String header : csv.headers()) {
      if (!COLUMNS.contains(header) && !ATTRIBUTE.matcher(header).matches()) {
        csv.problem("line 1: column " + CsvFile.quote(header).strip()
            + ": attribute column names are lower-case letters and digits joined by '-', '_' or '.'");
      }
    }
    csv.throwIfProblems();
    List<CaseFile> cases = new ArrayList<>();
    Map<CaseId, Integer> seen = new HashMap<>();
    for (CsvFile.Row row : csv.rows()) {
      Optional<CaseId> id = row.required("case_id", CaseId::of, ID_EXPECTED);
      Optional<CaseCategory> category = row.required("category", CaseCategory::parse,
          "a case category such as child-in-need, child-protection, looked-after or CIN, CP, LAC");
      String team = row.text("team");
      if (team.isEmpty()) {
        row.problem("team", "missing value; expected the team's name");
      }
      Optional<PersonId> worker = row.optional("worker", PersonId::of, ID_EXPECTED + ", or nothing");
      Optional<java.time.LocalDate> openedOn = row.requiredDate("opened_on");
      Optional<java.time.LocalDate> closedOn = row.optionalDate("closed_on");
      Optional<java.time.LocalDate> lastAuditedOn = row.optionalDate("last_audited_on");
      if (id.isPresent()) {
        Integer first = seen.putIfAbsent(id.get(), row.line());
        if (first != null) {
          row.problem("case_id", "duplicate case id '" + id.get() + "', first on line " + first);
        }
      }
      if (openedOn.isPresent() && closedOn.isPresent() && closedOn.get().isBefore(openedOn.get())) {
        row.problem("closed_on", "closed on " + closedOn.get() + " before it opened on "
            + openedOn.get());
      }
      if (!row.ok()) {
        continue;
      }
      cases.add(CaseFile.builder()
          .id(id.get())
          .category(category.get())
          .team(team)
          .allocatedWorker(worker)
          .openedOn(openedOn.get())
          .closedOn(closedOn)
          .lastAuditedOn(lastAuditedOn)
          .addAllInvolvements(involvements.byCase().getOrDefault(id.get(), List.of()))
          .putAllAttributes(row.others(COLUMNS))
          .build());
    }
    for (Map.Entry<CaseId, Integer> entry : involvements.firstLine().entrySet()) {
      if (!seen.containsKey(entry.getKey())) {
        csv.problem("no case '" + entry.getKey() + "', which " + involvements.file() + " line "
            + entry.getValue() + " names");
      }
    }
    csv.throwIfProblems();
    return List.copyOf(cases);
  }
}
