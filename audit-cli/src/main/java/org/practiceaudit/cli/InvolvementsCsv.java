package org.practiceaudit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/** Reads an involvements file: {@code case_id,person_id,role,from,to}, by case. */
final class InvolvementsCsv {

  static final List<String> COLUMNS = List.of("case_id", "person_id", "role", "from", "to");

  private InvolvementsCsv() {}

  /**
   * Reads the involvements, grouped by case id in file order.
   *
   * @throws InputException with every bad row if any
   */
  static Involvements read(Path path) {
    CsvFile csv = CsvFile.read(path, "involvements", COLUMNS);
    Map<CaseId, List<Involvement>> byCase = new LinkedHashMap<>();
    Map<CaseId, Integer> firstLine = new LinkedHashMap<>();
    for (CsvFile.Row row : csv.rows()) {
      Optional<CaseId> caseId = row.required("case_id", CaseId::of, CasesCsv.ID_EXPECTED);
      Optional<PersonId> person = row.required("person_id", PersonId::of, CasesCsv.ID_EXPECTED);
      Optional<Role> role = row.required("role", Role::parse, Roles.EXPECTED);
      Optional<LocalDate> from = row.requiredDate("from");
      Optional<LocalDate> to = row.optionalDate("to");
      if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
        row.problem("to", "ends on " + to.get() + " before it starts on " + from.get());
      }
      if (!row.ok()) {
        continue;
      }
      firstLine.putIfAbsent(caseId.get(), row.line());
      byCase.computeIfAbsent(caseId.get(), k -> new ArrayList<>())
          .add(Involvement.builder().person(person.get()).role(role.get()).from(from.get()).to(to)
              .build());
    }
    csv.throwIfProblems();
    return new Involvements(csv.name(), byCase, firstLine);
  }

  /** The involvements of a file by case, with the line each case first appears on. */
  record Involvements(String file, Map<CaseId, List<Involvement>> byCase,
      Map<CaseId, Integer> firstLine) {

    static Involvements none() {
      return new Involvements("", Map.of(), Map.of());
    }
  }
}
