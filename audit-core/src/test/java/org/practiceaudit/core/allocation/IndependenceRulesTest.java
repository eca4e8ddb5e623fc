package org.practiceaudit.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Tests of {@link IndependenceRules}. All case and workforce data is synthetic. */
final class IndependenceRulesTest {

  private static final String[] VALUES = {"north", "south"};
  private static final String[] AGENCIES = {"health", "police"};

  /** A case and an auditor drawn from a small world, so that every rule both allows and forbids. */
  record Pair(CaseFile caseFile, Auditor auditor) {}

  static Gen<Pair> pairs() {
    return in -> {
      ImmutableCaseFile.Builder c =
          CaseFile.builder()
              .id(CaseId.of("C-1"))
              .category(CaseCategory.CHILD_IN_NEED)
              .team("T" + in.next(Constraint.between(0, 1)))
              .openedOn(Instances.OPENED);
      long worker = in.next(Constraint.between(0, 2));
      if (worker < 2) {
        c.allocatedWorker(PersonId.of("A-" + worker));
      }
      long involvements = in.next(Constraint.between(0, 2));
      for (int k = 0; k < involvements; k++) {
        c.addInvolvement(
            Involvement.builder()
                .person(PersonId.of("A-" + in.next(Constraint.between(0, 2))))
                .role(k == 0 ? Role.SOCIAL_WORKER : Role.TEAM_MANAGER)
                .from(Instances.OPENED)
                .build());
      }
      long area = in.next(Constraint.between(0, 2));
      if (area < 2) {
        c.putAttribute("service-area", VALUES[(int) area]);
      }
      long agency = in.next(Constraint.between(0, 2));
      if (agency < 2) {
        c.putAttribute("agency", AGENCIES[(int) agency]);
      }
      ImmutableAuditor.Builder a =
          Auditor.builder()
              .id(PersonId.of("A-" + in.next(Constraint.between(0, 2))))
              .role(Role.TEAM_MANAGER)
              .team("T" + in.next(Constraint.between(0, 1)))
              .capacity(1);
      long auditorArea = in.next(Constraint.between(0, 2));
      if (auditorArea < 2) {
        a.putAttribute("service-area", VALUES[(int) auditorArea]);
      }
      long auditorAgency = in.next(Constraint.between(0, 2));
      if (auditorAgency < 2) {
        a.agency(AGENCIES[(int) auditorAgency]);
      }
      return new Pair(c.build(), a.build());
    };
  }

  @Test
  void builtInRules_anyPair_allowExactlyWhenNoConflictAndGiveTheReason() {
    qt().withFixedSeed(20261129L)
        .withExamples(1000)
        .forAll(pairs())
        .checkAssert(
            pair -> {
              CaseFile c = pair.caseFile();
              Auditor a = pair.auditor();
              Optional<String> team =
                  c.team().equals(a.team())
                      ? Optional.of(
                          "auditor " + a.id() + " is in team " + a.team() + ", the case's own team")
                      : Optional.empty();
              check(IndependenceRules.notOwnTeam(), pair, team);
              Optional<String> involved;
              if (c.allocatedWorker().equals(Optional.of(a.id()))) {
                involved = Optional.of("auditor " + a.id() + " is the case's allocated worker");
              } else {
                involved =
                    c.involvements().stream()
                        .filter(i -> i.person().equals(a.id()))
                        .findFirst()
                        .map(i -> "auditor " + a.id() + " was involved in the case as " + i.role());
              }
              check(IndependenceRules.notInvolved(), pair, involved);
              Optional<String> area = c.attribute("service-area");
              check(
                  IndependenceRules.notSameAttribute("service-area"),
                  pair,
                  area.isPresent() && area.equals(a.attribute("service-area"))
                      ? Optional.of(
                          "auditor " + a.id() + " has the case's own service-area " + area.get())
                      : Optional.empty());
              Optional<String> agency = c.attribute("agency");
              check(
                  IndependenceRules.ownAgencyOnly(),
                  pair,
                  agency.isPresent() && a.agency().isPresent() && !agency.equals(a.agency())
                      ? Optional.of(
                          "auditor "
                              + a.id()
                              + " is in agency "
                              + a.agency().get()
                              + ", not the record's agency "
                              + agency.get())
                      : Optional.empty());
            });
  }

  /** Camden's compliance audits by the responsible team manager (seed 000, line 56). */
  @Nested
  final class ResponsibleTeamManager {

    private final CaseFile east =
        CaseFile.builder()
            .id(CaseId.of("C-7"))
            .category(CaseCategory.CHILD_IN_NEED)
            .team("East")
            .openedOn(Instances.OPENED)
            .allocatedWorker(PersonId.of("SW-1"))
            .addInvolvement(
                Involvement.builder()
                    .person(PersonId.of("TM-E"))
                    .role(Role.TEAM_MANAGER)
                    .from(Instances.OPENED)
                    .build())
            .build();

