package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.InterchangeCodecs.array;

import java.util.Set;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.GradeScale;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of samples with their audit trail (audit-core's {@code sampling} package). */
final class SamplingCodecs {

  private SamplingCodecs() {}

  // Hand-written: read and written inside the sample's codec.
  /**
   * One line of a sample's stratum table: {@code stratum} (the stratum's {@code {column: value}},
   * empty for an unstratified sample), {@code eligible}, {@code target}, {@code selected} and
   * {@code bound}.
   */
  static final Codec<StratumAllocation> STRATUM_ALLOCATION =
      new Codec<>() {
        @Override
        public JsonNode write(StratumAllocation a) {
          ObjectNode o = Fields.object();
          ObjectNode key = o.putObject("stratum");
          a.key().forEach(key::put);
          return o.put("eligible", a.eligible())
              .put("target", a.target())
              .put("selected", a.selected())
              .put("bound", Codecs.enumText(a.bound()));
        }

        @Override
        public StratumAllocation read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(
                  node, "stratum", Set.of("stratum", "eligible", "target", "selected", "bound"));
          ImmutableStratumAllocation.Builder b =
              StratumAllocation.builder()
                  .putAllKey(f.map("stratum", n -> f.text(n, "stratum")))
                  .eligible(f.integer("eligible"))
                  .target(f.integer("target"))
                  .selected(f.integer("selected"))
                  .bound(Codecs.read(AllocationBound.class, f.required("bound"), scale));
          return b.build();
        }
      };

  // Hand-written: read and written inside the sample's codec.
  static final Codec<Exclusion> EXCLUSION =
      new Codec<>() {
        @Override
        public JsonNode write(Exclusion e) {
          return Fields.object()
              .put("case_id", e.caseId().toString())
              .put("reason", Codecs.enumText(e.reason()));
        }

        @Override
        public Exclusion read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "exclusion", Set.of("case_id", "reason"));
          return Exclusion.of(
              CaseId.parse(f.text("case_id")),
              Codecs.read(ExclusionReason.class, f.required("reason"), scale));
        }
      };

  private static final Set<String> SAMPLE_FIELDS =
      Set.of(
          "selected",
          "strata",
          "excluded",
          "shortfall",
          "seed",
          "algorithm",
          "as_of",
          "population",
          "open",
          "eligible",
          "planned",
          "population_fingerprint",
          "plan",
          "stratified_by",
          "uncovered_workers");

  // Hand-written: 'shortfall' is derived on writing and checked on reading.
  /**
   * A sample with its whole audit trail, enough to draw it again and check that it is the same, in
   * the shape of the command line's documented {@code sample --json} contract, which prints this
   * form: {@code selected} (case ids, in drawing order), {@code strata} (one line per stratum),
   * {@code excluded}, {@code shortfall} (how many fewer than planned were selected, 0 for none;
   * derived, and checked on reading), {@code seed} (decimal text), {@code algorithm}, {@code
   * as_of}, {@code population}, {@code open}, {@code eligible}, {@code planned}, {@code
   * population_fingerprint}, {@code plan} (the plan's name), {@code stratified_by} (the columns the
   * plan stratifies by) and {@code uncovered_workers}.
   */
  static final Codec<Sample> SAMPLE =
      new Codec<>() {
        @Override
        public JsonNode write(Sample s) {
          ObjectNode o = Fields.object();
          o.set("selected", array(s.selectedIds(), x -> Fields.NODES.stringNode(x.toString())));
          o.set(
              "strata",
              array(s.allocations(), x -> STRATUM_ALLOCATION.write((StratumAllocation) x)));
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
          o.set(
              "uncovered_workers",
              array(s.uncoveredWorkers(), x -> Fields.NODES.stringNode(x.toString())));
          return o;
        }

        @Override
        public Sample read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "sample", SAMPLE_FIELDS);
          ImmutableSample.Builder b =
              Sample.builder()
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
                  .addAllUncoveredWorkers(
                      f.list(
                          "uncovered_workers",
                          n -> PersonId.parse(f.text(n, "uncovered_workers"))));
          Sample sample = b.build();
          int shortfall = f.integer("shortfall");
          if (shortfall != shortfall(sample)) {
            throw new BindingException(
                "'shortfall' in sample is "
                    + shortfall
                    + ", but the sample selects "
                    + sample.selectedCount()
                    + " of "
                    + sample.plannedSize()
                    + " planned, a shortfall of "
                    + shortfall(sample));
          }
          return sample;
        }
      };

  private static int shortfall(Sample s) {
    return s.shortfall().map(Shortfall::missing).orElse(0);
  }
}
