package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.InterchangeCodecs.array;

import java.util.Set;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.quota.PersonQuotaStatus;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.QuotaReport;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.quota.RoleQuotaStatus;
import org.practiceaudit.core.workforce.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of role quotas and quota reports (audit-core's {@code quota} package). */
final class QuotaCodecs {

  private QuotaCodecs() {}

  // Hand-written: 'per' has its own words, and the quota report's writers (used by ReportCodecs)
  // write it as a tree.
  /** A quota as the configuration format writes it: per {@code year} or {@code cycle}. */
  static final Codec<RoleQuota> ROLE_QUOTA =
      new Codec<>() {
        @Override
        public JsonNode write(RoleQuota q) {
          return Fields.object()
              .put("role", q.role().id())
              .put("minimum", q.minimum())
              .put("per", per(q.period()))
              .put("assisted", q.assisted());
        }

        @Override
        public RoleQuota read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "quota", Set.of("role", "minimum", "per", "assisted"));
          String per = f.text("per");
          QuotaPeriod period = null;
          for (QuotaPeriod candidate : QuotaPeriod.values()) {
            if (per(candidate).equals(per)) {
              period = candidate;
            }
          }
          if (period == null) {
            throw new BindingException(
                "'per' in quota must be 'year', 'cycle' or 'month', not '" + per + "'");
          }
          return RoleQuota.builder()
              .role(Role.parse(f.text("role")))
              .minimum(f.integer("minimum"))
              .period(period)
              .assisted(f.bool("assisted", false))
              .build();
        }
      };

  /**
   * A quota period as the configuration format writes it: {@code year}, {@code cycle} or {@code
   * month}.
   */
  private static String per(QuotaPeriod period) {
    switch (period) {
      case PER_YEAR:
        return "year";
      case PER_CYCLE:
        return "cycle";
      default:
        return "month";
    }
  }

  static JsonNode personQuota(PersonQuotaStatus s) {
    ObjectNode o = Fields.object().put("person_id", s.person().toString());
    o.set("quota", ROLE_QUOTA.write(s.quota()));
    return o.put("done", s.done())
        .put("shortfall", s.shortfall())
        .put("met", s.isMet())
        .put("compliance_percent", s.compliancePercent());
  }

  static JsonNode roleQuota(RoleQuotaStatus s) {
    ObjectNode o = Fields.object();
    o.set("quota", ROLE_QUOTA.write(s.quota()));
    return o.put("people", s.people())
        .put("done", s.done())
        .put("done_within_quota", s.doneWithinQuota())
        .put("people_meeting", s.peopleMeeting())
        .put("required", s.required())
        .put("shortfall", s.shortfall())
        .put("compliance_percent", s.compliancePercent());
  }

  static JsonNode quotaReport(QuotaReport r) {
    ObjectNode o = Fields.object();
    o.set("people", array(r.people(), s -> personQuota((PersonQuotaStatus) s)));
    o.set("roles", array(r.roles(), s -> roleQuota((RoleQuotaStatus) s)));
    return o;
  }
}
