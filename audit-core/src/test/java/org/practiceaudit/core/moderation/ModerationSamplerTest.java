package org.practiceaudit.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.core.Gen;

final class ModerationSamplerTest {

  private static final GradeScale OFSTED = GradeScale.ofsted();
  private static final Grade INADEQUATE = OFSTED.worst();

  /**
   * SYNTHETIC: completed audits with made-up ids, auditors with skewed workloads, Ofsted grades.
   */
  private static List<Audit> completedAudits(int size, long seed) {
    return completedAudits(size, new Random(seed));
  }

  /** Lists of 0 to {@code maxSize} such audits, shrinking to fewer audits and auditors. */
  private static Gen<List<Audit>> completedAudits(int maxSize) {
    return integers()
        .between(0, maxSize)
        .flatMap(size -> SyntheticGens.drawn(random -> completedAudits(size, random)));
  }

  private static List<Audit> completedAudits(int size, RandomGenerator random) {
    int auditors = 1 + random.nextInt(Math.max(1, size / 3 + 1));
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int auditor = random.nextBoolean() ? 0 : random.nextInt(auditors);
      audits.add(
          Audit.builder()
              .id(AuditId.of(String.format("SYN-A-%04d", i)))
              .caseId(CaseId.of(String.format("SYN-C-%04d", i)))
              .auditor(PersonId.of("SYN-AUD-" + auditor))
              .frameworkId("synthetic")
              .frameworkVersion("1")
              .auditType("practice-week")
              .status(AuditStatus.COMPLETED)
              .allocatedOn(LocalDate.of(2026, 7, 1))
              .completedOn(LocalDate.of(2026, 7, 10))
              .overallGrade(OFSTED.grades().get(random.nextInt(OFSTED.size())))
              .build());
    }
    return audits;
  }

  private static Set<PersonId> auditorsOf(List<Audit> audits) {
    return audits.stream().map(Audit::auditor).collect(Collectors.toSet());
  }

  @Nested
  final class Laws {

    @Test
    void select_anyAudits_hasPlannedSizeOrMoreForRulesAndCoversEveryAuditor() {
      qt().withFixedSeed(51L)
          .withExamples(300)
          .forAll(
              completedAudits(400),
              longs().all(),
              integers().between(1, 100),
              integers().between(0, 3))
          .checkAssert(
              (audits, seed, percent, mode) -> {
                ImmutableModerationPolicy.Builder builder =
                    ModerationPolicy.builder().share(BigDecimal.valueOf(percent, 2));
                boolean gradeRule = (mode & 1) == 1;
                boolean cover = (mode & 2) == 0;
                if (gradeRule) {
                  builder.includeGradedAtOrBelow(INADEQUATE);
                }
                builder.atLeastOnePerAuditor(cover);
                ModerationSample sample =
                    ModerationSampler.select(audits, builder.build(), Seed.of(seed));

                int planned = (audits.size() * percent + 99) / 100;
                assertThat(sample.plannedSize()).isEqualTo(planned);
                Set<AuditId> inadequate =
                    audits.stream()
                        .filter(a -> a.overallGrade().orElseThrow().equals(INADEQUATE))
                        .map(Audit::id)
                        .collect(Collectors.toSet());
                Set<PersonId> covered =
                    sample.picks().stream()
                        .map(ModerationPick::auditor)
                        .collect(Collectors.toSet());
                if (gradeRule) {
                  assertThat(sample.sortedAuditIds()).containsAll(inadequate);
                  inadequate.forEach(
                      id -> assertThat(sample.reasonFor(id)).hasValue(ModerationReason.GRADE_RULE));
                }
                if (cover) {
                  assertThat(covered).isEqualTo(auditorsOf(audits));
                }
                Set<PersonId> gradeCovered =
                    sample.picks().stream()
                        .filter(p -> p.reason() == ModerationReason.GRADE_RULE)
                        .map(ModerationPick::auditor)
                        .collect(Collectors.toSet());
                long rulePicks =
                    (gradeRule ? inadequate.size() : 0)
                        + (cover
                            ? auditorsOf(audits).stream()
                                .filter(a -> !gradeCovered.contains(a))
                                .count()
                            : 0);
                assertThat(sample.size()).isEqualTo((int) Math.max(planned, rulePicks));
                assertThat(
                        sample.picks().stream()
                            .filter(p -> p.reason() == ModerationReason.AUDITOR_COVERAGE)
                            .map(ModerationPick::auditor))
                    .doesNotHaveDuplicates();
              });
    }

    @Test
    void select_shuffledInput_givesSameSample() {
      qt().withFixedSeed(52L)
          .withExamples(200)
          .forAll(completedAudits(300), longs().all())
          .checkAssert(
              (audits, seed) -> {
                ModerationPolicy policy =
                    ModerationPolicy.builder().includeGradedAtOrBelow(INADEQUATE).build();
                ModerationSample sample = ModerationSampler.select(audits, policy, Seed.of(seed));
                List<Audit> shuffled = new ArrayList<>(audits);
                Collections.shuffle(shuffled, new Random(seed));
                assertThat(ModerationSampler.select(new HashSet<>(shuffled), policy, Seed.of(seed)))
                    .isEqualTo(sample);
              });
    }
  }

  @Nested
  final class Cases {

    @Test
    void select_dudleyYear_moderatesSixtyOfThreeHundred() {
      List<Audit> audits =
          completedAudits(300, 7L).stream()
              .<Audit>map(
                  a ->
                      org.practiceaudit.core.audit.ImmutableAudit.copyOf(a)
                          .withAuditor(
                              PersonId.of(
                                  "SYN-AUD-" + Math.floorMod(a.id().value().hashCode(), 5))))
              .toList();
      ModerationSample sample =
          ModerationSampler.select(audits, ModerationPolicy.dudley(), Seed.of(2017));

      assertThat(sample.size()).isEqualTo(60);
      assertThat(sample.algorithm()).isEqualTo("moderation-fisher-yates-lcg48/1");
      assertThat(sample.populationFingerprint()).matches("[0-9a-f]{64}");
      assertThat(sample.picks())
          .filteredOn(p -> p.reason() == ModerationReason.AUDITOR_COVERAGE)
          .isEmpty();
      ModerationSample covering =
          ModerationSampler.select(
              audits, ModerationPolicy.builder().atLeastOnePerAuditor(true).build(), Seed.of(2017));
      assertThat(covering.picks())
          .filteredOn(p -> p.reason() == ModerationReason.AUDITOR_COVERAGE)
          .hasSize(5);
    }

    @Test
    void builder_nothingSaid_noMinimumPerAuditor() {
      assertThat(ModerationPolicy.builder().build().atLeastOnePerAuditor()).isFalse();
      assertThat(ModerationPolicy.dudley().atLeastOnePerAuditor()).isFalse();
    }

    @Test
    void select_notCompleted_throwsNamingAudit() {
      Audit draft =
          Audit.builder()
              .id(AuditId.of("SYN-A-0000"))
              .caseId(CaseId.of("SYN-C-0000"))
              .auditor(PersonId.of("SYN-AUD-0"))
              .frameworkId("synthetic")
              .frameworkVersion("1")
              .auditType("practice-week")
              .status(AuditStatus.IN_PROGRESS)
              .allocatedOn(LocalDate.of(2026, 7, 1))
              .build();
      assertThatThrownBy(
              () -> ModerationSampler.select(List.of(draft), ModerationPolicy.dudley(), Seed.of(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SYN-A-0000");
    }

    @Test
    void select_duplicateId_throwsNamingAudit() {
      Audit audit = completedAudits(1, 1L).get(0);
      assertThatThrownBy(
              () ->
                  ModerationSampler.select(
                      List.of(audit, audit), ModerationPolicy.dudley(), Seed.of(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SYN-A-0000");
    }

    @Test
    void policy_shareOutOfRange_throws() {
      assertThatThrownBy(() -> ModerationPolicy.builder().share(new BigDecimal("1.2")).build())
          .hasMessageContaining("1.2");
      assertThatThrownBy(() -> ModerationPolicy.builder().share(BigDecimal.ZERO).build())
          .hasMessageContaining("0");
      assertThat(ModerationPolicy.dudley().share()).isEqualByComparingTo("0.20");
    }
  }
}
