package org.practiceaudit.core.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/** Tests of {@link QuotaTracker}. All workforce and case data is synthetic. */
final class QuotaTrackerTest {

  private static final DateRange YEAR = DateRange.parse("2026-04-01/2027-03-31");
  private static final DateRange CYCLE = DateRange.parse("2026-09-01/2026-11-30");
  private static int sequence;

  static Audit audit(
      String auditor,
      String caseId,
      LocalDate allocated,
      Optional<LocalDate> completed,
      boolean assisted) {
    var b =
        Audit.builder()
            .id(AuditId.of("AU-" + (++sequence)))
            .caseId(CaseId.of(caseId))
            .auditor(PersonId.of(auditor))
            .frameworkId("synthetic")
            .frameworkVersion("1")
            .auditType("practice-week")
            .status(completed.isPresent() ? AuditStatus.COMPLETED : AuditStatus.ALLOCATED)
            .allocatedOn(allocated)
            .completedOn(completed);
    if (assisted) {
      b.putAttribute(QuotaTracker.ASSISTED_ATTRIBUTE, "true");
    }
    return b.build();
  }

  static List<Audit> completedAudits(String auditor, int count, LocalDate on, boolean assisted) {
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      audits.add(audit(auditor, "C-" + auditor, on.minusDays(5), Optional.of(on), assisted));
    }
    return audits;
  }

  @Nested
  final class Dudley {

    private final QuotaTracker tracker = QuotaTracker.of(RoleQuotas.dudley());

    @Test
    void dudley_table_hasTheSixQuotasOfTheFramework() {
      assertThat(RoleQuotas.dudley())
          .extracting(
              q ->
                  q.role()
                      + " "
                      + q.minimum()
                      + " "
                      + q.period()
                      + (q.assisted() ? " assisted" : ""))
          .containsExactly(
              "strategic-director 2 PER_YEAR assisted",
              "chief-officer 6 PER_YEAR",
              "head-of-service 6 PER_YEAR",
              "service-manager 8 PER_YEAR",
              "team-manager 1 PER_CYCLE",
              "advanced-practitioner 7 PER_CYCLE");
    }

    @Test
    void track_strategicDirector_countsOnlyAssistedAudits() {
      List<Audit> audits =
          new ArrayList<>(completedAudits("SD-1", 3, LocalDate.of(2026, 6, 1), false));
      audits.addAll(completedAudits("SD-1", 1, LocalDate.of(2026, 7, 1), true));
      QuotaReport report =
          tracker.track(Map.of(PersonId.of("SD-1"), Role.STRATEGIC_DIRECTOR), audits, YEAR, CYCLE);
      PersonQuotaStatus sd = report.people().get(0);
      assertThat(sd.done()).isEqualTo(1);
      assertThat(sd.shortfall()).isEqualTo(1);
      assertThat(sd.compliancePercent()).isEqualTo(50.0);
      assertThat(report.shortfalls()).containsExactly(sd);
    }

    @Test
    void track_teamManager_countsOnlyTheCycle() {
      List<Audit> audits =
          new ArrayList<>(completedAudits("TM-1", 2, LocalDate.of(2026, 6, 1), false));
      QuotaReport before =
          tracker.track(Map.of(PersonId.of("TM-1"), Role.TEAM_MANAGER), audits, YEAR, CYCLE);
      assertThat(before.people().get(0).done()).isZero();
      assertThat(before.people().get(0).shortfall()).isEqualTo(1);
      audits.addAll(completedAudits("TM-1", 1, LocalDate.of(2026, 11, 30), false));
      QuotaReport after =
          tracker.track(Map.of(PersonId.of("TM-1"), Role.TEAM_MANAGER), audits, YEAR, CYCLE);
      assertThat(after.people().get(0).isMet()).isTrue();
      assertThat(after.people().get(0).compliancePercent()).isEqualTo(100.0);
    }

    @Test
    void track_serviceManagers_roleComplianceCapsEachPersonAtTheQuota() {
      List<Audit> audits =
          new ArrayList<>(completedAudits("SM-1", 10, LocalDate.of(2026, 5, 1), false));
      audits.addAll(completedAudits("SM-2", 2, LocalDate.of(2027, 3, 31), false));
      audits.addAll(completedAudits("SM-2", 5, LocalDate.of(2027, 4, 1), false)); // next year
      audits.add(
          audit("SM-2", "C-9", LocalDate.of(2026, 5, 1), Optional.empty(), false)); // not completed
      Map<PersonId, Role> people = new LinkedHashMap<>();
      people.put(PersonId.of("SM-2"), Role.SERVICE_MANAGER);
      people.put(PersonId.of("SM-1"), Role.SERVICE_MANAGER);
      people.put(PersonId.of("SW-1"), Role.SOCIAL_WORKER);
      QuotaReport report = tracker.track(people, audits, YEAR, CYCLE);
      assertThat(report.people())
          .extracting(p -> p.person().value() + ":" + p.done())
          .containsExactly("SM-1:10", "SM-2:2");
      RoleQuotaStatus sm =
          report.roles().stream()
              .filter(r -> r.quota().role().equals(Role.SERVICE_MANAGER))
              .findFirst()
              .get();
      assertThat(sm.people()).isEqualTo(2);
      assertThat(sm.done()).isEqualTo(12);
      assertThat(sm.doneWithinQuota()).isEqualTo(10);
      assertThat(sm.required()).isEqualTo(16);
      assertThat(sm.shortfall()).isEqualTo(6);
      assertThat(sm.compliancePercent()).isEqualTo(62.5);
      RoleQuotaStatus ap =
          report.roles().stream()
              .filter(r -> r.quota().role().equals(Role.ADVANCED_PRACTITIONER))
              .findFirst()
              .get();
      assertThat(ap.people()).isZero();
      assertThat(ap.compliancePercent()).isEqualTo(100.0);
    }

    @Test
    void of_twoQuotasForOneRole_throws() {
      assertThatThrownBy(
              () ->
                  QuotaTracker.of(
                      List.of(
                          RoleQuota.of(Role.TEAM_MANAGER, 1, QuotaPeriod.PER_CYCLE),
                          RoleQuota.of(Role.TEAM_MANAGER, 4, QuotaPeriod.PER_YEAR))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("role team-manager has more than one quota");
    }

    @Test
    void roleQuota_negativeMinimum_throws() {
      assertThatThrownBy(() -> RoleQuota.of(Role.TEAM_MANAGER, -1, QuotaPeriod.PER_CYCLE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("quota for team-manager: minimum must not be negative: -1");
    }

    @Test
    void track_anyCounts_complianceBetweenZeroAndHundredAndShortfallConsistent() {
      qt().withFixedSeed(17L)
          .withExamples(300)
          .forAll(
              integers().between(0, 10), lists().of(integers().between(0, 15)).ofSizeBetween(0, 6))
          .checkAssert(
              (minimum, doneCounts) -> {
                QuotaTracker t =
                    QuotaTracker.of(
                        List.of(RoleQuota.of(Role.SERVICE_MANAGER, minimum, QuotaPeriod.PER_YEAR)));
                Map<PersonId, Role> people = new LinkedHashMap<>();
                List<Audit> audits = new ArrayList<>();
                for (int i = 0; i < doneCounts.size(); i++) {
                  people.put(PersonId.of("SM-" + i), Role.SERVICE_MANAGER);
                  audits.addAll(
                      completedAudits(
                          "SM-" + i, doneCounts.get(i), LocalDate.of(2026, 8, 1), false));
                }
                QuotaReport report = t.track(people, audits, YEAR, CYCLE);
                for (int i = 0; i < doneCounts.size(); i++) {
                  PersonQuotaStatus p = report.people().get(i);
                  assertThat(p.done()).isEqualTo(doneCounts.get(i));
                  assertThat(p.shortfall()).isEqualTo(Math.max(0, minimum - doneCounts.get(i)));
                  assertThat(p.compliancePercent()).isBetween(0.0, 100.0);
                  assertThat(p.isMet()).isEqualTo(doneCounts.get(i) >= minimum);
                }
                RoleQuotaStatus role = report.roles().get(0);
                assertThat(role.shortfall())
                    .isEqualTo(
                        report.people().stream().mapToInt(PersonQuotaStatus::shortfall).sum());
                assertThat(role.compliancePercent()).isBetween(0.0, 100.0);
              });
    }
  }

  /**
   * Hillingdon's managers, IROs and CP chairs audit "each month" ("A guide to auditing", line 7).
   */
  @Nested
  final class Monthly {

    private final QuotaTracker tracker = QuotaTracker.of(RoleQuotas.hillingdon());
    private final Map<PersonId, Role> people =
        Map.of(
            PersonId.of("TM-1"), Role.TEAM_MANAGER,
            PersonId.of("IRO-1"), Role.INDEPENDENT_REVIEWING_OFFICER,
            PersonId.of("CPC-1"), RoleQuotas.CP_CHAIR);

    @Test
    void H1_hillingdon_oneAuditAMonthForManagersIrosAndCpChairs() {
      assertThat(RoleQuotas.hillingdon())
          .extracting(q -> q.role() + " " + q.minimum() + " " + q.period())
          .containsExactly(
              "team-manager 1 PER_MONTH",
              "service-manager 1 PER_MONTH",
              "independent-reviewing-officer 1 PER_MONTH",
              "cp-chair 1 PER_MONTH");
    }

    @Test
    void H1_track_countsOnlyAuditsCompletedInTheMonth() {
      List<Audit> audits =
          new ArrayList<>(completedAudits("TM-1", 1, LocalDate.of(2026, 10, 31), false));
      audits.addAll(completedAudits("IRO-1", 1, LocalDate.of(2026, 11, 1), false));
      audits.addAll(completedAudits("CPC-1", 2, LocalDate.of(2026, 11, 30), false));
      audits.addAll(completedAudits("TM-1", 1, LocalDate.of(2026, 12, 1), false));
      QuotaReport november =
          tracker.track(people, audits, YEAR, CYCLE, java.time.YearMonth.of(2026, 11));
      assertThat(november.people())
          .extracting(p -> p.person().value() + ":" + p.done() + ":" + p.isMet())
          .containsExactly("CPC-1:2:true", "IRO-1:1:true", "TM-1:0:false");
      QuotaReport december =
          tracker.track(people, audits, YEAR, CYCLE, java.time.YearMonth.of(2026, 12));
      assertThat(december.shortfalls())
          .extracting(p -> p.person().value())
          .containsExactly("CPC-1", "IRO-1");
    }

    @Test
    void H1_scopeWithoutMonth_perMonthQuota_throwsNamingTheRole() {
      assertThatThrownBy(() -> tracker.track(people, List.of(), YEAR, CYCLE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("team-manager is per month");
    }

    @Test
    void H1_perYearQuotas_unaffectedByTheMonth() {
      List<Audit> audits = completedAudits("SM-1", 8, LocalDate.of(2026, 5, 1), false);
      Map<PersonId, Role> managers = Map.of(PersonId.of("SM-1"), Role.SERVICE_MANAGER);
      QuotaTracker dudley = QuotaTracker.of(RoleQuotas.dudley());
      assertThat(dudley.track(managers, audits, YEAR, CYCLE, java.time.YearMonth.of(2026, 11)))
          .isEqualTo(dudley.track(managers, audits, YEAR, CYCLE));
    }
  }

  @Nested
  final class Coverage {

    static CaseFile caseFile(String id, String worker, Involvement... involvements) {
      return CaseFile.builder()
          .id(CaseId.of(id))
          .category(CaseCategory.CHILD_IN_NEED)
          .team("East")
          .allocatedWorker(PersonId.of(worker))
          .addInvolvements(involvements)
          .openedOn(LocalDate.of(2025, 1, 1))
          .build();
    }

    @Test
    void workerCoverage_auditsInTheCycle_coverTheirCasesWorkers() {
      Involvement earlier =
          Involvement.builder()
              .person(PersonId.of("SW-2"))
              .role(Role.SOCIAL_WORKER)
              .from(LocalDate.of(2025, 1, 1))
              .to(LocalDate.of(2026, 6, 30))
              .build();
      List<CaseFile> cases =
          List.of(
              caseFile("C-1", "SW-1"),
              caseFile("C-2", "SW-1", earlier),
              caseFile("C-3", "SW-2"),
              caseFile("C-4", "SW-3"));
      List<Audit> audits =
          List.of(
              audit(
                  "A-1",
                  "C-2",
                  LocalDate.of(2026, 6, 1),
                  Optional.of(LocalDate.of(2026, 6, 10)),
                  false),
              audit(
                  "A-1",
                  "C-4",
                  LocalDate.of(2026, 1, 1),
                  Optional.of(LocalDate.of(2026, 1, 10)),
                  false),
              audit(
                  "A-1",
                  "C-9",
                  LocalDate.of(2026, 6, 1),
                  Optional.of(LocalDate.of(2026, 6, 10)),
                  false));
      WorkerCoverage coverage = QuotaTracker.workerCoverage(cases, audits, YEAR);
      assertThat(coverage.covered()).containsExactly(PersonId.of("SW-1"), PersonId.of("SW-2"));
      assertThat(coverage.notCovered()).containsExactly(PersonId.of("SW-3"));
      assertThat(coverage.coveragePercent()).isCloseTo(66.67, within(0.01));
      assertThat(coverage.isComplete()).isFalse();
    }

    @Test
    void workerCoverage_noCases_isComplete() {
      WorkerCoverage coverage = QuotaTracker.workerCoverage(List.of(), List.of(), YEAR);
      assertThat(coverage.isComplete()).isTrue();
      assertThat(coverage.coveragePercent()).isEqualTo(100.0);
    }
  }

  @Nested
  final class Compliance {

    private final WorkingCalendar england = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);

    @Test
    void compliance_76OnTimeOf101Allocated_isOnTimeOutOfAllocated() {
      List<Audit> audits = new ArrayList<>();
      LocalDate allocated = LocalDate.of(2019, 6, 3);
      for (int i = 0; i < 76; i++) {
        audits.add(
            audit("A-" + i, "C-" + i, allocated, Optional.of(allocated.plusDays(14)), false));
      }
      for (int i = 0; i < 20; i++) {
        audits.add(
            audit("B-" + i, "D-" + i, allocated, Optional.of(allocated.plusDays(15)), false));
      }
      for (int i = 0; i < 4; i++) {
        audits.add(audit("E-" + i, "E-" + i, allocated, Optional.empty(), false));
      }
      audits.add(
          audit("F-1", "F-1", LocalDate.of(2019, 6, 28), Optional.empty(), false)); // not yet due
      audits.add(
          audit("G-1", "G-1", LocalDate.of(2019, 5, 31), Optional.empty(), false)); // other month
      org.practiceaudit.core.timeliness.Compliance compliance =
          QuotaTracker.compliance(
              audits,
              DateRange.parse("2019-06-01/2019-06-30"),
              AuditDuePolicy.calendarDays(14),
              england,
              LocalDate.of(2019, 7, 1));
      assertThat(compliance)
          .isEqualTo(org.practiceaudit.core.timeliness.Compliance.of(76, 20, 4, 1));
      assertThat(compliance.allocated()).isEqualTo(101);
      // Dorset's definition: on time out of allocated (the pending audit counts), 76 of 101, not 76
      // of 100
      assertThat(compliance.onTime()).isEqualTo(Proportion.of(76, 101));
    }

    @Test
    void compliance_tenWorkingDaysOverEaster_countsBankHolidaysOut() {
      // Hillingdon's guide to auditing, Part A: due within 10 working days. Allocated Monday 15
      // April
      // 2019: Good Friday and Easter Monday push the due day to Wednesday 1 May (14 calendar days:
      // 29 April).
      LocalDate easter = LocalDate.of(2019, 4, 15);
      List<Audit> audits =
          List.of(
              audit("A-1", "C-1", easter, Optional.of(LocalDate.of(2019, 5, 1)), false),
              audit("A-2", "C-2", easter, Optional.of(LocalDate.of(2019, 5, 2)), false),
              audit("A-3", "C-3", easter, Optional.empty(), false),
              // due 14 May: the early May bank holiday (6 May) is not a working day
              audit("A-4", "C-4", LocalDate.of(2019, 4, 29), Optional.empty(), false));
      DateRange april = DateRange.parse("2019-04-01/2019-04-30");
      assertThat(
              QuotaTracker.compliance(
                  audits, april, AuditDuePolicy.workingDays(10), england, LocalDate.of(2019, 5, 2)))
          .isEqualTo(org.practiceaudit.core.timeliness.Compliance.of(1, 1, 1, 1));
      assertThat(
              QuotaTracker.compliance(
                  audits,
                  april,
                  AuditDuePolicy.calendarDays(14),
                  england,
                  LocalDate.of(2019, 5, 2)))
          .isEqualTo(org.practiceaudit.core.timeliness.Compliance.of(0, 2, 1, 1));
    }

    @Test
    void D12_complianceByAuditor_eachAuditorsOwnFigureAddingUpToTheWhole() {
      AuditFramework framework =
          AuditFramework.builder()
              .id("synthetic")
              .version("1")
              .name("Synthetic")
              .calendar(england)
              .auditDue(AuditDuePolicy.calendarDays(14))
              .build();
      LocalDate allocated = LocalDate.of(2019, 6, 3);
      List<Audit> audits =
          List.of(
              audit("SYN-P1", "C-1", allocated, Optional.of(allocated.plusDays(10)), false),
              audit("SYN-P1", "C-2", allocated, Optional.of(allocated.plusDays(20)), false),
              audit("SYN-P2", "C-3", allocated, Optional.empty(), false),
              audit(
                  "SYN-P3",
                  "C-4",
                  LocalDate.of(2019, 5, 1),
                  Optional.empty(),
                  false)); // another month
      DateRange june = DateRange.parse("2019-06-01/2019-06-30");
      LocalDate asOf = LocalDate.of(2019, 7, 1);

      var byAuditor = QuotaTracker.complianceByAuditor(audits, june, framework, asOf);

      assertThat(byAuditor).containsOnlyKeys(PersonId.of("SYN-P1"), PersonId.of("SYN-P2"));
      assertThat(byAuditor.get(PersonId.of("SYN-P1")))
          .isEqualTo(org.practiceaudit.core.timeliness.Compliance.of(1, 1, 0, 0));
      assertThat(byAuditor.get(PersonId.of("SYN-P2")))
          .isEqualTo(org.practiceaudit.core.timeliness.Compliance.of(0, 0, 1, 0));
      assertThat(byAuditor.values().stream().mapToLong(c -> c.allocated()).sum())
          .isEqualTo(QuotaTracker.compliance(audits, june, framework, asOf).allocated());
    }

    @Test
    void compliance_framework_usesItsDuePolicyAndCalendar() {
      AuditFramework framework =
          AuditFramework.builder()
              .id("synthetic")
              .version("1")
              .name("Synthetic")
              .calendar(england)
              .auditDue(AuditDuePolicy.workingDays(10))
              .build();
      List<Audit> audits =
          List.of(
              audit(
                  "A-1",
                  "C-1",
                  LocalDate.of(2019, 4, 15),
                  Optional.of(LocalDate.of(2019, 5, 1)),
                  false),
              audit(
                  "A-2",
                  "C-2",
                  LocalDate.of(2019, 4, 15),
                  Optional.of(LocalDate.of(2019, 5, 2)),
                  false),
              audit("A-3", "C-3", LocalDate.of(2019, 4, 15), Optional.empty(), false));
      DateRange april = DateRange.parse("2019-04-01/2019-04-30");
      LocalDate asOf = LocalDate.of(2019, 5, 2);
      assertThat(QuotaTracker.compliance(audits, april, framework, asOf))
          .isEqualTo(
              QuotaTracker.compliance(audits, april, AuditDuePolicy.workingDays(10), england, asOf))
          .isEqualTo(org.practiceaudit.core.timeliness.Compliance.of(1, 1, 1, 0));
      assertThat(
              QuotaTracker.compliance(
                  audits,
                  april,
                  org.practiceaudit.core.framework.ImmutableAuditFramework.copyOf(framework)
                      .withAuditDue(AuditDuePolicy.none()),
                  asOf))
          .isEqualTo(org.practiceaudit.core.timeliness.Compliance.of(2, 0, 0, 1));
    }

    @Test
    void compliance_nullArgument_throwsNamingIt() {
      DateRange june = DateRange.parse("2019-06-01/2019-06-30");
      LocalDate day = LocalDate.of(2019, 7, 1);
      AuditDuePolicy policy = AuditDuePolicy.none();
      assertThatThrownBy(() -> QuotaTracker.compliance(null, june, policy, england, day))
          .hasMessage("audits");
      assertThatThrownBy(() -> QuotaTracker.compliance(List.of(), null, policy, england, day))
          .hasMessage("period");
      assertThatThrownBy(() -> QuotaTracker.compliance(List.of(), june, null, england, day))
          .hasMessage("policy");
      assertThatThrownBy(() -> QuotaTracker.compliance(List.of(), june, policy, null, day))
          .hasMessage("calendar");
      assertThatThrownBy(() -> QuotaTracker.compliance(List.of(), june, policy, england, null))
          .hasMessage("asOf");
      assertThatThrownBy(() -> QuotaTracker.compliance(List.of(), june, (AuditFramework) null, day))
          .hasMessage("framework");
    }
  }

  @Nested
  final class Ranges {

    @Test
    void parse_toString_roundTrips() {
      assertThat(DateRange.parse(YEAR.toString())).isEqualTo(YEAR);
      assertThat(YEAR.contains(LocalDate.of(2027, 3, 31))).isTrue();
      assertThat(YEAR.contains(LocalDate.of(2027, 4, 1))).isFalse();
    }

    @Test
    void parse_backwardsOrMalformed_throwsWithText() {
      assertThatThrownBy(() -> DateRange.parse("2027-01-01/2026-01-01"))
          .isInstanceOf(AuditParseException.class)
          .hasMessageContaining("'2027-01-01/2026-01-01'");
      assertThatThrownBy(() -> DateRange.parse("2026"))
          .isInstanceOf(AuditParseException.class)
          .hasMessageContaining("'2026'");
    }
  }
}
