package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceaudit.core.report.SyntheticAudits.SPEC;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.grade.GradeScale;

final class AuditColumnsTest {

  /**
   * An instant from March to September 2019, on the hour for a third of the seeds (escalations fall
   * due on the hour).
   */
  static Instant instant(long seed) {
    long seconds = Math.floorMod(seed, 184L * 86_400);
    Instant start = Instant.parse("2019-03-01T00:00:00Z").plusSeconds(seconds);
    return Math.floorMod(seed, 3) == 0
        ? start.minusSeconds(seconds % 3600)
        : start.plusNanos(Math.floorMod(seed, 1_000_000_000L));
  }

  @Nested
  final class SameAsObjects {

    @Test
    void toAggregate_anyAudits_equalsTheObjectPath() {
      qt().withFixedSeed(81L)
          .withExamples(150)
          .forAll(SyntheticAudits.lists(400))
          .checkAssert(
              audits -> {
                AuditColumns columns = AuditColumns.of(SPEC);
                audits.forEach(columns);
                ReportAggregate expected = ReportAggregate.of(SPEC, audits);
                assertThat(columns.rows()).isEqualTo(audits.size());
                assertThat(columns.toAggregate()).isEqualTo(expected);
                assertThat(columns.toAggregate().toReport()).isEqualTo(expected.toReport());
              });
    }

    @Test
    void toAggregateAt_anyInstant_equalsTheObjectPathAtThatInstant() {
      qt().withFixedSeed(82L)
          .withExamples(150)
          .forAll(SyntheticAudits.lists(300), longs().all())
          .checkAssert(
              (audits, when) -> {
                AuditColumns columns = AuditColumns.of(SPEC);
                audits.forEach(columns);
                ReportSpec at = ImmutableReportSpec.copyOf(SPEC).withAsOf(instant(when));
                ReportAggregate expected = ReportAggregate.of(at, audits);
                assertThat(columns.toAggregate(at.asOf())).isEqualTo(expected);
                assertThat(columns.toAggregate(at.asOf()).toReport())
                    .isEqualTo(expected.toReport());
              });
    }

    @Test
    void toAggregate_scalesTooWideForAByte_equalsTheObjectPath() {
      ReportSpec wide =
          ImmutableReportSpec.copyOf(SPEC)
              .withDomains(
                  SyntheticAudits.domain("voice", "Voice of the child", -500, 999),
                  SyntheticAudits.domain("planning", "Planning", 1, 10),
                  SyntheticAudits.domain("risk", "Risk rating", 0, 3));
      qt().withFixedSeed(83L)
          .withExamples(60)
          .forAll(SyntheticAudits.lists(200))
          .checkAssert(
              audits -> {
                AuditColumns columns = AuditColumns.of(wide);
                audits.forEach(columns);
                assertThat(columns.toAggregate()).isEqualTo(ReportAggregate.of(wide, audits));
              });
    }

    @Test
    void toAggregate_rowsOverSeveralChunks_equalsTheObjectPath() {
      List<Audit> audits = SyntheticAudits.random(86L, 2 * AuditColumns.CHUNK + 123);
      AuditColumns columns = AuditColumns.of(SPEC);
      audits.forEach(columns);
      assertThat(columns.toAggregate()).isEqualTo(ReportAggregate.of(SPEC, audits));
    }

    @Test
    void toAggregate_noCohortsNoQuotas_equalsTheObjectPath() {
      ReportSpec plain =
          ReportSpec.builder()
              .addAllDomains(SyntheticAudits.DOMAINS)
              .gradeScale(SyntheticAudits.OFSTED)
              .asOf(SPEC.asOf())
              .build();
      List<Audit> audits = SyntheticAudits.random(84L, 500);
      AuditColumns columns = AuditColumns.of(plain);
      audits.forEach(columns);
      assertThat(columns.toAggregate().toReport())
          .isEqualTo(ReportAggregate.of(plain, audits).toReport());
    }
  }

  @Nested
  final class Arguments {

    @Test
    void accept_null_throwsNamingIt() {
      assertThatThrownBy(() -> AuditColumns.of(SPEC).accept(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("audit");
    }

    @Test
    void of_scaleOfMoreThan127Grades_throwsWithSize() {
      String[] labels = new String[128];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = "grade " + i;
      }
      ReportSpec spec =
          ImmutableReportSpec.copyOf(SPEC).withGradeScale(GradeScale.of("many", List.of(labels)));
      assertThatThrownBy(() -> AuditColumns.of(spec))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("128");
    }

    @Test
    void toAggregate_laterRows_doNotChangeAnEarlierAggregate() {
      List<Audit> audits = SyntheticAudits.random(85L, 60);
      AuditColumns columns = AuditColumns.of(SPEC);
      audits.subList(0, 30).forEach(columns);
      ReportAggregate early = columns.toAggregate();
      audits.subList(30, 60).forEach(columns);
      assertThat(early).isEqualTo(ReportAggregate.of(SPEC, audits.subList(0, 30)));
      assertThat(columns.toAggregate()).isEqualTo(ReportAggregate.of(SPEC, audits));
    }
  }
}
