package org.practiceaudit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.practiceaudit.core.Suggestions;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Reads an audits file: {@code audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,
 * escalation_category}, one {@code score.<domain-id>} column per domain of the framework (an integer in
 * the domain's scale, or {@code NA}), every further column an attribute for cohorts.
 */
final class AuditsCsv {

  static final List<String> COLUMNS = List.of("audit_id", "case_id", "auditor_id", "type",
      "allocated_on", "completed_on", "grade", "escalation_category");

  static final String SCORE = "score.";

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
   * Reads the audits made under a framework, adding every problem found; returns the audits of the rows
   * without problems. Warns when the file has no {@code score.<domain>} column for a domain of the
   * framework, which the report would otherwise show as never scored.
   */
  static List<Audit> read(String path, AuditFramework framework, InputProblems problems) {
    Optional<CsvFile> file = CsvFile.read(path, "audits", COLUMNS,
        h -> h.startsWith(SCORE) || CasesCsv.ATTRIBUTE.matcher(h).matches(), problems);
    if (file.isEmpty()) {
      return List.of();
    }
    CsvFile csv = file.get();
    Map<String, Domain> domains = new LinkedHashMap<>();
    List<String> known = new ArrayList<>(COLUMNS);
    List<String> domainColumns = framework.domains().stream().map(d -> SCORE + d.id())
        .collect(Collectors.toList());
    boolean badHeader = false;
    for (String header : csv.headers()) {
      if (!header.startsWith(SCORE)) {
        continue;
      }
      known.add(header);
      String domainId = header.substring(SCORE.length());
      Optional<Domain> domain = framework.domain(domainId);
      if (domain.isPresent()) {
        domains.put(header, domain.get());
      } else {
        badHeader = true;
        csv.headerProblem(header, "column name " + Cells.columnName(header) + ": framework '"
            + framework.id() + "' has no such domain" + Cells.suggestion(header, domainColumns));
      }
    }
    if (badHeader) {
      return List.of();
    }
    List<String> unscored = domainColumns.stream().filter(c -> !domains.containsKey(c))
        .collect(Collectors.toList());
    if (!unscored.isEmpty()) {
      csv.warn("no column for " + Plurals.count(unscored.size(), "domain", "domains") + " of framework '"
          + framework.id() + "' (" + String.join(", ", unscored) + "); the report counts "
          + (unscored.size() == 1 ? "it" : "them") + " as not scored in every audit");
    }
    List<Audit> audits = new ArrayList<>();
    Map<AuditId, Long> seen = new HashMap<>();
    List<String> gradeLabels = framework.gradeScale().grades().stream().map(Grade::label)
        .collect(Collectors.toList());
    Cells.Expect gradeExpect = Cells.GRADE.expecting("one of " + gradeLabels + ", or nothing");
    Cells.Expect typeExpect = Cells.CODE_VALUE.expecting(framework.auditTypes().isEmpty()
        ? "an audit type id" : "one of " + framework.auditTypes().stream().map(AuditType::id)
            .collect(Collectors.toList()));
    Cells.Expect escalationExpect = Cells.WHOLE_NUMBER.expecting(
        framework.escalationCategories().isEmpty() ? "a level of 1 or more, or nothing"
            : "one of " + framework.escalationCategories().stream().map(EscalationCategory::level)
                .collect(Collectors.toList()) + ", or nothing");
    for (CsvFile.Row row : csv.rows()) {
      Optional<AuditId> id = row.required("audit_id", AuditId::of, Cells.IDENTIFIER);
      Optional<CaseId> caseId = row.required("case_id", CaseId::of, Cells.IDENTIFIER);
      Optional<PersonId> auditor = row.required("auditor_id", PersonId::of, Cells.IDENTIFIER);
      Optional<String> type = row.required("type", t -> auditType(framework, t), typeExpect);
      Optional<LocalDate> allocatedOn = row.requiredDate("allocated_on");
      Optional<LocalDate> completedOn = row.optionalDate("completed_on");
      Optional<Grade> grade = grade(row, framework, gradeLabels, gradeExpect);
      Optional<Integer> escalation = row.optional("escalation_category",
          c -> escalationLevel(framework, c), escalationExpect);
      Map<String, DomainScore> scores = new LinkedHashMap<>();
      for (Map.Entry<String, Domain> entry : domains.entrySet()) {
        Domain domain = entry.getValue();
        row.optional(entry.getKey(), s -> score(domain, s), Cells.SCORE.expecting(
            "a whole number from " + domain.scoreScale().min() + " to " + domain.scoreScale().max()
                + ", NA, or nothing"))
            .ifPresent(score -> scores.put(domain.id(), score));
      }
      if (id.isPresent()) {
        Long first = seen.putIfAbsent(id.get(), row.line());
        if (first != null) {
          row.problem("audit_id", InputProblems.Kind.in("audit_id", "duplicate id", "duplicate ids"),
              "duplicate audit id '" + id.get() + "', first on line " + first);
        }
      }
      if (allocatedOn.isPresent() && completedOn.isPresent()
          && completedOn.get().isBefore(allocatedOn.get())) {
        row.problem("completed_on", InputProblems.Kind.in("completed_on", "date out of order",
            "dates out of order"), "completed on " + completedOn.get()
            + " before it was allocated on " + allocatedOn.get());
      }
      if (!row.ok()) {
        continue;
      }
      try {
        audits.add(Audit.builder()
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
          .escalationCategory(escalation.map(OptionalInt::of)
              .orElse(OptionalInt.empty()))
          .putAllScores(scores)
          .putAllAttributes(row.others(known))
          .build());
      } catch (IllegalArgumentException e) {
        row.problem(new InputProblems.Kind("inconsistent audit", "inconsistent audits"),
            "the audit is not consistent; check its dates, grade and scores");
      }
    }
    return List.copyOf(audits);
  }

  /** Reads a grade: one of the framework's labels, or a suggestion of the closest; never the cell. */
  private static Optional<Grade> grade(CsvFile.Row row, AuditFramework framework,
      List<String> labels, Cells.Expect expect) {
    String cell = row.text("grade");
    if (cell.isEmpty() || Cells.hasControlCharacter(cell)) {
      return row.optional("grade", g -> framework.gradeScale().find(g)
          .orElseThrow(() -> new IllegalArgumentException("grade")), expect);
    }
    Optional<Grade> grade = framework.gradeScale().find(cell);
    if (grade.isEmpty()) {
      row.invalid("grade", expect, Suggestions.closest(cell, labels)
          .map(c -> "; did you mean '" + c + "'?").orElse(""));
    }
    return grade;
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
