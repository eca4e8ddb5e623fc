package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.InterchangeCodecs.array;
import static org.practiceaudit.json.binding.QuotaCodecs.decimal;

import java.util.Set;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.moderation.ImmutableModerationPolicy;
import org.practiceaudit.core.moderation.ModerationPick;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.moderation.ModerationReason;
import org.practiceaudit.core.moderation.ModerationSample;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.workforce.PersonId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of moderation policies and moderation samples (audit-core's {@code moderation}
 * package).
 */
final class ModerationCodecs {

  private ModerationCodecs() {}

  /**
   * The one JSON form of a moderation policy, in configuration and interchange alike: {@code share}
   * (a decimal, written exactly as held), {@code at_least_one_per_auditor} (false when absent, as
   * {@link ModerationPolicy#atLeastOnePerAuditor()}) and {@code include_graded_at_or_below} (a
   * grade label).
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
          Fields f =
              Fields.of(
                  node,
                  "moderation policy",
                  Set.of("share", "at_least_one_per_auditor", "include_graded_at_or_below"));
          JsonNode share = f.required("share");
          if (!share.isNumber()) {
            throw new BindingException("'share' in moderation policy must be a number");
          }
          ImmutableModerationPolicy.Builder b =
              ModerationPolicy.builder()
                  .share(decimal(share))
                  .atLeastOnePerAuditor(f.bool("at_least_one_per_auditor", false));
          f.optional("include_graded_at_or_below")
              .map(n -> GradeCodecs.GRADE.read(n, scale))
              .ifPresent(b::includeGradedAtOrBelow);
          return b.build();
        }
      };

  static final Codec<ModerationPick> PICK =
      new Codec<>() {
        @Override
        public JsonNode write(ModerationPick p) {
          return Fields.object()
              .put("audit_id", p.auditId().toString())
              .put("auditor_id", p.auditor().toString())
              .put("reason", Codecs.enumText(p.reason()));
        }

        @Override
        public ModerationPick read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "moderation pick", Set.of("audit_id", "auditor_id", "reason"));
          return ModerationPick.of(
              AuditId.parse(f.text("audit_id")),
              PersonId.parse(f.text("auditor_id")),
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
          Fields f =
              Fields.of(
                  node,
                  "moderation sample",
                  Set.of(
                      "algorithm",
                      "seed",
                      "policy",
                      "population_fingerprint",
                      "completed",
                      "planned_size",
                      "picks"));
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
}
