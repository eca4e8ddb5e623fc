package org.practiceaudit.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.workforce.Role;

/** A synthetic framework modelled on Dudley's 2017 framework. */
final class AuditFrameworkTest {

  static final WorkingCalendar ENGLAND = WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES);

  static Domain domain(String id) {
    return Domain.builder().id(id).title("Title of " + id).scoreScale(ScoreScale.of(1, 10)).build();
  }

  static EscalationCategory category(int level, FollowUpPolicy followUp) {
    return EscalationCategory.builder()
        .level(level)
        .name("Category " + level)
        .followUp(followUp)
        .build();
  }

  static ImmutableAuditFramework.Builder dudley(String version) {
    return AuditFramework.builder()
        .id("dudley")
        .version(version)
        .name("Dudley case file audit framework (synthetic)")
        .calendar(ENGLAND);
  }

  static AuditFramework full(String version) {
    return dudley(version)
        .addDomains(domain("assessment"), domain("planning"))
        .addAuditTypes(AuditTypes.MONTHLY_MANAGEMENT, AuditTypes.DEEP_DIVE)
        .addEscalationCategories(
            category(1, FollowUpPolicy.elapsedHours(48)),
            category(2, FollowUpPolicy.workingDays(10)),
            category(3, FollowUpPolicy.workingDays(20)),
            category(4, FollowUpPolicy.none()))
        .build();
  }

  @Nested
  final class Valid {

    @Test
    void build_minimal_defaultsToOfstedAndEmptyLists() {
      AuditFramework f = dudley("2017.1").build();
      assertThat(f.gradeScale()).isEqualTo(GradeScale.ofsted());
      assertThat(f.domains()).isEmpty();
      assertThat(f.auditTypes()).isEmpty();
      assertThat(f.escalationCategories()).isEmpty();
      assertThat(f.calendar()).isEqualTo(ENGLAND);
    }

    @Test
    void build_customScale_kept() {
      GradeScale five = GradeScale.of("report-card-5", List.of("A", "B", "C", "D", "E"));
      assertThat(dudley("2026.1").gradeScale(five).build().gradeScale()).isEqualTo(five);
    }

    @Test
    void lookups_existingIdOrLevel_found() {
      AuditFramework f = full("2017.1");
      assertThat(f.domain("planning")).contains(domain("planning"));
      assertThat(f.domain("outcomes")).isEmpty();
      assertThat(f.auditType("deep-dive")).contains(AuditTypes.DEEP_DIVE);
      assertThat(f.auditType("fostering")).isEmpty();
      assertThat(f.escalationCategory(2).map(EscalationCategory::followUp))
          .contains(FollowUpPolicy.workingDays(10));
      assertThat(f.escalationCategory(5)).isEmpty();
      assertThat(f.escalationCategory(0)).isEmpty();
      assertThatNullPointerException().isThrownBy(() -> f.domain(null)).withMessage("domainId");
      assertThatNullPointerException()
          .isThrownBy(() -> f.auditType(null))
          .withMessage("auditTypeId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dudley", "camden/2021-22", "london-ma/baseline"})
    void build_namespacedIds_accepted(String id) {
      assertThat(
              AuditFramework.builder().id(id).version("1").name("n").calendar(ENGLAND).build().id())
          .isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2017.1", "2017.10", "2021-22", "v2.rc-1", "A1"})
    void build_versions_accepted(String version) {
      assertThat(dudley(version).build().version()).isEqualTo(version);
    }

    @Test
    void equals_sameAttributes_equal() {
      assertThat(full("2017.1")).isEqualTo(full("2017.1")).hasSameHashCodeAs(full("2017.1"));
      assertThat(full("2017.1")).isNotEqualTo(full("2017.2"));
      assertThat(dudley("1").build())
          .isNotEqualTo(
              ImmutableAuditFramework.copyOf(dudley("1").build())
                  .withCalendar(WorkingCalendar.of(UkDivision.SCOTLAND)));
    }
  }

  @Nested
  final class Invalid {

    @ParameterizedTest
    @ValueSource(
        strings = {"", "Dudley", "dudley/", "/dudley", "a/b/c", "dudley 2017", "dudley_2017"})
    void build_malformedId_throwsQuotingId(String id) {
      assertThatThrownBy(
              () ->
                  AuditFramework.builder().id(id).version("1").name("n").calendar(ENGLAND).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "framework id must be lower-case kebab-case, optionally with a namespace, such as 'dudley'"
                  + " or 'dudley/children-2017': '"
                  + id
                  + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2017.", ".1", "2017..1", "2017 1", "2017/1", "2017_1"})
    void build_malformedVersion_throwsQuotingVersion(String version) {
      assertThatThrownBy(() -> dudley(version).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "framework 'dudley': version must be letters and digits joined by '.' or '-', such as '2017.1': '"
                  + version
                  + "'");
    }

    @Test
    void build_blankName_throws() {
      assertThatThrownBy(
              () ->
                  AuditFramework.builder()
                      .id("dudley")
                      .version("1")
                      .name("  ")
                      .calendar(ENGLAND)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("framework 'dudley': name must not be blank");
    }

    @Test
    void build_duplicateDomainId_throwsQuotingId() {
      assertThatThrownBy(
              () ->
                  dudley("1")
                      .addDomains(domain("assessment"), domain("planning"), domain("assessment"))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("framework 'dudley': duplicate domain id 'assessment'");
    }

    @Test
    void build_duplicateAuditTypeId_throwsQuotingId() {
      AuditType otherCompliance =
          AuditType.of("compliance", "Another compliance audit", ReviewPeriod.ofMonths(3));
      assertThatThrownBy(
              () -> dudley("1").addAuditTypes(AuditTypes.COMPLIANCE, otherCompliance).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("framework 'dudley': duplicate audit type id 'compliance'");
    }

    @Test
    void build_duplicateEscalationLevel_throwsQuotingLevel() {
      assertThatThrownBy(
              () ->
                  dudley("1")
                      .addEscalationCategories(
                          category(2, FollowUpPolicy.workingDays(10)),
                          category(2, FollowUpPolicy.workingDays(20)))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("framework 'dudley': duplicate escalation level 2");
    }

    @Test
    void builder_nullsAndMissing_throw() {
      assertThatNullPointerException()
          .isThrownBy(() -> AuditFramework.builder().id(null))
          .withMessage("id");
      assertThatNullPointerException()
          .isThrownBy(() -> AuditFramework.builder().version(null))
          .withMessage("version");
      assertThatNullPointerException()
          .isThrownBy(() -> AuditFramework.builder().gradeScale(null))
          .withMessage("gradeScale");
      assertThatNullPointerException()
          .isThrownBy(() -> AuditFramework.builder().calendar(null))
          .withMessage("calendar");
      assertThatNullPointerException().isThrownBy(() -> AuditFramework.builder().addDomain(null));
      assertThatIllegalStateException()
          .isThrownBy(() -> AuditFramework.builder().id("dudley").build())
          .withMessageContaining("version")
          .withMessageContaining("name")
          .withMessageContaining("calendar");
    }
  }

  /** Issue 16 item 4: frameworks declare their local categories and roles. */
  @Nested
  final class LocalVocabulary {

    @Test
    void knows_declaredCategoryAndRole_trueAndUndeclaredFalse() {
      AuditFramework f =
          dudley("1")
              .addLocalCategories(CaseCategory.of("youth-justice"))
              .addLocalRoles(Role.of("practice-lead"))
              .build();

      assertThat(f.knows(CaseCategory.of("youth-justice"))).isTrue();
      assertThat(f.knows(CaseCategory.LOOKED_AFTER)).isTrue();
      assertThat(f.knows(CaseCategory.of("youth-justic"))).isFalse();
      assertThat(f.knows(Role.of("practice-lead"))).isTrue();
      assertThat(f.knows(Role.TEAM_MANAGER)).isTrue();
      assertThat(f.knows(Role.of("practice-leader"))).isFalse();
      assertThat(dudley("1").build().localCategories()).isEmpty();
      assertThat(dudley("1").build().localRoles()).isEmpty();
    }

    @Test
    void build_wellKnownCategoryDeclared_throwsNamingIt() {
      assertThatThrownBy(() -> dudley("1").addLocalCategories(CaseCategory.LOOKED_AFTER).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("local category 'looked-after' is already well known");
    }

    @Test
    void build_duplicateRole_throwsNamingIt() {
      assertThatThrownBy(
              () ->
                  dudley("1")
                      .addLocalRoles(Role.of("practice-lead"), Role.of("practice-lead"))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("local role 'practice-lead' is declared twice");
    }
  }
}
