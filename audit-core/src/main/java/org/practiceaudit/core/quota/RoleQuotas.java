package org.practiceaudit.core.quota;

import java.util.List;
import org.practiceaudit.core.workforce.Role;

/** Role quotas from the source documents. */
public final class RoleQuotas {

  private RoleQuotas() {}

  /**
   * Returns Dudley's minimum audits per role (Dudley audit framework 2017, "Who will complete Case
   * File Audits"): Strategic Director 2 assisted audits a year; Chief Officer 6 a year; Heads of
   * Service 6 a year; Service Manager 8 a year; Team Manager 1 per audit cycle; Advanced Social
   * Work Practitioners 7 per audit cycle.
   *
   * @return an unmodifiable list of the six quotas, in the document's order
   */
  public static List<RoleQuota> dudley() {
    return List.of(
        RoleQuota.builder()
            .role(Role.STRATEGIC_DIRECTOR)
            .minimum(2)
            .period(QuotaPeriod.PER_YEAR)
            .assisted(true)
            .build(),
        RoleQuota.of(Role.CHIEF_OFFICER, 6, QuotaPeriod.PER_YEAR),
        RoleQuota.of(Role.HEAD_OF_SERVICE, 6, QuotaPeriod.PER_YEAR),
        RoleQuota.of(Role.SERVICE_MANAGER, 8, QuotaPeriod.PER_YEAR),
        RoleQuota.of(Role.TEAM_MANAGER, 1, QuotaPeriod.PER_CYCLE),
        RoleQuota.of(Role.ADVANCED_PRACTITIONER, 7, QuotaPeriod.PER_CYCLE));
  }

  /**
   * Hillingdon's child protection conference chairs, a role the guide names that is not well known.
   */
  public static final Role CP_CHAIR = Role.of("cp-chair");

  /**
   * Returns Hillingdon's monthly audits per role (Hillingdon, "A guide to auditing", line 7: "Team
   * and Service Managers, IRO's and CP Chairs are required to undertake management case file audits
   * each month"; seed-fidelity review H1). The guide gives no number: at least one a month is the
   * reading taken. CP chairs are the local role {@link #CP_CHAIR}, which a framework using these
   * quotas declares.
   *
   * @return an unmodifiable list of the four quotas, in the guide's order
   */
  public static List<RoleQuota> hillingdon() {
    return List.of(
        RoleQuota.of(Role.TEAM_MANAGER, 1, QuotaPeriod.PER_MONTH),
        RoleQuota.of(Role.SERVICE_MANAGER, 1, QuotaPeriod.PER_MONTH),
        RoleQuota.of(Role.INDEPENDENT_REVIEWING_OFFICER, 1, QuotaPeriod.PER_MONTH),
        RoleQuota.of(CP_CHAIR, 1, QuotaPeriod.PER_MONTH));
  }
}
