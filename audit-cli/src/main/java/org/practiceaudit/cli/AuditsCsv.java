package org.practiceaudit.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ConcernFlag;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.internal.KebabCase;
import org.practiceaudit.core.internal.Suggestions;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Reads an audits file: {@code audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,
 * escalation_category}, one {@code score.<domain-id>} column per domain of the framework (an
 * integer in the domain's scale, or {@code NA}), every further column an attribute for cohorts.
 *
 * <p>Optional columns carry what the rules read beyond scores (issue 18): {@code escalated_at}
 * (when the concern was raised, an ISO date-time, Europe/London unless an offset is given), {@code
 * agency} (a lower-case agency id), one {@code area_grade.<domain-id>} column per area of work
 * graded (London multi-agency pack), {@code indicators} and {@code concerns} (ids separated by
 * {@code ;}) and {@code actions_outstanding} (how many recommended actions are still open; the file
 * carries no owner or due date for them), {@code sections} (the ids of the form's sections written,
 * such as {@code pen-picture} or {@code evidence/plans}, separated by {@code ;}; never their text)
 * and {@code notified} (the role ids told of or sent the audit, separated by {@code ;}).
 */
final class AuditsCsv {

  static final List<String> COLUMNS =
      List.of(
          "audit_id",
          "case_id",
          "auditor_id",
          "type",
          "allocated_on",
          "completed_on",
          "grade",
          "escalation_category");

  /**
   * The optional columns the rules read, besides {@code score.} and {@code area_grade.} columns.
   */
  static final List<String> OPTIONAL_COLUMNS =
      List.of(
          "escalated_at",
          "agency",
          "indicators",
          "concerns",
          "actions_outstanding",
          "sections",
          "notified");

  /**
   * A section id of the audit form, as {@link Audit#sections()} holds it: words joined by '-',
   * parts by '/'.
   */
  static final String SCORE = "score.";

  static final String AREA_GRADE = "area_grade.";

  /** The most recommended actions one row may say are outstanding. */
  static final int MAX_ACTIONS = 1_000;

  private AuditsCsv() {}

  /**
   * Reads the audits made under a framework.
   *
   * @throws InputException with every problem if any
   */
  static List<Audit> read(Path path, AuditFramework framework) {
    InputProblems problems = new InputProblems();
    List<Audit> audits = read(path.toString(), framework, problems);
    problems.throwIfAny();
    return audits;
  }

  /**
   * Reads the audits made under a framework, adding every problem found; returns the audits of the
   * rows without problems (none when the file cannot be read or its header is unusable).
   */
  static List<Audit> read(String path, AuditFramework framework, InputProblems problems) {
    List<Audit> audits = new ArrayList<>();
    if (read(path, framework, problems, Progress.none(), audits::add).isEmpty()) {
      return List.of();
    }
    return List.copyOf(audits);
  }

  /**
   * Reads the audits made under a framework as a stream: each audit of a row without problems goes
   * to {@code sink} as it is read, in file order, and is not kept, so that a file of millions of
   * audits is read in little memory. Adds every problem found; warns when the file has no {@code
   * score.<domain>} column for a domain of the framework, which the report would otherwise show as
   * never scored. When problems were added the caller drops what {@code sink} took.
   *
   * @return what the read saw of the audits it handed on, or empty if the file cannot be read or
   *     its header is unusable
   */
  static Optional<Summary> read(
      String path,
      AuditFramework framework,
      InputProblems problems,
      Progress progress,
      Consumer<Audit> sink) {
    AuditRows rows = new AuditRows(framework, sink);
    Optional<CsvFile> file =
        CsvFile.read(
            path,
            "audits",
            COLUMNS,
            h ->
                h.startsWith(SCORE)
                    || h.startsWith(AREA_GRADE)
                    || OPTIONAL_COLUMNS.contains(h)
                    || KebabCase.isAttributeName(h),
            problems,
            progress,
            rows);
    return file.isEmpty() || rows.badHeader ? Optional.empty() : Optional.of(rows.summary);
  }

  /** What a read saw of the audits it handed on: their number, dates and attribute columns. */
  static final class Summary {
    private long audits;
    private LocalDate earliestAllocation = LocalDate.MAX;
    private LocalDate latest = LocalDate.MIN;
    private final Set<String> attributes = new TreeSet<>();

    /** The summary of audits already read (from interchange JSON). */
    static Summary of(List<Audit> read) {
      Summary summary = new Summary();
      read.forEach(summary::add);
      return summary;
    }

    private void add(Audit audit) {
      audits++;
      if (audit.allocatedOn().isBefore(earliestAllocation)) {
        earliestAllocation = audit.allocatedOn();
      }
      latest = Reports.latest(latest, audit);
      if (!audit.attributes().isEmpty()) {
        attributes.addAll(audit.attributes().keySet());
      }
    }

    /** The number of audits handed on. */
    long audits() {
      return audits;
    }

    /** The earliest allocation date; only when there are audits. */
    LocalDate earliestAllocation() {
      return earliestAllocation;
    }

    /**
     * The latest allocation or completion date, as {@link Reports#latestDate} gives; only when
     * there are audits.
     */
    LocalDate latest() {
      return latest;
    }

    /** The attribute columns with a value in some audit, in name order. */
    Set<String> attributes() {
      return attributes;
    }
  }

  /** Checks the header once, then turns each row into an audit for the sink. */
  private static final class AuditRows implements CsvFile.Rows {
    private final AuditFramework framework;
    private final Consumer<Audit> sink;
    private final Summary summary = new Summary();
    private final IdLines ids = new IdLines();
    private final Map<String, Domain> domains = new LinkedHashMap<>();
    private final Map<String, Domain> areas = new LinkedHashMap<>();
    private final Map<String, Cells.Expect> scoreExpects = new HashMap<>();
    private final List<String> known = new ArrayList<>();
    private boolean badHeader;
    private List<String> indicatorIds;
    private List<String> gradeLabels;
    private Cells.Expect gradeExpect;
    private Cells.Expect typeExpect;
    private Cells.Expect escalationExpect;

    AuditRows(AuditFramework framework, Consumer<Audit> sink) {
      this.framework = framework;
      this.sink = sink;
    }

    @Override
    public void header(CsvFile csv) {
      indicatorIds =
          framework.domains().stream()
              .flatMap(
                  d ->
                      java.util.stream.Stream.concat(
                          d.goodIndicators().stream(), d.outstandingIndicators().stream()))
              .map(Indicator::id)
              .distinct()
              .collect(Collectors.toList());
      gradeLabels =
          framework.gradeScale().grades().stream().map(Grade::label).collect(Collectors.toList());
      gradeExpect = Cells.GRADE.expecting("one of " + gradeLabels + ", or nothing");
      typeExpect =
          Cells.CODE_VALUE.expecting(
              framework.auditTypes().isEmpty()
                  ? "an audit type id"
                  : "one of "
                      + framework.auditTypes().stream()
                          .map(AuditType::id)
                          .collect(Collectors.toList()));
      escalationExpect =
          Cells.WHOLE_NUMBER.expecting(
              framework.escalationCategories().isEmpty()
                  ? "a level of 1 or more, or nothing"
                  : "one of "
                      + framework.escalationCategories().stream()
                          .map(EscalationCategory::level)
                          .collect(Collectors.toList())
                      + ", or nothing");
      known.addAll(COLUMNS);
      known.addAll(OPTIONAL_COLUMNS);
      List<String> domainColumns =
          framework.domains().stream().map(d -> SCORE + d.id()).collect(Collectors.toList());
      for (String header : csv.headers()) {
        String prefix =
            header.startsWith(SCORE) ? SCORE : header.startsWith(AREA_GRADE) ? AREA_GRADE : "";
        if (prefix.isEmpty()) {
          continue;
        }
        known.add(header);
        Optional<Domain> domain = framework.domain(header.substring(prefix.length()));
        if (domain.isPresent()) {
          (prefix.equals(SCORE) ? domains : areas).put(header, domain.get());
        } else {
          badHeader = true;
          csv.headerProblem(
              header,
              "column name "
                  + Cells.columnName(header)
                  + ": framework '"
                  + framework.id()
                  + "' has no such domain"
                  + Cells.suggestion(
                      header,
                      framework.domains().stream()
                          .map(d -> prefix + d.id())
                          .collect(Collectors.toList())));
        }
      }
      if (badHeader) {
        return;
      }
      for (String header : csv.headers()) {
        if (!known.contains(header)) {
          Suggestions.closest(header, OPTIONAL_COLUMNS)
              .filter(c -> !csv.headers().contains(c))
              .ifPresent(
                  c ->
                      csv.warn(
                          "column "
                              + Cells.columnName(header)
                              + " is read as an attribute for"
                              + " cohorts; did you mean '"
                              + c
                              + "'?"));
        }
      }
      List<String> unscored =
          domainColumns.stream().filter(c -> !domains.containsKey(c)).collect(Collectors.toList());
      if (!unscored.isEmpty()) {
        csv.warn(
            "no column for "
                + Plurals.count(unscored.size(), "domain", "domains")
                + " of framework '"
                + framework.id()
                + "' ("
                + String.join(", ", unscored)
                + "); the report counts "
                + (unscored.size() == 1 ? "it" : "them")
                + " as not scored in every audit");
      }
      domains.forEach(
          (column, domain) ->
              scoreExpects.put(
                  column,
                  Cells.SCORE.expecting(
                      "a whole number from "
                          + domain.scoreScale().min()
                          + " to "
                          + domain.scoreScale().max()
                          + ", NA, or nothing")));
    }

    @Override
    public void row(CsvFile.Row row) {
      if (badHeader) {
        return;
      }
      Optional<AuditId> id = row.required("audit_id", AuditId::of, Cells.IDENTIFIER);
      Optional<CaseId> caseId = row.required("case_id", CaseId::of, Cells.IDENTIFIER);
      Optional<PersonId> auditor = row.required("auditor_id", PersonId::of, Cells.IDENTIFIER);
      Optional<String> type = row.required("type", t -> auditType(framework, t), typeExpect);
      Optional<LocalDate> allocatedOn = row.requiredDate("allocated_on");
      Optional<LocalDate> completedOn = row.optionalDate("completed_on");
      Optional<Grade> grade = grade(row, "grade", framework, gradeLabels, gradeExpect);
      Optional<Integer> escalation =
          row.optional("escalation_category", c -> escalationLevel(framework, c), escalationExpect);
      Map<String, DomainScore> scores = scores(row);
      Map<String, Grade> areaGrades = new LinkedHashMap<>();
      areas.forEach(
          (column, area) ->
              grade(row, column, framework, gradeLabels, gradeExpect)
                  .ifPresent(g -> areaGrades.put(area.id(), g)));
      Optional<Instant> escalatedAt =
          row.optional("escalated_at", AuditsCsv::instant, Cells.DATE_TIME.orNothing());
      Optional<String> agency =
          row.optional(
              "agency",
              AuditsCsv::agency,
              Cells.CODE_VALUE.expecting(
                  "a lower-case agency id such as health or police, or nothing"));
      Set<String> indicators = ids(row, "indicators", "indicator", indicatorIds, this::indicator);
      Set<ConcernFlag> concerns = ids(row, "concerns", "concern", CONCERN_IDS, ConcernFlag::parse);
      Set<String> sections = ids(row, "sections", "section", List.of(), s -> s, Audit::isSectionId);
      Set<String> notified = ids(row, "notified", "role", List.of(), s -> s, KebabCase::isId);
      int outstanding =
          row.optional(
                  "actions_outstanding",
                  AuditsCsv::actionCount,
                  Cells.WHOLE_NUMBER.expecting(
                      "a whole number from 0 to " + MAX_ACTIONS + ", or nothing"))
              .orElse(0);
      checkIdAndDates(row, id, allocatedOn, completedOn);
      if (!row.ok()) {
        return;
      }
      try {
        Audit audit =
            Audit.builder()
                .id(id.get())
                .caseId(caseId.get())
                .auditor(auditor.get())
                .frameworkId(framework.id())
                .frameworkVersion(framework.version())
                .auditType(type.get())
                .status(completedOn.isPresent() ? AuditStatus.COMPLETED : AuditStatus.ALLOCATED)
                .allocatedOn(allocatedOn.get())
                .completedOn(completedOn)
                .overallGrade(grade)
                .escalationCategory(escalation.map(OptionalInt::of).orElse(OptionalInt.empty()))
                .putAllScores(scores)
                .putAllAreaGrades(areaGrades)
                .escalatedAt(escalatedAt)
                .agency(agency)
                .addAllEvidencedIndicators(indicators)
                .addAllConcerns(concerns)
                .addAllActions(outstanding(outstanding))
                .addAllSections(sections)
                .addAllNotified(notified)
                .putAllAttributes(row.others(known))
                .build();
        summary.add(audit);
        sink.accept(audit);
      } catch (IllegalArgumentException e) {
        row.problem(
            new InputProblems.Kind("inconsistent audit", "inconsistent audits"),
            "the audit is not consistent; check its dates, grade and scores");
      }
    }

    private Map<String, DomainScore> scores(CsvFile.Row row) {
      Map<String, DomainScore> scores = new LinkedHashMap<>();
      for (Map.Entry<String, Domain> entry : domains.entrySet()) {
        Domain domain = entry.getValue();
        row.optional(entry.getKey(), s -> score(domain, s), scoreExpects.get(entry.getKey()))
            .ifPresent(score -> scores.put(domain.id(), score));
      }
      return scores;
    }

    private String indicator(String id) {
      if (!indicatorIds.isEmpty() && !indicatorIds.contains(id)) {
        throw new IllegalArgumentException(id);
      }
      return id;
    }

    /**
     * Records a duplicate audit id (with the line it was first on) and a completion before
     * allocation.
     */
    private void checkIdAndDates(
        CsvFile.Row row,
        Optional<AuditId> id,
        Optional<LocalDate> allocatedOn,
        Optional<LocalDate> completedOn) {
      if (id.isPresent()) {
        long first = ids.putIfAbsent(id.get().value(), row.line());
        if (first >= 0) {
          row.problem(
              "audit_id",
              InputProblems.Kind.in("audit_id", "duplicate id", "duplicate ids"),
              "duplicate audit id '" + id.get() + "', first on line " + first);
        }
      }
      if (allocatedOn.isPresent()
          && completedOn.isPresent()
          && completedOn.get().isBefore(allocatedOn.get())) {
        row.problem(
            "completed_on",
            InputProblems.Kind.in("completed_on", "date out of order", "dates out of order"),
            "completed on "
                + completedOn.get()
                + " before it was allocated on "
                + allocatedOn.get());
      }
    }
  }

  /**
   * Reads a grade: one of the framework's labels, or a suggestion of the closest; never the cell.
   */
  private static Optional<Grade> grade(
      CsvFile.Row row,
      String column,
      AuditFramework framework,
      List<String> labels,
      Cells.Expect expect) {
    String cell = row.text(column);
    if (cell.isEmpty() || Cells.hasControlCharacter(cell)) {
      return row.optional(
          column,
          g ->
              framework
                  .gradeScale()
                  .find(g)
                  .orElseThrow(() -> new IllegalArgumentException("grade")),
          expect);
    }
    Optional<Grade> grade = framework.gradeScale().find(cell);
    if (grade.isEmpty()) {
      row.invalid(
          column,
          expect,
          Suggestions.closest(cell, labels).map(c -> "; did you mean '" + c + "'?").orElse(""));
    }
    return grade;
  }

  private static final List<String> CONCERN_IDS =
      java.util.Arrays.stream(ConcernFlag.values())
          .map(ConcernFlag::id)
          .collect(Collectors.toList());

  /**
   * Reads a list of ids separated by {@code ;}, recording one problem per id that is not known: the
   * id is quoted when it has the shape of a code, with the closest known id; otherwise it is
   * described.
   */
  private static <T> Set<T> ids(
      CsvFile.Row row, String column, String noun, List<String> known, Function<String, T> parser) {
    return ids(row, column, noun, known, parser, id -> Cells.CODE.matcher(id).matches());
  }

  /** Reads a list of ids separated by {@code ;}, each of the given shape. */
  private static <T> Set<T> ids(
      CsvFile.Row row,
      String column,
      String noun,
      List<String> known,
      Function<String, T> parser,
      java.util.function.Predicate<String> shape) {
    String cell = row.text(column);
    Set<T> ids = new LinkedHashSet<>();
    if (cell.isEmpty()) {
      return ids;
    }
    String expected =
        (known.isEmpty()
                ? noun + " ids"
                : "ids of "
                    + known.size()
                    + " "
                    + noun
                    + (known.size() == 1 ? "" : "s")
                    + " such as "
                    + known.get(0))
            + ", separated by ';'";
    if (Cells.hasControlCharacter(cell)) {
      row.invalid(column, Cells.CODE_VALUE.expecting(expected), "");
      return ids;
    }
    for (String item : cell.split(";", -1)) {
      String id = item.strip();
      if (id.isEmpty()) {
        continue;
      }
      try {
        if (!shape.test(id)) {
          throw new IllegalArgumentException(noun);
        }
        ids.add(parser.apply(id));
      } catch (IllegalArgumentException e) {
        String what =
            shape.test(id)
                ? "'" + id + "' is not a known " + noun + Cells.suggestion(id, known)
                : "a value that is not an id";
        row.problem(
            column,
            InputProblems.Kind.in(column, "unknown " + noun, "unknown " + noun + "s"),
            what + "; expected " + expected);
      }
    }
    return ids;
  }

  /** Parses when a concern was raised: an offset date-time, or a local one in Europe/London. */
  private static Instant instant(String text) {
    try {
      return new DeadlineCommand.RaisedConverter().convert(text).toInstant();
    } catch (picocli.CommandLine.TypeConversionException e) {
      throw new IllegalArgumentException("date-time", e);
    }
  }

  private static String agency(String text) {
    if (!Cells.CODE.matcher(text).matches()) {
      throw new IllegalArgumentException("agency");
    }
    return text;
  }

  private static int actionCount(String text) {
    int n = Integer.parseInt(text);
    if (n < 0 || n > MAX_ACTIONS) {
      throw new IllegalArgumentException(text);
    }
    return n;
  }

  /**
   * The open recommended actions a row counts; the file says nothing of their owner or due date.
   */
  private static List<RecommendedAction> outstanding(int count) {
    List<RecommendedAction> actions = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      actions.add(
          RecommendedAction.builder()
              .description(
                  "outstanding action " + i + " of " + count + " (counted in the audits file)")
              .build());
    }
    return actions;
  }

  private static String auditType(AuditFramework framework, String text) {
    if (!framework.auditTypes().isEmpty() && framework.auditType(text).isEmpty()) {
      throw new IllegalArgumentException(text);
    }
    return text;
  }

  private static int escalationLevel(AuditFramework framework, String text) {
    int level = Integer.parseInt(text);
    if (level < 1
        || (!framework.escalationCategories().isEmpty()
            && framework.escalationCategory(level).isEmpty())) {
      throw new IllegalArgumentException(text);
    }
    return level;
  }

  private static DomainScore score(Domain domain, String text) {
    DomainScore score = DomainScore.parse(text);
    if (score.isApplicable() && !domain.scoreScale().contains(score.value().getAsInt())) {
      throw new IllegalArgumentException(text);
    }
    return score;
  }
}
