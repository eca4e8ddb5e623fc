package org.practiceaudit.imports.ssda903;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.imports.AgeBands;
import org.practiceaudit.imports.ImportException;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.table.CellValues;
import org.practiceaudit.imports.table.Codes;
import org.practiceaudit.imports.table.CsvSheet;
import org.practiceaudit.imports.table.Field;
import org.practiceaudit.imports.table.HeaderRow;
import org.practiceaudit.imports.table.Line;
import org.practiceaudit.imports.table.Located;
import org.practiceaudit.imports.table.Tally;

/** One read of an SSDA903 return as of a day. */
final class Ssda903Reader {

  private static final Field CHILD = Field.of("CHILD", "Child ID");
  private static final Field SEX = Field.of("SEX");
  private static final Field DOB = Field.of("DOB");
  private static final Field ETHNIC = Field.of("ETHNIC");
  private static final Field DECOM = Field.of("DECOM");
  private static final Field RNE = Field.of("RNE");
  private static final Field LS = Field.of("LS");
  private static final Field CIN = Field.of("CIN");
  private static final Field PLACE = Field.of("PLACE");
  private static final Field DEC = Field.of("DEC");
  private static final Field REC = Field.of("REC");
  private static final Field SW_ID = Field.of("SW_ID");
  private static final Field SW_DECOM = Field.of("SW_DECOM");
  private static final Field SW_DEC = Field.of("SW_DEC");

  /** The attributes the return can give, with their columns (age-band from DOB). */
  private static final Map<String, Field> ATTRIBUTES = attributes();

  private final ImportOptions options;
  private final LocalDate asOf;
  private final Set<String> attributes;
  private final Tally tally = new Tally();

  Ssda903Reader(ImportOptions options) {
    this.options = options;
    this.asOf =
        options.requireAsOf("to find each child's current period of care and social worker");
    this.attributes = new TreeSet<>(options.attributes());
    for (String attribute : attributes) {
      if (!attribute.equals(AgeBands.ATTRIBUTE) && !ATTRIBUTES.containsKey(attribute)) {
        throw new ImportException(
            "attribute '"
                + attribute
                + "' is not read from SSDA903; expected "
                + AgeBands.ATTRIBUTE
                + ", "
                + String.join(", ", new TreeSet<>(ATTRIBUTES.keySet())));
      }
    }
  }

  private static Map<String, Field> attributes() {
    Map<String, Field> map = new TreeMap<>();
    map.put("gender", SEX);
    map.put("ethnicity", ETHNIC);
    map.put("legal-status", LS);
    map.put("placement-type", PLACE);
    map.put("category-of-need", CIN);
    return Map.copyOf(map);
  }

  /** One episode of care. */
  private static final class Episode {
    final LocalDate start;
    final boolean newPeriod;
    final LocalDate end;
    final String reason;
    final Map<String, String> values;

    Episode(
        LocalDate start,
        boolean newPeriod,
        LocalDate end,
        String reason,
        Map<String, String> values) {
      this.start = start;
      this.newPeriod = newPeriod;
      this.end = end;
      this.reason = reason;
      this.values = values;
    }
  }

  /** One social worker episode. */
  private static final class Allocation {
    final LocalDate start;
    final LocalDate end;
    final PersonId worker;

    Allocation(LocalDate start, LocalDate end, PersonId worker) {
      this.start = start;
      this.end = end;
      this.worker = worker;
    }
  }

  /** A file's sheet with its header row and the cells reader. */
  private static final class Table {
    final CsvSheet sheet;
    final HeaderRow header;
    final Located cells;

    Table(Path path, String kind) {
      sheet = CsvSheet.read(path);
      List<Line> head = sheet.rows().limit(HeaderRow.SEARCHED_ROWS).collect(Collectors.toList());
      header =
          HeaderRow.find(head, CHILD)
              .orElseThrow(
                  () ->
                      new ImportException(
                          path.getFileName()
                              + ": no header with a 'CHILD' column in the first "
                              + HeaderRow.SEARCHED_ROWS
                              + " lines; the "
                              + kind
                              + " file starts with its column names"));
      cells = new Located(sheet, header, false);
    }

