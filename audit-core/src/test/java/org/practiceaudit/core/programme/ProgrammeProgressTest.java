package org.practiceaudit.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.testkit.SyntheticGens;

final class ProgrammeProgressTest {

  private static final String THEME = "front-door-decision-making";

  private static final String EARLY_HELP = "early-help";

  /** Camden's table (C31): two front-door entries on a theme, one over January and February. */
  private static final AuditProgramme CAMDEN =
      AuditProgramme.builder()
          .name("CSSW annual audit programme 2021-22")
          .addEntry(
              ProgrammeEntry.builder()
                  .month(YearMonth.of(2021, 7))
                  .auditType("practice-week")
                  .planned(60)
                  .build())
          .addEntry(
              ProgrammeEntry.builder()
                  .month(YearMonth.of(2021, 9))
                  .auditType("front-door")
                  .theme(THEME)
                  .planned(30)
                  .samplingPlan("front-door")
                  .build())
          .addEntry(
              ProgrammeEntry.builder()
                  .month(YearMonth.of(2022, 1))
                  .until(YearMonth.of(2022, 2))
                  .auditType("front-door")
                  .theme(THEME)
                  .planned(30)
                  .build())
          .addEntry(
              ProgrammeEntry.builder()
                  .month(YearMonth.of(2021, 9))
                  .until(YearMonth.of(2022, 2))
                  .auditType("front-door")
                  .build())
          .build();

  /** Camden's table with the year's front-door audit jointly with Early Help (line 62, C15). */
  private static final AuditProgramme CAMDEN_WITH_JOINT =
      AuditProgramme.builder()
          .name(CAMDEN.name())
          .addAllEntries(CAMDEN.entries())
          .addEntry(
              ProgrammeEntry.builder()
                  .month(YearMonth.of(2021, 4))
                  .until(YearMonth.of(2022, 3))
                  .auditType("front-door")
                  .jointWith(EARLY_HELP)
                  .planned(1)
                  .build())
          .build();

  private static ProgrammeCount count(int year, int month, String type, String theme, long audits) {
    return ProgrammeCount.builder()
        .month(YearMonth.of(year, month))
        .auditType(type)
        .theme(Optional.ofNullable(theme))
        .audits(audits)
        .build();
  }

  @Nested
  final class Of {

    @Test
    void of_counts_plannedAgainstDonePerEntryAndEachCountOnceInTheTotal() {
      ProgrammeProgress progress =
          ProgrammeProgress.of(
              CAMDEN,
              List.of(
                  count(2021, 7, "practice-week", null, 58),
                  count(2021, 9, "front-door", THEME, 30),
                  count(2021, 9, "front-door", null, 2),
                  count(2022, 2, "front-door", THEME, 12),
                  count(2022, 3, "front-door", THEME, 5)));

      assertThat(progress.entries())
          .extracting(EntryProgress::done)
          .containsExactly(58, 30, 12, 44);
      assertThat(progress.entries())
          .extracting(EntryProgress::remaining)
          .containsExactly(2, 0, 18, 0);
      assertThat(progress.doneTotal()).isEqualTo(58 + 30 + 2 + 12);
      assertThat(progress.plannedTotal()).isEqualTo(120);
    }

    @Test
    void of_twoCountsForOneKey_throwsNamingIt() {
      assertThatThrownBy(
              () ->
                  ProgrammeProgress.of(
                      CAMDEN,
                      List.of(
                          count(2021, 9, "front-door", THEME, 1),
                          count(2021, 9, "front-door", THEME, 2))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "two counts for 2021-09, type 'front-door', theme 'front-door-decision-making'");
    }

    @Test
    void of_noCounts_nothingDone() {
      ProgrammeProgress progress = ProgrammeProgress.of(CAMDEN, List.of());

      assertThat(progress.doneTotal()).isZero();
      assertThat(progress.remainingTotal()).isEqualTo(120);
    }

    /**
     * The law: progress from the tally of any audits equals matching each audit against each entry,
     * as the programme's definition says (completed, of the type, in a covered month, on the
     * theme).
     */
    @Test
    void of_tallyOfAnyAudits_sameAsMatchingEachAudit() {
      qt().withFixedSeed(20261207L)
          .withExamples(300)
          .forAll(
              integers()
                  .between(0, 200)
                  .flatMap(n -> SyntheticGens.drawn(random -> audits(random, n))))
          .check(
              audits -> {
                AuditProgramme programme = CAMDEN_WITH_JOINT;
                ProgrammeProgress progress =
                    ProgrammeProgress.of(programme, ProgrammeCount.tally(audits));
                Set<AuditId> counted = new HashSet<>();
                for (int e = 0; e < programme.entries().size(); e++) {
                  ProgrammeEntry entry = programme.entries().get(e);
                  int done = 0;
                  for (Audit a : audits) {
                    if (a.status().isCompleted()
                        && a.auditType().equals(entry.auditType())
                        && entry.covers(YearMonth.from(a.completedOn().get()))
                        && entry
                            .theme()
                            .map(t -> t.equals(a.attributes().get("theme")))
                            .orElse(true)
                        && entry
                            .jointWith()
                            .map(p -> p.equals(a.attributes().get("joint_with")))
                            .orElse(true)) {
                      done++;
                      counted.add(a.id());
                    }
                  }
                  if (progress.entries().get(e).done() != done) {
                    return false;
                  }
                }
                return progress.doneTotal() == counted.size()
                    && progress.equals(programme.progress(audits));
              });
    }
  }

