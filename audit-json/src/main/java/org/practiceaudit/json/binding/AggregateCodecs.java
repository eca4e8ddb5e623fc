package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.Fields.array;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.report.ActionSummary;
import org.practiceaudit.core.report.AggregateState;
import org.practiceaudit.core.report.AuditSums;
import org.practiceaudit.core.report.AuditorCompliance;
import org.practiceaudit.core.report.AuditorMovement;
import org.practiceaudit.core.report.CohortState;
import org.practiceaudit.core.report.DomainSums;
import org.practiceaudit.core.report.EscalationLine;
import org.practiceaudit.core.report.ImmutableAggregateState;
import org.practiceaudit.core.report.MonthState;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.workforce.PersonId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a report aggregate's snapshot ({@link AggregateState}), read and written, so
 * that partial aggregates can be shipped between services and merged. Property names are snake_case
 * and listed in the README; every count is a whole number, and a snapshot that is not internally
 * consistent is rejected whole by audit-core's checks.
 */
final class AggregateCodecs {

  private AggregateCodecs() {}

  private static final Set<String> STATE_FIELDS =
      Set.of(
          "as_of",
          "grade_scale_id",
          "cohort_attributes",
          "audits",
          "completed",
          "completed_on_time",
          "completed_late",
          "overdue",
          "pending",
          "domains",
          "per_audit",
          "grades",
          "months",
          "cohorts",
          "escalations",
          "actions",
          "compliance_by_auditor",
          "quota_done",
          "moderation",
          "movements");

  private static final Set<String> DOMAIN_FIELDS =
      Set.of("domain_id", "scored", "sum", "sum_of_squares", "not_applicable");

  private static final Set<String> PER_AUDIT_FIELDS =
      Set.of("applicable_domains", "audits", "sum", "sum_of_squares");

  private static final Set<String> MONTH_FIELDS =
      Set.of(
          "month",
          "completed_on_time",
          "completed_late",
          "overdue",
          "pending",
          "completed",
          "domains",
          "per_audit",
          "grades");

  private static final Set<String> AUDITOR_FIELDS =
      Set.of("auditor_id", "completed_on_time", "completed_late", "overdue", "pending");

  private static final Set<String> COHORT_FIELDS =
      Set.of("dimension", "value", "audits", "domains", "grades");

