package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.Codecs.writeAll;

import java.util.Set;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.casefile.ImmutableInvolvement;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of case files and involvements (audit-core's {@code casefile} package). */
final class CaseFileCodecs {

  private CaseFileCodecs() {}

  static final Codec<Involvement> INVOLVEMENT =
      new Codec<>() {
        @Override
        public JsonNode write(Involvement value) {
          ObjectNode o = Fields.object();
          o.put("person_id", value.person().toString());
          o.put("role", value.role().id());
          o.put("from", value.from().toString());
          value.to().ifPresent(d -> o.put("to", d.toString()));
          return o;
        }

        @Override
        public Involvement read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "involvement", Set.of("person_id", "role", "from", "to"));
          ImmutableInvolvement.Builder b =
              Involvement.builder()
                  .person(PersonId.parse(f.text("person_id")))
                  .role(Role.parse(f.text("role")))
                  .from(f.date("from"));
          f.optionalDate("to").ifPresent(b::to);
          return b.build();
        }
      };

  static final Codec<CaseFile> CASE_FILE =
      new Codec<>() {
        @Override
        public JsonNode write(CaseFile value) {
          ObjectNode o = Fields.object();
          o.put("case_id", value.id().toString());
          o.put("category", value.category().id());
          o.put("team", value.team());
          value.allocatedWorker().ifPresent(w -> o.put("worker_id", w.toString()));
          o.set("involvements", writeAll(Involvement.class, value.involvements()));
          o.put("opened_on", value.openedOn().toString());
          value.closedOn().ifPresent(d -> o.put("closed_on", d.toString()));
          value.lastAuditedOn().ifPresent(d -> o.put("last_audited_on", d.toString()));
          ObjectNode attributes = o.putObject("attributes");
          value.attributes().forEach(attributes::put);
          return o;
        }

        @Override
        public CaseFile read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(
                  node,
                  "case",
                  Set.of(
                      "case_id",
                      "category",
                      "team",
                      "worker_id",
                      "involvements",
                      "opened_on",
                      "closed_on",
                      "last_audited_on",
                      "attributes"));
          ImmutableCaseFile.Builder b =
              CaseFile.builder()
                  .id(CaseId.parse(f.text("case_id")))
                  .category(CaseCategory.parse(f.text("category")))
                  .team(f.text("team"))
                  .addAllInvolvements(f.list("involvements", n -> INVOLVEMENT.read(n, scale)))
                  .openedOn(f.date("opened_on"))
                  .putAllAttributes(f.map("attributes", n -> f.text(n, "attributes")));
          f.optionalText("worker_id").map(PersonId::parse).ifPresent(b::allocatedWorker);
          f.optionalDate("closed_on").ifPresent(b::closedOn);
          f.optionalDate("last_audited_on").ifPresent(b::lastAuditedOn);
          return b.build();
        }
      };
}
