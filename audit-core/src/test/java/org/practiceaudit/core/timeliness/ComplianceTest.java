package org.practiceaudit.core.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.agreement.Proportion;

final class ComplianceTest {

  @Nested
  final class Figures {

    @Test
    void of_dorsetLike_onTimeOutOfAllocated() {
      // Dorset monthly audit report, June 2019, 3.1: "audit compliance ... down to 76%"
      Compliance compliance = Compliance.of(76, 20, 3, 1);
      assertThat(compliance.allocated()).isEqualTo(100);
      assertThat(compliance.notCompleted()).isEqualTo(4);
      assertThat(compliance.onTime()).isEqualTo(Proportion.of(76, 100));
      assertThat(compliance.count(Timeliness.ON_TIME)).isEqualTo(76);
      assertThat(compliance.count(Timeliness.LATE)).isEqualTo(20);
      assertThat(compliance.count(Timeliness.OVERDUE)).isEqualTo(3);
      assertThat(compliance.count(Timeliness.PENDING)).isEqualTo(1);
    }

    @Test
    void of_nothingAllocated_shareNotComputable() {
      Compliance compliance = Compliance.of(0, 0, 0, 0);
      assertThat(compliance.allocated()).isZero();
      assertThat(compliance.onTime().share().isComputable()).isFalse();
    }

    @Test
    void of_pendingOnly_zeroPercentNotHundred() {
      assertThat(Compliance.of(0, 0, 0, 5).onTime().share().value()).hasValue(0.0);
    }
  }

  @Nested
  final class Invalid {

    @Test
    void of_negativeCount_throwsQuotingCounts() {
      assertThatThrownBy(() -> Compliance.of(1, -1, 0, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("counts must not be negative: on time 1, late -1, overdue 0, pending 0");
      assertThatThrownBy(() -> Compliance.of(0, 0, 0, -2)).hasMessageContaining("pending -2");
      assertThatThrownBy(() -> Compliance.of(-3, 0, 0, 0)).hasMessageContaining("on time -3");
      assertThatThrownBy(() -> Compliance.of(0, 0, -4, 0)).hasMessageContaining("overdue -4");
    }

    @Test
    void of_overflowingSum_throws() {
      assertThatThrownBy(() -> Compliance.of(Long.MAX_VALUE, 1, 0, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("add up to more than");
    }
  }

  @Nested
  final class Equality {

    @Test
    void equals_sameCounts_equal() {
      assertThat(Compliance.of(1, 2, 3, 4))
          .isEqualTo(
              Compliance.builder()
                  .completedOnTime(1)
                  .completedLate(2)
                  .overdue(3)
                  .pending(4)
                  .build())
          .hasSameHashCodeAs(Compliance.of(1, 2, 3, 4));
    }

    @Test
    void equals_sameAllocatedOtherSplit_notEqual() {
      assertThat(Compliance.of(1, 2, 3, 4)).isNotEqualTo(Compliance.of(1, 2, 4, 3));
    }
  }
}
