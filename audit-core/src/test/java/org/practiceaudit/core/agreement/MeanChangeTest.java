package org.practiceaudit.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class MeanChangeTest {

  static SampleMoments sample(int n, double mean, double sd) {
    // n values: half at mean - sd', half at mean + sd' (sample sd exactly sd for even n).
    double half = sd * Math.sqrt((n - 1.0) / n);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = i % 2 == 0 ? mean - half : mean + half;
    }
    return SampleMoments.ofValues(values);
  }

  @Test
  void between_dorsetRiseWithUsualSpread_withinNoise() {
    // 6.2 -> 6.9 on 30 and 30 audits with a spread of 1.5: t = 0.7 / sqrt(2 * 2.25 / 30) = 1.81
    MeanChange change = MeanChange.between(sample(30, 6.2, 1.5), sample(30, 6.9, 1.5));
    assertThat(change.verdict()).isEqualTo(ChangeVerdict.WITHIN_NOISE);
    assertThat(change.welchT().orElse(0)).isBetween(1.80, 1.82);
    assertThat(change.note())
        .isEqualTo(
            "6.2 \u2192 6.9 on 30 and 30 audits: within what samples of this size can tell apart");
  }

  @Test
  void between_dorsetRiseWithSmallSpread_realRise() {
    MeanChange change = MeanChange.between(sample(30, 6.2, 1.0), sample(30, 6.9, 1.0));
    assertThat(change.verdict()).isEqualTo(ChangeVerdict.REAL_RISE);
    assertThat(change.note()).isEqualTo("6.2 \u2192 6.9 on 30 and 30 audits: a real rise");
  }

  @Test
  void between_fall_realFall() {
    MeanChange change = MeanChange.between(sample(40, 7.0, 0.5), sample(40, 6.0, 0.5));
    assertThat(change.verdict()).isEqualTo(ChangeVerdict.REAL_FALL);
  }

  @Test
  void between_oneAudit_tooFew() {
    MeanChange change = MeanChange.between(SampleMoments.ofValues(6), sample(30, 6.9, 1.0));
    assertThat(change.verdict()).isEqualTo(ChangeVerdict.TOO_FEW);
    assertThat(change.welchT().isComputable()).isFalse();
    assertThat(change.note()).startsWith("6.0 \u2192 6.9 on 1 and 30 audits: too few audits");
  }

  @Test
  void between_noSpreadSameMean_noChange() {
    MeanChange change =
        MeanChange.between(SampleMoments.ofValues(5, 5), SampleMoments.ofValues(5, 5, 5));
    assertThat(change.verdict()).isEqualTo(ChangeVerdict.WITHIN_NOISE);
    assertThat(change.note()).endsWith(": no change");
  }

  @Test
  void critical95_smallDegreesOfFreedom_matchTable() {
    assertThat(MeanChange.critical95(1)).isEqualTo(12.706);
    assertThat(MeanChange.critical95(29.9)).isEqualTo(2.045);
    assertThat(MeanChange.critical95(58)).isEqualTo(2.021);
    assertThat(MeanChange.critical95(5000)).isEqualTo(1.960);
  }

  @Test
  void sampleMoments_invalid_throwsWithValues() {
    assertThatThrownBy(() -> SampleMoments.of(-1, 0, 0)).hasMessageContaining("count -1");
    assertThatThrownBy(() -> SampleMoments.of(0, 2, 0)).hasMessageContaining("sum 2.0");
  }

  @Test
  void statistic_anyInput_neverNaN() {
    assertThatThrownBy(() -> Statistic.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Statistic.notComputable(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Statistic.notComputable("no scores")).hasToString("not computable: no scores");
    assertThat(Statistic.of(0.5)).isEqualTo(Statistic.of(0.5)).hasToString("0.5");
  }
}