  @Nested
  final class Counts {

    @Test
    void tally_onlyCompletedAudits_byMonthTypeAndTheme() {
      List<Audit> audits = new ArrayList<>();
      audits.add(audit(1, "front-door", LocalDate.of(2021, 9, 3), THEME, AuditStatus.COMPLETED));
      audits.add(audit(2, "front-door", LocalDate.of(2021, 9, 30), THEME, AuditStatus.MODERATED));
      audits.add(audit(3, "front-door", LocalDate.of(2021, 9, 30), null, AuditStatus.COMPLETED));
      audits.add(audit(4, "front-door", LocalDate.of(2021, 9, 30), THEME, AuditStatus.IN_PROGRESS));

      assertThat(ProgrammeCount.tally(audits))
          .containsExactly(
              count(2021, 9, "front-door", null, 1), count(2021, 9, "front-door", THEME, 2));
    }

    @Test
    void builder_negativeAudits_throwsWithValue() {
      assertThatThrownBy(() -> count(2021, 9, "front-door", null, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("2021-09, type 'front-door': audits must not be negative: -1");
    }

    @Test
    void belongsTo_themedEntry_onlyItsTheme() {
      ProgrammeEntry entry = CAMDEN.entries().get(1);

      assertThat(count(2021, 9, "front-door", THEME, 1).belongsTo(entry)).isTrue();
      assertThat(count(2021, 9, "front-door", null, 1).belongsTo(entry)).isFalse();
      assertThat(count(2021, 10, "front-door", THEME, 1).belongsTo(entry)).isFalse();
      assertThat(count(2021, 9, "practice-week", THEME, 1).belongsTo(entry)).isFalse();
    }
  }

  @Nested
  final class Joint {

    @Test
    void C15_yearWithNoFrontDoorAuditJointWithEarlyHelp_showsNoneOfOneDone() {
      List<Audit> audits = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        audits.add(audit(i, "front-door", LocalDate.of(2021, 9, 20), THEME, AuditStatus.COMPLETED));
      }

      EntryProgress joint = CAMDEN_WITH_JOINT.progress(audits).entries().get(4);

      assertThat(joint.done()).isZero();
      assertThat(joint.remaining()).isEqualTo(1);
    }

    @Test
    void C15_oneFrontDoorAuditJointWithEarlyHelp_countsOnceForTheJointEntry() {
      List<Audit> audits = new ArrayList<>();
      audits.add(audit(1, "front-door", LocalDate.of(2021, 9, 20), THEME, AuditStatus.COMPLETED));
      audits.add(
          audit(
              2,
              "front-door",
              LocalDate.of(2021, 9, 21),
              THEME,
              AuditStatus.COMPLETED,
              EARLY_HELP));

      ProgrammeProgress progress = CAMDEN_WITH_JOINT.progress(audits);

      assertThat(progress.entries()).extracting(EntryProgress::done).containsExactly(0, 2, 0, 2, 1);
      assertThat(progress.entries().get(4).remaining()).isZero();
      assertThat(progress.doneTotal()).isEqualTo(2);
    }

    @Test
    void belongsTo_jointEntry_onlyItsPartner() {
      ProgrammeEntry entry = CAMDEN_WITH_JOINT.entries().get(4);
      ImmutableProgrammeCount alone =
          ImmutableProgrammeCount.copyOf(count(2021, 9, "front-door", THEME, 1));

      assertThat(alone.belongsTo(entry)).isFalse();
      assertThat(alone.withJointWith(EARLY_HELP).belongsTo(entry)).isTrue();
      assertThat(alone.withJointWith("police").belongsTo(entry)).isFalse();
    }

    @Test
    void builder_blankPartner_throwsNamingTheEntry() {
      assertThatThrownBy(
              () ->
                  ProgrammeEntry.builder()
                      .month(YearMonth.of(2021, 4))
                      .auditType("front-door")
                      .jointWith(" ")
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("programme entry 2021-04: joint partner must not be blank");
    }
  }

  /** SYNTHETIC audits: made-up ids, no case data. */
  private static List<Audit> audits(RandomGenerator random, int n) {
    String[] types = {"practice-week", "front-door", "deep-dive"};
    String[] themes = {null, THEME, "domestic-abuse"};
    String[] partners = {null, null, EARLY_HELP, "police"};
    AuditStatus[] statuses = AuditStatus.values();
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate completed = LocalDate.of(2021, 6, 1).plusDays(random.nextInt(300));
      audits.add(
          audit(
              i,
              types[random.nextInt(types.length)],
              completed,
              themes[random.nextInt(themes.length)],
              statuses[random.nextInt(statuses.length)],
              partners[random.nextInt(partners.length)]));
    }
    return audits;
  }

  private static Audit audit(
      int n, String type, LocalDate completedOn, String theme, AuditStatus status) {
    return audit(n, type, completedOn, theme, status, null);
  }

  private static Audit audit(
      int n, String type, LocalDate completedOn, String theme, AuditStatus status, String partner) {
    ImmutableAudit.Builder audit =
        Audit.builder()
            .id(AuditId.of("SYN-A-" + n))
            .caseId(CaseId.of("SYN-C-" + n))
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
    if (partner != null) {
      audit.putAttribute(AuditProgramme.JOINT_WITH_ATTRIBUTE, partner);
    }
    return audit.build();
  }
}
