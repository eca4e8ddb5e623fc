package org.practiceaudit.core.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.TestGenerators;

final class RoleTest {

  private static final String ALLOWED =
      "; expected lower-case kebab-case such as 'team-manager' or one of [advanced-social-work-practitioner,"
          + " ap, aswp, co, heads-of-service, hos, iro, sd, sm, sw, tm]";

  @Nested
  final class Factories {

    @Test
    void constants_eachOne_hasItsDocumentedId() {
      assertThat(
              List.of(
                  Role.STRATEGIC_DIRECTOR,
                  Role.CHIEF_OFFICER,
                  Role.HEAD_OF_SERVICE,
                  Role.SERVICE_MANAGER,
                  Role.TEAM_MANAGER,
                  Role.ADVANCED_PRACTITIONER,
                  Role.SOCIAL_WORKER,
                  Role.LEAD_AUDITOR,
                  Role.LEAD_FOR_PROFESSIONAL_PRACTICE,
                  Role.INDEPENDENT_REVIEWING_OFFICER))
          .extracting(Role::id)
          .containsExactly(
              "strategic-director",
              "chief-officer",
              "head-of-service",
              "service-manager",
              "team-manager",
              "advanced-practitioner",
              "social-worker",
              "lead-auditor",
              "lead-for-professional-practice",
              "independent-reviewing-officer");
    }

    @Test
    void of_openSet_newRole() {
      assertThat(Role.of("principal-social-worker").id()).isEqualTo("principal-social-worker");
      assertThat(Role.of("team-manager")).isEqualTo(Role.TEAM_MANAGER);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"", "Team-Manager", "team manager", "team_manager", "-tm", "tm-", "a--b"})
    void of_malformed_throwsQuotingId(String id) {
      assertThatThrownBy(() -> Role.of(id))
          .isInstanceOf(AuditParseException.class)
          .hasMessage("invalid role '" + id + "'" + ALLOWED);
    }

    @ParameterizedTest
    @CsvSource({
      "SD,strategic-director",
      "CO,chief-officer",
      "HoS,head-of-service",
      "Heads of Service,head-of-service",
      "SM,service-manager",
      "TM,team-manager",
      "AP,advanced-practitioner",
      "ASWP,advanced-practitioner",
      "Advanced Social Work Practitioner,advanced-practitioner",
      "sw,social-worker",
      "IRO,independent-reviewing-officer",
      "'  Team Manager ',team-manager",
      "LEAD_AUDITOR,lead-auditor",
      "Lead for Professional Practice,lead-for-professional-practice"
    })
    void parse_spellingsAndAbbreviations_returnRole(String text, String id) {
      assertThat(Role.parse(text).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "team--manager", "team/manager", "T.M."})
    void parse_invalid_throwsQuotingText(String text) {
      assertThatThrownBy(() -> Role.parse(text))
          .isInstanceOf(AuditParseException.class)
          .hasMessage("invalid role '" + text + "'" + ALLOWED)
          .extracting(e -> ((AuditParseException) e).rejectedText())
          .isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "sd",
          "co",
          "hos",
          "heads-of-service",
          "sm",
          "tm",
          "ap",
          "aswp",
          "advanced-social-work-practitioner",
          "sw",
          "iro"
        })
    void of_abbreviationId_givesCanonicalAndRoundTrips(String id) {
      Role role = Role.of(id);
      assertThat(Role.parse(role.toString())).isEqualTo(role);
      assertThat(role).isEqualTo(Role.parse(id));
    }

    @Test
    void factories_null_throwNamingParameter() {
      assertThatNullPointerException().isThrownBy(() -> Role.of(null)).withMessage("id");
      assertThatNullPointerException().isThrownBy(() -> Role.parse(null)).withMessage("text");
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameId_equal() {
      assertThat(Role.parse("tm"))
          .isEqualTo(Role.TEAM_MANAGER)
          .hasSameHashCodeAs(Role.TEAM_MANAGER);
      assertThat(Role.TEAM_MANAGER).isNotEqualTo(Role.SERVICE_MANAGER);
      assertThat(Role.TEAM_MANAGER).isNotEqualTo("team-manager");
      assertThat(Role.CHIEF_OFFICER.compareTo(Role.TEAM_MANAGER)).isNegative();
    }
  }

  @Nested
  final class Properties {

    @Test
    void parse_toString_roundTripsForEveryKebabId() {
      qt().withFixedSeed(51L)
          .withExamples(2000)
          .forAll(TestGenerators.kebabIds())
          .check(id -> Role.parse(Role.of(id).toString()).equals(Role.of(id)));
    }
  }
}
