package org.practiceaudit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.AuditParseException;

final class UkDivisionTest {

  @Test
  void id_eachDivision_isGovUkKey() {
    assertThat(UkDivision.ENGLAND_AND_WALES.id()).isEqualTo("england-and-wales");
    assertThat(UkDivision.SCOTLAND.id()).isEqualTo("scotland");
    assertThat(UkDivision.NORTHERN_IRELAND.id()).isEqualTo("northern-ireland");
  }

  @ParameterizedTest
  @EnumSource(UkDivision.class)
  void parse_toString_roundTrips(UkDivision division) {
    assertThat(division.toString()).isEqualTo(division.id());
    assertThat(UkDivision.parse(division.toString())).isSameAs(division);
  }

  @Test
  void parse_otherCase_accepted() {
    assertThat(UkDivision.parse("Northern-Ireland")).isSameAs(UkDivision.NORTHERN_IRELAND);
    assertThat(UkDivision.parse("SCOTLAND")).isSameAs(UkDivision.SCOTLAND);
  }

  @Test
  void parse_unknown_throwsWithTextAndExpectedIds() {
    assertThatThrownBy(() -> UkDivision.parse("wales"))
        .isInstanceOfSatisfying(
            AuditParseException.class, e -> assertThat(e.rejectedText()).isEqualTo("wales"))
        .isInstanceOf(AuditException.class)
        .hasMessage(
            "unknown UK division 'wales'; expected one of [england-and-wales, scotland, northern-ireland]");
  }

  @Test
  void parse_enumConstantName_rejected() {
    assertThatThrownBy(() -> UkDivision.parse("ENGLAND_AND_WALES"))
        .isInstanceOf(AuditParseException.class);
  }

  @Test
  void parse_null_throwsNamingParameter() {
    assertThatThrownBy(() -> UkDivision.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}
