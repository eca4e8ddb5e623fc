package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.InterchangeCodecs.array;

import java.util.Map;
import java.util.Set;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.allocation.ImmutableAllocation;
import org.practiceaudit.core.allocation.ImmutableUnallocated;
import org.practiceaudit.core.allocation.Unallocated;
import org.practiceaudit.core.allocation.UnallocatedReason;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of allocations (audit-core's {@code allocation} package). */
final class AllocationCodecs {

  private AllocationCodecs() {}

  // Hand-written: read inside the allocation's codec, and 'explanation' is written but ignored on
  // reading.
  /**
   * The {@code explanation} is written for people and ignored on reading: the reason carries it.
   */
  static final Codec<Unallocated> UNALLOCATED =
      new Codec<>() {
        @Override
        public JsonNode write(Unallocated u) {
          ObjectNode o = Fields.object().put("case_id", u.caseId().toString());
          u.auditId().ifPresent(a -> o.put("audit_id", a.toString()));
          return o.put("team", u.team())
              .put("reason", Codecs.enumText(u.reason()))
              .put("independent_count", u.independentCount())
              .put("explanation", u.explanation());
        }

        @Override
        public Unallocated read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(
                  node,
                  "unallocated case",
                  Set.of(
                      "case_id", "audit_id", "team", "reason", "independent_count", "explanation"));
          f.optionalText("explanation");
          ImmutableUnallocated.Builder b =
              Unallocated.builder()
                  .caseId(CaseId.parse(f.text("case_id")))
                  .team(f.text("team"))
                  .reason(Codecs.read(UnallocatedReason.class, f.required("reason"), scale))
                  .independentCount(f.integer("independent_count"));
          f.optionalText("audit_id").map(AuditId::parse).ifPresent(b::auditId);
          return b.build();
        }
      };

  // Hand-written: the assignments map is written as a list of {case_id, auditor_id} pairs.
  /**
   * Assignments are a list of {@code {case_id, auditor_id}}, the shape the command line's
   * documented {@code allocate --json} contract gives, which prints this form unchanged; loads are
   * an object keyed by auditor id.
   */
  static final Codec<Allocation> ALLOCATION =
      new Codec<>() {
        @Override
        public JsonNode write(Allocation a) {
          ObjectNode o = Fields.object();
          ArrayNode assignments = o.putArray("assignments");
          a.assignments()
              .forEach(
                  (c, p) ->
                      assignments
                          .addObject()
                          .put("case_id", c.toString())
                          .put("auditor_id", p.toString()));
          o.set("unallocated", array(a.unallocated(), x -> UNALLOCATED.write((Unallocated) x)));
          ObjectNode load = o.putObject("load");
          a.load().forEach((p, n) -> load.put(p.toString(), n));
          o.put("cost", a.cost());
          return o;
        }

        @Override
        public Allocation read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(node, "allocation", Set.of("assignments", "unallocated", "load", "cost"));
          ImmutableAllocation.Builder b = Allocation.builder();
          f.list(
                  "assignments",
                  n -> {
                    Fields assignment = Fields.of(n, "assignment", Set.of("case_id", "auditor_id"));
                    return Map.entry(
                        CaseId.parse(assignment.text("case_id")),
                        PersonId.parse(assignment.text("auditor_id")));
                  })
              .forEach(e -> b.putAssignment(e.getKey(), e.getValue()));
          b.addAllUnallocated(f.list("unallocated", n -> UNALLOCATED.read(n, scale)));
          f.map("load", n -> f.integer(n, "load"))
              .forEach((p, n) -> b.putLoad(PersonId.parse(p), n));
          JsonNode cost = f.required("cost");
          if (!cost.isIntegralNumber() || !cost.canConvertToLong()) {
            throw new BindingException("'cost' in allocation must be a whole number");
          }
          return b.cost(cost.longValue()).build();
        }
      };
}