    int column(Field field) {
      return header
          .column(field)
          .orElseThrow(
              () ->
                  new ImportException(
                      sheet.at(header.row())
                          + ": no '"
                          + field.label()
                          + "' column in the header"));
    }

    OptionalInt optional(Field field) {
      return header.column(field);
    }

    Iterable<Line> rows() {
      return sheet.rows().filter(l -> l.number() > header.row() && !l.isBlank())::iterator;
    }
  }

  ImportResult read(Path headerPath, Path episodesPath, Optional<Path> workersPath) {
    Map<CaseId, Map<String, String>> children = readHeader(new Table(headerPath, "Header"));
    Map<CaseId, List<Episode>> episodes = readEpisodes(new Table(episodesPath, "Episodes"));
    Map<CaseId, List<Allocation>> workers =
        workersPath.isPresent()
            ? readWorkers(new Table(workersPath.get(), "Social worker episodes"))
            : Map.of();
    List<CaseFile> cases = new ArrayList<>();
    for (CaseId child : new TreeSet<>(children.keySet())) {
      if (!episodes.containsKey(child)) {
        tally.skip("Header: no episode");
      }
    }
    for (Map.Entry<CaseId, List<Episode>> entry : new TreeMap<>(episodes).entrySet()) {
      toCase(
              entry.getKey(),
              entry.getValue(),
              children.getOrDefault(entry.getKey(), Map.of()),
              workers.getOrDefault(entry.getKey(), List.of()))
          .ifPresent(cases::add);
    }
    if (cases.stream().anyMatch(c -> c.allocatedWorker().isPresent())
        && options.pseudonyms().isRandom()) {
      tally.warn(
          "workers' pseudonyms use a random key for this run: they will not match another"
              + " run's; keep a key file for pseudonyms that stay the same month after month");
    }
    if (workersPath.isEmpty()) {
      tally.warn("no Social worker episodes file: every case is read as unallocated");
    }
    return tally.result().addAllCases(cases).build();
  }

  private Map<CaseId, Map<String, String>> readHeader(Table table) {
    int child = table.column(CHILD);
    OptionalInt dob =
        attributes.contains(AgeBands.ATTRIBUTE)
            ? OptionalInt.of(table.column(DOB))
            : OptionalInt.empty();
    Map<String, Integer> columns = columns(table, Set.of("gender", "ethnicity"));
    Map<CaseId, Map<String, String>> children = new LinkedHashMap<>();
    Map<CaseId, Integer> first = new HashMap<>();
    int count = 0;
    for (Line line : table.rows()) {
      count++;
      Optional<CaseId> id = table.cells.childId(line, child);
      if (id.isEmpty()) {
        tally.skip("Header: no CHILD");
        continue;
      }
      Integer seen = first.putIfAbsent(id.get(), line.number());
      if (seen != null) {
        throw new ImportException(
            table.cells.at(line, child)
                + ": child '"
                + id.get()
                + "' appears again in the Header (first on line "
                + seen
                + ")");
      }
      Map<String, String> values = new LinkedHashMap<>();
      if (dob.isPresent()) {
        table
            .cells
            .date(line, dob.getAsInt())
            .ifPresent(birth -> values.put(AgeBands.ATTRIBUTE, AgeBands.of(birth, asOf)));
      }
      codes(line, columns, values);
      children.put(id.get(), values);
    }
    tally.read("Header", table.sheet.where(), count);
    return children;
  }