  static final Codec<AggregateState> AGGREGATE_STATE =
      new Codec<>() {
        @Override
        public JsonNode write(AggregateState s) {
          ObjectNode o = Fields.object();
          o.put("as_of", s.asOf().toString());
          o.put("grade_scale_id", s.gradeScaleId());
          o.set(
              "cohort_attributes",
              array(s.cohortAttributes(), x -> Fields.NODES.stringNode((String) x)));
          o.put("audits", s.audits());
          o.put("completed", s.completed());
          o.put("completed_on_time", s.completedOnTime());
          o.put("completed_late", s.completedLate());
          o.put("overdue", s.overdue());
          o.put("pending", s.pending());
          o.set("domains", domains(s.domains()));
          o.set("per_audit", perAudit(s.perAudit()));
          o.set("grades", counts(s.grades()));
          o.set("months", array(s.months(), x -> month((MonthState) x)));
          o.set("cohorts", array(s.cohorts(), x -> cohort((CohortState) x)));
          o.set(
              "escalations",
              array(s.escalations(), x -> ReportCodecs.escalation((EscalationLine) x)));
          o.set("actions", ReportCodecs.actions(s.actions()));
          o.set(
              "compliance_by_auditor",
              array(s.complianceByAuditor(), x -> auditor((AuditorCompliance) x)));
          ObjectNode quota = o.putObject("quota_done");
          s.quotaDone().forEach((person, done) -> quota.put(person.toString(), done));
          o.set("moderation", moderation(s.moderation()));
          o.set("movements", array(s.movements(), x -> movement((AuditorMovement) x)));
          return o;
        }

        @Override
        public AggregateState read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "aggregate", STATE_FIELDS);
          String asOf = f.text("as_of");
          ImmutableAggregateState.Builder b = AggregateState.builder();
          try {
            b.asOf(Instant.parse(asOf));
          } catch (DateTimeParseException e) {
            throw new BindingException(
                "'as_of' in aggregate must be an ISO instant such as 2026-03-30T09:00:00Z: '"
                    + asOf
                    + "'");
          }
          b.gradeScaleId(f.text("grade_scale_id"))
              .addAllCohortAttributes(
                  f.list("cohort_attributes", n -> f.text(n, "cohort_attributes")))
              .audits(f.count("audits"))
              .completed(f.count("completed"))
              .completedOnTime(f.count("completed_on_time"))
              .completedLate(f.count("completed_late"))
              .overdue(f.count("overdue"))
              .pending(f.count("pending"))
              .addAllDomains(f.list("domains", AggregateCodecs::domain))
              .addAllPerAudit(f.list("per_audit", AggregateCodecs::perAuditEntry))
              .addAllGrades(f.list("grades", n -> f.count(n, "grades")))
              .addAllMonths(f.list("months", AggregateCodecs::readMonth))
              .addAllCohorts(f.list("cohorts", AggregateCodecs::readCohort))
              .addAllEscalations(f.list("escalations", AggregateCodecs::readEscalation));
          Fields actions =
              Fields.of(
                  f.required("actions"), "actions", Set.of("total", "outstanding", "overdue"));
          b.actions(
              ActionSummary.builder()
                  .total(actions.count("total"))
                  .outstanding(actions.count("outstanding"))
                  .overdue(actions.count("overdue"))
                  .build());
          b.addAllComplianceByAuditor(
              f.list("compliance_by_auditor", AggregateCodecs::readAuditor));
          for (Map.Entry<String, Long> e :
              f.map("quota_done", n -> f.count(n, "quota_done")).entrySet()) {
            b.putQuotaDone(PersonId.parse(e.getKey()), e.getValue());
          }
          b.moderation(table(f.required("moderation")));
          b.addAllMovements(f.list("movements", AggregateCodecs::readMovement));
          return b.build();
        }
      };

  private static EscalationLine readEscalation(JsonNode n) {
    Fields e =
        Fields.of(
            n,
            "escalation",
            Set.of("category", "raised", "open", "overdue", "counted_from_completion_day"));
    return EscalationLine.builder()
        .category(e.integer("category"))
        .raised(e.count("raised"))
        .open(e.count("open"))
        .overdue(e.count("overdue"))
        .countedFromCompletionDay(
            e.optional("counted_from_completion_day")
                .map(v -> e.count(v, "counted_from_completion_day"))
                .orElse(0L))
        .build();
  }

  private static JsonNode moderation(AgreementTable t) {
    ObjectNode table = Fields.object().put("categories", t.categories());
    ArrayNode rows = table.putArray("counts");
    for (int i = 0; i < t.categories(); i++) {
      ArrayNode row = rows.addArray();
      for (int j = 0; j < t.categories(); j++) {
        row.add(t.count(i, j));
      }
    }
    return table;
  }

  private static JsonNode movement(AuditorMovement a) {
    return Fields.object()
        .put("auditor_id", a.auditor().toString())
        .put("raised", a.raised())
        .put("lowered", a.lowered())
        .put("same", a.same());
  }

  private static AuditorMovement readMovement(JsonNode n) {
    Fields m = Fields.of(n, "movement", Set.of("auditor_id", "raised", "lowered", "same"));
    return AuditorMovement.builder()
        .auditor(PersonId.parse(m.text("auditor_id")))
        .raised(m.count("raised"))
        .lowered(m.count("lowered"))
        .same(m.count("same"))
        .build();
  }

  private static JsonNode auditor(AuditorCompliance a) {
    return Fields.object()
        .put("auditor_id", a.auditor().toString())
        .put("completed_on_time", a.compliance().completedOnTime())
        .put("completed_late", a.compliance().completedLate())
        .put("overdue", a.compliance().overdue())
        .put("pending", a.compliance().pending());
  }

  private static AuditorCompliance readAuditor(JsonNode node) {
    Fields a = Fields.of(node, "compliance_by_auditor", AUDITOR_FIELDS);
    return AuditorCompliance.builder()
        .auditor(PersonId.parse(a.text("auditor_id")))
        .compliance(
            Compliance.of(
                a.count("completed_on_time"),
                a.count("completed_late"),
                a.count("overdue"),
                a.count("pending")))
        .build();
  }

  private static AgreementTable table(JsonNode node) {
    Fields f = Fields.of(node, "moderation", Set.of("categories", "counts"));
    int categories = f.integer("categories");
    List<long[]> rows =
        f.list(
            "counts",
            row -> {
              if (!row.isArray()) {
                throw new BindingException("each row of 'counts' in moderation must be a list");
              }
              long[] out = new long[row.size()];
              for (int j = 0; j < out.length; j++) {
                out[j] = f.count(row.get(j), "counts");
              }
              return out;
            });
    if (rows.size() != categories) {
      throw new BindingException(
          "moderation has "
              + rows.size()
              + " rows of counts; expected 'categories' = "
              + categories);
    }
    return AgreementTable.of(rows.toArray(new long[0][]));
  }

  private static ArrayNode counts(List<Long> values) {
    ArrayNode a = Fields.NODES.arrayNode();
    values.forEach(a::add);
    return a;
  }

  private static ArrayNode domains(List<DomainSums> sums) {
    return array(
        sums,
        x -> {
          DomainSums d = (DomainSums) x;
          return Fields.object()
              .put("domain_id", d.domainId())
              .put("scored", d.scored())
              .put("sum", d.sum())
              .put("sum_of_squares", d.sumOfSquares())
              .put("not_applicable", d.notApplicable());
        });
  }

  private static DomainSums domain(JsonNode node) {
    Fields f = Fields.of(node, "domain totals", DOMAIN_FIELDS);
    return DomainSums.builder()
        .domainId(f.text("domain_id"))
        .scored(f.count("scored"))
        .sum(f.count("sum"))
        .sumOfSquares(f.count("sum_of_squares"))
        .notApplicable(f.count("not_applicable"))
        .build();
  }

  private static ArrayNode perAudit(List<AuditSums> sums) {
    return array(
        sums,
        x -> {
          AuditSums s = (AuditSums) x;
          return Fields.object()
              .put("applicable_domains", s.applicableDomains())
              .put("audits", s.audits())
              .put("sum", s.sum())
              .put("sum_of_squares", s.sumOfSquares());
        });
  }

  private static AuditSums perAuditEntry(JsonNode node) {
    Fields f = Fields.of(node, "per-audit totals", PER_AUDIT_FIELDS);
    return AuditSums.builder()
        .applicableDomains(f.integer("applicable_domains"))
        .audits(f.count("audits"))
        .sum(f.count("sum"))
        .sumOfSquares(f.count("sum_of_squares"))
        .build();
  }

  private static JsonNode month(MonthState m) {
    ObjectNode o =
        Fields.object()
            .put("month", m.month().toString())
            .put("completed_on_time", m.completedOnTime())
            .put("completed_late", m.completedLate())
            .put("overdue", m.overdue())
            .put("pending", m.pending())
            .put("completed", m.completed());
    o.set("domains", domains(m.domains()));
    o.set("per_audit", perAudit(m.perAudit()));
    o.set("grades", counts(m.grades()));
    return o;
  }

  private static MonthState readMonth(JsonNode node) {
    Fields f = Fields.of(node, "month", MONTH_FIELDS);
    String month = f.text("month");
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new BindingException(
          "'month' in month must be an ISO month such as 2026-03: '" + month + "'");
    }
    return MonthState.builder()
        .month(parsed)
        .completedOnTime(f.count("completed_on_time"))
        .completedLate(f.count("completed_late"))
        .overdue(f.count("overdue"))
        .pending(f.count("pending"))
        .completed(f.count("completed"))
        .addAllDomains(f.list("domains", AggregateCodecs::domain))
        .addAllPerAudit(f.list("per_audit", AggregateCodecs::perAuditEntry))
        .addAllGrades(f.list("grades", n -> f.count(n, "grades")))
        .build();
  }

  private static JsonNode cohort(CohortState c) {
    ObjectNode o =
        Fields.object()
            .put("dimension", c.dimension())
            .put("value", c.value())
            .put("audits", c.audits());
    o.set("domains", domains(c.domains()));
    o.set("grades", counts(c.grades()));
    return o;
  }

  private static CohortState readCohort(JsonNode node) {
    Fields f = Fields.of(node, "cohort", COHORT_FIELDS);
    return CohortState.builder()
        .dimension(f.text("dimension"))
        .value(f.text("value"))
        .audits(f.count("audits"))
        .addAllDomains(f.list("domains", AggregateCodecs::domain))
        .addAllGrades(f.list("grades", n -> f.count(n, "grades")))
        .build();
  }
}
