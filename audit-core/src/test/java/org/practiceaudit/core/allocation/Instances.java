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
        b.append("  auditor ").append(a.id()).append(" team ").append(a.team()).append(" cap ")
            .append(a.capacity()).append(' ').append(a.experience()).append('\n');
      }
      for (CaseFile c : cases) {
        b.append("  case ").append(c.id()).append(" team ").append(c.team()).append(" worker ")
            .append(c.allocatedWorker().map(Object::toString).orElse("-")).append(" involved ");
        c.involvements().forEach(i -> b.append(i.person()).append(' '));
        b.append('\n');
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
