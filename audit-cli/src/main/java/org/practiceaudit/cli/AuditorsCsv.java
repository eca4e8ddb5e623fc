package org.practiceaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practiceaudit.core.allocation.ExperienceLevel;
import org.practiceaudit.core.internal.KebabCase;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * Reads an auditors file: {@code auditor_id,role,team,capacity}, with the optional columns {@code
 * agency} (a multi-agency pool's agency id) and {@code experience} ({@code newly-qualified}, {@code
 * experienced} or {@code senior}; London multi-agency audit pack, line 119, seed-fidelity review
 * L16).
 */
final class AuditorsCsv {

  static final List<String> COLUMNS = List.of("auditor_id", "role", "team", "capacity");

  private static final Cells.Expect CAPACITY =
      Cells.WHOLE_NUMBER.expecting("a whole number of audits from 0 to 1000");

  private AuditorsCsv() {}

  private static final Cells.Expect EXPERIENCE =
      Cells.CODE_VALUE.expecting(
          "newly-qualified, experienced or senior, or nothing (experienced)");

  private static final Cells.Expect AGENCY =
      Cells.CODE_VALUE.expecting("a lower-case agency id such as health or police, or nothing");

  /**
   * One auditor as the file gives it: id, role, team, capacity this round, agency and experience.
   */
  record AuditorRow(
      PersonId id,
      Role role,
      String team,
      int capacity,
      Optional<String> agency,
      ExperienceLevel experience) {

    /** A single-agency auditor of the default experience. */
    AuditorRow(PersonId id, Role role, String team, int capacity) {
      this(id, role, team, capacity, Optional.empty(), ExperienceLevel.EXPERIENCED);
    }
  }

  /**
   * Reads the auditors, accepting well-known roles only.
   *
   * @throws InputException with every problem if any
   */
  static List<AuditorRow> read(Path path) {
    InputProblems problems = new InputProblems();
    List<AuditorRow> auditors = read(path.toString(), Vocabulary.strict(), problems);
    problems.throwIfAny();
    return auditors;
  }

  /** Reads the auditors, adding every problem found; returns those of the rows without problems. */
  static List<AuditorRow> read(String path, Vocabulary vocabulary, InputProblems problems) {
    Optional<CsvFile> file =
        CsvFile.read(path, "auditors", COLUMNS, KebabCase::isAttributeName, problems);
    if (file.isEmpty()) {
      return List.of();
    }
    List<AuditorRow> auditors = new ArrayList<>();
    Map<PersonId, Long> seen = new HashMap<>();
    for (CsvFile.Row row : file.get().rows()) {
      Optional<PersonId> id = row.required("auditor_id", PersonId::of, Cells.IDENTIFIER);
      Optional<Role> role = vocabulary.role(row, "role");
      Optional<String> team = row.required("team", CasesCsv::team, Cells.TEAM_NAME);
      Optional<Integer> capacity = row.required("capacity", AuditorsCsv::capacity, CAPACITY);
      Optional<String> agency = row.optional("agency", AuditorsCsv::agency, AGENCY);
      Optional<ExperienceLevel> experience =
          row.optional("experience", AuditorsCsv::experience, EXPERIENCE);
      if (id.isPresent()) {
        Long first = seen.putIfAbsent(id.get(), row.line());
        if (first != null) {
          row.problem(
              "auditor_id",
              InputProblems.Kind.in("auditor_id", "duplicate id", "duplicate ids"),
              "duplicate auditor id '" + id.get() + "', first on line " + first);
        }
      }
      if (row.ok()) {
        auditors.add(
            new AuditorRow(
                id.get(),
                role.get(),
                team.get(),
                capacity.get(),
                agency,
                experience.orElse(ExperienceLevel.EXPERIENCED)));
      }
    }
    return List.copyOf(auditors);
  }

  private static int capacity(String text) {
    int capacity = Integer.parseInt(text);
    if (capacity < 0 || capacity > 1000) {
      throw new IllegalArgumentException("capacity out of range: " + capacity);
    }
    return capacity;
  }

  private static String agency(String text) {
    if (!Cells.CODE.matcher(text).matches()) {
      throw new IllegalArgumentException("agency");
    }
    return text;
  }

  private static ExperienceLevel experience(String text) {
    return ExperienceLevel.valueOf(text.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}
