package org.practiceaudit.imports.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CaseStatusTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a) Looked after child|LOOKED_AFTER",
        "b) Child Protection plan|CHILD_PROTECTION",
        "c) Child in need plan|CHILD_IN_NEED",
        "d) Open assessment|OPEN_ASSESSMENT",
        "e) Closed episode|CLOSED",
        "CLA|LOOKED_AFTER",
        "LAC|LOOKED_AFTER",
        "cic|LOOKED_AFTER",
        "CLA&CP|LOOKED_AFTER",
        "CP/CLA|LOOKED_AFTER",
        "b) and a)|LOOKED_AFTER",
        "CPP|CHILD_PROTECTION",
        "CP Ext|CHILD_PROTECTION",
        "CP|CHILD_PROTECTION",
        "CiN Plan|CHILD_IN_NEED",
        "CIN|CHILD_IN_NEED",
        "Open asmt|OPEN_ASSESSMENT",
        "CF Assessment in progress|OPEN_ASSESSMENT",
        "Closed|CLOSED",
        "A) LOOKED AFTER CHILD|LOOKED_AFTER",
      })
  void parse_templateCodesAndVariants_firstThatApplies(String text, CaseStatus expected) {
    assertThat(CaseStatus.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "Jane Smith", "f) Other", "Referral"})
  void parse_noStatus_empty(String text) {
    assertThat(CaseStatus.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "LOOKED_AFTER,looked-after",
    "CHILD_PROTECTION,child-protection",
    "CHILD_IN_NEED,child-in-need",
    "OPEN_ASSESSMENT,assessment",
    "CLOSED,child-in-need"
  })
  void category_eachStatus_documentedCategory(CaseStatus status, String category) {
    assertThat(status.category().id()).isEqualTo(category);
  }
}