  private Map<CaseId, List<Episode>> readEpisodes(Table table) {
    int child = table.column(CHILD);
    int decom = table.column(DECOM);
    int rne = table.column(RNE);
    int dec = table.column(DEC);
    int rec = table.column(REC);
    Map<String, Integer> columns =
        columns(table, Set.of("legal-status", "placement-type", "category-of-need"));
    Map<CaseId, List<Episode>> episodes = new HashMap<>();
    int count = 0;
    for (Line line : table.rows()) {
      count++;
      Optional<CaseId> id = table.cells.childId(line, child);
      if (id.isEmpty()) {
        tally.skip("Episodes: no CHILD");
        continue;
      }
      Optional<LocalDate> start = table.cells.date(line, decom);
      if (start.isEmpty()) {
        tally.skip("Episodes: no DECOM");
        continue;
      }
      if (start.get().isAfter(asOf)) {
        tally.skip("Episodes: started after the as-of date");
        continue;
      }
      boolean newPeriod =
          CellValues.text(line.value(rne)).map(t -> t.equalsIgnoreCase("S")).orElse(false);
      LocalDate end = table.cells.date(line, dec).orElse(null);
      String reason =
          CellValues.text(line.value(rec)).map(t -> t.toUpperCase(Locale.ROOT)).orElse(null);
      if (end != null && end.isBefore(start.get())) {
        tally.skip("Episodes: DEC before DECOM");
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      codes(line, columns, values);
      episodes
          .computeIfAbsent(id.get(), k -> new ArrayList<>())
          .add(new Episode(start.get(), newPeriod, end, reason, values));
    }
    tally.read("Episodes", table.sheet.where(), count);
    return episodes;
  }

  private Map<CaseId, List<Allocation>> readWorkers(Table table) {
    int child = table.column(CHILD);
    int id = table.column(SW_ID);
    int start = table.column(SW_DECOM);
    int end = table.column(SW_DEC);
    Map<CaseId, List<Allocation>> workers = new HashMap<>();
    int count = 0;
    for (Line line : table.rows()) {
      count++;
      Optional<CaseId> childId = table.cells.childId(line, child);
      Optional<String> worker = CellValues.text(line.value(id));
      Optional<LocalDate> from = table.cells.date(line, start);
      LocalDate to = table.cells.date(line, end).orElse(null);
      if (childId.isEmpty() || worker.isEmpty() || from.isEmpty()) {
        tally.skip("Social worker episodes: no CHILD, SW_ID or SW_DECOM");
        continue;
      }
      workers
          .computeIfAbsent(childId.get(), k -> new ArrayList<>())
          .add(
              new Allocation(
                  from.get(), to, PersonId.of(options.pseudonyms().pseudonym("sw", worker.get()))));
    }
    tally.read("Social worker episodes", table.sheet.where(), count);
    return workers;
  }

  private Map<String, Integer> columns(Table table, Set<String> available) {
    Map<String, Integer> columns = new TreeMap<>();
    for (String attribute : attributes) {
      if (available.contains(attribute)) {
        columns.put(attribute, table.column(ATTRIBUTES.get(attribute)));
      }
    }
    return columns;
  }

  private void codes(Line line, Map<String, Integer> columns, Map<String, String> values) {
    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      Optional<String> text = CellValues.text(line.value(column.getValue()));
      if (text.isPresent() && !Codes.isCode(text.get())) {
        tally.leaveOut(column.getKey());
      } else {
        text.ifPresent(t -> values.put(column.getKey(), t));
      }
    }
  }

  private Optional<CaseFile> toCase(
      CaseId child,
      List<Episode> episodes,
      Map<String, String> values,
      List<Allocation> allocations) {
    episodes.sort(Comparator.comparing((Episode e) -> e.start));
    int first = 0;
    for (int i = 0; i < episodes.size(); i++) {
      if (episodes.get(i).newPeriod) {
        first = i;
      }
    }
    List<Episode> period = episodes.subList(first, episodes.size());
    LocalDate opened = period.get(0).start;
    LocalDate closed = null;
    for (Episode episode : period) {
      if (episode.end != null && episode.reason != null && !episode.reason.equals("X1")) {
        closed = episode.end;
      }
    }
    Episode latest = period.get(period.size() - 1);
    if (closed != null && (latest.end == null || closed.isBefore(latest.end))) {
      closed = null;
    }
    Map<String, String> attributes = new LinkedHashMap<>(values);
    attributes.putAll(latest.values);
    Optional<PersonId> worker =
        allocations.stream()
            .filter(a -> !a.start.isAfter(asOf) && (a.end == null || !a.end.isBefore(asOf)))
            .max(Comparator.comparing((Allocation a) -> a.start))
            .map(a -> a.worker);
    return Optional.of(
        CaseFile.builder()
            .id(child)
            .category(CaseCategory.LOOKED_AFTER)
            .team(ImportOptions.UNKNOWN_TEAM)
            .allocatedWorker(worker)
            .openedOn(opened)
            .closedOn(Optional.ofNullable(closed))
            .putAllAttributes(attributes)
            .build());
  }
}
