package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceaudit.core.report.SyntheticAudits.SPEC;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;

final class ReportAccumulatorTest {

  @Nested
  final class OneAtATime {

    @Test
    void toAggregate_anyAudits_equalsOf() {
      qt().withFixedSeed(91L)
          .withExamples(100)
          .forAll(SyntheticAudits.lists(300))
          .checkAssert(
              audits -> {
                ReportAccumulator accumulator = ReportAccumulator.of(SPEC);
                audits.forEach(accumulator);
                assertThat(accumulator.audits()).isEqualTo((long) audits.size());
                assertThat(accumulator.toAggregate()).isEqualTo(ReportAggregate.of(SPEC, audits));
              });
    }

    @Test
    void merge_randomPartition_equalsOfTheWhole() {
      qt().withFixedSeed(92L)
          .withExamples(100)
          .forAll(SyntheticAudits.splits(200, 1, 4))
          .checkAssert(
              split -> {
                List<Audit> audits = split._1;
                ReportAccumulator whole = ReportAccumulator.of(SPEC);
                for (List<Audit> part : split._2) {
                  ReportAccumulator one = ReportAccumulator.of(SPEC);
                  part.forEach(one);
                  whole.merge(one);
                }
                assertThat(whole.toAggregate()).isEqualTo(ReportAggregate.of(SPEC, audits));
              });
    }

    @Test
    void toAggregate_moreAuditsAccepted_earlierAggregateUnchanged() {
      List<Audit> audits = SyntheticAudits.random(93L, 80);
      ReportAccumulator accumulator = ReportAccumulator.of(SPEC);
      audits.subList(0, 40).forEach(accumulator);
      ReportAggregate early = accumulator.toAggregate();
      audits.subList(40, 80).forEach(accumulator);
      assertThat(early).isEqualTo(ReportAggregate.of(SPEC, audits.subList(0, 40)));
      assertThat(accumulator.toAggregate()).isEqualTo(ReportAggregate.of(SPEC, audits));
    }

    @Test
    void merge_anyOther_leavesItUnchanged() {
      List<Audit> audits = SyntheticAudits.random(94L, 40);
      ReportAccumulator left = ReportAccumulator.of(SPEC);
      ReportAccumulator right = ReportAccumulator.of(SPEC);
      audits.subList(0, 20).forEach(left);
      audits.subList(20, 40).forEach(right);
      left.merge(right);
      assertThat(right.toAggregate()).isEqualTo(ReportAggregate.of(SPEC, audits.subList(20, 40)));
    }
  }

  @Nested
  final class Arguments {

    @Test
    void accept_null_throwsNamingIt() {
      assertThatThrownBy(() -> ReportAccumulator.of(SPEC).accept(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("audit");
    }

    @Test
    void merge_differentSpecs_throws() {
      ReportSpec other =
          ImmutableReportSpec.copyOf(SPEC).withAsOf(Instant.parse("2020-01-01T00:00:00Z"));
      assertThatThrownBy(() -> ReportAccumulator.of(SPEC).merge(ReportAccumulator.of(other)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("different report specs");
    }

    @Test
    void of_nullSpec_throwsNamingIt() {
      assertThatThrownBy(() -> ReportAccumulator.of(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("spec");
    }
  }
}
