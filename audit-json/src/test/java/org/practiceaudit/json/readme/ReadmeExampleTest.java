package org.practiceaudit.json.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.allocation.Allocation;
import org.practiceaudit.core.allocation.Allocator;
import org.practiceaudit.core.allocation.Auditor;
import org.practiceaudit.core.calendar.Deadline;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.json.bundled.BundledFrameworks;
import org.practiceaudit.json.configuration.FrameworkConfiguration;

/** The examples in README.md, run as they are written there. All data is synthetic. */
final class ReadmeExampleTest {

  @Test
  void firstExample_dudleyMonth_samplesAllocatesAndSetsDeadlines() {
    List<CaseFile> openCases = syntheticCases();
    List<Auditor> auditors = syntheticAuditors();

    // --- README: first example ---
    FrameworkConfiguration dudley = BundledFrameworks.load("dudley");
    Sample sample =
        Sampler.draw(
            openCases,
            dudley.samplingPlan("service-cycle").orElseThrow(),
            LocalDate.of(2026, 11, 2),
            Seed.of(20261102L)); // at least 10% of open cases and of each team
    Allocation allocation =
        Allocator.withDefaults() // never the case's own team,
            .allocate(sample.selectedFrom(openCases), auditors); // nor anyone involved in it
    AuditFramework framework = dudley.framework();
    Grade grade = framework.gradeScale().parse("Requires Improvement to be Good");
    Deadline followUp =
        framework
            .escalationCategory(2)
            .orElseThrow()
            .followUp()
            .dueFrom(Instant.parse("2026-12-18T15:00:00Z"), framework.calendar())
            .orElseThrow();
    // followUp.dueDate() is 2027-01-06: ten working days, skipping Christmas and New Year
    // --- end ---

    // 10% of the 100 open cases, and at least 10% of each team of 25 rounded up: 3 per team (U2).
    assertThat(sample.selectedCount()).isEqualTo(12);
    assertThat(sample.shortfall()).isEmpty();
    assertThat(allocation.assignments()).hasSize(12);
    assertThat(grade).isEqualTo(GradeScale.ofsted().parse("RI"));
    assertThat(followUp.dueDate()).isEqualTo(LocalDate.of(2027, 1, 6));
  }

  @Test
  void workingDays_tenAfterFriday18December2026_differsByDivision() {
    LocalDate raised = LocalDate.of(2026, 12, 18);
    assertThat(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES).plusWorkingDays(raised, 10))
        .isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(WorkingCalendar.of(UkDivision.SCOTLAND).plusWorkingDays(raised, 10))
        .isEqualTo(LocalDate.of(2027, 1, 7));
  }

  /** 100 synthetic open cases in four teams. */
  private static List<CaseFile> syntheticCases() {
    List<CaseFile> cases = new ArrayList<>();
    String[] teams = {"north", "south", "east", "west"};
    for (int i = 0; i < 100; i++) {
      cases.add(
          CaseFile.builder()
              .id(CaseId.of(String.format("SYN-C%04d", i)))
              .category(i % 3 == 0 ? CaseCategory.LOOKED_AFTER : CaseCategory.CHILD_IN_NEED)
              .team(teams[i % 4])
              .allocatedWorker(PersonId.of("SYN-W" + (i % 12)))
              .openedOn(LocalDate.of(2025, 1, 1).plusDays(i))
              .build());
    }
    return cases;
  }

  /** Eight synthetic auditors, two per team. */
  private static List<Auditor> syntheticAuditors() {
    List<Auditor> auditors = new ArrayList<>();
    String[] teams = {"north", "south", "east", "west"};
    for (int i = 0; i < 8; i++) {
      auditors.add(
          Auditor.builder()
              .id(PersonId.of("SYN-A" + i))
              .role(i % 2 == 0 ? Role.TEAM_MANAGER : Role.ADVANCED_PRACTITIONER)
              .team(teams[i % 4])
              .capacity(3)
              .build());
    }
    return auditors;
  }
}
