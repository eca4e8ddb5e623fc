package org.practiceaudit.rules.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.ImmutableAuditFramework;
import org.practiceaudit.core.framework.ImmutableDomain;
import org.practiceaudit.core.framework.ImmutableEscalationCategory;
import org.practiceaudit.rules.preset.Presets;

final class FrameworkDiffTest {

  private static LocalFramework with(LocalFramework local, AuditFramework framework) {
    return ImmutableLocalFramework.copyOf(local).withFramework(framework);
  }

  @Test
  void between_sameFramework_noChangeAndComparable() {
    FrameworkDiff diff =
        FrameworkDiff.between(
            Presets.dudley(), Optional.empty(), Presets.dudley(), Optional.empty());
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.comparable()).isTrue();
  }

  @Test
  void between_renamedDomainAndLaterVersion_reportsBothStillComparable() {
    LocalFramework older = Presets.dudley();
    AuditFramework a = older.framework();
    Domain first = a.domains().get(0);
    AuditFramework b =
        ImmutableAuditFramework.copyOf(a)
            .withVersion(a.version() + ".1")
            .withDomains(
                a.domains().stream()
                    .map(d -> d == first ? ImmutableDomain.copyOf(d).withTitle("Renamed") : d)
                    .collect(java.util.stream.Collectors.toList()));
    FrameworkDiff diff =
        FrameworkDiff.between(older, Optional.empty(), with(older, b), Optional.empty());
    assertThat(diff.changes())
        .extracting(FrameworkDiff.Change::toString)
        .containsExactly(
            "framework version changed: " + a.version() + " -> " + a.version() + ".1",
            "domain " + first.id() + " renamed: " + first.title() + " -> Renamed");
    assertThat(diff.versionIsLater()).isTrue();
    assertThat(diff.comparable()).isTrue();
  }

  @Test
  void between_followUpChanged_toldInWords() {
    LocalFramework older = Presets.dudley();
    AuditFramework a = older.framework();
    AuditFramework b =
        ImmutableAuditFramework.copyOf(a)
            .withEscalationCategories(
                a.escalationCategories().stream()
                    .map(
                        c ->
                            c.level() == 2
                                ? ImmutableEscalationCategory.copyOf(c)
                                    .withFollowUp(FollowUpPolicy.workingDays(15))
                                : c)
                    .collect(java.util.stream.Collectors.toList()));
    FrameworkDiff diff =
        FrameworkDiff.between(older, Optional.empty(), with(older, b), Optional.empty());
    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.area()).isEqualTo("escalation-follow-up");
              assertThat(c.subject()).isEqualTo("category-2");
              assertThat(c.kind()).isEqualTo(FrameworkDiff.Kind.CHANGED);
              assertThat(c.after())
                  .isEqualTo(
                      "follow-up check within 15 working days, England and Wales bank holidays");
            });
  }

  @Test
  void between_programmeRemoved_toldInWords() {
    LocalFramework older = Presets.camden();
    LocalFramework newer = ImmutableLocalFramework.copyOf(older).withProgramme(Optional.empty());
    FrameworkDiff diff = FrameworkDiff.between(older, Optional.empty(), newer, Optional.empty());
    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.area()).isEqualTo("programme");
              assertThat(c.kind()).isEqualTo(FrameworkDiff.Kind.REMOVED);
              assertThat(c.before())
                  .startsWith(
                      "Programme CSSW annual audit programme 2021-22, 9 entries. May 2021:");
            });
  }

  @Test
  void between_planDifferingOnlyInExcludedIds_stillReported() {
    LocalFramework older = Presets.dudley();
    org.practiceaudit.core.sampling.SamplingPlan plan = older.samplingPlans().get(0);
    LocalFramework a =
        ImmutableLocalFramework.copyOf(older)
            .withSamplingPlans(
                org.practiceaudit.core.sampling.ImmutableSamplingPlan.copyOf(plan)
                    .withExcludedIds(org.practiceaudit.core.casefile.CaseId.of("C-1")));
    LocalFramework b =
        ImmutableLocalFramework.copyOf(older)
            .withSamplingPlans(
                org.practiceaudit.core.sampling.ImmutableSamplingPlan.copyOf(plan)
                    .withExcludedIds(org.practiceaudit.core.casefile.CaseId.of("C-2")));
    FrameworkDiff diff = FrameworkDiff.between(a, Optional.empty(), b, Optional.empty());
    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.area()).isEqualTo("sampling-plan");
              assertThat(c.after()).endsWith("(details the words do not show differ)");
            });
  }

  @Test
  void between_otherFramework_notComparable() {
    FrameworkDiff diff =
        FrameworkDiff.between(
            Presets.dudley(), Optional.empty(), Presets.dorset(), Optional.empty());
    assertThat(diff.comparable()).isFalse();
    assertThat(diff.notComparable()).first().asString().contains("'dudley' and 'dorset'");
  }

  @Test
  void between_null_throws() {
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                FrameworkDiff.between(null, Optional.empty(), Presets.dudley(), Optional.empty()));
  }
}
