package org.practiceaudit.imports.annexa;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.internal.FileProblems;
import org.practiceaudit.core.sampling.CasePopulation;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.imports.AgeBands;
import org.practiceaudit.imports.ImportException;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.PopulationImport;
import org.practiceaudit.imports.table.CellValues;
import org.practiceaudit.imports.table.Codes;
import org.practiceaudit.imports.table.HeaderRow;
import org.practiceaudit.imports.table.Line;
import org.practiceaudit.imports.table.Located;
import org.practiceaudit.imports.table.Sheet;
import org.practiceaudit.imports.table.Tables;
import org.practiceaudit.imports.table.Tally;

/**
 * One read of an Annex A source: finds the lists, reads the columns needed and joins them by child
 * id.
 */
final class AnnexAReader {

  /** What councils write in Allocated Worker for "no worker", besides blanks and #N/A. */
  private static final Set<String> NO_WORKER =
      Set.of("unallocated", "not allocated", "no worker", "vacant", "none allocated", "0");

  private final ImportOptions options;
  private final List<String> attributes;
  private final Tally tally = new Tally();
  private boolean date1904;
  private boolean workersRead;

  /**
   * The pseudonym of each worker's name met so far: a council has hundreds of workers, not
   * thousands.
   */
  private final Map<String, PersonId> workers = new HashMap<>();

  /** The status of each status text met so far: a list uses a handful of texts. */
  private final Map<String, Optional<CaseStatus>> statuses = new HashMap<>();

  AnnexAReader(ImportOptions options) {
    this.options = options;
    this.attributes = List.copyOf(new TreeSet<>(options.attributes()));
    attributes.forEach(Attributes::checkAllowed);
  }

  /** A list found in the source: its sheet and header row. */
  private static final class Found {
    final Sheet sheet;
    final HeaderRow header;

    Found(Sheet sheet, HeaderRow header) {
      this.sheet = sheet;
      this.header = header;
    }
  }

  /** Takes the cases the lists join into, in case id order. */
  @FunctionalInterface
  private interface Joined {
    void add(
        CaseId id,
        CaseCategory category,
        String team,
        Optional<PersonId> worker,
        LocalDate opened,
        Optional<LocalDate> closed,
        Map<String, String> attributes);
  }

  /** Reads the source into case files. */
  ImportResult read(Path path) {
    List<CaseFile> cases = new ArrayList<>();
    read(
        path,
        (id, category, team, worker, opened, closed, values) ->
            cases.add(
                CaseFile.builder()
                    .id(id)
                    .category(category)
                    .team(team)
                    .allocatedWorker(worker)
                    .openedOn(opened)
                    .closedOn(closed)
                    .putAllAttributes(values)
                    .build()));
    return tally.result().addAllCases(cases).build();
  }

  /**
   * Reads the source straight into a population, with no case file made (issue 15 item 2): the same
   * cases, checks and tallies as {@link #read(Path)}.
   *
   * @param workers whether to keep the allocated workers
   */
  PopulationImport population(Path path, boolean workers) {
    CasePopulation.Builder population = CasePopulation.builder(Set.copyOf(attributes), workers);
    read(
        path,
        (id, category, team, worker, opened, closed, values) -> {
          population.add(id, category, team, worker, opened, closed, Optional.empty());
          values.forEach(population::attribute);
        });
    return tally.result(population.build());
  }

  private void read(Path path, Joined joined) {
    Tables tables = Tables.open(path, options.maxUncompressedBytes());
    try (tables) {
      date1904 = tables.date1904();
      Map<AnnexAList, Found> found = locate(path, tables.sheets());
      checkAttributes(found);
      Map<AnnexAList, Map<CaseId, ListRow>> rows = new EnumMap<>(AnnexAList.class);
      for (Map.Entry<AnnexAList, Found> entry : found.entrySet()) {
        rows.put(entry.getKey(), readList(entry.getKey(), entry.getValue()));
      }
      join(rows, joined);
      if (workersRead && options.pseudonyms().isRandom()) {
        tally.warn(
            "workers' pseudonyms use a random key for this run: they will not match another"
                + " run's; keep a key file for pseudonyms that stay the same month after month");
      }
    } catch (IOException e) {
      throw new ImportException(
          path + ": " + FileProblems.reason(e, "cannot close the workbook"), e);
    }
  }

