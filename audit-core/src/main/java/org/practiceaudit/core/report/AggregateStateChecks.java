package org.practiceaudit.core.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The invariants of an {@link AggregateState}: counts never negative and never overflowing, months
 * adding up to the totals, audit-type cohorts adding up to the completed audits, the moderation
 * table agreeing with the grades and the auditors' movements, the auditors' compliance adding up to
 * the whole. Each broken invariant is an {@link IllegalArgumentException} quoting the values. The
 * parts' own checks ({@link MonthState}, {@link CohortState}, {@link DomainSums}, {@link
 * AuditSums}) use {@link #checkParts}, {@link #requireCount} and {@link #sum}.
 */
final class AggregateStateChecks {

  private final AggregateState state;

  private AggregateStateChecks(AggregateState state) {
    this.state = state;
  }

  /** Checks a snapshot's invariants. */
  static void check(AggregateState state) {
    new AggregateStateChecks(state).checkAll();
  }

  /** Checks every invariant, throwing on the first broken one. */
  private void checkAll() {
    requireCount("audits", state.audits());
    requireCount("completed", state.completed());
    requireCount("completed on time", state.completedOnTime());
    requireCount("completed late", state.completedLate());
    requireCount("overdue", state.overdue());
    requireCount("pending", state.pending());
    long allocated =
        sum(
            "allocations",
            state.completedOnTime(),
            state.completedLate(),
            state.overdue(),
            state.pending());
    if (allocated != state.audits()) {
      throw new IllegalArgumentException(
          "audits "
              + state.audits()
              + " must equal completed on time + completed late + overdue + pending = "
              + allocated);
    }
    if (state.completed() > state.audits()) {
      throw new IllegalArgumentException(
          "completed " + state.completed() + " must not exceed audits " + state.audits());
    }
    checkCohortAttributes();
    checkParts(
        "the aggregate", state.completed(), state.domains(), state.perAudit(), state.grades());
    checkMonths();
    checkCohorts();
    checkEscalationsAndActions();
    checkModeration();
    checkAuditors();
    checkQuota();
  }

  private void checkCohortAttributes() {
    Set<String> names = new HashSet<>();
    for (String name : state.cohortAttributes()) {
      if (name.isBlank() || name.equals(ReportAggregate.AUDIT_TYPE) || !names.add(name)) {
        throw new IllegalArgumentException(
            "cohort attributes must be distinct, not blank and not '"
                + ReportAggregate.AUDIT_TYPE
                + "': "
                + state.cohortAttributes());
      }
    }
  }

  private void checkQuota() {
    long quota = 0;
    for (Map.Entry<PersonId, Long> entry : state.quotaDone().entrySet()) {
      if (entry.getValue() < 1) {
        throw new IllegalArgumentException(
            "quota count of "
                + entry.getKey()
                + " must be 1 or more (leave it out): "
                + entry.getValue());
      }
      quota = sum("quota counts", quota, entry.getValue());
    }
    if (quota > state.completed()) {
      throw new IllegalArgumentException(
          "quota counts add up to "
              + quota
              + ", more than the completed audits "
              + state.completed());
    }
  }

  private List<String> domainIds(List<DomainSums> sums) {
    List<String> ids = new ArrayList<>();
    for (DomainSums s : sums) {
      ids.add(s.domainId());
    }
    return ids;
  }

  private void checkMonths() {
    List<String> ids = domainIds(state.domains());
    Set<YearMonth> seen = new HashSet<>();
    long[] timeliness = new long[4];
    long done = 0;
    long[] gradeTotals = new long[state.grades().size()];
    long[][] domainTotals = new long[state.domains().size()][4];
    Map<Integer, long[]> perAuditTotals = new HashMap<>();
    for (MonthState month : state.months()) {
      if (!seen.add(month.month())) {
        throw new IllegalArgumentException("month " + month.month() + " appears more than once");
      }
      requireShape("month " + month.month(), month.domains(), month.grades().size(), ids);
      timeliness[0] = sum("completed on time", timeliness[0], month.completedOnTime());
      timeliness[1] = sum("completed late", timeliness[1], month.completedLate());
      timeliness[2] = sum("overdue", timeliness[2], month.overdue());
      timeliness[3] = sum("pending", timeliness[3], month.pending());
      done = sum("completed", done, month.completed());
      for (int r = 0; r < gradeTotals.length; r++) {
        gradeTotals[r] = sum("grades", gradeTotals[r], month.grades().get(r));
      }
      addDomains(domainTotals, month.domains());
      for (AuditSums s : month.perAudit()) {
        long[] t = perAuditTotals.computeIfAbsent(s.applicableDomains(), k -> new long[3]);
        t[0] = sum("per-audit counts", t[0], s.audits());
        t[1] = sum("per-audit sums", t[1], s.sum());
        t[2] = sum("per-audit squares", t[2], s.sumOfSquares());
      }
    }
    requireTotal(
        "months' completed on time", timeliness[0], "completed on time", state.completedOnTime());
    requireTotal("months' completed late", timeliness[1], "completed late", state.completedLate());
    requireTotal("months' overdue", timeliness[2], "overdue", state.overdue());
    requireTotal("months' pending", timeliness[3], "pending", state.pending());
    requireTotal("months' completed", done, "completed", state.completed());
    for (int r = 0; r < gradeTotals.length; r++) {
      requireTotal(
          "months' grades at rank " + r,
          gradeTotals[r],
          "grades at rank " + r,
          state.grades().get(r));
    }
    requireDomains("months'", domainTotals);
    Map<Integer, long[]> expected = new HashMap<>();
    for (AuditSums s : state.perAudit()) {
      expected.put(s.applicableDomains(), new long[] {s.audits(), s.sum(), s.sumOfSquares()});
    }
    if (!sameTotals(perAuditTotals, expected)) {
      throw new IllegalArgumentException(
          "the months' per-audit totals do not add up to the aggregate's per-audit totals");
    }
  }

  /** Requires a month or cohort to have the aggregate's domains, in order, and grade count. */
  private void requireShape(String where, List<DomainSums> domains, int grades, List<String> ids) {
    if (!domainIds(domains).equals(ids)) {
      throw new IllegalArgumentException(
          where + " has domains " + domainIds(domains) + "; expected " + ids);
    }
    if (grades != state.grades().size()) {
      throw new IllegalArgumentException(
          where + " has " + grades + " grade counts; expected " + state.grades().size());
    }
  }

  private static boolean sameTotals(Map<Integer, long[]> a, Map<Integer, long[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<Integer, long[]> e : a.entrySet()) {
      if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static void addDomains(long[][] totals, List<DomainSums> sums) {
    for (int d = 0; d < totals.length; d++) {
      DomainSums s = sums.get(d);
      totals[d][0] = sum("scored", totals[d][0], s.scored());
      totals[d][1] = sum("score sums", totals[d][1], s.sum());
      totals[d][2] = sum("score squares", totals[d][2], s.sumOfSquares());
      totals[d][3] = sum("not applicable", totals[d][3], s.notApplicable());
    }
  }

  private void requireDomains(String what, long[][] totals) {
    for (int d = 0; d < totals.length; d++) {
      DomainSums s = state.domains().get(d);
      String id = "domain '" + s.domainId() + "'";
      requireTotal(what + " scored of " + id, totals[d][0], "scored", s.scored());
      requireTotal(what + " sum of " + id, totals[d][1], "sum", s.sum());
      requireTotal(
          what + " sum of squares of " + id, totals[d][2], "sum of squares", s.sumOfSquares());
      requireTotal(
          what + " not applicable of " + id, totals[d][3], "not applicable", s.notApplicable());
    }
  }

  private void checkCohorts() {
    List<String> ids = domainIds(state.domains());
    Set<String> dimensions = new HashSet<>(state.cohortAttributes());
    dimensions.add(ReportAggregate.AUDIT_TYPE);
    Set<List<String>> seen = new HashSet<>();
    Map<String, Long> byDimension = new HashMap<>();
    long[] typeGrades = new long[state.grades().size()];
    long[][] typeDomains = new long[state.domains().size()][4];
    for (CohortState cohort : state.cohorts()) {
      String where = "cohort " + cohort.dimension() + "=" + cohort.value();
      if (!dimensions.contains(cohort.dimension())) {
        throw new IllegalArgumentException(
            where + " is not a cohort attribute; expected one of " + new TreeSet<>(dimensions));
      }
      if (!seen.add(List.of(cohort.dimension(), cohort.value()))) {
        throw new IllegalArgumentException(where + " appears more than once");
      }
      requireShape(where, cohort.domains(), cohort.grades().size(), ids);
      byDimension.merge(cohort.dimension(), cohort.audits(), (a, b) -> sum("cohort audits", a, b));
      if (cohort.dimension().equals(ReportAggregate.AUDIT_TYPE)) {
        for (int r = 0; r < typeGrades.length; r++) {
          typeGrades[r] = sum("grades", typeGrades[r], cohort.grades().get(r));
        }
        addDomains(typeDomains, cohort.domains());
      }
    }
    for (Map.Entry<String, Long> entry : byDimension.entrySet()) {
      if (entry.getValue() > state.completed()) {
        throw new IllegalArgumentException(
            "cohorts of '"
                + entry.getKey()
                + "' hold "
                + entry.getValue()
                + " audits, more than the completed "
                + state.completed());
      }
    }
    requireTotal(
        "audit-type cohorts' audits",
        byDimension.getOrDefault(ReportAggregate.AUDIT_TYPE, 0L),
        "completed",
        state.completed());
    for (int r = 0; r < typeGrades.length; r++) {
      requireTotal(
          "audit-type cohorts' grades at rank " + r,
          typeGrades[r],
          "grades at rank " + r,
          state.grades().get(r));
    }
    requireDomains("audit-type cohorts'", typeDomains);
  }

  private void checkEscalationsAndActions() {
    Set<Integer> categories = new HashSet<>();
    long raised = 0;
    for (EscalationLine line : state.escalations()) {
      if (!categories.add(line.category())) {
        throw new IllegalArgumentException(
            "escalation category " + line.category() + " appears more than once");
      }
      if (line.raised() < 1 || line.open() > line.raised() || line.overdue() > line.open()) {
        throw new IllegalArgumentException(
            "escalation category "
                + line.category()
                + " needs 1 <= raised and overdue <= open <= raised: raised "
                + line.raised()
                + ", open "
                + line.open()
                + ", overdue "
                + line.overdue());
      }
      raised = sum("escalations", raised, line.raised());
    }
    if (raised > state.audits()) {
      throw new IllegalArgumentException(
          "escalations raised " + raised + " exceed the audits " + state.audits());
    }
    ActionSummary a = state.actions();
    if (a.outstanding() > a.total() || a.overdue() > a.outstanding()) {
      throw new IllegalArgumentException(
          "actions need overdue <= outstanding <= total: total "
              + a.total()
              + ", outstanding "
              + a.outstanding()
              + ", overdue "
              + a.overdue());
    }
  }

  /** Each auditor once; their four counts add up to the aggregate's (each audit has an auditor). */
  private void checkAuditors() {
    Set<PersonId> seen = new HashSet<>();
    long[] totals = new long[4];
    for (AuditorCompliance c : state.complianceByAuditor()) {
      if (!seen.add(c.auditor())) {
        throw new IllegalArgumentException(
            "auditor " + c.auditor() + " appears more than once in compliance by auditor");
      }
      totals[0] = sum("completed on time by auditor", totals[0], c.compliance().completedOnTime());
      totals[1] = sum("completed late by auditor", totals[1], c.compliance().completedLate());
      totals[2] = sum("overdue by auditor", totals[2], c.compliance().overdue());
      totals[3] = sum("pending by auditor", totals[3], c.compliance().pending());
    }
    requireTotal(
        "completed on time by auditor", totals[0], "completed on time", state.completedOnTime());
    requireTotal("completed late by auditor", totals[1], "completed late", state.completedLate());
    requireTotal("overdue by auditor", totals[2], "overdue", state.overdue());
    requireTotal("pending by auditor", totals[3], "pending", state.pending());
  }

  private void checkModeration() {
    AgreementTable table = state.moderation();
    int k = state.grades().size();
    if (table.categories() != k) {
      throw new IllegalArgumentException(
          "moderation table has " + table.categories() + " grades; expected " + k);
    }
    long raisedTotal = 0;
    long loweredTotal = 0;
    long sameTotal = 0;
    for (int i = 0; i < k; i++) {
      long row = 0;
      for (int j = 0; j < k; j++) {
        long c = table.count(i, j);
        row = sum("moderation", row, c);
        if (j < i) {
          raisedTotal = sum("moderation", raisedTotal, c);
        } else if (j > i) {
          loweredTotal = sum("moderation", loweredTotal, c);
        } else {
          sameTotal = sum("moderation", sameTotal, c);
        }
      }
      if (row > state.grades().get(i)) {
        throw new IllegalArgumentException(
            "moderation table has "
                + row
                + " audits graded at rank "
                + i
                + ", more than the "
                + state.grades().get(i)
                + " graded");
      }
    }
    Set<PersonId> auditors = new HashSet<>();
    long raised = 0;
    long lowered = 0;
    long same = 0;
    for (AuditorMovement m : state.movements()) {
      if (!auditors.add(m.auditor())) {
        throw new IllegalArgumentException(
            "auditor " + m.auditor() + " appears more than once in movements");
      }
      if (sum("movements", m.raised(), m.lowered(), m.same()) < 1) {
        throw new IllegalArgumentException(
            "auditor " + m.auditor() + " has no moderated audit (leave it out)");
      }
      raised = sum("movements", raised, m.raised());
      lowered = sum("movements", lowered, m.lowered());
      same = sum("movements", same, m.same());
    }
    requireTotal("movements raised", raised, "moderation table's raised", raisedTotal);
    requireTotal("movements lowered", lowered, "moderation table's lowered", loweredTotal);
    requireTotal("movements same", same, "moderation table's same", sameTotal);
  }

  /** Checks one group's domain totals, per-audit totals and grades against its number of audits. */
  static void checkParts(
      String where,
      long audits,
      List<DomainSums> domains,
      List<AuditSums> perAudit,
      List<Long> grades) {
    Set<String> ids = new HashSet<>();
    for (DomainSums s : domains) {
      if (!ids.add(s.domainId())) {
        throw new IllegalArgumentException(
            "domain '" + s.domainId() + "' appears more than once in " + where);
      }
      long counted = sum("domain counts", s.scored(), s.notApplicable());
      if (counted > audits) {
        throw new IllegalArgumentException(
            "domain '"
                + s.domainId()
                + "' in "
                + where
                + " is scored "
                + s.scored()
                + " and not applicable "
                + s.notApplicable()
                + " times, more than its "
                + audits
                + " completed audits");
      }
    }
    checkPerAudit(where, audits, domains.size(), perAudit);
    long graded = 0;
    for (int r = 0; r < grades.size(); r++) {
      long count = grades.get(r);
      requireCount("grades at rank " + r + " in " + where, count);
      graded = sum("grades", graded, count);
    }
    if (graded > audits) {
      throw new IllegalArgumentException(
          "grades in " + where + " count " + graded + " audits, more than its " + audits);
    }
  }

  /** Per-audit totals: one per number of applicable domains, counting no more audits than held. */
  private static void checkPerAudit(
      String where, long audits, int domainCount, List<AuditSums> perAudit) {
    Set<Integer> buckets = new HashSet<>();
    long scoredAudits = 0;
    for (AuditSums s : perAudit) {
      if (!buckets.add(s.applicableDomains())) {
        throw new IllegalArgumentException(
            "per-audit totals for "
                + s.applicableDomains()
                + " applicable domains appear more than once in "
                + where);
      }
      if (s.applicableDomains() > domainCount) {
        throw new IllegalArgumentException(
            "per-audit totals in "
                + where
                + " for "
                + s.applicableDomains()
                + " applicable domains, but there are "
                + domainCount
                + " domains");
      }
      scoredAudits = sum("per-audit counts", scoredAudits, s.audits());
    }
    if (scoredAudits > audits) {
      throw new IllegalArgumentException(
          "per-audit totals in "
              + where
              + " count "
              + scoredAudits
              + " audits, more than its "
              + audits);
    }
  }

  static void requireCount(String what, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }

  private static void requireTotal(String what, long actual, String expectedName, long expected) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          what + " add up to " + actual + " but " + expectedName + " is " + expected);
    }
  }

  static long sum(String what, long... values) {
    long total = 0;
    try {
      for (long v : values) {
        total = Math.addExact(total, v);
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " overflow a long: " + Arrays.toString(values), e);
    }
    return total;
  }
}
