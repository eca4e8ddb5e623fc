package org.practiceaudit.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;

final class AuditProgrammeTest {

  private static final String FRONT_DOOR_THEME = "front-door-decision-making";

  /** Camden's annual audit programme 2021-22 table, as entries. */
  private static AuditProgramme camden() {
    String feedback = "Service user feedback forms to be completed";
    return AuditProgramme.builder()
        .name("CSSW annual audit programme 2021-22")
        .addEntry(
            ProgrammeEntry.builder()
                .month(YearMonth.of(2021, 5))
                .auditType("deep-dive")
                .notes("Deep dive theme to be identified")
                .build())
        .addEntry(
            ProgrammeEntry.builder()
                .month(YearMonth.of(2021, 7))
                .auditType("practice-week")
                .planned(60)
                .notes(feedback)
                .build())
        .addEntry(
            ProgrammeEntry.builder()
                .month(YearMonth.of(2021, 9))
                .auditType("front-door")
                .theme(FRONT_DOOR_THEME)
                .planned(30)
                .build())
        .addEntry(
            ProgrammeEntry.builder()
                .month(YearMonth.of(2021, 11))
                .auditType("practice-week")
                .planned(54)
                .notes(feedback)
                .build())
        .addEntry(
            ProgrammeEntry.builder()
                .month(YearMonth.of(2022, 1))
                .until(YearMonth.of(2022, 2))
                .auditType("front-door")
                .theme(FRONT_DOOR_THEME)
                .planned(30)
                .build())
        .addEntry(
            ProgrammeEntry.builder()
                .month(YearMonth.of(2022, 3))
                .auditType("practice-week")
                .notes(feedback)
                .build())
        .build();
  }

  private int next;

  /** SYNTHETIC audits: made-up ids, no case data. */
  private List<Audit> audits(
      int count, String type, LocalDate completedOn, String theme, AuditStatus status) {
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      next++;
      ImmutableAudit.Builder audit =
          Audit.builder()
              .id(AuditId.of("SYN-A-" + next))
              .caseId(CaseId.of("SYN-C-" + next))
              .auditor(PersonId.of("SYN-AUD-1"))
              .frameworkId("camden")
              .frameworkVersion("2021")
              .auditType(type)
              .status(status)
              .allocatedOn(completedOn.minusDays(20));
      if (status.isCompleted()) {
        audit.completedOn(completedOn);
      }
      if (theme != null) {
        audit.putAttribute(AuditProgramme.THEME_ATTRIBUTE, theme);
      }
      audits.add(audit.build());
    }
    return audits;
  }

  @Test
  void progress_camdenYear_givesPlannedAgainstDone() {
    List<Audit> done = new ArrayList<>();
    done.addAll(
        audits(58, "practice-week", LocalDate.of(2021, 7, 14), null, AuditStatus.COMPLETED));
    done.addAll(
        audits(
            2,
            "practice-week",
            LocalDate.of(2021, 8, 2),
            null,
            AuditStatus.COMPLETED)); // late: not July
    done.addAll(
        audits(
            30, "front-door", LocalDate.of(2021, 9, 20), FRONT_DOOR_THEME, AuditStatus.MODERATED));
    done.addAll(
        audits(
            1, "front-door", LocalDate.of(2021, 9, 21), null, AuditStatus.COMPLETED)); // no theme
    done.addAll(
        audits(54, "practice-week", LocalDate.of(2021, 11, 10), null, AuditStatus.COMPLETED));
    done.addAll(
        audits(3, "practice-week", LocalDate.of(2021, 11, 11), null, AuditStatus.IN_PROGRESS));
    done.addAll(
        audits(
            12, "front-door", LocalDate.of(2022, 1, 25), FRONT_DOOR_THEME, AuditStatus.COMPLETED));
    done.addAll(
        audits(
            10, "front-door", LocalDate.of(2022, 2, 8), FRONT_DOOR_THEME, AuditStatus.COMPLETED));

    ProgrammeProgress progress = camden().progress(done);

    assertThat(progress.entries())
        .extracting(EntryProgress::done)
        .containsExactly(0, 58, 30, 54, 22, 0);
    assertThat(progress.entries())
        .extracting(EntryProgress::remaining)
        .containsExactly(0, 2, 0, 0, 8, 0);
    assertThat(progress.entries().get(0).planned()).isEmpty();
    assertThat(progress.plannedTotal()).isEqualTo(174);
    assertThat(progress.doneTotal()).isEqualTo(164);
    assertThat(progress.remainingTotal()).isEqualTo(10);
    assertThat(progress.entries().get(1).entry().notes())
        .hasValue("Service user feedback forms to be completed");
  }

  @Test
  void progress_noAudits_givesZeroDone() {
    ProgrammeProgress progress = camden().progress(List.of());
    assertThat(progress.doneTotal()).isZero();
    assertThat(progress.remainingTotal()).isEqualTo(174);
  }

  @Test
  void entry_invalid_throwsQuotingValue() {
    assertThatThrownBy(
            () ->
                ProgrammeEntry.builder()
                    .month(YearMonth.of(2022, 2))
                    .until(YearMonth.of(2022, 1))
                    .auditType("front-door")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022-01");
    assertThatThrownBy(
            () -> ProgrammeEntry.builder().month(YearMonth.of(2022, 2)).auditType(" ").build())
        .hasMessageContaining("blank");
    assertThatThrownBy(
            () ->
                ProgrammeEntry.builder()
                    .month(YearMonth.of(2022, 2))
                    .auditType("x")
                    .planned(-1)
                    .build())
        .hasMessageContaining("-1");
  }
}