  /** Finds Lists 6, 7 and 8: by sheet name first, else by column titles. */
  private Map<AnnexAList, Found> locate(Path path, List<Sheet> sheets) {
    Map<AnnexAList, Found> byName = new EnumMap<>(AnnexAList.class);
    Map<AnnexAList, Found> byHeaders = new EnumMap<>(AnnexAList.class);
    for (Sheet sheet : sheets) {
      Optional<AnnexAList> named = AnnexAList.byName(sheet.name());
      if (named.isPresent() && byName.containsKey(named.get())) {
        continue;
      }
      List<Line> head;
      try (Stream<Line> rows = sheet.rows()) {
        head = rows.limit(HeaderRow.SEARCHED_ROWS).collect(Collectors.toList());
      }
      Optional<HeaderRow> header = HeaderRow.find(head, AnnexAColumns.CHILD_ID);
      if (named.isPresent()) {
        if (header.isEmpty()) {
          throw new ImportException(
              sheet.where()
                  + ": "
                  + named.get().fullName()
                  + " has no header row with a '"
                  + AnnexAColumns.CHILD_ID.label()
                  + "' column in its first "
                  + HeaderRow.SEARCHED_ROWS
                  + " rows");
        }
        byName.put(named.get(), new Found(sheet, header.get()));
      } else if (header.isPresent()) {
        Optional<AnnexAList> list = AnnexAList.byHeaders(header.get());
        list.ifPresent(l -> byHeaders.putIfAbsent(l, new Found(sheet, header.get())));
      }
    }
    Map<AnnexAList, Found> found = new EnumMap<>(byHeaders);
    found.putAll(byName);
    if (found.isEmpty()) {
      throw new ImportException(
          path
              + ": no List 6 (Children in Need), List 7 or List 8 found among "
              + sheets.stream()
                  .map(s -> "'" + s.name() + "'")
                  .collect(Collectors.joining(", ", "[", "]"))
              + "; name the sheet 'List 6', or give it the columns '"
              + AnnexAColumns.CHILD_ID.label()
              + "', '"
              + AnnexAColumns.CIN_START.label()
              + "' and '"
              + AnnexAColumns.CASE_STATUS.label()
              + "'");
    }
    if (!found.containsKey(AnnexAList.CHILDREN_IN_NEED)) {
      tally.warn(
          "no List 6 (Children in Need) found: cases are taken from "
              + found.keySet().stream()
                  .map(AnnexAList::label)
                  .collect(Collectors.joining(" and ")));
    }
    return found;
  }

  /** Refuses an attribute that no list found has (age-band apart). */
  private void checkAttributes(Map<AnnexAList, Found> found) {
    for (String attribute : attributes) {
      if (attribute.equals(AgeBands.ATTRIBUTE)) {
        options.requireAsOf("to work out ages for " + AgeBands.ATTRIBUTE);
        continue;
      }
      boolean present =
          found.values().stream()
              .anyMatch(f -> f.header.column(Attributes.field(attribute)).isPresent());
      if (!present) {
        throw new ImportException(
            "attribute '"
                + attribute
                + "' is in none of the lists read; expected "
                + Attributes.expected());
      }
    }
  }

