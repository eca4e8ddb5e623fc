package org.practiceaudit.rules.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.rules.Fixtures;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.framework.LocalFramework;

/**
 * Hillingdon's "A guide to auditing" (seed 002) as an auditor would describe it: each area of work
 * the audit covers is rated, and a rating of Good or Outstanding needs that area's indicators
 * evidenced (seed-fidelity review H11). Synthetic audits only.
 */
final class HillingdonPresetTest {

  private static final LocalFramework HILLINGDON = Presets.hillingdon();
  private static final RuleSet RULES = HILLINGDON.ruleSet(RuleRegistry.load()).get();
  private static final GradeScale OFSTED = GradeScale.ofsted();

  private static Domain area(String id) {
    return HILLINGDON.framework().domain(id).orElseThrow();
  }

  private static ImmutableAudit.Builder audit() {
    return Fixtures.audit(HILLINGDON.framework());
  }

  private static ImmutableAudit.Builder good(ImmutableAudit.Builder audit, String area) {
    area(area).goodIndicators().forEach(i -> audit.addEvidencedIndicators(i.id()));
    return audit;
  }

  private static ImmutableAudit.Builder outstanding(ImmutableAudit.Builder audit, String area) {
    good(audit, area);
    area(area).outstandingIndicators().forEach(i -> audit.addEvidencedIndicators(i.id()));
    return audit;
  }

  private static Grade grade(String label) {
    return OFSTED.parse(label);
  }

