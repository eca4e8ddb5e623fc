package org.practiceaudit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.internal.KebabCase;
import org.practiceaudit.core.sampling.CasePopulation;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Reads a cases file: {@code case_id,category,team,worker,opened_on,closed_on,last_audited_on},
 * every further column an attribute.
 */
final class CasesCsv {

  static final List<String> COLUMNS =
      List.of("case_id", "category", "team", "worker", "opened_on", "closed_on", "last_audited_on");

  /** Attribute column names: lower-case letters and digits joined by '-', '_' or '.'. */
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
   * Reads the cases, with their involvements if any, adding every problem found; returns the cases
   * of the rows without problems.
   */
  static List<CaseFile> read(
      String path,
      InvolvementsCsv.Involvements involvements,
      Vocabulary vocabulary,
      InputProblems problems) {
    return read(path, involvements, vocabulary, problems, Progress.none());
  }

  /**
   * Reads the cases as {@link #read(String, InvolvementsCsv.Involvements, Vocabulary,
   * InputProblems)} does, counting the rows on a progress.
   */
  static List<CaseFile> read(
      String path,
      InvolvementsCsv.Involvements involvements,
      Vocabulary vocabulary,
      InputProblems problems,
      Progress progress) {
    List<CaseFile> cases = new ArrayList<>();
    FirstLines seen = new FirstLines();
    Optional<CsvFile> file =
        read(
            path,
            vocabulary,
            problems,
            progress,
            seen,
            (row, c) ->
                cases.add(
                    CaseFile.builder()
                        .id(c.id())
                        .category(c.category())
                        .team(c.team())
                        .allocatedWorker(c.worker())
                        .openedOn(c.openedOn())
                        .closedOn(c.closedOn())
                        .lastAuditedOn(c.lastAuditedOn())
                        .addAllInvolvements(involvements.byCase().getOrDefault(c.id(), List.of()))
                        .putAllAttributes(row.others(COLUMNS))
                        .build()));
    if (file.isEmpty()) {
      return List.of();
    }
    checkInvolvements(involvements, id -> seen.contains(id.value()), file.get().name(), problems);
    return List.copyOf(cases);
  }

  /**
   * A cases file read straight into the columns sampling needs (issue 15 item 2).
   *
   * @param population the cases, with the attributes asked for
   * @param columns category, team and every attribute column in which some case has a value,
   *     sorted: the columns a plan may stratify by, as the case files read from the same file would
   *     have them
   */
  record Population(CasePopulation population, Set<String> columns) {}

  /**
   * Reads the cases into a {@link CasePopulation} without making a {@link CaseFile} for each, with
   * the same checks and messages as {@link #read(String, InvolvementsCsv.Involvements, Vocabulary,
   * InputProblems)}; empty if there were problems.
   *
   * @param attributes the attributes to keep (those the plan reads)
   * @param workers whether to keep the allocated workers
   */
  static Optional<Population> population(
      String path,
      Vocabulary vocabulary,
      InputProblems problems,
      Progress progress,
      Set<String> attributes,
      boolean workers) {
    InputProblems firstPass = new InputProblems();
    Optional<Population> population =
        population(path, vocabulary, firstPass, progress, attributes, workers, null);
    if (population.isPresent()) {
      problems.file(path);
      firstPass.warnings().forEach(problems::warn);
      return population;
    }
    // A problem, or a case id twice: read again, checking ids as the case-file reader does, so that
    // the
    // problems are those it gives, in its order ("duplicate case id 'X', first on line N").
    return population(
        path, vocabulary, problems, Progress.none(), attributes, workers, new FirstLines());
  }

  /**
   * Reads the cases into a population, checking ids for repeats as it goes if given {@code seen},
   * else once all are read (by {@link CasePopulation.Builder#build()}, which sorts them anyway): a
   * million lines kept for a message that a valid file never needs was a tenth of the reading time
   * and memory. Empty if there were problems or, without {@code seen}, a repeated id.
   */
  private static Optional<Population> population(
      String path,
      Vocabulary vocabulary,
      InputProblems problems,
      Progress progress,
      Set<String> attributes,
      boolean workers,
      FirstLines seen) {
    CasePopulation.Builder builder = CasePopulation.builder(attributes, workers);
    Set<String> columns = new TreeSet<>(List.of(SamplingPlan.CATEGORY, SamplingPlan.TEAM));
    AttributeCells cells = new AttributeCells(attributes);
    int before = problems.count();
    Optional<CsvFile> file =
        read(
            path,
            vocabulary,
            problems,
            progress,
            seen,
            (row, c) -> {
              builder.add(
                  c.id(),
                  c.category(),
                  c.team(),
                  c.worker(),
                  c.openedOn(),
                  c.closedOn(),
                  c.lastAuditedOn());
              cells.add(row, builder);
            });
    if (file.isEmpty() || problems.count() > before) {
      return Optional.empty();
    }
    cells.addSeen(columns);
    try {
      return Optional.of(new Population(builder.build(), columns));
    } catch (IllegalArgumentException duplicateId) {
      return Optional.empty();
    }
  }

  /**
   * The attribute cells of a cases file's rows: those the plan reads go to the population, and
   * every attribute column with a value somewhere is noted.
   */
  private static final class AttributeCells {
    private final Set<String> attributes;
    private int[] positions;
    private String[] names;
    private boolean[] wanted;
    private boolean[] seen;

    AttributeCells(Set<String> attributes) {
      this.attributes = attributes;
    }