  private Map<CaseId, ListRow> readList(AnnexAList list, Found found) {
    Sheet sheet = found.sheet;
    HeaderRow header = found.header;
    Located cells = new Located(sheet, header, date1904);
    int id = header.column(AnnexAColumns.CHILD_ID).getAsInt();
    boolean spine = list == AnnexAList.CHILDREN_IN_NEED;
    OptionalInt start = header.column(list.start());
    OptionalInt end = header.column(list.end());
    OptionalInt status = header.column(AnnexAColumns.CASE_STATUS);
    if (spine) {
      require(sheet, header, start, list.start().label());
      require(sheet, header, status, AnnexAColumns.CASE_STATUS.label());
    }
    OptionalInt team = header.column(AnnexAColumns.TEAM);
    OptionalInt worker = header.column(AnnexAColumns.WORKER);
    if (team.isEmpty()) {
      warnNoTeam(list);
    }
    boolean ageBand = attributes.contains(AgeBands.ATTRIBUTE);
    OptionalInt birth = ageBand ? header.column(AnnexAColumns.DATE_OF_BIRTH) : OptionalInt.empty();
    OptionalInt age = ageBand ? header.column(AnnexAColumns.AGE) : OptionalInt.empty();
    Map<String, Attributes.Column> columns = Attributes.columns(header, attributes);
    Map<CaseId, ListRow> rows = new LinkedHashMap<>();
    Map<CaseId, Integer> firstRow = new HashMap<>();
    int count = 0;
    try (Stream<Line> lines = sheet.rows()) {
      for (Line line : (Iterable<Line>) lines.filter(l -> l.number() > header.row())::iterator) {
        if (line.isBlank()) {
          continue;
        }
        count++;
        Optional<CaseId> child = cells.childId(line, id);
        if (child.isEmpty()) {
          tally.skip(list.label() + ": no child id");
          continue;
        }
        requireFirst(firstRow, child.get(), cells, line, id, list);
        Optional<String> statusText =
            status.isPresent() ? CellValues.text(line.value(status.getAsInt())) : Optional.empty();
        Optional<CaseStatus> caseStatus =
            statusText.flatMap(t -> statuses.computeIfAbsent(t, CaseStatus::parse));
        LocalDate opened =
            start.isPresent() ? cells.date(line, start.getAsInt()).orElse(null) : null;
        LocalDate closed = end.isPresent() ? cells.date(line, end.getAsInt()).orElse(null) : null;
        String teamName =
            team.isPresent() ? CellValues.text(line.value(team.getAsInt())).orElse(null) : null;
        PersonId workerId = worker.isPresent() ? worker(line.value(worker.getAsInt())) : null;
        Map<String, String> values = values(cells, line, ageBand, birth, age, columns);
        rows.put(
            child.get(),
            new ListRow(
                caseStatus, statusText.isPresent(), opened, closed, teamName, workerId, values));
      }
    }
    tally.read(list.label(), sheet.where(), count);
    return rows;
  }

  private void warnNoTeam(AnnexAList list) {
    tally.warn(
        list.label()
            + " has no '"
            + AnnexAColumns.TEAM.label()
            + "' column: its cases' team is '"
            + ImportOptions.UNKNOWN_TEAM
            + "'");
  }

  /** Requires a child to appear once in a list, naming the row it was first on. */
  private static void requireFirst(
      Map<CaseId, Integer> firstRow,
      CaseId child,
      Located cells,
      Line line,
      int id,
      AnnexAList list) {
    Integer first = firstRow.putIfAbsent(child, line.number());
    if (first != null) {
      throw new ImportException(
          cells.at(line, id)
              + ": child id '"
              + child
              + "' appears again in "
              + list.label()
              + " (first on row "
              + first
              + ")");
    }
  }

  /** The attributes a row gives: its age band, if asked for, and the attribute columns. */
  private Map<String, String> values(
      Located cells,
      Line line,
      boolean ageBand,
      OptionalInt birth,
      OptionalInt age,
      Map<String, Attributes.Column> columns) {
    Map<String, String> values = new LinkedHashMap<>();
    if (ageBand) {
      ageBand(cells, line, birth, age).ifPresent(band -> values.put(AgeBands.ATTRIBUTE, band));
    }
    for (Map.Entry<String, Attributes.Column> attribute : columns.entrySet()) {
      attribute(cells, line, attribute.getKey(), attribute.getValue())
          .ifPresent(v -> values.put(attribute.getKey(), v));
    }
    return values;
  }

  private static void require(Sheet sheet, HeaderRow header, OptionalInt column, String label) {
    if (column.isEmpty()) {
      throw new ImportException(
          sheet.at(header.row()) + ": no '" + label + "' column in the header");
    }
  }

