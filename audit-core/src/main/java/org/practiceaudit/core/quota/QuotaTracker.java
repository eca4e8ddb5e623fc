package org.practiceaudit.core.quota;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.practiceaudit.core.allocation.Auditor;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.timeliness.Timeliness;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * Tracks audits done against role quotas, social workers' coverage and on-time completion (the one
 * {@link Compliance} figure, as the report gives it).
 *
 * <p>Sources: Dudley audit framework 2017, "Who will complete Case File Audits" (minimum audits per
 * role, per year or per audit cycle, assisted audits for the Strategic Director); Hillingdon, "A
 * guide to auditing", line 7 (managers, IROs and CP chairs audit each month, H1); Camden audit
 * programme 2021-22 ("social workers have at least one allocated case audited within the annual
 * cycle"); Dorset monthly audit report, June 2019, 3.1 (audit compliance, 76%).
 *
 * <p>Only completed audits count towards a quota, in the period that contains their completion
 * date; an assisted quota counts only audits with the attribute {@value #ASSISTED_ATTRIBUTE}{@code
 * =true}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuotaTracker {

  /** The audit attribute that marks an assisted audit; its value is {@code true}. */
  public static final String ASSISTED_ATTRIBUTE = "assisted";

  private final List<RoleQuota> quotas;

  private QuotaTracker(List<RoleQuota> quotas) {
    this.quotas = quotas;
    Set<Role> roles = new HashSet<>();
    for (RoleQuota quota : quotas) {
      if (!roles.add(quota.role())) {
        throw new IllegalArgumentException("role " + quota.role() + " has more than one quota");
      }
    }
  }

  /**
   * Obtains a tracker for some quotas, such as {@link RoleQuotas#dudley()}.
   *
   * @param quotas at most one quota per role; not null, no null elements
   * @return the tracker
   * @throws IllegalArgumentException if a role has two quotas
   */
  public static QuotaTracker of(Collection<RoleQuota> quotas) {
    Objects.requireNonNull(quotas, "quotas");
    return new QuotaTracker(List.copyOf(quotas));
  }

  /**
   * Returns the quotas tracked.
   *
   * @return an unmodifiable list in the order given
   */
  public List<RoleQuota> quotas() {
    return quotas;
  }

  /**
   * Reports each person's and each role's audits against the quotas.
   *
   * @param people each person's role; people whose role has no quota are left out; not null
   * @param audits audits by anyone, in any state; only completed ones in the period count; not null
   * @param year the year that per-year quotas apply to; not null
   * @param cycle the audit cycle that per-cycle quotas apply to; not null
   * @return the report
   * @throws IllegalArgumentException if a quota is per month (use the form with a month)
   */
  public QuotaReport track(
      Map<PersonId, Role> people, Collection<Audit> audits, DateRange year, DateRange cycle) {
    Objects.requireNonNull(audits, "audits");
    return count(scope(people, year, cycle), audits);
  }

  /**
   * Returns what these quotas are counted against for some people in a year and a cycle, for
   * counting piece by piece (as a report aggregate does) rather than all at once with {@link
   * #track}.
   *
   * @param people each person's role; not null
   * @param year the year that per-year quotas apply to; not null
   * @param cycle the audit cycle that per-cycle quotas apply to; not null
   * @return the scope
   * @throws IllegalArgumentException if a quota is per month (use the form with a month)
   */
  public QuotaScope scope(Map<PersonId, Role> people, DateRange year, DateRange cycle) {
    return scopeBuilder(people, year, cycle).build();
  }

  private ImmutableQuotaScope.Builder scopeBuilder(
      Map<PersonId, Role> people, DateRange year, DateRange cycle) {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(cycle, "cycle");
    return QuotaScope.builder().addAllQuotas(quotas).putAllPeople(people).year(year).cycle(cycle);
  }

  /**
   * Returns what these quotas are counted against for some people in a year, a cycle and a month:
   * the month is what per-month quotas count in (Hillingdon, "A guide to auditing", line 7:
   * managers, IROs and CP chairs audit "each month"; H1).
   *
   * @param people each person's role; not null
   * @param year the year that per-year quotas apply to; not null
   * @param cycle the audit cycle that per-cycle quotas apply to; not null
   * @param month the month that per-month quotas apply to; not null
   * @return the scope
   * @throws NullPointerException if an argument is null
   */
  public QuotaScope scope(
      Map<PersonId, Role> people, DateRange year, DateRange cycle, YearMonth month) {
    Objects.requireNonNull(month, "month");
    return scopeBuilder(people, year, cycle).month(month).build();
  }

  /**
   * Reports each person's and each role's audits against the quotas, per-month quotas counted in
   * {@code month} (H1).
   *
   * @param people each person's role; people whose role has no quota are left out; not null
   * @param audits audits by anyone, in any state; only completed ones in the period count; not null
   * @param year the year that per-year quotas apply to; not null
   * @param cycle the audit cycle that per-cycle quotas apply to; not null
   * @param month the month that per-month quotas apply to; not null
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public QuotaReport track(
      Map<PersonId, Role> people,
      Collection<Audit> audits,
      DateRange year,
      DateRange cycle,
      YearMonth month) {
    return count(scope(people, year, cycle, month), audits);
  }

  private static QuotaReport count(QuotaScope scope, Collection<Audit> audits) {
    Objects.requireNonNull(audits, "audits");
    Map<PersonId, Integer> done = new HashMap<>();
    for (Audit audit : audits) {
      if (scope.counts(audit)) {
        done.merge(audit.auditor(), 1, Integer::sum);
      }
    }
    return scope.report(done);
  }

  /**
   * Reports auditors' audits against the quotas; the same as {@link #track(Map, Collection,
   * DateRange, DateRange)} with each auditor's role.
   *
   * @param auditors the auditors, with distinct ids; not null
   * @param audits audits by anyone; not null
   * @param year the year for per-year quotas; not null
   * @param cycle the audit cycle for per-cycle quotas; not null
   * @return the report
   * @throws IllegalArgumentException if two auditors share an id
   */
  public QuotaReport trackAuditors(
      Collection<Auditor> auditors, Collection<Audit> audits, DateRange year, DateRange cycle) {
    Objects.requireNonNull(auditors, "auditors");
    Map<PersonId, Role> people = new HashMap<>();
    for (Auditor auditor : auditors) {
      if (people.put(auditor.id(), auditor.role()) != null) {
        throw new IllegalArgumentException("auditor id appears twice: " + auditor.id());
      }
    }
    return track(people, audits, year, cycle);
  }

  /**
   * Checks whether an audit is marked assisted.
   *
   * @param audit the audit; not null
   * @return true if its attribute {@value #ASSISTED_ATTRIBUTE} is {@code true}, in any case
   */
  public static boolean isAssisted(Audit audit) {
    return audit.attributes().getOrDefault(ASSISTED_ATTRIBUTE, "false").equalsIgnoreCase("true");
  }

  /**
   * Reports which social workers had at least one allocated case audited in an annual cycle (Camden
   * audit programme 2021-22). The workers are the allocated workers of the cases given. A worker is
   * covered by a completed audit in the cycle of a case that they are the allocated worker of, or
   * that they were involved in as a social worker on the day the audit was allocated.
   *
   * @param cases the cases whose allocated workers should be covered; not null
   * @param audits audits of any cases; audits of cases not given are ignored; not null
   * @param cycle the annual cycle; not null
   * @return the covered and uncovered workers
   */
  public static WorkerCoverage workerCoverage(
      Collection<CaseFile> cases, Collection<Audit> audits, DateRange cycle) {
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(audits, "audits");
    Objects.requireNonNull(cycle, "cycle");
    Map<CaseId, CaseFile> byId = new HashMap<>();
    Set<PersonId> workers = new TreeSet<>();
    for (CaseFile caseFile : cases) {
      byId.put(caseFile.id(), caseFile);
      caseFile.allocatedWorker().ifPresent(workers::add);
    }
    Set<PersonId> covered = new TreeSet<>();
    for (Audit audit : audits) {
      CaseFile caseFile = byId.get(audit.caseId());
      if (caseFile == null
          || audit.completedOn().isEmpty()
          || !cycle.contains(audit.completedOn().get())) {
        continue;
      }
      caseFile.allocatedWorker().ifPresent(covered::add);
      for (Involvement involvement : caseFile.involvements()) {
        if (involvement.role().equals(Role.SOCIAL_WORKER)
            && involvement.isActiveOn(audit.allocatedOn())) {
          covered.add(involvement.person());
        }
      }
    }
    covered.retainAll(workers);
    Set<PersonId> notCovered = new TreeSet<>(workers);
    notCovered.removeAll(covered);
    return WorkerCoverage.builder().addAllCovered(covered).addAllNotCovered(notCovered).build();
  }

  /**
   * Reports the compliance of the audits allocated in a period under a framework: its {@link
   * AuditFramework#auditDue() audit due policy} counted in its {@link AuditFramework#calendar()
   * calendar} (Dorset monthly audit report, June 2019, 3.1; Hillingdon's guide to auditing, Part A:
   * 10 working days).
   *
   * @param audits audits in any state; those allocated in the period count; not null
   * @param period the period of allocation; not null
   * @param framework the framework whose due policy and calendar apply; not null
   * @param asOf the day of the report: an audit not completed is overdue if due before this day;
   *     not null
   * @return the four counts and completed on time out of allocated
   * @throws NullPointerException if an argument is null
   * @throws org.practiceaudit.core.AuditException if an allocation day or its due day is outside
   *     the calendar's coverage
   */
  public static Compliance compliance(
      Collection<Audit> audits, DateRange period, AuditFramework framework, LocalDate asOf) {
    Objects.requireNonNull(framework, "framework");
    return compliance(audits, period, framework.auditDue(), framework.calendar(), asOf);
  }

  /**
   * Reports the compliance of each auditor's audits allocated in a period under a framework, so
   * that compliance can be "followed up ... on an individual basis" (Dorset monthly audit report,
   * June 2019, 3.1; seed-fidelity review D12). Each auditor's figure is {@link
   * #compliance(Collection, DateRange, AuditFramework, LocalDate)} of their own audits, so the four
   * counts of all auditors add up to the whole.
   *
   * @param audits audits in any state; those allocated in the period count; not null
   * @param period the period of allocation; not null
   * @param framework the framework whose due policy and calendar apply; not null
   * @param asOf the day of the report; not null
   * @return an unmodifiable map from auditor to compliance, in id order, of the auditors with an
   *     audit allocated in the period
   * @throws NullPointerException if an argument is null
   * @throws org.practiceaudit.core.AuditException if an allocation day or its due day is outside
   *     the calendar's coverage
   */
  public static SortedMap<PersonId, Compliance> complianceByAuditor(
      Collection<Audit> audits, DateRange period, AuditFramework framework, LocalDate asOf) {
    Objects.requireNonNull(audits, "audits");
    Objects.requireNonNull(period, "period");
    SortedMap<PersonId, List<Audit>> byAuditor = new TreeMap<>();
    for (Audit audit : audits) {
      if (period.contains(audit.allocatedOn())) {
        byAuditor.computeIfAbsent(audit.auditor(), a -> new ArrayList<>()).add(audit);
      }
    }
    SortedMap<PersonId, Compliance> result = new TreeMap<>();
    byAuditor.forEach(
        (auditor, own) -> result.put(auditor, compliance(own, period, framework, asOf)));
    return Collections.unmodifiableSortedMap(result);
  }

  /**
   * Reports the compliance of the audits allocated in a period: each is classified by {@link
   * Timeliness#of(Audit, AuditDuePolicy, WorkingCalendar, LocalDate)}, exactly as the report and
   * the {@code audit-due} rule classify it, and the figure is completed on time out of allocated
   * (Dorset monthly audit report, June 2019, 3.1).
   *
   * @param audits audits in any state; those allocated in the period count; not null
   * @param period the period of allocation; not null
   * @param policy when audits are due; not null
   * @param calendar the working days the policy counts in; not null
   * @param asOf the day of the report: an audit not completed is overdue if due before this day;
   *     not null
   * @return the four counts and completed on time out of allocated
   * @throws NullPointerException if an argument is null
   * @throws org.practiceaudit.core.AuditException if an allocation day or its due day is outside
   *     the calendar's coverage
   */
  public static Compliance compliance(
      Collection<Audit> audits,
      DateRange period,
      AuditDuePolicy policy,
      WorkingCalendar calendar,
      LocalDate asOf) {
    Objects.requireNonNull(audits, "audits");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(asOf, "asOf");
    long[] counts = new long[Timeliness.values().length];
    for (Audit audit : audits) {
      if (period.contains(audit.allocatedOn())) {
        counts[Timeliness.of(audit, policy, calendar, asOf).ordinal()]++;
      }
    }
    return Compliance.of(
        counts[Timeliness.ON_TIME.ordinal()],
        counts[Timeliness.LATE.ordinal()],
        counts[Timeliness.OVERDUE.ordinal()],
        counts[Timeliness.PENDING.ordinal()]);
  }
}