    private Auditor auditor(String id, Role role, String team) {
      return Auditor.builder().id(PersonId.of(id)).role(role).team(team).capacity(2).build();
    }

    @Test
    void C9_caseOwnTeamManager_allowedThoughInvolved() {
      Auditor manager = auditor("TM-E", Role.TEAM_MANAGER, "East");

      assertThat(IndependenceRules.responsibleTeamManager().conflict(east, manager)).isEmpty();
      assertThat(IndependenceRules.notInvolved().conflict(east, manager)).isPresent();
    }

    @Test
    void C9_otherTeamsManagerOrASocialWorker_conflictSaysWhy() {
      assertThat(
              IndependenceRules.responsibleTeamManager()
                  .conflict(east, auditor("TM-W", Role.TEAM_MANAGER, "West")))
          .contains("auditor TM-W manages team West, not the case's team East");
      assertThat(
              IndependenceRules.responsibleTeamManager()
                  .conflict(east, auditor("SW-2", Role.SOCIAL_WORKER, "East")))
          .contains("auditor SW-2 is a social-worker, not the case's team manager");
    }

    @Test
    void C9_allocateCompliance_goesToTheCasesTeamManagerWhomPeerAuditForbids() {
      List<Auditor> pool =
          List.of(
              auditor("TM-E", Role.TEAM_MANAGER, "East"),
              auditor("TM-W", Role.TEAM_MANAGER, "West"));

      Allocation compliance =
          Allocator.builder()
              .rules(Independence.RESPONSIBLE_TEAM_MANAGER.rules())
              .build()
              .allocate(List.of(east), pool);
      Allocation peer =
          Allocator.builder()
              .rules(Independence.PEER.rules())
              .build()
              .allocate(List.of(east), pool);

      assertThat(compliance.assignments()).containsEntry(CaseId.of("C-7"), PersonId.of("TM-E"));
      assertThat(peer.assignments()).containsEntry(CaseId.of("C-7"), PersonId.of("TM-W"));
    }
  }

  @Nested
  final class Independences {

    @Test
    void rules_eachChoice_theBuiltInRulesItNames() {
      assertThat(Independence.PEER.rules()).hasSize(2);
      assertThat(Independence.OWN_AGENCY.rules()).hasSize(2);
      assertThat(Independence.RESPONSIBLE_TEAM_MANAGER.rules()).hasSize(1);
    }

    @Test
    void L17_ownAgency_forbidsAnotherAgencysRecordAndAnyoneInvolved() {
      CaseFile health =
          CaseFile.builder()
              .id(CaseId.of("C-1"))
              .category(CaseCategory.CHILD_PROTECTION)
              .team("T0")
              .openedOn(Instances.OPENED)
              .allocatedWorker(PersonId.of("A-9"))
              .putAttribute("agency", "health")
              .build();
      Auditor police =
          Auditor.builder()
              .id(PersonId.of("A-1"))
              .role(Role.TEAM_MANAGER)
              .team("T0")
              .capacity(1)
              .agency("police")
              .build();
      Auditor sameTeamHealth =
          Auditor.builder()
              .id(PersonId.of("A-2"))
              .role(Role.TEAM_MANAGER)
              .team("T0")
              .capacity(1)
              .agency("health")
              .build();
      Auditor involved =
          Auditor.builder()
              .id(PersonId.of("A-9"))
              .role(Role.TEAM_MANAGER)
              .team("T1")
              .capacity(1)
              .agency("health")
              .build();

      Allocator allocator = Allocator.builder().rules(Independence.OWN_AGENCY.rules()).build();

      assertThat(allocator.conflicts(health, police)).hasSize(1);
      assertThat(allocator.conflicts(health, sameTeamHealth)).isEmpty();
      assertThat(allocator.conflicts(health, involved)).hasSize(1);
    }

    @Test
    void parse_toString_roundTripsAndUnknownNamesTheAllowed() {
      for (Independence value : Independence.values()) {
        assertThat(Independence.parse(value.toString())).isEqualTo(value);
      }
      assertThatThrownBy(() -> Independence.parse("peers"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "unknown independence 'peers'; expected one of [peer, own-agency, responsible-team-manager]");
    }
  }

  private static void check(IndependenceRule rule, Pair pair, Optional<String> expected) {
    assertThat(rule.conflict(pair.caseFile(), pair.auditor())).isEqualTo(expected);
    assertThat(((IndependenceRules.BuiltIn) rule).allows(pair.caseFile(), pair.auditor()))
        .isEqualTo(expected.isEmpty());
  }
}