  private PersonId worker(Object value) {
    Optional<String> name = CellValues.text(value);
    if (name.isEmpty() || NO_WORKER.contains(name.get().toLowerCase(Locale.ROOT))) {
      return null;
    }
    workersRead = true;
    return workers.computeIfAbsent(
        name.get(), n -> PersonId.of(options.pseudonyms().pseudonym("sw", n)));
  }

  private Optional<String> ageBand(Located cells, Line line, OptionalInt birth, OptionalInt age) {
    LocalDate asOf = options.requireAsOf("to work out ages");
    if (birth.isPresent()) {
      Optional<LocalDate> date = cells.date(line, birth.getAsInt());
      if (date.isPresent()) {
        return Optional.of(AgeBands.of(date.get(), asOf));
      }
    }
    if (age.isPresent()) {
      return cells.years(line, age.getAsInt()).map(AgeBands::ofYears);
    }
    return Optional.empty();
  }

  private Optional<String> attribute(
      Located cells, Line line, String name, Attributes.Column column) {
    if (column.date) {
      return cells.date(line, column.index).map(LocalDate::toString);
    }
    Optional<String> text = CellValues.text(line.value(column.index));
    if (text.isPresent() && !Codes.isCode(text.get())) {
      tally.leaveOut(name);
      return Optional.empty();
    }
    return text;
  }

  /** Joins the lists by child id: List 6 first, then 8, then 7. */
  private void join(Map<AnnexAList, Map<CaseId, ListRow>> rows, Joined joined) {
    Map<CaseId, ListRow> cin = rows.getOrDefault(AnnexAList.CHILDREN_IN_NEED, Map.of());
    Map<CaseId, ListRow> cp = rows.getOrDefault(AnnexAList.CHILD_PROTECTION, Map.of());
    Map<CaseId, ListRow> care = rows.getOrDefault(AnnexAList.CHILDREN_IN_CARE, Map.of());
    TreeSet<CaseId> ids = new TreeSet<>(cin.keySet());
    ids.addAll(cp.keySet());
    ids.addAll(care.keySet());
    for (CaseId id : ids) {
      ListRow six = cin.get(id);
      ListRow eight = care.get(id);
      ListRow seven = cp.get(id);
      AnnexAList baseList =
          six != null
              ? AnnexAList.CHILDREN_IN_NEED
              : eight != null ? AnnexAList.CHILDREN_IN_CARE : AnnexAList.CHILD_PROTECTION;
      ListRow base = six != null ? six : eight != null ? eight : seven;
      CaseStatus status;
      if (six != null && six.status.isPresent()) {
        status = six.status.get();
      } else if (eight != null) {
        status = CaseStatus.LOOKED_AFTER;
      } else if (seven != null) {
        status = CaseStatus.CHILD_PROTECTION;
      } else {
        tally.skip(
            "List 6: " + (six.statusGiven ? "case status not recognised" : "no case status"));
        continue;
      }
      if (base.opened == null) {
        tally.skip(baseList.label() + ": no " + baseList.start().label());
        continue;
      }
      if (status == CaseStatus.CLOSED && base.closed == null) {
        tally.skip("List 6: closed episode without a " + AnnexAColumns.CIN_CLOSURE.label());
        continue;
      }
      if (base.closed != null && base.closed.isBefore(base.opened)) {
        tally.skip(
            baseList.label()
                + ": "
                + baseList.end().label()
                + " before "
                + baseList.start().label());
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      Stream.of(seven, eight, six).filter(r -> r != null).forEach(r -> values.putAll(r.attributes));
      joined.add(
          id,
          status.category(),
          first(base, six, eight, seven, r -> r.team).orElse(ImportOptions.UNKNOWN_TEAM),
          first(base, six, eight, seven, r -> r.worker),
          base.opened,
          Optional.ofNullable(base.closed),
          values);
    }
  }

  private static <T> Optional<T> first(
      ListRow base,
      ListRow six,
      ListRow eight,
      ListRow seven,
      java.util.function.Function<ListRow, T> value) {
    return Stream.of(base, six, eight, seven)
        .filter(r -> r != null)
        .map(value)
        .filter(v -> v != null)
        .findFirst();
  }
}
