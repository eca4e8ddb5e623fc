package org.practiceaudit.json.binding;

import static org.practiceaudit.json.binding.InterchangeCodecs.array;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.EntryProgress;
import org.practiceaudit.core.programme.ImmutableAuditProgramme;
import org.practiceaudit.core.programme.ImmutableProgrammeEntry;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.programme.ProgrammeProgress;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of audit programmes and their progress (audit-core's {@code programme} package).
 */
final class ProgrammeCodecs {

  private ProgrammeCodecs() {}

  private static final Set<String> ENTRY_FIELDS =
      Set.of("month", "until", "audit_type", "theme", "planned", "sampling_plan", "notes");

  /**
   * The one JSON form of a programme entry, in configuration and interchange alike (issue 18 item
   * 5): {@code month} and {@code until} (ISO months; {@code until} is the month itself when
   * absent), {@code audit_type}, and the optional {@code theme}, {@code planned} (a whole number),
   * {@code sampling_plan} (a plan's name) and {@code notes}.
   */
  static final Codec<ProgrammeEntry> PROGRAMME_ENTRY =
      new Codec<>() {
        @Override
        public JsonNode write(ProgrammeEntry e) {
          ObjectNode o =
              Fields.object()
                  .put("month", e.month().toString())
                  .put("until", e.until().toString())
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
          ImmutableProgrammeEntry.Builder b =
              ProgrammeEntry.builder()
                  .month(month)
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
      throw new BindingException(
          "'" + name + "' in programme entry must be an ISO month such as 2021-07: '" + text + "'");
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

  static JsonNode progress(ProgrammeProgress p) {
    ObjectNode o = Fields.object();
    o.set(
        "entries",
        array(
            p.entries(),
            x -> {
              EntryProgress e = (EntryProgress) x;
              ObjectNode entry = Fields.object();
              entry.set("entry", PROGRAMME_ENTRY.write(e.entry()));
              entry.put("done", e.done());
              e.planned().ifPresent(n -> entry.put("planned", n));
              return entry.put("remaining", e.remaining());
            }));
    return o.put("done_total", p.doneTotal())
        .put("planned_total", p.plannedTotal())
        .put("remaining_total", p.remainingTotal());
  }
}
