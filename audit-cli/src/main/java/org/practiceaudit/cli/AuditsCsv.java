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
   * @throws InputException with every bad row if any
   */
  static List<Audit> read(Path path, AuditFramework framework) {
    CsvFile csv = CsvFile.read(path, "audits", COLUMNS);
    Map<String, Domain> domains = new LinkedHashMap<>();
    List<String> known = new ArrayList<>(COLUMNS);
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
        csv.problem("line 1: column " + CsvFile.quote(header).strip() + ": framework '"
            + framework.id() + "' has no such domain; expected one of "
            + framework.domains().stream().map(d -> SCORE + d.id()).collect(Collectors.toList()));
      }
    }
    csv.throwIfProblems();
    List<Audit> audits = new ArrayList<>();
    Map<AuditId, Integer> seen = new HashMap<>();
    String gradeLabels = framework.gradeScale().grades().stream().map(Grade::label)
        .collect(Collectors.joining(", ", "one of [", "]"));
    for (CsvFile.Row row : csv.rows()) {
      Optional<AuditId> id = row.required("audit_id", AuditId::of, CasesCsv.ID_EXPECTED);
      Optional<CaseId> caseId = row.required("case_id", CaseId::of, CasesCsv.ID_EXPECTED);
      Optional<PersonId> auditor = row.required("auditor_id", PersonId::of, CasesCsv.ID_EXPECTED);
      Optional<String> type = row.required("type", t -> auditType(framework, t),
          framework.auditTypes().isEmpty() ? "an audit type id"
              : "one of " + framework.auditTypes().stream().map(AuditType::id)
                  .collect(Collectors.toList()));
      Optional<LocalDate> allocatedOn = row.requiredDate("allocated_on");
      Optional<LocalDate> completedOn = row.optionalDate("completed_on");
      Optional<Grade> grade = row.optional("grade",
          g -> framework.gradeScale().find(g).orElseThrow(() -> new IllegalArgumentException(g)),
          gradeLabels + ", or nothing");
      Optional<Integer> escalation = row.optional("escalation_category",
          c -> escalationLevel(framework, c),
          framework.escalationCategories().isEmpty() ? "a level of 1 or more, or nothing"
              : "one of " + framework.escalationCategories().stream().map(EscalationCategory::level)
                  .collect(Collectors.toList()) + ", or nothing");
      Map<String, DomainScore> scores = new LinkedHashMap<>();
      for (Map.Entry<String, Domain> entry : domains.entrySet()) {
        Domain domain = entry.getValue();
        row.optional(entry.getKey(), s -> score(domain, s),
            "a whole number from " + domain.scoreScale().min() + " to " + domain.scoreScale().max()
                + ", NA, or nothing")
            .ifPresent(score -> scores.put(domain.id(), score));
      }
      if (id.isPresent()) {
        Integer first = seen.putIfAbsent(id.get(), row.line());
        if (first != null) {
          row.problem("audit_id", "duplicate audit id '" + id.get() + "', first on line " + first);
        }
      }
      if (allocatedOn.isPresent() && completedOn.isPresent()
          && completedOn.get().isBefore(allocatedOn.get())) {
        row.problem("completed_on", "completed on " + completedOn.get() + " before it was allocated on "
            + allocatedOn.get());
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
        row.problem(e.getMessage());
      }
    }
    csv.throwIfProblems();
    return List.copyOf(audits);
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
