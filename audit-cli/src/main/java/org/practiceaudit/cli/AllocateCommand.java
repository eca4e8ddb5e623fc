package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.allocation.Allocator;
import org.practiceaudit.core.allocation.Auditor;
import org.practiceaudit.core.allocation.AuditorPools;
import org.practiceaudit.core.allocation.Independence;
import org.practiceaudit.core.allocation.Unallocated;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.json.AuditJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code audit allocate}: independent auditors for cases. */
@Command(
    name = "allocate",
    mixinStandardHelpOptions = true,
    description = {
      "Allocates an independent auditor to every case in the file within the auditors' capacities: never"
          + " an auditor of the case's own team or involved in the case, unless --audit-type names an audit"
          + " type with another independence. Cases no auditor can take are listed with the reason."
    })
final class AllocateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--cases",
      required = true,
      paramLabel = "FILE",
      description =
          "The cases to allocate (usually a sample), in the cases format; or an Annex A"
              + " workbook (recognised by its content).")
  Path cases;

  @Mixin KeyFileOption key;

  @Option(
      names = "--auditors",
      required = true,
      paramLabel = "FILE.csv",
      description =
          "The auditors: auditor_id,role,team,capacity, with the optional columns agency and"
              + " experience (newly-qualified, experienced or senior).")
  Path auditors;

  @Option(
      names = "--involvements",
      paramLabel = "FILE.csv",
      description = "Who has been involved in which case: case_id,person_id,role,from,to.")
  Path involvements;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "FILE.csv",
      description =
          "Also write the allocation here: case_id,auditor_id, one row per allocated case"
              + " (cases left unallocated are printed, not written).")
  Path output;

  @Option(
      names = "--framework",
      paramLabel = "ID|FILE",
      description =
          "A bundled framework id (such as dudley) or a framework configuration file whose"
              + " local_categories and local_roles the files may use besides the well-known ones.")
  String framework;

  @Option(
      names = "--audit-type",
      paramLabel = "ID",
      description =
          "An audit type of the --framework whose independence applies: peer by default (never the"
              + " case's own team nor anyone involved), own-agency (London's multi-agency audits: the agency's"
              + " own record, by someone not involved; gaps in the pool are warned of) or"
              + " responsible-team-manager (Camden's compliance audits: the case's own team manager).")
  String auditType;

  @picocli.CommandLine.Mixin Vocabulary vocabulary;

  @Override
  public Integer call() {
    Independence independence = independence();
    InputProblems problems = new InputProblems();
    InvolvementsCsv.Involvements history =
        involvements == null
            ? InvolvementsCsv.Involvements.none()
            : InvolvementsCsv.read(involvements.toString(), vocabulary, problems);
    List<CaseFile> read =
        CaseSources.read(cases, history, Optional.empty(), key, Set.of(), vocabulary, problems);
    // Camden's compliance audits are made when a case is transferred or closed (line 56): keep
    // closed cases
    List<CaseFile> caseFiles =
        independence == Independence.RESPONSIBLE_TEAM_MANAGER ? read : openCases(read, problems);
    List<Auditor> pool = toAuditors(AuditorsCsv.read(auditors.toString(), vocabulary, problems));
    vocabulary.warn(problems);
    if (independence == Independence.OWN_AGENCY) {
      AuditorPools.multiAgencyGaps(pool).forEach(problems::warn);
    }
    problems.finish(spec.commandLine().getErr());
    Allocation allocation =
        Allocator.builder().rules(independence.rules()).build().allocate(caseFiles, pool);
    if (output != null) {
      CsvWriters.writeAllocation(output, allocation);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, toJson(allocation));
    } else {
      for (Map.Entry<CaseId, PersonId> entry : allocation.assignments().entrySet()) {
        out.println(entry.getKey().value() + " -> " + entry.getValue().value());
      }
      for (Unallocated u : allocation.unallocated()) {
        out.println(u.caseId().value() + " unallocated: " + u.explanation());
      }
      out.printf(
          "allocated %d of %s%n",
          allocation.assignments().size(), Plurals.count(caseFiles.size(), "case", "cases"));
      if (output != null) {
        out.printf("wrote %s%n", output);
      }
    }
    return 0;
  }

  /**
   * The independence the allocation keeps: that of {@code --audit-type} in {@code --framework}, or
   * peer review (the framework's vocabulary is declared on the way).
   */
  private Independence independence() {
    Independence independence = Independence.PEER;
    if (framework != null) {
      AuditFramework resolved = Frameworks.resolve(framework).framework();
      vocabulary.declaredBy(resolved);
      if (auditType != null) {
        independence =
            resolved.auditTypes().stream()
                .filter(t -> t.id().equals(auditType))
                .findFirst()
                .orElseThrow(
                    () ->
                        new InputException(
                            List.of(
                                "unknown audit type '"
                                    + auditType
                                    + "' of framework '"
                                    + resolved.id()
                                    + "'; expected one of "
                                    + resolved.auditTypes().stream()
                                        .map(AuditType::id)
                                        .collect(Collectors.toList()))))
                .independence();
      }
    } else if (auditType != null) {
      throw new InputException(
          "--audit-type names an audit type of a framework; give --framework too");
    }
    return independence;
  }

  /**
   * Leaves out the cases with a closing date, with a warning that counts them (issue 16 item 8).
   */
  private static List<CaseFile> openCases(List<CaseFile> read, InputProblems problems) {
    List<CaseId> closed =
        read.stream()
            .filter(c -> c.closedOn().isPresent())
            .map(CaseFile::id)
            .collect(Collectors.toList());
    if (!closed.isEmpty()) {
      problems.warn(
          "left out "
              + Plurals.count(closed.size(), "closed case", "closed cases")
              + " (with a closed_on date): "
              + closed.stream().limit(10).map(CaseId::value).collect(Collectors.joining(", "))
              + (closed.size() > 10 ? ", …" : ""));
    }
    return read.stream().filter(c -> c.closedOn().isEmpty()).collect(Collectors.toList());
  }

  static List<Auditor> toAuditors(List<AuditorsCsv.AuditorRow> rows) {
    return rows.stream()
        .map(
            r ->
                Auditor.builder()
                    .id(r.id())
                    .role(r.role())
                    .team(r.team())
                    .capacity(r.capacity())
                    .agency(r.agency())
                    .experience(r.experience())
                    .build())
        .collect(Collectors.toList());
  }

  /**
   * The allocation in its one JSON form, audit-json's interchange {@code Allocation}, unchanged.
   */
  static JsonNode toJson(Allocation allocation) {
    return AuditJson.mapper().valueToTree(allocation);
  }
}
