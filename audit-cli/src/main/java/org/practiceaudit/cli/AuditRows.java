package org.practiceaudit.cli;

import static org.practiceaudit.cli.AuditsCsv.AREA_GRADE;
import static org.practiceaudit.cli.AuditsCsv.COLUMNS;
import static org.practiceaudit.cli.AuditsCsv.MAX_ACTIONS;
import static org.practiceaudit.cli.AuditsCsv.OPTIONAL_COLUMNS;
import static org.practiceaudit.cli.AuditsCsv.SCORE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * The rows of an audits file ({@link AuditsCsv}): checks the header once against the framework (its
 * domains, grades, audit types and escalation categories), then turns each row into an audit for
 * the sink, recording every problem on its row and cell.
 */
final class AuditRows implements CsvFile.Rows {
  private final AuditFramework framework;
  private final Consumer<Audit> sink;
  private final AuditsCsv.Summary summary = new AuditsCsv.Summary();
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

  /** Tells whether the header named a domain the framework lacks, so that no row was read. */
  boolean badHeader() {
    return badHeader;
  }

  /** What the read saw of the audits handed on so far. */
  AuditsCsv.Summary summary() {
    return summary;
  }

  @Override
  public void header(CsvFile csv) {
    expectations();
    known.addAll(COLUMNS);
    known.addAll(OPTIONAL_COLUMNS);
    domainColumns(csv);
    if (badHeader) {
      return;
    }
    warnAttributesLikeColumns(csv);
    warnUnscoredDomains(csv);
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

  /** What the framework allows in its indicator, grade, type and escalation cells. */
  private void expectations() {
    indicatorIds =
        framework.domains().stream()
            .flatMap(
                d -> Stream.concat(d.goodIndicators().stream(), d.outstandingIndicators().stream()))
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
  }

  /** Finds the score and area-grade columns' domains; a domain the framework lacks is a problem. */
  private void domainColumns(CsvFile csv) {
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
  }

  /** Warns of an attribute column whose name is close to an optional column's. */
  private void warnAttributesLikeColumns(CsvFile csv) {
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
  }

  /** Warns when the file has no score column for a domain, which the report counts as unscored. */
  private void warnUnscoredDomains(CsvFile csv) {
    List<String> domainColumns =
        framework.domains().stream().map(d -> SCORE + d.id()).collect(Collectors.toList());
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
    RuleCells rules = ruleCells(row);
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
              .escalatedAt(rules.escalatedAt())
              .agency(rules.agency())
              .addAllEvidencedIndicators(rules.indicators())
              .addAllConcerns(rules.concerns())
              .addAllActions(outstanding(rules.outstanding()))
              .addAllSections(rules.sections())
              .addAllNotified(rules.notified())
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

  /** The optional cells the rules read beyond scores (issue 18). */
  private record RuleCells(
      Optional<Instant> escalatedAt,
      Optional<String> agency,
      Set<String> indicators,
      Set<ConcernFlag> concerns,
      Set<String> sections,
      Set<String> notified,
      int outstanding) {}

  /** Reads the optional cells the rules read, recording a problem for each invalid one. */
  private RuleCells ruleCells(CsvFile.Row row) {
    Optional<Instant> escalatedAt =
        row.optional("escalated_at", AuditRows::instant, Cells.DATE_TIME.orNothing());
    Optional<String> agency =
        row.optional(
            "agency",
            AuditRows::agency,
            Cells.CODE_VALUE.expecting(
                "a lower-case agency id such as health or police, or nothing"));
    Set<String> indicators = ids(row, "indicators", "indicator", indicatorIds, this::indicator);
    Set<ConcernFlag> concerns = ids(row, "concerns", "concern", CONCERN_IDS, ConcernFlag::parse);
    Set<String> sections = ids(row, "sections", "section", List.of(), s -> s, Audit::isSectionId);
    Set<String> notified = ids(row, "notified", "role", List.of(), s -> s, KebabCase::isId);
    int outstanding =
        row.optional(
                "actions_outstanding",
                AuditRows::actionCount,
                Cells.WHOLE_NUMBER.expecting(
                    "a whole number from 0 to " + MAX_ACTIONS + ", or nothing"))
            .orElse(0);
    return new RuleCells(
        escalatedAt, agency, indicators, concerns, sections, notified, outstanding);
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
          "completed on " + completedOn.get() + " before it was allocated on " + allocatedOn.get());
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
      Arrays.stream(ConcernFlag.values()).map(ConcernFlag::id).collect(Collectors.toList());

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
      Predicate<String> shape) {
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
