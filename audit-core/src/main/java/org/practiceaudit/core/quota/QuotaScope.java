package org.practiceaudit.core.quota;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * What quota compliance is counted against: the role quotas, the people and their roles, and the
 * year, audit cycle and month that per-year, per-cycle and per-month quotas apply to (Dudley audit
 * framework 2017, "Who will complete Case File Audits"; Hillingdon, "A guide to auditing", line 7,
 * H1).
 *
 * <p>Counting splits in two so that counts can be merged: {@link #counts(Audit)} says whether an
 * audit counts towards its auditor's quota; the number done per person is a plain sum, and {@link
 * #report(Map)} derives everything else (capping at the quota, shortfalls, compliance) at the end.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class QuotaScope {

  QuotaScope() {}

  /**
   * Returns the quotas, at most one per role.
   *
   * @return the quotas in the order given
   */
  public abstract List<RoleQuota> quotas();

  /**
   * Returns each person's role; people whose role has no quota are left out of reports.
   *
   * @return the people
   */
  public abstract Map<PersonId, Role> people();

  /**
   * Returns the year that per-year quotas apply to.
   *
   * @return the year
   */
  public abstract DateRange year();

  /**
   * Returns the audit cycle that per-cycle quotas apply to.
   *
   * @return the cycle
   */
  public abstract DateRange cycle();

  /**
   * Returns the month that per-month quotas apply to (H1).
   *
   * @return the month, or empty when no quota is per month
   */
  public abstract Optional<YearMonth> month();

  /**
   * Returns the quota that applies to a person.
   *
   * @param person the person; not null
   * @return the quota of the person's role, or empty if the person or their role has none
   */
  public Optional<RoleQuota> quotaOf(PersonId person) {
    Role role = people().get(person);
    return role == null ? Optional.empty() : Optional.ofNullable(byRole().get(role));
  }

  /**
   * Checks whether an audit counts towards its auditor's quota: it is completed in the quota's
   * period (the year, the cycle or the month) and, for an assisted quota, marked assisted ({@link
   * QuotaTracker#isAssisted(Audit)}).
   *
   * @param audit the audit; not null
   * @return true if it counts
   */
  public boolean counts(Audit audit) {
    Optional<RoleQuota> quota = quotaOf(audit.auditor());
    if (quota.isEmpty() || audit.completedOn().isEmpty()) {
      return false;
    }
    LocalDate completed = audit.completedOn().get();
    boolean inPeriod;
    switch (quota.get().period()) {
      case PER_YEAR:
        inPeriod = year().contains(completed);
        break;
      case PER_CYCLE:
        inPeriod = cycle().contains(completed);
        break;
      default:
        inPeriod = month().filter(m -> YearMonth.from(completed).equals(m)).isPresent();
        break;
    }
    return inPeriod && (!quota.get().assisted() || QuotaTracker.isAssisted(audit));
  }

  /**
   * Derives the report from the number of counted audits per person.
   *
   * @param done the audits counted per person ({@link #counts(Audit)}); people missing have done
   *     none; not null, no negative counts
   * @return the report: every person with a quota in person-id order, every quota's role in quota
   *     order
   * @throws IllegalArgumentException if a count is negative
   */
  public QuotaReport report(Map<PersonId, ? extends Number> done) {
    Map<Role, int[]> roleCounts = new HashMap<>();
    ImmutableQuotaReport.Builder report = QuotaReport.builder();
    for (Map.Entry<PersonId, Role> person : new TreeMap<>(people()).entrySet()) {
      RoleQuota quota = byRole().get(person.getValue());
      if (quota == null) {
        continue;
      }
      Number count = done.get(person.getKey());
      int made = count == null ? 0 : Math.toIntExact(count.longValue());
      PersonQuotaStatus status =
          PersonQuotaStatus.builder().person(person.getKey()).quota(quota).done(made).build();
      report.addPeople(status);
      int[] counts = roleCounts.computeIfAbsent(quota.role(), r -> new int[4]);
      counts[0]++;
      counts[1] += made;
      counts[2] += Math.min(made, quota.minimum());
      counts[3] += status.isMet() ? 1 : 0;
    }
    for (RoleQuota quota : quotas()) {
      int[] counts = roleCounts.getOrDefault(quota.role(), new int[4]);
      report.addRole(
          RoleQuotaStatus.builder()
              .quota(quota)
              .people(counts[0])
              .done(counts[1])
              .doneWithinQuota(counts[2])
              .peopleMeeting(counts[3])
              .build());
    }
    return report.build();
  }

  /**
   * Returns the quotas by role.
   *
   * @return the map
   */
  @Value.Lazy
  Map<Role, RoleQuota> byRole() {
    Map<Role, RoleQuota> byRole = new HashMap<>();
    for (RoleQuota quota : quotas()) {
      byRole.put(quota.role(), quota);
    }
    return byRole;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableQuotaScope.Builder builder() {
    return ImmutableQuotaScope.builder();
  }

  @Value.Check
  void check() {
    QuotaTracker.of(quotas());
    for (RoleQuota quota : quotas()) {
      if (quota.period() == QuotaPeriod.PER_MONTH && month().isEmpty()) {
        throw new IllegalArgumentException(
            "the quota for " + quota.role() + " is per month; give the month it is counted in");
      }
    }
  }
}
