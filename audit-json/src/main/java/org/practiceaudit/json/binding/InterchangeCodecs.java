package org.practiceaudit.json.binding;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.practiceaudit.core.agreement.AgreementSummary;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.agreement.ConfidenceInterval;
import org.practiceaudit.core.agreement.MeanChange;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.SampleMoments;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.allocation.ImmutableAllocation;
import org.practiceaudit.core.allocation.ImmutableUnallocated;
import org.practiceaudit.core.allocation.Unallocated;
import org.practiceaudit.core.allocation.UnallocatedReason;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ImmutableModerationPolicy;
import org.practiceaudit.core.moderation.ModerationPick;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.moderation.ModerationReason;
import org.practiceaudit.core.moderation.ModerationSample;
import org.practiceaudit.core.programme.EntryProgress;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.ImmutableAuditProgramme;
import org.practiceaudit.core.programme.ImmutableProgrammeEntry;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.programme.ProgrammeProgress;
import org.practiceaudit.core.quota.PersonQuotaStatus;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.QuotaReport;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.quota.RoleQuotaStatus;
import org.practiceaudit.core.report.AgencyComparison;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.AuditorMovement;
import org.practiceaudit.core.report.CohortResult;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.report.DomainResult;
import org.practiceaudit.core.report.EscalationLine;
import org.practiceaudit.core.report.GradeCount;
import org.practiceaudit.core.report.GradeDistribution;
import org.practiceaudit.core.report.ModerationResults;
import org.practiceaudit.core.report.MonthlyAverage;
import org.practiceaudit.core.report.MonthlyCompliance;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.core.report.Trend;
import org.practiceaudit.core.sampling.AllocationBound;
import org.practiceaudit.core.sampling.Exclusion;
import org.practiceaudit.core.sampling.ExclusionReason;
import org.practiceaudit.core.sampling.ImmutableSample;
import org.practiceaudit.core.sampling.ImmutableStratumAllocation;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.sampling.Shortfall;
import org.practiceaudit.core.sampling.StratumAllocation;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of audit-core's interchange results: samples with their audit trail, moderation samples,
 * allocations, quota reports, finished reports, agreement statistics, the multi-agency overview and
 * programme progress. Property names are snake_case and listed in the README.
 *
 * <p>Samples, moderation samples, allocations, role quotas, moderation policies, audit programmes and
 * statistics are read back as well as written. Finished reports, quota reports, the multi-agency overview and programme progress
 * are results computed from audits: they are written only (see {@link #writeOnly()}).
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
    codecs.put(ModerationPolicy.class, MODERATION_POLICY);
    codecs.put(ProgrammeEntry.class, PROGRAMME_ENTRY);
    codecs.put(AuditProgramme.class, AUDIT_PROGRAMME);
    codecs.put(StratumAllocation.class, STRATUM_ALLOCATION);
    codecs.put(Exclusion.class, EXCLUSION);
    codecs.put(Sample.class, SAMPLE);
    codecs.put(ModerationPick.class, PICK);
    codecs.put(ModerationSample.class, MODERATION_SAMPLE);
    codecs.put(Unallocated.class, UNALLOCATED);
    codecs.put(Allocation.class, ALLOCATION);
    return codecs;
  }

  /** Writers for results that are written only: each renders a finished result. */
  static Map<Class<?>, Writer<?>> writeOnly() {
    Map<Class<?>, Writer<?>> writers = new LinkedHashMap<>();
    writers.put(ConfidenceInterval.class, (Writer<ConfidenceInterval>) InterchangeCodecs::interval);
    writers.put(Proportion.class, (Writer<Proportion>) InterchangeCodecs::proportion);
    writers.put(SampleMoments.class, (Writer<SampleMoments>) InterchangeCodecs::moments);
    writers.put(MeanChange.class, (Writer<MeanChange>) InterchangeCodecs::meanChange);
    writers.put(AgreementTable.class, (Writer<AgreementTable>) InterchangeCodecs::table);
    writers.put(AgreementSummary.class, (Writer<AgreementSummary>) InterchangeCodecs::agreement);
    writers.put(PersonQuotaStatus.class, (Writer<PersonQuotaStatus>) InterchangeCodecs::personQuota);
    writers.put(RoleQuotaStatus.class, (Writer<RoleQuotaStatus>) InterchangeCodecs::roleQuota);
    writers.put(QuotaReport.class, (Writer<QuotaReport>) InterchangeCodecs::quotaReport);
    writers.put(GradeDistribution.class, (Writer<GradeDistribution>) InterchangeCodecs::distribution);
    writers.put(DomainResult.class, (Writer<DomainResult>) InterchangeCodecs::domainResult);
    writers.put(Compliance.class, (Writer<Compliance>) InterchangeCodecs::compliance);
    writers.put(Trend.class, (Writer<Trend>) InterchangeCodecs::trend);
    writers.put(ModerationResults.class, (Writer<ModerationResults>) InterchangeCodecs::moderationResults);
    writers.put(AuditReport.class, (Writer<AuditReport>) InterchangeCodecs::report);
    writers.put(AgencyComparison.class, (Writer<AgencyComparison>) InterchangeCodecs::comparison);
    writers.put(MultiAgencyOverview.class, (Writer<MultiAgencyOverview>) InterchangeCodecs::overview);
    writers.put(ProgrammeProgress.class, (Writer<ProgrammeProgress>) InterchangeCodecs::progress);
    return writers;
  }

  /** Writes one value as a tree. */
  @FunctionalInterface
  interface Writer<T> {
    JsonNode write(T value);
  }

  // ---- statistics -------------------------------------------------------------------------------------

  /**
   * A statistic is {@code {"value": 0.61}} or {@code {"not_computable": "reason"}}: never NaN, never a bare
   * number, so that a reader cannot mistake a missing value for zero.
   */
  static final Codec<Statistic> STATISTIC =
      new Codec<>() {
        @Override
        public JsonNode write(Statistic value) {
          ObjectNode o = Fields.object();
          if (value.isComputable()) {
            o.put("value", value.value().getAsDouble());
          } else {
            o.put("not_computable", value.reason().orElse(""));
          }
          return o;
        }

        @Override
        public Statistic read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "statistic", Set.of("value", "not_computable"));
          if (node.size() != 1) {
            throw new BindingException("a statistic is {\"value\": x} or {\"not_computable\": \"reason\"}");
          }
          if (node.has("value")) {
            JsonNode v = f.required("value");
            if (!v.isNumber()) {
              throw new BindingException("'value' in statistic must be a number");
            }
            return Statistic.of(v.doubleValue());
          }
          return Statistic.notComputable(f.text("not_computable"));
        }
      };

  private static JsonNode stat(Statistic s) {
    return STATISTIC.write(s);
  }

  private static JsonNode interval(ConfidenceInterval i) {
    return Fields.object().put("lower", i.lower()).put("upper", i.upper());
  }

  private static JsonNode proportion(Proportion p) {
    ObjectNode o = Fields.object().put("count", p.count()).put("total", p.total());
    o.set("share", stat(p.share()));
    p.wilson95().ifPresent(i -> o.set("wilson_95", interval(i)));
    return o;
  }

  private static JsonNode moments(SampleMoments m) {
    ObjectNode o = Fields.object().put("count", m.count()).put("sum", m.sum()).put("sum_of_squares", m.sumOfSquares());
    o.set("mean", stat(m.mean()));
    o.set("variance", stat(m.variance()));
    return o;
  }

  private static JsonNode meanChange(MeanChange c) {
    ObjectNode o = Fields.object();
    o.set("before", moments(c.before()));
    o.set("after", moments(c.after()));
    o.put("verdict", Codecs.enumText(c.verdict()));
    o.set("welch_t", stat(c.welchT()));
    o.put("note", c.note());
    return o;
  }

  private static JsonNode table(AgreementTable t) {
    ObjectNode o = Fields.object().put("categories", t.categories());
    ArrayNode rows = o.putArray("counts");
    for (int i = 0; i < t.categories(); i++) {
      ArrayNode row = rows.addArray();
      for (int j = 0; j < t.categories(); j++) {
        row.add(t.count(i, j));
      }
    }
    return o;
  }

  private static JsonNode agreement(AgreementSummary a) {
    ObjectNode o = Fields.object().put("pairs", a.pairs());
    o.set("exact", stat(a.exact()));
    o.set("within_one", stat(a.withinOne()));
    o.set("cohen_kappa", stat(a.cohenKappa()));
    o.set("linear_kappa", stat(a.linearKappa()));
    o.set("quadratic_kappa", stat(a.quadraticKappa()));
    o.set("ordinal_alpha", stat(a.ordinalAlpha()));
    return o;
  }

  // ---- quotas and moderation policy -------------------------------------------------------------------

  /** A quota as the configuration format writes it: per {@code year} or {@code cycle}. */
  static final Codec<RoleQuota> ROLE_QUOTA =
      new Codec<>() {
        @Override
        public JsonNode write(RoleQuota q) {
          return Fields.object().put("role", q.role().id()).put("minimum", q.minimum())
              .put("per", per(q.period())).put("assisted", q.assisted());
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
            throw new BindingException("'per' in quota must be 'year', 'cycle' or 'month', not '" + per + "'");
          }
          return RoleQuota.builder().role(Role.parse(f.text("role"))).minimum(f.integer("minimum"))
              .period(period).assisted(f.bool("assisted", false)).build();
        }
      };

  /** A quota period as the configuration format writes it: {@code year}, {@code cycle} or {@code month}. */
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

  /**
   * The one JSON form of a moderation policy, in configuration and interchange alike: {@code share} (a
   * decimal, written exactly as held), {@code at_least_one_per_auditor} (false when absent, as
   * {@link ModerationPolicy#atLeastOnePerAuditor()}) and {@code include_graded_at_or_below} (a grade label).
   */
  static final Codec<ModerationPolicy> MODERATION_POLICY =
      new Codec<>() {
        @Override
        public JsonNode write(ModerationPolicy p) {
          ObjectNode o = Fields.object();
          o.put("share", p.share());
          o.put("at_least_one_per_auditor", p.atLeastOnePerAuditor());
          p.includeGradedAtOrBelow().ifPresent(g -> o.put("include_graded_at_or_below", g.label()));
          return o;
        }

        @Override
        public ModerationPolicy read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "moderation policy", Set.of("share", "at_least_one_per_auditor", "include_graded_at_or_below"));
          JsonNode share = f.required("share");
          if (!share.isNumber()) {
            throw new BindingException("'share' in moderation policy must be a number");
          }
          ImmutableModerationPolicy.Builder b = ModerationPolicy.builder().share(decimal(share))
              .atLeastOnePerAuditor(f.bool("at_least_one_per_auditor", false));
          f.optional("include_graded_at_or_below").map(n -> Codecs.GRADE.read(n, scale))
              .ifPresent(b::includeGradedAtOrBelow);
          return b.build();
        }
      };

  private static BigDecimal decimal(JsonNode number) {
    return number.isBigDecimal() || number.isIntegralNumber()
        ? number.decimalValue()
        : new BigDecimal(number.asString());
  }

  private static JsonNode personQuota(PersonQuotaStatus s) {
    ObjectNode o = Fields.object().put("person_id", s.person().toString());
    o.set("quota", ROLE_QUOTA.write(s.quota()));
    return o.put("done", s.done()).put("shortfall", s.shortfall()).put("met", s.isMet())
        .put("compliance_percent", s.compliancePercent());
  }

  private static JsonNode roleQuota(RoleQuotaStatus s) {
    ObjectNode o = Fields.object();
    o.set("quota", ROLE_QUOTA.write(s.quota()));
    return o.put("people", s.people()).put("done", s.done()).put("done_within_quota", s.doneWithinQuota())
        .put("people_meeting", s.peopleMeeting()).put("required", s.required()).put("shortfall", s.shortfall())
        .put("compliance_percent", s.compliancePercent());
  }

  private static JsonNode quotaReport(QuotaReport r) {
    ObjectNode o = Fields.object();
    o.set("people", array(r.people(), s -> personQuota((PersonQuotaStatus) s)));
    o.set("roles", array(r.roles(), s -> roleQuota((RoleQuotaStatus) s)));
    return o;
  }

  // ---- samples ---------------------------------------------------------------------------------------

  /**
   * One line of a sample's stratum table: {@code stratum} (the stratum's {@code {column: value}}, empty
   * for an unstratified sample), {@code eligible}, {@code target}, {@code selected} and {@code bound}.
   */
  static final Codec<StratumAllocation> STRATUM_ALLOCATION =
      new Codec<>() {
        @Override
        public JsonNode write(StratumAllocation a) {
          ObjectNode o = Fields.object();
          ObjectNode key = o.putObject("stratum");
          a.key().forEach(key::put);
          return o.put("eligible", a.eligible()).put("target", a.target()).put("selected", a.selected())
              .put("bound", Codecs.enumText(a.bound()));
        }

        @Override
        public StratumAllocation read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "stratum", Set.of("stratum", "eligible", "target", "selected", "bound"));
          ImmutableStratumAllocation.Builder b = StratumAllocation.builder()
              .putAllKey(f.map("stratum", n -> f.text(n, "stratum")))
              .eligible(f.integer("eligible")).target(f.integer("target")).selected(f.integer("selected"))
              .bound(Codecs.read(AllocationBound.class, f.required("bound"), scale));
          return b.build();
        }
      };

  static final Codec<Exclusion> EXCLUSION =
      new Codec<>() {
        @Override
        public JsonNode write(Exclusion e) {
          return Fields.object().put("case_id", e.caseId().toString()).put("reason", Codecs.enumText(e.reason()));
        }

        @Override
        public Exclusion read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "exclusion", Set.of("case_id", "reason"));
          return Exclusion.of(CaseId.parse(f.text("case_id")),
              Codecs.read(ExclusionReason.class, f.required("reason"), scale));
        }
      };

  private static final Set<String> SAMPLE_FIELDS =
      Set.of("selected", "strata", "excluded", "shortfall", "seed", "algorithm", "as_of", "population", "open",
          "eligible", "planned", "population_fingerprint", "plan", "stratified_by", "uncovered_workers");

  /**
   * A sample with its whole audit trail, enough to draw it again and check that it is the same, in the
   * shape of the command line's documented {@code sample --json} contract, which prints this form: {@code
   * selected} (case ids, in drawing order), {@code strata} (one line per stratum), {@code excluded}, {@code
   * shortfall} (how many fewer than planned were selected, 0 for none; derived, and checked on reading),
   * {@code seed} (decimal text), {@code algorithm}, {@code as_of}, {@code population}, {@code open}, {@code
   * eligible}, {@code planned}, {@code population_fingerprint}, {@code plan} (the plan's name), {@code
   * stratified_by} (the columns the plan stratifies by) and {@code uncovered_workers}.
   */
  static final Codec<Sample> SAMPLE =
      new Codec<>() {
        @Override
        public JsonNode write(Sample s) {
          ObjectNode o = Fields.object();
          o.set("selected", array(s.selectedIds(), x -> Fields.NODES.stringNode(x.toString())));
          o.set("strata", array(s.allocations(), x -> STRATUM_ALLOCATION.write((StratumAllocation) x)));
          o.set("excluded", array(s.exclusions(), x -> EXCLUSION.write((Exclusion) x)));
          o.put("shortfall", shortfall(s));
          o.put("seed", s.seed().toString());
          o.put("algorithm", s.algorithm());
          o.put("as_of", s.asOf().toString());
          o.put("population", s.populationSize());
          o.put("open", s.openPopulation());
          o.put("eligible", s.eligible());
          o.put("planned", s.plannedSize());
          o.put("population_fingerprint", s.populationFingerprint());
          o.put("plan", s.planName());
          o.set("stratified_by", array(s.strata(), x -> Fields.NODES.stringNode((String) x)));
          o.set("uncovered_workers", array(s.uncoveredWorkers(), x -> Fields.NODES.stringNode(x.toString())));
          return o;
        }

        @Override
        public Sample read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "sample", SAMPLE_FIELDS);
          ImmutableSample.Builder b = Sample.builder()
              .planName(f.text("plan"))
              .algorithm(f.text("algorithm"))
              .seed(Seed.parse(f.text("seed")))
              .asOf(f.date("as_of"))
              .populationFingerprint(f.text("population_fingerprint"))
              .addAllStrata(f.list("stratified_by", n -> f.text(n, "stratified_by")))
              .populationSize(f.integer("population"))
              .openPopulation(f.integer("open"))
              .eligible(f.integer("eligible"))
              .plannedSize(f.integer("planned"))
              .addAllSelectedIds(f.list("selected", n -> CaseId.parse(f.text(n, "selected"))))
              .addAllAllocations(f.list("strata", n -> STRATUM_ALLOCATION.read(n, scale)))
              .addAllExclusions(f.list("excluded", n -> EXCLUSION.read(n, scale)))
              .addAllUncoveredWorkers(f.list("uncovered_workers", n -> PersonId.parse(f.text(n, "uncovered_workers"))));
          Sample sample = b.build();
          int shortfall = f.integer("shortfall");
          if (shortfall != shortfall(sample)) {
            throw new BindingException("'shortfall' in sample is " + shortfall + ", but the sample selects "
                + sample.selectedCount() + " of " + sample.plannedSize() + " planned, a shortfall of "
                + shortfall(sample));
          }
          return sample;
        }
      };

  private static int shortfall(Sample s) {
    return s.shortfall().map(Shortfall::missing).orElse(0);
  }

  static final Codec<ModerationPick> PICK =
      new Codec<>() {
        @Override
        public JsonNode write(ModerationPick p) {
          return Fields.object().put("audit_id", p.auditId().toString()).put("auditor_id", p.auditor().toString())
              .put("reason", Codecs.enumText(p.reason()));
        }

        @Override
        public ModerationPick read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "moderation pick", Set.of("audit_id", "auditor_id", "reason"));
          return ModerationPick.of(AuditId.parse(f.text("audit_id")), PersonId.parse(f.text("auditor_id")),
              Codecs.read(ModerationReason.class, f.required("reason"), scale));
        }
      };

  static final Codec<ModerationSample> MODERATION_SAMPLE =
      new Codec<>() {
        @Override
        public JsonNode write(ModerationSample s) {
          ObjectNode o = Fields.object();
          o.put("algorithm", s.algorithm());
          o.put("seed", s.seed().toString());
          o.set("policy", MODERATION_POLICY.write(s.policy()));
          o.put("population_fingerprint", s.populationFingerprint());
          o.put("completed", s.completed());
          o.put("planned_size", s.plannedSize());
          o.set("picks", array(s.picks(), x -> PICK.write((ModerationPick) x)));
          return o;
        }

        @Override
        public ModerationSample read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "moderation sample",
              Set.of("algorithm", "seed", "policy", "population_fingerprint", "completed", "planned_size", "picks"));
          return ModerationSample.builder()
              .algorithm(f.text("algorithm"))
              .seed(Seed.parse(f.text("seed")))
              .policy(MODERATION_POLICY.read(f.required("policy"), scale))
              .populationFingerprint(f.text("population_fingerprint"))
              .completed(f.integer("completed"))
              .plannedSize(f.integer("planned_size"))
              .addAllPicks(f.list("picks", n -> PICK.read(n, scale)))
              .build();
        }
      };

  // ---- allocations -----------------------------------------------------------------------------------

  /** The {@code explanation} is written for people and ignored on reading: the reason carries it. */
  static final Codec<Unallocated> UNALLOCATED =
      new Codec<>() {
        @Override
        public JsonNode write(Unallocated u) {
          ObjectNode o = Fields.object().put("case_id", u.caseId().toString());
          u.auditId().ifPresent(a -> o.put("audit_id", a.toString()));
          return o.put("team", u.team()).put("reason", Codecs.enumText(u.reason()))
              .put("independent_count", u.independentCount()).put("explanation", u.explanation());
        }

        @Override
        public Unallocated read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "unallocated case",
              Set.of("case_id", "audit_id", "team", "reason", "independent_count", "explanation"));
          f.optionalText("explanation");
          ImmutableUnallocated.Builder b = Unallocated.builder()
              .caseId(CaseId.parse(f.text("case_id")))
              .team(f.text("team"))
              .reason(Codecs.read(UnallocatedReason.class, f.required("reason"), scale))
              .independentCount(f.integer("independent_count"));
          f.optionalText("audit_id").map(AuditId::parse).ifPresent(b::auditId);
          return b.build();
        }
      };

  /**
   * Assignments are a list of {@code {case_id, auditor_id}}, the shape the command line's documented
   * {@code allocate --json} contract gives, which prints this form unchanged; loads are an object keyed by
   * auditor id.
   */
  static final Codec<Allocation> ALLOCATION =
      new Codec<>() {
        @Override
        public JsonNode write(Allocation a) {
          ObjectNode o = Fields.object();
          ArrayNode assignments = o.putArray("assignments");
          a.assignments().forEach((c, p) -> assignments.addObject().put("case_id", c.toString())
              .put("auditor_id", p.toString()));
          o.set("unallocated", array(a.unallocated(), x -> UNALLOCATED.write((Unallocated) x)));
          ObjectNode load = o.putObject("load");
          a.load().forEach((p, n) -> load.put(p.toString(), n));
          o.put("cost", a.cost());
          return o;
        }

        @Override
        public Allocation read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "allocation", Set.of("assignments", "unallocated", "load", "cost"));
          ImmutableAllocation.Builder b = Allocation.builder();
          f.list("assignments", n -> {
            Fields assignment = Fields.of(n, "assignment", Set.of("case_id", "auditor_id"));
            return Map.entry(CaseId.parse(assignment.text("case_id")), PersonId.parse(assignment.text("auditor_id")));
          }).forEach(e -> b.putAssignment(e.getKey(), e.getValue()));
          b.addAllUnallocated(f.list("unallocated", n -> UNALLOCATED.read(n, scale)));
          f.map("load", n -> f.integer(n, "load")).forEach((p, n) -> b.putLoad(PersonId.parse(p), n));
          JsonNode cost = f.required("cost");
          if (!cost.isIntegralNumber() || !cost.canConvertToLong()) {
            throw new BindingException("'cost' in allocation must be a whole number");
          }
          return b.cost(cost.longValue()).build();
        }
      };

  // ---- reports ---------------------------------------------------------------------------------------

  /**
   * A share or an average of a finished report as the command line's contract gives it: a number rounded
   * half-even to four decimal places, or {@code null} when it cannot be computed.
   */
  private static void putFigure(ObjectNode o, String name, Statistic statistic) {
    OptionalDouble value = statistic.value();
    if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
      o.put(name, BigDecimal.valueOf(value.getAsDouble()).setScale(4, RoundingMode.HALF_EVEN).doubleValue());
    } else {
      o.putNull(name);
    }
  }

  /**
   * Puts a grade distribution's fields into {@code o}: {@code grades} (an object from grade label, best
   * first, to {@code {count, share, rank, tenths_of_percent, wilson_95}}), {@code graded}, {@code
   * good_or_better} (a share) and {@code grade_scale_id}. A report and a cohort carry these fields
   * themselves; elsewhere they make an object of their own.
   */
  private static ObjectNode putDistribution(ObjectNode o, GradeDistribution d) {
    ObjectNode grades = o.putObject("grades");
    for (GradeCount c : d.grades()) {
      ObjectNode g = grades.putObject(c.label()).put("count", c.count());
      putFigure(g, "share", c.proportion().share());
      g.put("rank", c.rank()).put("tenths_of_percent", c.tenthsOfPercent());
      c.proportion().wilson95().ifPresent(i -> g.set("wilson_95", interval(i)));
    }
    o.put("graded", d.graded());
    putFigure(o, "good_or_better", d.goodOrBetter().share());
    return o.put("grade_scale_id", d.scaleId());
  }

  private static JsonNode distribution(GradeDistribution d) {
    return putDistribution(Fields.object(), d);
  }

  private static JsonNode domainResult(DomainResult d) {
    ObjectNode o = Fields.object().put("id", d.domainId()).put("title", d.title());
    putFigure(o, "average", d.average());
    return o.put("scored", d.scored()).put("not_applicable", d.notApplicable()).put("not_scored", d.notScored())
        .put("min", d.scaleMin()).put("max", d.scaleMax());
  }

  private static JsonNode compliance(Compliance c) {
    ObjectNode o = Fields.object().put("allocated", c.allocated()).put("completed_on_time", c.completedOnTime())
        .put("completed_late", c.completedLate()).put("not_completed", c.notCompleted()).put("overdue", c.overdue())
        .put("pending", c.pending());
    o.set("on_time", proportion(c.onTime()));
    return o;
  }

  /** Puts {@code compliance} (the share completed on time) and {@code compliance_detail} (the counts). */
  private static void putCompliance(ObjectNode o, Compliance c) {
    putFigure(o, "compliance", c.onTime().share());
    o.set("compliance_detail", compliance(c));
  }

  private static JsonNode trend(Trend t) {
    ObjectNode o = Fields.object().put("domain_id", t.domainId());
    o.set("months", array(t.months(), x -> {
      MonthlyAverage m = (MonthlyAverage) x;
      ObjectNode month = Fields.object().put("month", m.month().toString()).put("audits", m.audits());
      putFigure(month, "average", m.average());
      return month;
    }));
    t.latestChange().ifPresent(c -> o.set("latest_change", meanChange(c)));
    return o;
  }

  private static JsonNode moderationResults(ModerationResults m) {
    ObjectNode o = Fields.object();
    o.set("table", table(m.table()));
    o.set("agreement", agreement(m.agreement()));
    o.set("auditors", array(m.auditors(), x -> {
      AuditorMovement a = (AuditorMovement) x;
      return Fields.object().put("auditor_id", a.auditor().toString()).put("raised", a.raised())
          .put("lowered", a.lowered()).put("same", a.same());
    }));
    return o;
  }

  /**
   * A finished report, in the shape of the command line's documented {@code report --json} contract, which
   * prints this form with the framework's id and version before it: the documented fields first, in the
   * documented order ({@code as_of} ... {@code actions}), then the report's further results. Shares and
   * averages are numbers rounded to four decimal places, or {@code null}.
   */
  private static JsonNode report(AuditReport r) {
    ObjectNode o = Fields.object();
    o.put("as_of", r.asOfDate().toString());
    o.put("audits", r.audits());
    o.put("completed", r.completed());
    putCompliance(o, r.compliance());
    o.set("compliance_by_month", array(r.complianceByMonth(), x -> {
      MonthlyCompliance m = (MonthlyCompliance) x;
      ObjectNode month = Fields.object().put("month", m.month().toString());
      putCompliance(month, m.compliance());
      return month;
    }));
    o.put("scored_audits", r.scoredAudits());
    putFigure(o, "average", r.overallAverage());
    o.set("domains", array(r.domains(), x -> domainResult((DomainResult) x)));
    o.put("weakest_domain", r.weakestDomain().orElse(null));
    o.put("strongest_domain", r.strongestDomain().orElse(null));
    putDistribution(o, r.grades());
    o.set("escalations", array(r.escalations(), x -> {
      EscalationLine e = (EscalationLine) x;
      return Fields.object().put("category", e.category()).put("raised", e.raised()).put("open", e.open())
          .put("overdue", e.overdue()).put("counted_from_completion_day", e.countedFromCompletionDay());
    }));
    o.set("actions", Fields.object().put("total", r.actions().total())
        .put("outstanding", r.actions().outstanding()).put("overdue", r.actions().overdue()));
    o.set("overall_trend", trend(r.overallTrend()));
    o.set("domain_trends", array(r.domainTrends(), x -> trend((Trend) x)));
    o.set("cohorts", array(r.cohorts(), x -> {
      CohortResult c = (CohortResult) x;
      ObjectNode cohort = Fields.object().put("dimension", c.dimension()).put("value", c.value())
          .put("audits", c.audits());
      putDistribution(cohort, c.grades());
      cohort.set("domains", array(c.domains(), y -> domainResult((DomainResult) y)));
      return cohort;
    }));
    o.set("quotas", quotaReport(r.quotas()));
    o.set("moderation", moderationResults(r.moderation()));
    return o;
  }

  private static JsonNode comparison(AgencyComparison c) {
    ObjectNode o = Fields.object().put("case_id", c.caseId().toString()).put("area", c.area());
    ObjectNode grades = o.putObject("grades");
    c.grades().forEach((agency, grade) -> grades.put(agency, grade.label()));
    return o.put("spread", c.spread()).put("disagreement", c.isDisagreement());
  }

  private static JsonNode overview(MultiAgencyOverview m) {
    ObjectNode o = Fields.object();
    o.set("agencies", array(m.agencies(), x -> Fields.NODES.stringNode((String) x)));
    o.set("areas", array(m.areas(), x -> Fields.NODES.stringNode((String) x)));
    o.set("comparisons", array(m.comparisons(), x -> comparison((AgencyComparison) x)));
    ObjectNode byAgency = o.putObject("by_agency");
    m.byAgency().forEach((agency, d) -> byAgency.set(agency, distribution(d)));
    o.set("disagreements", array(m.disagreements(), x -> comparison((AgencyComparison) x)));
    return o;
  }

  private static final Set<String> ENTRY_FIELDS =
      Set.of("month", "until", "audit_type", "theme", "planned", "sampling_plan", "notes");

  /**
   * The one JSON form of a programme entry, in configuration and interchange alike (issue 18 item 5):
   * {@code month} and {@code until} (ISO months; {@code until} is the month itself when absent), {@code
   * audit_type}, and the optional {@code theme}, {@code planned} (a whole number), {@code sampling_plan}
   * (a plan's name) and {@code notes}.
   */
  static final Codec<ProgrammeEntry> PROGRAMME_ENTRY =
      new Codec<>() {
        @Override
        public JsonNode write(ProgrammeEntry e) {
          ObjectNode o = Fields.object().put("month", e.month().toString()).put("until", e.until().toString())
              .put("audit_type", e.auditType());
          e.theme().ifPresent(t -> o.put("theme", t));
          e.planned().ifPresent(n -> o.put("planned", n));
          e.samplingPlan().ifPresent(p -> o.put("sampling_plan", p));
          e.notes().ifPresent(n -> o.put("notes", n));
          return o;
        }

        @Override
        public ProgrammeEntry read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "programme entry", ENTRY_FIELDS);
          YearMonth month = month(f.text("month"), "month");
          ImmutableProgrammeEntry.Builder b = ProgrammeEntry.builder().month(month)
              .until(f.optionalText("until").map(u -> month(u, "until")).orElse(month))
              .auditType(f.text("audit_type"));
          f.optionalText("theme").ifPresent(b::theme);
          if (f.optional("planned").isPresent()) {
            b.planned(f.integer("planned"));
          }
          f.optionalText("sampling_plan").ifPresent(b::samplingPlan);
          f.optionalText("notes").ifPresent(b::notes);
          return b.build();
        }
      };

  private static YearMonth month(String text, String name) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new BindingException("'" + name + "' in programme entry must be an ISO month such as 2021-07: '"
          + text + "'");
    }
  }

  /** The one JSON form of an audit programme: {@code name} and {@code entries}, in order. */
  static final Codec<AuditProgramme> AUDIT_PROGRAMME =
      new Codec<>() {
        @Override
        public JsonNode write(AuditProgramme p) {
          ObjectNode o = Fields.object().put("name", p.name());
          o.set("entries", array(p.entries(), x -> PROGRAMME_ENTRY.write((ProgrammeEntry) x)));
          return o;
        }

        @Override
        public AuditProgramme read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "audit programme", Set.of("name", "entries"));
          ImmutableAuditProgramme.Builder b = AuditProgramme.builder().name(f.text("name"));
          JsonNode entries = f.required("entries");
          if (!entries.isArray()) {
            throw new BindingException("'entries' in audit programme must be an array");
          }
          entries.forEach(e -> b.addEntry(PROGRAMME_ENTRY.read(e, scale)));
          return b.build();
        }
      };

  private static JsonNode progress(ProgrammeProgress p) {
    ObjectNode o = Fields.object();
    o.set("entries", array(p.entries(), x -> {
      EntryProgress e = (EntryProgress) x;
      ObjectNode entry = Fields.object();
      entry.set("entry", PROGRAMME_ENTRY.write(e.entry()));
      entry.put("done", e.done());
      e.planned().ifPresent(n -> entry.put("planned", n));
      return entry.put("remaining", e.remaining());
    }));
    return o.put("done_total", p.doneTotal()).put("planned_total", p.plannedTotal())
        .put("remaining_total", p.remainingTotal());
  }

  private static ArrayNode array(Iterable<?> items, java.util.function.Function<Object, JsonNode> each) {
    return Fields.array(items, each);
  }
}