  private static Outcome grading(Audit audit) {
    return RULES
        .evaluate(SubjectType.AUDIT, audit, Fixtures.context(HILLINGDON.framework()))
        .stream()
        .filter(o -> o.ruleId().equals("hillingdon/indicator-grade"))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Line 25, "raising concerns ... as soon as possible", and line 22, evidence for the rating: to
   * complete.
   */
  @Nested
  final class ToComplete {

    private final org.practiceaudit.rules.lifecycle.AuditLifecycle lifecycle =
        org.practiceaudit.rules.lifecycle.AuditLifecycle.of(
            HILLINGDON.completionRules(RuleRegistry.load()).get(),
            Fixtures.context(HILLINGDON.framework()));

    private List<String> unmet(Audit audit) {
      List<String> rules = new ArrayList<>();
      lifecycle
          .unmetToComplete(audit, java.time.LocalDate.of(2026, 2, 10))
          .forEach(p -> rules.add(p.ruleId()));
      return rules;
    }

    @Test
    void H6_immediateRiskNotRaisedWithTheTeamManager_mayNotComplete() {
      Audit raised =
          audit().addConcerns(org.practiceaudit.core.audit.ConcernFlag.IMMEDIATE_RISK).build();

      assertThat(unmet(raised)).containsExactly("hillingdon/urgent-concern-escalated");
      assertThat(unmet(ImmutableAudit.copyOf(raised).withEscalatedAt(Fixtures.NOW))).isEmpty();
    }

    @Test
    void H4_assessmentGradedWithoutItsEvidenceWritten_mayNotComplete() {
      Audit graded =
          good(audit(), "assessments").putAreaGrade("assessments", grade("Good")).build();

      assertThat(unmet(graded)).containsExactly("hillingdon/evidence-for-rating");
      assertThat(unmet(ImmutableAudit.copyOf(graded).withSections("evidence/assessments")))
          .isEmpty();
    }
  }

  /**
   * Seed 002 line 9, "10 working days for Part A": the report and the rule count by it (H2a, H2b).
   */
  @Nested
  final class AuditDue {

    @Test
    void H2b_reportAndRule_lateAndOverdueByTenWorkingDays() {
      // Allocated Monday 2 February 2026: due by the end of Monday 16 February.
      java.time.LocalDate allocated = java.time.LocalDate.of(2026, 2, 2);
      Audit late =
          Fixtures.audit(
                  HILLINGDON.framework(),
                  org.practiceaudit.core.audit.AuditStatus.COMPLETED,
                  allocated)
              .completedOn(java.time.LocalDate.of(2026, 2, 17))
              .build();
      Audit open =
          ImmutableAudit.copyOf(Fixtures.audit(HILLINGDON.framework()).build())
              .withId(org.practiceaudit.core.audit.AuditId.of("A-2"));
      org.practiceaudit.core.report.ReportSpec spec =
          org.practiceaudit.core.report.ReportSpec.builder()
              .addAllDomains(HILLINGDON.framework().domains())
              .gradeScale(HILLINGDON.framework().gradeScale())
              .asOf(Fixtures.NOW)
              .auditDeadline(org.practiceaudit.core.report.AuditDeadline.of(HILLINGDON.framework()))
              .build();

      var compliance =
          org.practiceaudit.core.report.ReportAggregate.of(spec, List.of(late, open))
              .toReport()
              .compliance();

      assertThat(compliance.completedLate()).isEqualTo(1);
      assertThat(compliance.overdue()).isEqualTo(1);
      assertThat(compliance.completedOnTime()).isZero();
      Outcome rule =
          RULES.evaluate(SubjectType.AUDIT, late, Fixtures.context(HILLINGDON.framework())).stream()
              .filter(o -> o.ruleId().equals("hillingdon/audit-due"))
              .findFirst()
              .orElseThrow();
      assertThat(rule.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(rule.inputs()).containsEntry("timeliness", "late");
    }
  }

  /**
   * Line 24: "Provide suggestions and potential solutions where areas for development are
   * highlighted".
   */
  @Nested
  final class AreasForDevelopment {

    private Outcome actions(Audit audit) {
      return RULES
          .evaluate(SubjectType.AUDIT, audit, Fixtures.context(HILLINGDON.framework()))
          .stream()
          .filter(o -> o.ruleId().equals("hillingdon/actions-for-development"))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void H5_overallGoodButPlansRequiresImprovementWithoutActions_fails() {
      Audit audit =
          audit()
              .putAreaGrade("plans", grade("Requires Improvement"))
              .putAreaGrade("home-visits", grade("Good"))
              .overallGrade(grade("Good"))
              .build();

      Outcome outcome = actions(audit);

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(outcome.reason())
          .isEqualTo("areas for development [plans] without improvement actions");
      assertThat(outcome.notifications()).isEmpty();
    }

    @Test
    void H5_areaForDevelopmentWithASuggestedAction_passes() {
      Audit audit =
          audit()
              .putAreaGrade("plans", grade("Inadequate"))
              .overallGrade(grade("Requires Improvement"))
              .addActions(
                  org.practiceaudit.core.audit.RecommendedAction.builder()
                      .description("SYNTHETIC: make the plan SMART")
                      .build())
              .build();

      Outcome outcome = actions(audit);

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.reason())
          .startsWith("graded Requires Improvement, areas for development [plans] with 1");
    }

    @Test
    void H5_everyAreaGoodOrBetter_noActionsRequired() {
      Audit audit =
          audit().putAreaGrade("plans", grade("Good")).overallGrade(grade("Good")).build();

      assertThat(actions(audit).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    }
  }

  @Nested
  final class PerArea {

    @Test
    void H11_homeVisitsAloneWithEveryGoodIndicator_goodAndOtherAreasNotApplicable() {
      Audit audit =
          good(audit(), "home-visits")
              .putAreaGrade("home-visits", grade("Good"))
              .overallGrade(grade("Good"))
              .build();

      Outcome outcome = grading(audit);

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.grade()).hasValue(grade("Good"));
      assertThat(outcome.flags()).isEmpty();
      assertThat(outcome.inputs())
          .containsEntry(
              "area.home-visits",
              "Good; good indicators 8/8, moving to outstanding 0/3; evidence supports Good")
          .containsEntry("area.plans", "not applicable: not covered by the audit")
          .containsEntry("evidence-supports", "Good");
    }

    @Test
    void H11_assessmentRatedGoodWithOneGoodIndicatorMissing_areaAndOverallFlagged() {
      ImmutableAudit.Builder builder = audit();
      List<Indicator> indicators = area("assessments").goodIndicators();
      indicators.subList(1, indicators.size()).forEach(i -> builder.addEvidencedIndicators(i.id()));
      Audit audit =
          builder.putAreaGrade("assessments", grade("Good")).overallGrade(grade("Good")).build();

      Outcome outcome = grading(audit);

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASS);
      assertThat(outcome.grade()).hasValue(grade("Good"));
      assertThat(outcome.flags())
          .containsExactlyInAnyOrder(
              Outcome.FLAG_GRADE_DIVERGENCE, Outcome.FLAG_AREA_GRADE_DIVERGENCE);
      assertThat(outcome.inputs())
          .containsEntry("areas-above-evidence", "assessments")
          .containsEntry("evidence-supports", "below Good");
    }

    @Test
    void H11_auditorInadequateWithEveryGoodIndicator_inadequateStandsUnflagged() {
      Audit audit =
          good(audit(), "plans")
              .putAreaGrade("plans", grade("Inadequate"))
              .overallGrade(grade("Inadequate"))
              .build();

      Outcome outcome = grading(audit);

      assertThat(outcome.grade()).hasValue(grade("Inadequate"));
      assertThat(outcome.flags()).isEmpty();
    }

    @Test
    void H11_auditorRequiresImprovementWithLittleEvidence_standsUnflagged() {
      Audit audit =
          audit()
              .addEvidencedIndicators("rv-timescales")
              .putAreaGrade("reviews", grade("Requires Improvement"))
              .overallGrade(grade("Requires Improvement"))
              .build();

      Outcome outcome = grading(audit);

      assertThat(outcome.grade()).hasValue(grade("Requires Improvement"));
      assertThat(outcome.flags()).isEmpty();
    }

    @Test
    void H11_areaRatedOutstandingWithoutMovingToOutstandingIndicators_flagged() {
      Audit audit =
          good(audit(), "home-visits")
              .putAreaGrade("home-visits", grade("Outstanding"))
              .overallGrade(grade("Good"))
              .build();

      Outcome outcome = grading(audit);

      assertThat(outcome.flags()).containsExactly(Outcome.FLAG_AREA_GRADE_DIVERGENCE);
      assertThat(outcome.grade()).hasValue(grade("Good"));
    }

    @Test
    void H11_areaRatedOutstandingWithEveryIndicator_outstandingUnflagged() {
      Audit audit =
          outstanding(audit(), "home-visits")
              .putAreaGrade("home-visits", grade("Outstanding"))
              .overallGrade(grade("Outstanding"))
              .build();

      Outcome outcome = grading(audit);

      assertThat(outcome.grade()).hasValue(grade("Outstanding"));
      assertThat(outcome.flags()).isEmpty();
    }
  }

  @Nested
  final class Overall {

    @Test
    void H11_overallOutstandingButPlansEvidencedOnlyToGood_overallFlaggedAboveEvidence() {
      ImmutableAudit.Builder builder = outstanding(audit(), "home-visits");
      good(builder, "plans");
      Audit audit =
          builder
              .putAreaGrade("home-visits", grade("Outstanding"))
              .putAreaGrade("plans", grade("Good"))
              .overallGrade(grade("Outstanding"))
              .build();

      Outcome outcome = grading(audit);

      assertThat(outcome.grade()).hasValue(grade("Outstanding"));
      assertThat(outcome.flags()).containsExactly(Outcome.FLAG_GRADE_DIVERGENCE);
      assertThat(outcome.inputs()).containsEntry("evidence-supports", "Good");
    }

    @Test
    void H11_noAreaCovered_notApplicable() {
      Outcome outcome = grading(audit().overallGrade(grade("Good")).build());

      assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
      assertThat(outcome.grade()).isEmpty();
    }

    @Test
    void H11_evidencingMoreIndicators_neverAddsAFlagAndKeepsTheAuditorsGrade() {
      List<String> all = new ArrayList<>();
      HILLINGDON
          .framework()
          .domains()
          .forEach(
              d -> {
                d.goodIndicators().forEach(i -> all.add(i.id()));
                d.outstandingIndicators().forEach(i -> all.add(i.id()));
              });
      List<String> areas = List.of("home-visits", "assessments", "plans", "reviews");
      qt().withFixedSeed(13L)
          .withExamples(500)
          .forAll(
              lists().of(integers().between(0, all.size() - 1)).ofSizeBetween(0, all.size()),
              lists().of(integers().between(0, 4)).ofSize(4),
              integers().between(0, 3),
              integers().between(0, all.size() - 1))
          .checkAssert(
              (evidenced, areaGrades, overall, extra) -> {
                ImmutableAudit.Builder builder = audit().overallGrade(OFSTED.grades().get(overall));
                evidenced.forEach(i -> builder.addEvidencedIndicators(all.get(i)));
                for (int a = 0; a < 4; a++) {
                  if (areaGrades.get(a) < 4) {
                    builder.putAreaGrade(areas.get(a), OFSTED.grades().get(areaGrades.get(a)));
                  }
                }
                Audit before = builder.build();
                Audit after =
                    ImmutableAudit.copyOf(before)
                        .withEvidencedIndicators(
                            concat(before.evidencedIndicators(), all.get(extra)));
                Outcome was = grading(before);
                Outcome is = grading(after);
                if (was.status() == OutcomeStatus.PASS) {
                  assertThat(is.grade()).isEqualTo(before.overallGrade());
                  assertThat(was.flags()).containsAll(is.flags());
                }
              });
    }

    private List<String> concat(java.util.Set<String> ids, String id) {
      List<String> all = new ArrayList<>(ids);
      all.add(id);
      return all;
    }
  }
}