    /** Gives the builder the wanted attributes of a row, the case of which it was just given. */
    void add(CsvFile.Row row, CasePopulation.Builder builder) {
      if (positions == null) {
        columns(row.file().headers());
      }
      for (int a = 0; a < positions.length; a++) {
        String value = row.cell(positions[a]);
        if (!value.isEmpty()) {
          seen[a] = true;
          if (wanted[a]) {
            builder.attribute(names[a], value);
          }
        }
      }
    }

    private void columns(List<String> headers) {
      List<Integer> found = new ArrayList<>();
      for (int i = 0; i < headers.size(); i++) {
        if (!headers.get(i).isEmpty() && !COLUMNS.contains(headers.get(i))) {
          found.add(i);
        }
      }
      positions = found.stream().mapToInt(Integer::intValue).toArray();
      names = found.stream().map(headers::get).toArray(String[]::new);
      wanted = new boolean[positions.length];
      for (int a = 0; a < positions.length; a++) {
        wanted[a] = attributes.contains(names[a]);
      }
      seen = new boolean[positions.length];
    }

    /** Adds the attribute columns with a value in some row. */
    void addSeen(Set<String> columns) {
      for (int a = 0; positions != null && a < positions.length; a++) {
        if (seen[a]) {
          columns.add(names[a]);
        }
      }
    }
  }

  /** What a row of a cases file holds, checked. */
  private record Case(
      CaseId id,
      CaseCategory category,
      String team,
      Optional<PersonId> worker,
      LocalDate openedOn,
      Optional<LocalDate> closedOn,
      Optional<LocalDate> lastAuditedOn) {}

  /**
   * Reads the rows, checking each (and each id for a repeat, if given {@code seen}); hands on each
   * row without problems with its case.
   */
  private static Optional<CsvFile> read(
      String path,
      Vocabulary vocabulary,
      InputProblems problems,
      Progress progress,
      FirstLines seen,
      BiConsumer<CsvFile.Row, Case> cases) {
    return CsvFile.read(
        path,
        "cases",
        COLUMNS,
        KebabCase::isAttributeName,
        problems,
        progress,
        row -> {
          Optional<CaseId> id = row.required("case_id", CaseId::of, Cells.IDENTIFIER);
          Optional<CaseCategory> category = vocabulary.category(row, "category");
          Optional<String> team = row.required("team", CasesCsv::team, Cells.TEAM_NAME);
          Optional<PersonId> worker =
              row.optional("worker", PersonId::of, Cells.IDENTIFIER_OR_NOTHING);
          Optional<LocalDate> openedOn = row.requiredDate("opened_on");
          Optional<LocalDate> closedOn = row.optionalDate("closed_on");
          Optional<LocalDate> lastAuditedOn = row.optionalDate("last_audited_on");
          if (id.isPresent() && seen != null) {
            long first = seen.putIfAbsent(id.get().value(), row.line());
            if (first != 0) {
              row.problem(
                  "case_id",
                  InputProblems.Kind.in("case_id", "duplicate id", "duplicate ids"),
                  "duplicate case id '" + id.get() + "', first on line " + first);
            }
          }
          if (openedOn.isPresent()
              && closedOn.isPresent()
              && closedOn.get().isBefore(openedOn.get())) {
            row.problem(
                "closed_on",
                InputProblems.Kind.in("closed_on", "date out of order", "dates out of order"),
                "closed on " + closedOn.get() + " before it opened on " + openedOn.get());
          }
          if (row.ok()) {
            cases.accept(
                row,
                new Case(
                    id.get(),
                    category.get(),
                    team.get(),
                    worker,
                    openedOn.get(),
                    closedOn,
                    lastAuditedOn));
          }
        });
  }

  /** Reads a cases file's header and rows as text, checking the header only. */
  private static Optional<CsvFile> file(String path, InputProblems problems) {
    return CsvFile.read(path, "cases", COLUMNS, KebabCase::isAttributeName, problems);
  }

  /**
   * Reads a cases file's header and rows as text, every column as the file has it, for copying
   * rows.
   *
   * @throws InputException with every problem if the file cannot be read or its header is wrong
   */
  static CsvFile file(String path) {
    InputProblems problems = new InputProblems();
    Optional<CsvFile> file = file(path, problems);
    problems.throwIfAny();
    return file.orElseThrow();
  }

  /**
   * Leaves out the involvements of cases not among the cases read, with one warning that counts
   * them and names the first few: an involvements file usually covers the whole caseload while the
   * cases are a sample of it (issue 18 item 6), and a sample may hold none of the involved cases.
   *
   * @param ids tells whether a case id is among the cases read
   * @param casesName the cases file, as the user named it
   */
  static void checkInvolvements(
      InvolvementsCsv.Involvements involvements,
      Predicate<CaseId> ids,
      String casesName,
      InputProblems problems) {
    List<CaseId> unknown =
        involvements.firstLine().keySet().stream()
            .filter(ids.negate())
            .sorted(Comparator.comparing(CaseId::value))
            .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      problems.warn(
          involvements.file()
              + ": left out the involvements of "
              + Plurals.count(unknown.size(), "case", "cases")
              + " not in "
              + casesName
              + " ("
              + unknown.stream().limit(3).map(CaseId::value).collect(Collectors.joining(", "))
              + (unknown.size() > 3 ? ", …" : "")
              + "), as when the cases are a sample of the caseload"
              + " the involvements cover");
    }
  }

  /** Checks a team's name: no line break, control character or double quote (issue 16 item 3). */
  static String team(String text) {
    if (!Cells.isTeamName(text)) {
      throw new IllegalArgumentException("not a team name");
    }
    return text;
  }
}
