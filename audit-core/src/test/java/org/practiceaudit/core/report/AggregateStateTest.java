package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceaudit.core.report.SyntheticAudits.SPEC;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.timeliness.Compliance;
import org.practiceaudit.core.workforce.PersonId;

/** Snapshots of report aggregates; all data synthetic. */
final class AggregateStateTest {

  /** A spec without quotas or cohort attributes, sharing SPEC's deadlines. */
  static final ReportSpec PLAIN =
      ImmutableReportSpec.copyOf(SPEC).withQuotas(Optional.empty()).withCohortAttributes(List.of());

  static AggregateState snapshotOf(long seed, int size) {
    return ReportAggregate.of(SPEC, SyntheticAudits.random(seed, size)).snapshot();
  }

  static List<DomainSums> domains(int voiceScore) {
    List<DomainSums> out = new ArrayList<>();
    for (Domain domain : SyntheticAudits.DOMAINS) {
      boolean voice = domain.id().equals("voice");
      out.add(
          DomainSums.builder()
              .domainId(domain.id())
              .scored(voice ? 1 : 0)
              .sum(voice ? voiceScore : 0)
              .sumOfSquares(voice ? (long) voiceScore * voiceScore : 0)
              .notApplicable(0)
              .build());
    }
    return out;
  }

  /**
   * A hand-written snapshot of one on-time audit of type monthly, completed in March 2019, voice
   * scored.
   */
  static ImmutableAggregateState oneAudit(int voiceScore) {
    List<Long> grades = List.of(0L, 1L, 0L, 0L);
    AuditSums perAudit =
        AuditSums.builder()
            .applicableDomains(1)
            .audits(1)
            .sum(voiceScore)
            .sumOfSquares((long) voiceScore * voiceScore)
            .build();
    return AggregateState.builder()
        .asOf(PLAIN.asOf())
        .gradeScaleId("ofsted")
        .audits(1)
        .completed(1)
        .completedOnTime(1)
        .completedLate(0)
        .overdue(0)
        .pending(0)
        .addAllDomains(domains(voiceScore))
        .addPerAudit(perAudit)
        .addAllGrades(grades)
        .addMonth(
            MonthState.builder()
                .month(YearMonth.of(2019, 3))
                .completedOnTime(1)
                .completedLate(0)
                .overdue(0)
                .pending(0)
                .completed(1)
                .addAllDomains(domains(voiceScore))
                .addPerAudit(perAudit)
                .addAllGrades(grades)
                .build())
        .addCohort(
            CohortState.builder()
                .dimension(ReportAggregate.AUDIT_TYPE)
                .value("monthly")
                .audits(1)
                .addAllDomains(domains(voiceScore))
                .addAllGrades(grades)
                .build())
        .actions(ActionSummary.builder().total(0).outstanding(0).overdue(0).build())
        .addComplianceByAuditor(
            AuditorCompliance.builder()
                .auditor(PersonId.of("P1"))
                .compliance(Compliance.of(1, 0, 0, 0))
                .build())
        .moderation(AgreementTable.empty(4))
        .build();
  }

  @Nested
  final class RoundTrip {

    @Test
    void from_snapshotOfAnyAggregate_equalsTheAggregate() {
      qt().withFixedSeed(71L)
          .withExamples(150)
          .forAll(SyntheticAudits.lists(120))
          .checkAssert(
              audits -> {
                ReportAggregate a = ReportAggregate.of(SPEC, audits);
                AggregateState state = a.snapshot();
                ReportAggregate back = ReportAggregate.from(SPEC, state);
                assertThat(back).isEqualTo(a);
                assertThat(back.toReport()).isEqualTo(a.toReport());
                assertThat(back.snapshot()).isEqualTo(state);
              });
    }

    @Test
    void from_specWithoutQuotasOrCohorts_equalsTheAggregate() {
      qt().withFixedSeed(72L)
          .withExamples(100)
          .forAll(SyntheticAudits.lists(60))
          .checkAssert(
              audits -> {
                ReportAggregate a = ReportAggregate.of(PLAIN, audits);
                assertThat(a.snapshot().quotaDone()).isEmpty();
                assertThat(ReportAggregate.from(PLAIN, a.snapshot())).isEqualTo(a);
              });
    }

