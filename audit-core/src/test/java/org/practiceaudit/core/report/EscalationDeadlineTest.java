package org.practiceaudit.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The report's escalation follow-up policies (Dudley audit framework 2017, "Raising a Concern";
 * U19, U20).
 */
final class EscalationDeadlineTest {

  private static final WorkingCalendar ENGLAND = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);
  private static final WorkingCalendar SCOTLAND = WorkingCalendar.of(UkDivision.SCOTLAND);

  /** A synthetic framework with Dudley's four categories and follow-up schedule. */
  private static AuditFramework dudleyLike() {
    return AuditFramework.builder()
        .id("synthetic/dudley-like")
        .version("2017.1")
        .name("Dudley-like (synthetic)")
        .calendar(ENGLAND)
        .addAllDomains(SyntheticAudits.DOMAINS)
        .addEscalationCategories(
            EscalationCategory.builder()
                .level(1)
                .name("Inadequate Critical")
                .followUp(FollowUpPolicy.elapsedHours(48))
                .build(),
            EscalationCategory.builder()
                .level(2)
                .name("Inadequate with action required")
                .followUp(FollowUpPolicy.workingDays(10))
                .build(),
            EscalationCategory.builder()
                .level(3)
                .name("Actions required")
                .followUp(FollowUpPolicy.workingDays(20))
                .build(),
            EscalationCategory.builder()
                .level(4)
                .name("Good order")
                .followUp(FollowUpPolicy.none())
                .build())
        .build();
  }

  private static Audit completed(String id, int category) {
    return Audit.builder()
        .id(AuditId.of(id))
        .caseId(CaseId.of("SYN-C-" + id))
        .auditor(PersonId.of("AUD1"))
        .frameworkId("synthetic/dudley-like")
        .frameworkVersion("2017.1")
        .auditType("monthly")
        .status(AuditStatus.COMPLETED)
        .allocatedOn(LocalDate.of(2026, 2, 2))
        .completedOn(LocalDate.of(2026, 2, 27))
        .escalationCategory(category)
        .addActions(RecommendedAction.builder().description("SYNTHETIC action").build())
        .build();
  }

  private static ReportSpec spec(EscalationDeadline deadline, Instant asOf) {
    return ReportSpec.builder()
        .addAllDomains(SyntheticAudits.DOMAINS)
        .gradeScale(SyntheticAudits.OFSTED)
        .asOf(asOf)
        .escalationDeadline(deadline)
        .build();
  }

  @Nested
  final class Factories {

    @Test
    void followUps_dudleyLike_everyCategoryOnTheFrameworkCalendar() {
      EscalationDeadline d = EscalationDeadline.followUps(dudleyLike());

      assertThat(d.policies())
          .containsExactly(
              Map.entry(1, FollowUpPolicy.elapsedHours(48)),
                  Map.entry(2, FollowUpPolicy.workingDays(10)),
              Map.entry(3, FollowUpPolicy.workingDays(20)), Map.entry(4, FollowUpPolicy.none()));
      assertThat(d.calendar()).isEqualTo(ENGLAND);
    }

    @Test
    void none_policies_empty() {
      assertThat(EscalationDeadline.none().policies()).isEmpty();
      assertThat(EscalationDeadline.none().dueAt(completed("A1", 1))).isEmpty();
    }

    @Test
    void elapsedHours_givenHours_hoursPolicies() {
      assertThat(EscalationDeadline.elapsedHours(Map.of(2, 240, 1, 48)).policies())
          .containsExactly(
              Map.entry(1, FollowUpPolicy.elapsedHours(48)),
              Map.entry(2, FollowUpPolicy.elapsedHours(240)));
    }

    @Test
    void elapsedHours_categoryOrHoursBelowOne_throwsQuotingBoth() {
      assertThatThrownBy(() -> EscalationDeadline.elapsedHours(Map.of(0, 48)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("categories and hours must be 1 or more: category 0, hours 48");
      assertThatThrownBy(() -> EscalationDeadline.elapsedHours(Map.of(1, 0)))
          .hasMessage("categories and hours must be 1 or more: category 1, hours 0");
    }

    @Test
    void of_categoryBelowOne_throwsQuotingValue() {
      assertThatThrownBy(() -> EscalationDeadline.of(Map.of(0, FollowUpPolicy.none()), ENGLAND))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("escalation category must be 1 or more: 0");
    }

    @Test
    void factories_null_throwNamingTheParameter() {
      Map<Integer, FollowUpPolicy> withNull = new HashMap<>();
      withNull.put(1, null);
      assertThatThrownBy(() -> EscalationDeadline.of(null, ENGLAND)).hasMessage("policies");
      assertThatThrownBy(() -> EscalationDeadline.of(Map.of(), null)).hasMessage("calendar");
      assertThatThrownBy(() -> EscalationDeadline.of(withNull, ENGLAND)).hasMessage("policy");
      assertThatThrownBy(() -> EscalationDeadline.elapsedHours(null)).hasMessage("hoursByCategory");
      assertThatThrownBy(() -> EscalationDeadline.followUps(null)).hasMessage("framework");
      assertThatThrownBy(() -> EscalationDeadline.none().escalation(null)).hasMessage("audit");
    }

    @Test
    void policies_modified_throws() {
      assertThatThrownBy(() -> EscalationDeadline.followUps(dudleyLike()).policies().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_builtSeparatelyFromEqualInputs_equalWithEqualHashCodes() {
      EscalationDeadline a = EscalationDeadline.followUps(dudleyLike());
      EscalationDeadline b =
          EscalationDeadline.of(
              Map.of(
                  1,
                  FollowUpPolicy.parse("48h"),
                  2,
                  FollowUpPolicy.parse("10wd"),
                  3,
                  FollowUpPolicy.parse("20wd"),
                  4,
                  FollowUpPolicy.none()),
              WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES));

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(EscalationDeadline.elapsedHours(Map.of(1, 48)))
          .isEqualTo(EscalationDeadline.of(Map.of(1, FollowUpPolicy.elapsedHours(48)), ENGLAND));
      assertThat(EscalationDeadline.none()).isEqualTo(EscalationDeadline.of(Map.of(), ENGLAND));
    }

    @Test
    void equals_differentPoliciesOrCalendar_notEqual() {
      EscalationDeadline a =
          EscalationDeadline.of(Map.of(1, FollowUpPolicy.elapsedHours(48)), ENGLAND);

      assertThat(a)
          .isNotEqualTo(EscalationDeadline.of(Map.of(1, FollowUpPolicy.elapsedHours(24)), ENGLAND));
      assertThat(a)
          .isNotEqualTo(
              EscalationDeadline.of(Map.of(1, FollowUpPolicy.elapsedHours(48)), SCOTLAND));
      assertThat(a).isNotEqualTo(EscalationDeadline.none());
      assertThat(a).isNotEqualTo(null);
    }

    @Test
    void toString_anyDeadline_listsPoliciesAndCalendar() {
      assertThat(EscalationDeadline.elapsedHours(Map.of(1, 48)).toString())
          .isEqualTo("EscalationDeadline[{1=48h}, " + ENGLAND + "]");
    }

    @Test
    void reportSpecs_builtSeparatelyFromOneFramework_equalAndTheirAggregatesMerge() {
      // Issue 12, item 8: policies compare by value, so equal specs merge.
      Instant asOf = Instant.parse("2026-03-31T23:00:00Z");
      ReportSpec first = spec(EscalationDeadline.followUps(dudleyLike()), asOf);
      ReportSpec second = spec(EscalationDeadline.followUps(dudleyLike()), asOf);

      assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
      ReportAggregate merged =
          ReportAggregate.of(first, List.of(completed("A1", 1)))
              .merge(ReportAggregate.of(second, List.of(completed("A2", 2))));
      assertThat(merged.toReport().escalations())
          .extracting(EscalationLine::category)
          .containsExactly(1, 2);
    }
  }

  @Nested
  final class Report {

    private final EscalationDeadline dudley = EscalationDeadline.followUps(dudleyLike());

    @Test
    void report_dudleyCategory4_inNoEscalationCount() {
      AuditReport report =
          ReportAggregate.of(
                  spec(dudley, Instant.parse("2027-01-01T00:00:00Z")),
                  List.of(completed("A1", 4), completed("A2", 4)))
              .toReport();

      assertThat(report.escalations()).isEmpty();
    }

    @Test
    void report_escalationTimeMissing_countedFromTheCompletionDay() {
      // Completed Friday 27 February 2026, category 2: due by the end of Friday 13 March. Before
      // the fix the
      // report never judged an escalation without escalated_at overdue.
      Audit audit = completed("A1", 2);

      EscalationLine before =
          ReportAggregate.of(spec(dudley, Instant.parse("2026-03-13T23:59:59Z")), List.of(audit))
              .toReport()
              .escalations()
              .get(0);
      EscalationLine at =
          ReportAggregate.of(spec(dudley, Instant.parse("2026-03-14T00:00:00Z")), List.of(audit))
              .toReport()
              .escalations()
              .get(0);

      assertThat(before.overdue()).isZero();
      assertThat(at.overdue()).isEqualTo(1);
      assertThat(at.countedFromCompletionDay()).isEqualTo(1);
    }

    @Test
    void report_categoryTheSpecDoesNotList_countedOpenNeverOverdue() {
      AuditReport report =
          ReportAggregate.of(
                  spec(EscalationDeadline.none(), Instant.parse("2030-01-01T00:00:00Z")),
                  List.of(completed("A1", 1)))
              .toReport();

      assertThat(report.escalations())
          .containsExactly(
              EscalationLine.builder().category(1).raised(1).open(1).overdue(0).build());
    }
  }
}
