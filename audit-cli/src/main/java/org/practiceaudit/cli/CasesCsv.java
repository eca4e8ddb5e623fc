package org.practiceaudit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** Attribute column names: lower-case letters and digits joined by '-', '_' or '.'. */
  static final Pattern ATTRIBUTE = Pattern.compile("[a-z0-9]+([_.-][a-z0-9]+)*");

  private CasesCsv() {}

  /**
   * Reads the cases, with their involvements if any, accepting well-known categories only.
   *
   * @throws InputException with every problem if any
   */
  static List<CaseFile> read(Path path, InvolvementsCsv.Involvements involvements) {
    InputProblems problems = new InputProblems();
    List<CaseFile> cases = read(path.toString(), involvements, Vocabulary.strict(), problems);
    problems.throwIfAny();
    return cases;
  }

  /**
   * Reads the cases, with their involvements if any, adding every problem found; returns the cases of
   * the rows without problems.
   */
  static List<CaseFile> read(String path, InvolvementsCsv.Involvements involvements,
      Vocabulary vocabulary, InputProblems problems) {
    return read(path, involvements, vocabulary, problems, Progress.none());
  }

  /**
   * Reads the cases as {@link #read(String, InvolvementsCsv.Involvements, Vocabulary, InputProblems)}
   * does, counting the rows on a progress.
   */
  static List<CaseFile> read(String path, InvolvementsCsv.Involvements involvements,
      Vocabulary vocabulary, InputProblems problems, Progress progress) {
    List<CaseFile> cases = new ArrayList<>();
    Map<CaseId, Long> seen = new HashMap<>();
    Optional<CsvFile> file = CsvFile.read(path, "cases", COLUMNS, h -> ATTRIBUTE.matcher(h).matches(),
        problems, progress, row -> {
          Optional<CaseId> id = row.required("case_id", CaseId::of, Cells.IDENTIFIER);
          Optional<CaseCategory> category = vocabulary.category(row, "category");
          Optional<String> team = row.required("team", CasesCsv::team, Cells.TEAM_NAME);
          Optional<PersonId> worker = row.optional("worker", PersonId::of, Cells.IDENTIFIER.orNothing());
          Optional<LocalDate> openedOn = row.requiredDate("opened_on");
          Optional<LocalDate> closedOn = row.optionalDate("closed_on");
          Optional<LocalDate> lastAuditedOn = row.optionalDate("last_audited_on");
          if (id.isPresent()) {
            Long first = seen.putIfAbsent(id.get(), row.line());
            if (first != null) {
              row.problem("case_id", InputProblems.Kind.in("case_id", "duplicate id", "duplicate ids"),
                  "duplicate case id '" + id.get() + "', first on line " + first);
            }
          }
          if (openedOn.isPresent() && closedOn.isPresent() && closedOn.get().isBefore(openedOn.get())) {
            row.problem("closed_on", InputProblems.Kind.in("closed_on", "date out of order",
                "dates out of order"), "closed on " + closedOn.get() + " before it opened on "
                + openedOn.get());
          }
          if (!row.ok()) {
            return;
          }
          cases.add(CaseFile.builder()
              .id(id.get())
              .category(category.get())
              .team(team.get())
              .allocatedWorker(worker)
              .openedOn(openedOn.get())
              .closedOn(closedOn)
              .lastAuditedOn(lastAuditedOn)
              .addAllInvolvements(involvements.byCase().getOrDefault(id.get(), List.of()))
              .putAllAttributes(row.others(COLUMNS))
              .build());
        });
    if (file.isEmpty()) {
      return List.of();
    }
    checkInvolvements(involvements, seen.keySet(), file.get().name(), problems);
    return List.copyOf(cases);
  }

  /**
   * Adds a problem for every involvement whose case is not among the cases read.
   *
   * @param ids the ids of the cases read
   * @param casesName the cases file, as the user named it
   */
  static void checkInvolvements(InvolvementsCsv.Involvements involvements, Set<CaseId> ids,
      String casesName, InputProblems problems) {
    for (Map.Entry<CaseId, Long> entry : involvements.firstLine().entrySet()) {
      if (!ids.contains(entry.getKey())) {
        problems.add(involvements.file(), entry.getValue(), 0, "", new InputProblems.Kind(
            "involvement of an unknown case", "involvements of unknown cases"),
            "no case '" + entry.getKey() + "' in " + casesName);
      }
    }
  }

  /** Checks a team's name: no line break, control character or double quote (issue 16 item 3). */
  static String team(String text) {
    if (!Cells.TEAM.matcher(text).matches()) {
      throw new IllegalArgumentException("not a team name");
    }
    return text;
  }
}
