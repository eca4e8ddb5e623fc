package org.practiceaudit.core.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Random small allocation problems for property tests. All data is synthetic. */
final class Instances {

  static final LocalDate OPENED = LocalDate.of(2025, 4, 1);

  private Instances() {}

  /** One problem: cases and auditors. */
  record Instance(List<CaseFile> cases, List<Auditor> auditors) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("synthetic instance\n");
      for (Auditor a : auditors) {
        b.append("  auditor ")
            .append(a.id())
            .append(" team ")
            .append(a.team())
            .append(" cap ")
            .append(a.capacity())
            .append(' ')
            .append(a.experience())
            .append('\n');
      }
      for (CaseFile c : cases) {
        b.append("  case ")
            .append(c.id())
            .append(" team ")
            .append(c.team())
            .append(" worker ")
            .append(c.allocatedWorker().map(Object::toString).orElse("-"))
            .append(" involved ");
        c.involvements().forEach(i -> b.append(i.person()).append(' '));
        b.append(c.attributes()).append('\n');
      }
      return b.toString();
    }
  }

  static Gen<Instance> instances(int maxCases, int maxAuditors, int maxCapacity) {
    return in -> {
      int teams = (int) in.next(Constraint.between(1, 4));
      int auditorCount = (int) in.next(Constraint.between(0, maxAuditors));
      int caseCount = (int) in.next(Constraint.between(0, maxCases));
      List<Auditor> auditors = new ArrayList<>();
      for (int a = 0; a < auditorCount; a++) {
        auditors.add(
            Auditor.builder()
                .id(auditorId(a))
                .role(Role.TEAM_MANAGER)
                .team("T" + in.next(Constraint.between(0, teams - 1)))
                .capacity((int) in.next(Constraint.between(0, maxCapacity)))
                .experience(ExperienceLevel.values()[(int) in.next(Constraint.between(0, 2))])
                .build());
      }
      List<CaseFile> cases = new ArrayList<>();
      for (int c = 0; c < caseCount; c++) {
        ImmutableCaseFile.Builder b =
            CaseFile.builder()
                .id(CaseId.of(String.format("C-%02d", c)))
                .category(CaseCategory.CHILD_IN_NEED)
                .team("T" + in.next(Constraint.between(0, teams - 1)))
                .openedOn(OPENED);
        int worker = (int) in.next(Constraint.between(0, auditorCount + 1));
        if (worker < auditorCount) {
          b.allocatedWorker(auditorId(worker));
        } else if (worker == auditorCount) {
          b.allocatedWorker(PersonId.of("SW-" + c));
        }
        int involvements = (int) in.next(Constraint.between(0, 2));
        for (int k = 0; k < involvements; k++) {
          int person = (int) in.next(Constraint.between(0, auditorCount));
          b.addInvolvement(
              Involvement.builder()
                  .person(person < auditorCount ? auditorId(person) : PersonId.of("SW-X" + c))
                  .role(k == 0 ? Role.SOCIAL_WORKER : Role.TEAM_MANAGER)
                  .from(OPENED)
                  .to(OPENED.plusDays(in.next(Constraint.between(0, 400))))
                  .build());
        }
        cases.add(b.build());
      }
      return new Instance(cases, auditors);
    };
  }

  /**
   * Problems where many cases look alike to the allocator: each case is a copy (under its own id)
   * of one of a few templates (team, involvement of an auditor or not, complexity attribute), so
   * several cases share a row of allowed auditors and pairing costs; few auditors, capacities that
   * often bind (total capacity drawn independently of the number of cases). The complexity, read by
   * {@link #complexityCost}, gives the same auditors different pairing costs for cases of different
   * templates.
   */
  static Gen<Instance> lookalikes(int maxCases, int maxAuditors, int maxCapacity) {
    return in -> {
      int teams = (int) in.next(Constraint.between(1, 3));
      int auditorCount = (int) in.next(Constraint.between(1, maxAuditors));
      int templateCount = (int) in.next(Constraint.between(1, 4));
      int caseCount = (int) in.next(Constraint.between(0, maxCases));
      List<Auditor> auditors = new ArrayList<>();
      for (int a = 0; a < auditorCount; a++) {
        int team = (int) in.next(Constraint.between(0, teams));
        auditors.add(
            Auditor.builder()
                .id(auditorId(a))
                .role(Role.TEAM_MANAGER)
                .team(team < teams ? "T" + team : "QA")
                .capacity((int) in.next(Constraint.between(0, maxCapacity)))
                .experience(ExperienceLevel.values()[(int) in.next(Constraint.between(0, 2))])
                .build());
      }
      int[][] templates = new int[templateCount][];
      for (int t = 0; t < templateCount; t++) {
        templates[t] =
            new int[] {
              (int) in.next(Constraint.between(0, teams - 1)),
              (int)
                  in.next(
                      Constraint.between(
                          0, auditorCount)), // involved auditor; auditorCount: nobody
              (int) in.next(Constraint.between(0, 2))
            };
      }
      List<CaseFile> cases = new ArrayList<>();
      for (int c = 0; c < caseCount; c++) {
        int[] template = templates[(int) in.next(Constraint.between(0, templateCount - 1))];
        ImmutableCaseFile.Builder b =
            CaseFile.builder()
                .id(CaseId.of(String.format("C-%02d", c)))
                .category(CaseCategory.CHILD_PROTECTION)
                .team("T" + template[0])
                .openedOn(OPENED)
                .putAttribute("complexity", Integer.toString(template[2]));
        if (template[1] < auditorCount) {
          b.addInvolvement(
              Involvement.builder()
                  .person(auditorId(template[1]))
                  .role(Role.TEAM_MANAGER)
                  .from(OPENED)
                  .build());
        }
        cases.add(b.build());
      }
      return new Instance(cases, auditors);
    };
  }

  /**
   * A pairing cost for {@link #lookalikes}: 300 per experience level the auditor lacks for the
   * case.
   */
  static final PairingCost COMPLEXITY_COST =
      PairingCost.experience(
          c -> ExperienceLevel.values()[Integer.parseInt(c.attribute("complexity").orElse("0"))],
          300);

  static PersonId auditorId(int a) {
    return PersonId.of(String.format("A-%02d", a));
  }

  /** The default rules written again independently: not the team, not the worker, not involved. */
  static boolean independent(CaseFile c, Auditor a) {
    if (c.team().equals(a.team())) {
      return false;
    }
    if (c.allocatedWorker().isPresent() && c.allocatedWorker().get().equals(a.id())) {
      return false;
    }
    return c.involvements().stream().noneMatch(i -> i.person().equals(a.id()));
  }
}
