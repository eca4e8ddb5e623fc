package org.practiceaudit.core.agreement;

import java.util.Arrays;
import java.util.Objects;

/**
 * Agreement between raters on an ordered grade scale: exact and within-one agreement, Cohen's
 * kappa, weighted kappas and Krippendorff's ordinal alpha.
 *
 * <p>Dudley's audit framework (2017), "Moderation", moderates a 20% sample "to ensure consistent
 * judgments across the audit programme" and records "where differences in grading are found"; these
 * coefficients say how consistent. Each returns a {@link Statistic}: on degenerate input (no pairs,
 * one pair, every rating the same grade) it is not computable, with the reason, never NaN.
 *
 * <ul>
 *   <li>Cohen's kappa: {@code (po - pe) / (1 - pe)}, with {@code pe} from the raters' marginals.
 *   <li>Weighted kappa: {@code 1 - Σ w·observed / Σ w·expected}, with the disagreement weights of
 *       {@link KappaWeights} normalised to [0, 1] (unnormalised distances give wrong values).
 *   <li>Krippendorff's alpha, ordinal metric: {@code 1 - Do / De} from the coincidence matrix, with
 *       the ordinal distance {@code (Σ_{g=c..k} n_g - (n_c + n_k)/2)²} (Krippendorff 2004; Hayes
 *       and Krippendorff 2007, whose example data give 0.7598).
 * </ul>
 */
public final class Agreements {

  private Agreements() {}

  /**
   * Returns the share of pairs on the same grade.
   *
   * @param table the pairs; not null
   * @return the share from 0 to 1, or not computable without pairs
   */
  public static Statistic exact(AgreementTable table) {
    return within(table, 0);
  }

  /**
   * Returns the share of pairs at most one grade apart.
   *
   * @param table the pairs; not null
   * @return the share from 0 to 1, or not computable without pairs
   */
  public static Statistic withinOne(AgreementTable table) {
    return within(table, 1);
  }

  private static Statistic within(AgreementTable table, int distance) {
    Objects.requireNonNull(table, "table");
    long total = table.total();
    if (total == 0) {
      return Statistic.notComputable("no moderated pairs");
    }
    long agree = 0;
    for (int i = 0; i < table.categories(); i++) {
      for (int j = 0; j < table.categories(); j++) {
        if (Math.abs(i - j) <= distance) {
          agree += table.count(i, j);
        }
      }
    }
    return Statistic.of((double) agree / total);
  }

