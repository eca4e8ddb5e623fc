package org.practiceaudit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** Concern flags have one text form, lower-case kebab, everywhere (issue #12 item 5). */
final class ConcernFlagTest {

  @Test
  void parse_toStringOfEveryFlag_givesTheFlag() {
    for (ConcernFlag flag : ConcernFlag.values()) {
      assertThat(ConcernFlag.parse(flag.toString())).isSameAs(flag);
      assertThat(flag.id()).matches("[a-z]+(-[a-z]+)*");
    }
    assertThat(ConcernFlag.IMMEDIATE_RISK).hasToString("immediate-risk");
  }

  @Test
  void parse_formerUpperCaseSpelling_throwsNamingTheId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConcernFlag.parse("IMMEDIATE_RISK"))
        .withMessage(
            "concern 'IMMEDIATE_RISK' is now written 'immediate-risk' (lower-case kebab); expected one of"
                + " [immediate-risk, procedures-not-followed, needs-not-met, urgent-safeguarding-concern]");
  }

  @Test
  void parse_unknown_throwsListingTheIds() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConcernFlag.parse("risk"))
        .withMessageStartingWith("unknown concern 'risk'; expected one of [immediate-risk,");
  }

  @Test
  void parse_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> ConcernFlag.parse(null));
  }
}