    @Test
    void merge_ofSnapshots_commutesWithSnapshotting() {
      qt().withFixedSeed(73L)
          .withExamples(100)
          .forAll(SyntheticAudits.splits(100, 1, 5))
          .checkAssert(
              split -> {
                List<Audit> audits = split._1;
                ReportAggregate shipped = ReportAggregate.empty(SPEC);
                ReportAggregate local = ReportAggregate.empty(SPEC);
                for (List<Audit> part : split._2) {
                  ReportAggregate aggregate = ReportAggregate.of(SPEC, part);
                  shipped = shipped.merge(ReportAggregate.from(SPEC, aggregate.snapshot()));
                  local = local.merge(aggregate);
                }
                ReportAggregate whole = ReportAggregate.of(SPEC, audits);
                assertThat(shipped.snapshot())
                    .isEqualTo(local.snapshot())
                    .isEqualTo(whole.snapshot());
                assertThat(shipped.toReport()).isEqualTo(whole.toReport());
              });
    }

    @Test
    void snapshot_empty_holdsNothing() {
      AggregateState empty = ReportAggregate.empty(SPEC).snapshot();
      assertThat(empty.audits()).isZero();
      assertThat(empty.months()).isEmpty();
      assertThat(empty.cohorts()).isEmpty();
      assertThat(empty.domains())
          .extracting(DomainSums::domainId)
          .containsExactly("voice", "planning", "supervision", "risk");
      assertThat(empty.grades()).containsExactly(0L, 0L, 0L, 0L);
      assertThat(ReportAggregate.from(SPEC, empty)).isEqualTo(ReportAggregate.empty(SPEC));
    }

    @Test
    void from_handWrittenSnapshot_equalsTheAggregateItDescribes() {
      AggregateState state = oneAudit(7);
      AuditReport report = ReportAggregate.from(PLAIN, state).toReport();
      assertThat(report.audits()).isEqualTo(1);
      assertThat(report.domains().get(0).average().orElse(-1)).isEqualTo(7.0);
      assertThat(report.overallAverage().orElse(-1)).isEqualTo(7.0);
      assertThat(report.grades().grades().get(1).count()).isEqualTo(1);
      assertThat(ReportAggregate.from(PLAIN, state).snapshot()).isEqualTo(state);
    }
  }

  @Nested
  final class Invalid {

