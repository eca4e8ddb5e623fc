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
import org.practiceaudit.core.internal.KebabCase;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/** Reads an involvements file: {@code case_id,person_id,role,from,to}, by case. */
final class InvolvementsCsv {

  static final List<String> COLUMNS = List.of("case_id", "person_id", "role", "from", "to");

  private InvolvementsCsv() {}

  /**
   * Reads the involvements, grouped by case id in file order, accepting well-known roles only.
   *
   * @throws InputException with every problem if any
   */
  static Involvements read(Path path) {
    InputProblems problems = new InputProblems();
    Involvements involvements = read(path.toString(), Vocabulary.strict(), problems);
    problems.throwIfAny();
    return involvements;
  }

  /**
   * Reads the involvements, adding every problem found; keeps those of the rows without problems.
   */
  static Involvements read(String path, Vocabulary vocabulary, InputProblems problems) {
    Optional<CsvFile> file =
        CsvFile.read(path, "involvements", COLUMNS, KebabCase::isAttributeName, problems);
    Map<CaseId, List<Involvement>> byCase = new LinkedHashMap<>();
    Map<CaseId, Long> firstLine = new LinkedHashMap<>();
    if (file.isEmpty()) {
      return new Involvements(path, byCase, firstLine);
    }
    for (CsvFile.Row row : file.get().rows()) {
      Optional<CaseId> caseId = row.required("case_id", CaseId::of, Cells.IDENTIFIER);
      Optional<PersonId> person = row.required("person_id", PersonId::of, Cells.IDENTIFIER);
      Optional<Role> role = vocabulary.role(row, "role");
      Optional<LocalDate> from = row.requiredDate("from");
      Optional<LocalDate> to = row.optionalDate("to");
      if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
        row.problem(
            "to",
            InputProblems.Kind.in("to", "date out of order", "dates out of order"),
            "ends on " + to.get() + " before it starts on " + from.get());
      }
      if (!row.ok()) {
        continue;
      }
      firstLine.putIfAbsent(caseId.get(), row.line());
      byCase
          .computeIfAbsent(caseId.get(), k -> new ArrayList<>())
          .add(
              Involvement.builder()
                  .person(person.get())
                  .role(role.get())
                  .from(from.get())
                  .to(to)
                  .build());
    }
    return new Involvements(path, byCase, firstLine);
  }

  /** The involvements of a file by case, with the line each case first appears on. */
  record Involvements(
      String file, Map<CaseId, List<Involvement>> byCase, Map<CaseId, Long> firstLine) {

    static Involvements none() {
      return new Involvements("", Map.of(), Map.of());
    }
  }
}
