package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.AllocationCodecs.ALLOCATION;
import static org.practiceaudit.json.binding.AllocationCodecs.UNALLOCATED;
import static org.practiceaudit.json.binding.QuotaCodecs.ROLE_QUOTA;
import static org.practiceaudit.json.binding.SamplingCodecs.EXCLUSION;
import static org.practiceaudit.json.binding.SamplingCodecs.SAMPLE;
import static org.practiceaudit.json.binding.SamplingCodecs.STRATUM_ALLOCATION;
import static org.practiceaudit.json.binding.StatisticCodecs.STATISTIC;

import java.util.LinkedHashMap;
import java.util.Map;
import org.practiceaudit.core.agreement.AgreementSummary;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.agreement.ConfidenceInterval;
import org.practiceaudit.core.agreement.MeanChange;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.SampleMoments;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.allocation.Unallocated;
import org.practiceaudit.core.allocation.UnallocatedReason;
import org.practiceaudit.core.moderation.ModerationReason;
import org.practiceaudit.core.quota.PersonQuotaStatus;
import org.practiceaudit.core.quota.QuotaReport;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.quota.RoleQuotaStatus;
import org.practiceaudit.core.report.AgencyComparison;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.DomainResult;
import org.practiceaudit.core.report.GradeDistribution;
import org.practiceaudit.core.report.ModerationResults;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.core.report.Trend;
import org.practiceaudit.core.sampling.AllocationBound;
import org.practiceaudit.core.sampling.Exclusion;
import org.practiceaudit.core.sampling.ExclusionReason;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.sampling.StratumAllocation;
import org.practiceaudit.core.timeliness.Compliance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The JSON form of audit-core's interchange results: samples with their audit trail, allocations,
 * quota reports, finished reports, agreement statistics, the multi-agency overview and programme
 * progress. Property names are snake_case and listed in the README. Moderation samples and policies
 * are bound by Jackson ({@link Mixins}).
 *
 * <p>Samples, allocations, role quotas, audit programmes and statistics are read back as well as
 * written. Finished reports, quota reports, the multi-agency overview and programme progress are
 * results computed from audits: they are written only (see {@link #writeOnly()}).
 *
 * <p>The codecs live by the audit-core package they cover ({@link StatisticCodecs}, {@link
 * QuotaCodecs}, {@link SamplingCodecs}, {@link AllocationCodecs}, {@link ReportCodecs}); this class
 * registers them.
 */
final class InterchangeCodecs {

  private InterchangeCodecs() {}

  /** Codecs for types read back as well as written. */
  static Map<Class<?>, Codec<?>> readWrite() {
    Map<Class<?>, Codec<?>> codecs = new LinkedHashMap<>();
    codecs.put(Seed.class, Codecs.text(Seed::toString, Seed::parse));
    codecs.put(ExclusionReason.class, Codecs.enumeration(ExclusionReason.class));
    codecs.put(AllocationBound.class, Codecs.enumeration(AllocationBound.class));
    codecs.put(ModerationReason.class, Codecs.enumeration(ModerationReason.class));
    codecs.put(UnallocatedReason.class, Codecs.enumeration(UnallocatedReason.class));
    codecs.put(Statistic.class, STATISTIC);
    codecs.put(RoleQuota.class, ROLE_QUOTA);
    codecs.put(StratumAllocation.class, STRATUM_ALLOCATION);
    codecs.put(Exclusion.class, EXCLUSION);
    codecs.put(Sample.class, SAMPLE);
    codecs.put(Unallocated.class, UNALLOCATED);
    codecs.put(Allocation.class, ALLOCATION);
    return codecs;
  }

  /** Writers for results that are written only: each renders a finished result. */
  static Map<Class<?>, Writer<?>> writeOnly() {
    Map<Class<?>, Writer<?>> writers = new LinkedHashMap<>();
    writers.put(ConfidenceInterval.class, (Writer<ConfidenceInterval>) StatisticCodecs::interval);
    writers.put(Proportion.class, (Writer<Proportion>) StatisticCodecs::proportion);
    writers.put(SampleMoments.class, (Writer<SampleMoments>) StatisticCodecs::moments);
    writers.put(MeanChange.class, (Writer<MeanChange>) StatisticCodecs::meanChange);
    writers.put(AgreementTable.class, (Writer<AgreementTable>) StatisticCodecs::table);
    writers.put(AgreementSummary.class, (Writer<AgreementSummary>) StatisticCodecs::agreement);
    writers.put(PersonQuotaStatus.class, (Writer<PersonQuotaStatus>) QuotaCodecs::personQuota);
    writers.put(RoleQuotaStatus.class, (Writer<RoleQuotaStatus>) QuotaCodecs::roleQuota);
    writers.put(QuotaReport.class, (Writer<QuotaReport>) QuotaCodecs::quotaReport);
    writers.put(GradeDistribution.class, (Writer<GradeDistribution>) ReportCodecs::distribution);
    writers.put(DomainResult.class, (Writer<DomainResult>) ReportCodecs::domainResult);
    writers.put(Compliance.class, (Writer<Compliance>) ReportCodecs::compliance);
    writers.put(Trend.class, (Writer<Trend>) ReportCodecs::trend);
    writers.put(
        ModerationResults.class, (Writer<ModerationResults>) ReportCodecs::moderationResults);
    writers.put(AuditReport.class, (Writer<AuditReport>) ReportCodecs::report);
    writers.put(AgencyComparison.class, (Writer<AgencyComparison>) ReportCodecs::comparison);
    writers.put(MultiAgencyOverview.class, (Writer<MultiAgencyOverview>) ReportCodecs::overview);
    return writers;
  }

  /** Writes one value as a tree. */
  @FunctionalInterface
  interface Writer<T> {
    JsonNode write(T value);
  }

  static ArrayNode array(Iterable<?> items, java.util.function.Function<Object, JsonNode> each) {
    return Fields.array(items, each);
  }
}