  /**
   * Returns Cohen's (unweighted) kappa.
   *
   * @param table the pairs; not null
   * @return kappa from -1 to 1, or not computable with fewer than 2 pairs or when chance agreement
   *     is total (both raters used one and the same grade only)
   */
  public static Statistic cohenKappa(AgreementTable table) {
    Objects.requireNonNull(table, "table");
    int k = table.categories();
    double[][] w = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        w[i][j] = i == j ? 0.0 : 1.0;
      }
    }
    return weighted(table, w);
  }

  /**
   * Returns a weighted kappa.
   *
   * @param table the pairs; not null
   * @param weights linear or quadratic; not null
   * @return kappa from -1 to 1, or not computable with fewer than 2 pairs or when expected
   *     disagreement is zero (both raters used one and the same grade only)
   */
  public static Statistic weightedKappa(AgreementTable table, KappaWeights weights) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(weights, "weights");
    int k = table.categories();
    double[][] w = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        w[i][j] = weights.weight(i - j, k);
      }
    }
    return weighted(table, w);
  }

  private static Statistic weighted(AgreementTable table, double[][] w) {
    int k = table.categories();
    long n = table.total();
    if (n < 2) {
      return Statistic.notComputable("fewer than 2 moderated pairs (" + n + ")");
    }
    double[] rows = new double[k];
    double[] cols = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        rows[i] += table.count(i, j);
        cols[j] += table.count(i, j);
      }
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        observed += w[i][j] * table.count(i, j) / n;
        expected += w[i][j] * (rows[i] / n) * (cols[j] / n);
      }
    }
    if (expected <= 0.0) {
      return Statistic.notComputable(
          "both raters used one and the same grade only: chance agreement is total");
    }
    return Statistic.of(1.0 - observed / expected);
  }

  /**
   * Returns Krippendorff's alpha with the ordinal metric for two raters' pairs.
   *
   * @param table the pairs; not null
   * @return alpha, at most 1, or not computable with fewer than 2 pairs or one grade only
   */
  public static Statistic ordinalAlpha(AgreementTable table) {
    Objects.requireNonNull(table, "table");
    int k = table.categories();
    double[][] o = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        o[i][j] += table.count(i, j);
        o[j][i] += table.count(i, j);
      }
    }
    if (table.total() < 2) {
      return Statistic.notComputable("fewer than 2 moderated pairs (" + table.total() + ")");
    }
    return ordinalAlpha(o);
  }

  /**
   * Returns Krippendorff's alpha with the ordinal metric for any number of observers, with missing
   * values.
   *
   * <p>Units with fewer than two values are not pairable and are left out, as Krippendorff
   * specifies.
   *
   * @param data the reliability data matrix; not null
   * @return alpha, at most 1, or not computable with fewer than 2 pairable values or one value only
   */
  public static Statistic ordinalAlpha(ReliabilityData data) {
    Objects.requireNonNull(data, "data");
    int[] distinct = data.units() == 0 ? new int[0] : distinctValues(data);
    int k = distinct.length;
    double[][] o = new double[k][k];
    double pairable = 0;
    for (int u = 0; u < data.units(); u++) {
      int[] values = data.unit(u);
      int m = values.length;
      if (m < 2) {
        continue;
      }
      pairable += m;
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          if (a != b) {
            o[Arrays.binarySearch(distinct, values[a])][Arrays.binarySearch(distinct, values[b])] +=
                1.0 / (m - 1);
          }
        }
      }
    }
    if (pairable < 2) {
      return Statistic.notComputable("fewer than 2 pairable values");
    }
    return ordinalAlpha(o);
  }

  private static int[] distinctValues(ReliabilityData data) {
    int[] all = new int[0];
    for (int u = 0; u < data.units(); u++) {
      int[] values = data.unit(u);
      int start = all.length;
      all = Arrays.copyOf(all, start + values.length);
      System.arraycopy(values, 0, all, start, values.length);
    }
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  private static Statistic ordinalAlpha(double[][] o) {
    int k = o.length;
    double[] n = new double[k];
    double total = 0;
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < k; j++) {
        n[c] += o[c][j];
      }
      total += n[c];
    }
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < k; j++) {
        double d = ordinalDistance(n, c, j);
        observed += o[c][j] * d;
        expected += n[c] * n[j] * d;
      }
    }
    expected /= total - 1;
    if (expected <= 0.0) {
      return Statistic.notComputable("only one grade used: no variation to agree on");
    }
    return Statistic.of(1.0 - observed / expected);
  }

  private static double ordinalDistance(double[] n, int c, int k) {
    int lo = Math.min(c, k);
    int hi = Math.max(c, k);
    double sum = 0;
    for (int g = lo; g <= hi; g++) {
      sum += n[g];
    }
    sum -= (n[c] + n[k]) / 2.0;
    return sum * sum;
  }

  /**
   * Returns every coefficient for a table at once.
   *
   * @param table the pairs; not null
   * @return the summary
   */
  public static AgreementSummary summarise(AgreementTable table) {
    Objects.requireNonNull(table, "table");
    return AgreementSummary.builder()
        .pairs(table.total())
        .exact(exact(table))
        .withinOne(withinOne(table))
        .cohenKappa(cohenKappa(table))
        .linearKappa(weightedKappa(table, KappaWeights.LINEAR))
        .quadraticKappa(weightedKappa(table, KappaWeights.QUADRATIC))
        .ordinalAlpha(ordinalAlpha(table))
        .build();
  }
}
