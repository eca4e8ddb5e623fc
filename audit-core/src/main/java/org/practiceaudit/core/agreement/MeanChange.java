package org.practiceaudit.core.agreement;

import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A change between two months' averages and a plain-language note on whether samples of these sizes
 * can tell it apart from chance.
 *
 * <p>Dorset's monthly audit report (June 2019, section 4.1) reads a rise "from 6.2 in May to 6.9"
 * on about 30 audits as an upward trend; the reader deserves to know whether it is signal. Method:
 * Welch's two-sample t statistic {@code t = (m2 - m1) / sqrt(s1²/n1 + s2²/n2)} with the
 * Welch-Satterthwaite degrees of freedom, compared with the two-sided 95% critical value of
 * Student's t (from the standard table, rounding the degrees of freedom down, which errs towards
 * "within what samples can tell apart"). Fewer than 2 observations on either side gives {@link
 * ChangeVerdict#TOO_FEW}. When both samples have no spread, any difference is real and no
 * difference is none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class MeanChange {

  private static final double[] T95 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145,
    2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
        2.048,
    2.045, 2.042
  };

  MeanChange() {}

  /**
   * Returns the earlier sample.
   *
   * @return the moments before
   */
  public abstract SampleMoments before();

  /**
   * Returns the later sample.
   *
   * @return the moments after
   */
  public abstract SampleMoments after();

  /**
   * Returns the verdict.
   *
   * @return the verdict
   */
  public abstract ChangeVerdict verdict();

  /**
   * Returns Welch's t statistic.
   *
   * @return t, or not computable with too few observations or no spread
   */
  public abstract Statistic welchT();

  /**
   * Returns the plain-language note, such as "6.2 → 6.9 on 31 and 29 audits: within what samples of
   * this size can tell apart".
   *
   * @return the note
   */
  public abstract String note();

  /**
   * Compares two samples.
   *
   * @param before the earlier month's moments; not null
   * @param after the later month's moments; not null
   * @return the change, with verdict and note
   */
  public static MeanChange between(SampleMoments before, SampleMoments after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    ImmutableMeanChange.Builder change = ImmutableMeanChange.builder().before(before).after(after);
    if (before.count() < 2 || after.count() < 2) {
      return change
          .verdict(ChangeVerdict.TOO_FEW)
          .welchT(Statistic.notComputable("fewer than 2 audits in a month"))
          .note(
              head(before, after)
                  + ": too few audits to say whether this is a change (at least 2 each month needed)")
          .build();
    }
    double m1 = before.sum() / before.count();
    double m2 = after.sum() / after.count();
    double a = before.variance().orElse(0.0) / before.count();
    double b = after.variance().orElse(0.0) / after.count();
    double se = Math.sqrt(a + b);
    ChangeVerdict verdict;
    Statistic t;
    if (se == 0.0) {
      t = Statistic.notComputable("no spread in either month");
      verdict =
          m2 > m1
              ? ChangeVerdict.REAL_RISE
              : m2 < m1 ? ChangeVerdict.REAL_FALL : ChangeVerdict.WITHIN_NOISE;
    } else {
      double value = (m2 - m1) / se;
      double df = (a + b) * (a + b) / (a * a / (before.count() - 1) + b * b / (after.count() - 1));
      t = Statistic.of(value);
      verdict =
          Math.abs(value) < critical95(df)
              ? ChangeVerdict.WITHIN_NOISE
              : value > 0 ? ChangeVerdict.REAL_RISE : ChangeVerdict.REAL_FALL;
    }
    String words;
    switch (verdict) {
      case REAL_RISE:
        words = "a real rise";
        break;
      case REAL_FALL:
        words = "a real fall";
        break;
      default:
        words = m1 == m2 ? "no change" : "within what samples of this size can tell apart";
        break;
    }
    return change.verdict(verdict).welchT(t).note(head(before, after) + ": " + words).build();
  }

  /**
   * Returns the two-sided 95% critical value of Student's t for some degrees of freedom.
   *
   * @param df the degrees of freedom, 1 or more (fractions round down)
   * @return the critical value
   */
  static double critical95(double df) {
    if (df < 1) {
      return T95[0];
    }
    if (df < 31) {
      return T95[(int) Math.floor(df) - 1];
    }
    return df < 40 ? 2.042 : df < 60 ? 2.021 : df < 120 ? 2.000 : df < 1000 ? 1.980 : 1.960;
  }

  private static String head(SampleMoments before, SampleMoments after) {
    return one(before)
        + " \u2192 "
        + one(after)
        + " on "
        + before.count()
        + " and "
        + after.count()
        + " audits";
  }

  private static String one(SampleMoments moments) {
    return moments.count() == 0
        ? "none"
        : String.format(Locale.ROOT, "%.1f", moments.sum() / moments.count());
  }
}
