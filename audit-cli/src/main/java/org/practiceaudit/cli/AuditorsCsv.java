package org.practiceaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/** Reads an auditors file: {@code auditor_id,role,team,capacity}. */
final class AuditorsCsv {

  static final List<String> COLUMNS = List.of("auditor_id", "role", "team", "capacity");

  private AuditorsCsv() {}

  /** One auditor as the file gives it: id, role, team (possibly empty) and capacity this round. */
  record AuditorRow(PersonId id, Role role, String team, int capacity) {}

  /**
   * Reads the auditors.
   *
   * @throws InputException with every bad row if any
   */
  static List<AuditorRow> read(Path path) {
    CsvFile csv = CsvFile.read(path, "auditors", COLUMNS);
    List<AuditorRow> auditors = new ArrayList<>();
    Map<PersonId, Integer> seen = new HashMap<>();
    for (CsvFile.Row row : csv.rows()) {
      Optional<PersonId> id = row.required("auditor_id", PersonId::of, CasesCsv.ID_EXPECTED);
      Optional<Role> role = row.required("role", Role::parse, Roles.EXPECTED);
      Optional<Integer> capacity = row.required("capacity", AuditorsCsv::capacity,
          "a whole number of audits from 0 to 1000");
      if (id.isPresent()) {
        Integer first = seen.putIfAbsent(id.get(), row.line());
        if (first != null) {
          row.problem("auditor_id", "duplicate auditor id '" + id.get() + "', first on line " + first);
        }
      }
      if (row.ok()) {
        auditors.add(new AuditorRow(id.get(), role.get(), row.text("team"), capacity.get()));
      }
    }
    csv.throwIfProblems();
    return List.copyOf(auditors);
  }

  private static int capacity(String text) {
    int capacity = Integer.parseInt(text);
    if (capacity < 0 || capacity > 1000) {
      throw new IllegalArgumentException("capacity out of range: " + capacity);
    }
    return capacity;
  }
}