    @Test
    void check_negativeCount_throwsWithValue() {
      AggregateState s = snapshotOf(3, 40);
      assertThatThrownBy(() -> ImmutableAggregateState.copyOf(s).withPending(-2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("pending must not be negative: -2");
      assertThatThrownBy(
              () ->
                  DomainSums.builder()
                      .domainId("voice")
                      .scored(-1)
                      .sum(0)
                      .sumOfSquares(0)
                      .notApplicable(0)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1");
    }

    @Test
    void check_auditsNotTheSumOfTimeliness_throwsWithBoth() {
      AggregateState s = snapshotOf(4, 40);
      assertThatThrownBy(() -> ImmutableAggregateState.copyOf(s).withAudits(s.audits() + 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("audits " + (s.audits() + 1))
          .hasMessageContaining("= " + s.audits());
    }

    @Test
    void check_monthsNotAddingUp_throws() {
      ImmutableAggregateState s = oneAudit(7);
      MonthState month = ImmutableMonthState.copyOf(s.months().get(0)).withCompletedOnTime(2);
      assertThatThrownBy(() -> s.withMonths(month))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("months' completed on time add up to 2 but completed on time is 1");
      assertThatThrownBy(() -> s.withMonths(s.months().get(0), s.months().get(0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("month 2019-03 appears more than once");
    }

    @Test
    void check_scoresCountedMoreThanAudits_throws() {
      ImmutableAggregateState s = oneAudit(7);
      List<DomainSums> domains = new ArrayList<>(s.domains());
      domains.set(1, ImmutableDomainSums.copyOf(domains.get(1)).withNotApplicable(2));
      assertThatThrownBy(() -> s.withDomains(domains))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "domain 'planning' in the aggregate is scored 0 and not applicable 2 times");
    }

    @Test
    void check_auditTypeCohortsNotAddingUp_throws() {
      ImmutableAggregateState s = oneAudit(7);
      assertThatThrownBy(() -> s.withCohorts(List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("audit-type cohorts' audits add up to 0 but completed is 1");
      CohortState team =
          CohortState.builder()
              .dimension("team")
              .value("team-0")
              .audits(1)
              .addAllDomains(domains(7))
              .addAllGrades(List.of(0L, 1L, 0L, 0L))
              .build();
      assertThatThrownBy(() -> s.withCohorts(s.cohorts().get(0), team))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cohort team=team-0 is not a cohort attribute");
    }

    @Test
    void check_escalationsAndActionsOutOfOrder_throw() {
      ImmutableAggregateState s = oneAudit(7);
      EscalationLine line =
          EscalationLine.builder().category(2).raised(1).open(2).overdue(0).build();
      assertThatThrownBy(() -> s.withEscalations(line))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("raised 1, open 2");
      ActionSummary actions = ActionSummary.builder().total(1).outstanding(2).overdue(0).build();
      assertThatThrownBy(() -> s.withActions(actions))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("total 1, outstanding 2");
    }

    @Test
    void check_moderationDisagreeingWithMovements_throws() {
      ImmutableAggregateState s = oneAudit(7);
      AgreementTable table = AgreementTable.empty(4).plus(1, 2);
      assertThatThrownBy(() -> s.withModeration(table))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("movements lowered add up to 0 but moderation table's lowered is 1");
      AuditorMovement movement =
          AuditorMovement.builder().auditor(PersonId.of("P1")).raised(0).lowered(1).same(0).build();
      assertThatThrownBy(() -> s.withMovements(movement))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("movements lowered add up to 1 but moderation table's lowered is 0");
      assertThatThrownBy(() -> s.withModeration(AgreementTable.empty(3)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("moderation table has 3 grades; expected 4");
      assertThatThrownBy(() -> s.withModeration(AgreementTable.empty(4).plus(2, 2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1 audits graded at rank 2, more than the 0 graded");
    }

    @Test
    void D12_complianceByAuditorNotAddingUp_throwsNamingTheCounts() {
      ImmutableAggregateState s = oneAudit(7);
      AuditorCompliance late =
          AuditorCompliance.builder()
              .auditor(PersonId.of("P2"))
              .compliance(Compliance.of(0, 1, 0, 0))
              .build();
      assertThatThrownBy(() -> s.withComplianceByAuditor(s.complianceByAuditor().get(0), late))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("completed late by auditor add up to 1 but completed late is 0");
      assertThatThrownBy(() -> s.withComplianceByAuditor(List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("completed on time by auditor add up to 0 but completed on time is 1");
      assertThatThrownBy(
              () ->
                  s.withComplianceByAuditor(
                      s.complianceByAuditor().get(0), s.complianceByAuditor().get(0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("auditor P1 appears more than once in compliance by auditor");
      assertThatThrownBy(
              () ->
                  AuditorCompliance.builder()
                      .auditor(PersonId.of("P3"))
                      .compliance(Compliance.of(0, 0, 0, 0))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("auditor P3 must have 1 or more audits allocated (leave it out)");
    }

    @Test
    void from_sumImpossibleOnTheScale_throws() {
      AggregateState s = oneAudit(11);
      assertThatThrownBy(() -> ReportAggregate.from(PLAIN, s))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "domain 'voice' in the aggregate has 1 scores summing to 11, impossible on its scale 1-10");
    }

    @Test
    void from_otherSpec_throwsNamingTheDifference() {
      AggregateState s = snapshotOf(5, 30);
      ReportSpec later =
          ImmutableReportSpec.copyOf(SPEC).withAsOf(Instant.parse("2019-08-01T09:00:00Z"));
      assertThatThrownBy(() -> ReportAggregate.from(later, s))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("as of 2019-07-01T09:00:00Z");
      ReportSpec fewer =
          ImmutableReportSpec.copyOf(SPEC).withDomains(SyntheticAudits.DOMAINS.subList(0, 3));
      assertThatThrownBy(() -> ReportAggregate.from(fewer, s))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("[voice, planning, supervision, risk]");
      ReportSpec noQuotas = ImmutableReportSpec.copyOf(SPEC).withQuotas(Optional.empty());
      assertThat(s.quotaDone()).isNotEmpty();
      assertThatThrownBy(() -> ReportAggregate.from(noQuotas, s))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the spec has no quotas");
      assertThatThrownBy(() -> ReportAggregate.from(PLAIN, s))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cohort attributes");
    }

    @Test
    void from_nullArguments_throw() {
      AggregateState s = snapshotOf(6, 5);
      assertThatThrownBy(() -> ReportAggregate.from(null, s))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("spec");
      assertThatThrownBy(() -> ReportAggregate.from(SPEC, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("state");
    }
  }
}
