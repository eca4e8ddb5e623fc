package org.practiceaudit.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.grade.GradeScale;

final class AgreementsTest {

  /**
   * Hayes and Krippendorff (2007), "Answering the call for a standard reliability measure for
   * coding data", Communication Methods and Measures 1(1), table 1: 40 news articles (units, one
   * per line here) rated by 5 observers on 0-3, "." missing. Their KALPHA output: ordinal alpha
   * 0.7598.
   */
  static final String HAYES_2007_UNITS_BY_ROW =
      String.join(
          "\n",
          "1 1 2 . 2",
          "1 1 0 1 .",
          "2 3 3 3 .",
          ". 0 0 . 0",
          "0 0 0 . 0",
          "0 0 0 . 0",
          "1 0 2 . 1",
          "1 . 2 0 .",
          "2 2 2 . 2",
          "2 1 1 1 .",
          ". 1 0 0 .",
          "0 0 0 0 .",
          "1 2 2 2 .",
          "3 3 2 2 3",
          "1 1 1 . 1",
          "1 1 1 . 1",
          "2 1 2 . 2",
          "1 2 3 3 .",
          "1 1 0 1 .",
          "0 0 0 . 0",
          "0 0 1 1 .",
          "0 0 . 0 0",
          "2 3 3 3 .",
          "0 0 0 0 .",
          "1 2 . 2 2",
          "0 1 1 1 .",
          "0 0 0 1 0",
          "1 2 1 2 .",
          "1 1 2 2 .",
          "1 1 2 . 2",
          "1 1 0 . 0",
          "2 1 2 1 .",
          "2 2 . 2 2",
          "3 2 2 2 .",
          "2 2 2 . 2",
          "2 2 3 . 2",
          "2 2 2 . 2",
          "2 2 . 1 2",
          "2 2 2 2 .",
          "1 1 1 . 1");

  /**
   * Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the 4 observers × 12 units
   * example with values 1-5 and missing values (nominal 0.743, interval 0.849, ordinal 0.815).
   */
  static final String KRIPPENDORFF_2011 =
      String.join(
          "\n",
          "1 2 3 3 2 1 4 1 2 . . .",
          "1 2 3 3 2 2 4 1 2 5 . 3",
          ". 3 3 3 2 3 4 2 2 5 1 .",
          "1 2 3 3 2 4 4 1 2 5 1 .");

  static String transpose(String unitsByRow) {
    String[] rows = unitsByRow.split("\n");
    int observers = rows[0].split(" ").length;
    StringBuilder out = new StringBuilder();
    for (int o = 0; o < observers; o++) {
      for (int u = 0; u < rows.length; u++) {
        out.append(u == 0 ? "" : " ").append(rows[u].split(" ")[o]);
      }
      out.append(o + 1 < observers ? "\n" : "");
    }
    return out.toString();
  }

  /** Hand-computed: rows 12, 12, 6; columns 11, 11, 8; 23 of 30 on the diagonal. */
  static final AgreementTable THREE_BY_THREE =
      AgreementTable.of(new long[][] {{10, 2, 0}, {1, 8, 3}, {0, 1, 5}});

  @Nested
  final class OrdinalAlpha {

    @Test
    void ordinalAlpha_hayesKrippendorff2007_is07598() {
      ReliabilityData data = ReliabilityData.parse(transpose(HAYES_2007_UNITS_BY_ROW));
      assertThat(data.observers()).isEqualTo(5);
      assertThat(data.units()).isEqualTo(40);
      assertThat(Agreements.ordinalAlpha(data).orElse(-9)).isCloseTo(0.7598, within(0.00005));
    }

    @Test
    void ordinalAlpha_krippendorff2011_is0815() {
      ReliabilityData data = ReliabilityData.parse(KRIPPENDORFF_2011);
      assertThat(Agreements.ordinalAlpha(data).orElse(-9)).isCloseTo(0.815, within(0.0005));
    }

    @Test
    void ordinalAlpha_perfectAgreement_isOne() {
      AgreementTable table = AgreementTable.of(new long[][] {{3, 0}, {0, 4}});
      assertThat(Agreements.ordinalAlpha(table).orElse(-9)).isEqualTo(1.0);
    }

    @Test
    void ordinalAlpha_oneValueOnly_notComputable() {
      Statistic alpha = Agreements.ordinalAlpha(ReliabilityData.parse("2 2 2\n2 2 2"));
      assertThat(alpha.isComputable()).isFalse();
      assertThat(alpha.reason()).contains("only one grade used: no variation to agree on");
    }

    @Test
    void ordinalAlpha_noPairableUnit_notComputable() {
      Statistic alpha = Agreements.ordinalAlpha(ReliabilityData.parse("1 . 3\n. 2 ."));
      assertThat(alpha.reason()).contains("fewer than 2 pairable values");
    }

    @Test
    void ordinalAlpha_tableAndDataMatrix_agree() {
      assertThat(Agreements.ordinalAlpha(THREE_BY_THREE).orElse(-9))
          .isCloseTo(
              Agreements.ordinalAlpha(ReliabilityData.from(THREE_BY_THREE)).orElse(9),
              within(1e-12));
    }
  }

  @Nested
  final class Kappa {

    @Test
    void cohenKappa_twoByTwo_handComputed() {
      // po = 35/50 = 0.7; pe = (25*30 + 25*20) / 2500 = 0.5; kappa = 0.2 / 0.5 = 0.4
      AgreementTable table = AgreementTable.of(new long[][] {{20, 5}, {10, 15}});
      assertThat(Agreements.cohenKappa(table).orElse(-9)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void cohenKappa_threeByThree_is9over14() {
      // po = 23/30, pe = (12*11 + 12*11 + 6*8)/900 = 312/900, kappa = (690-312)/(900-312) = 9/14
      assertThat(Agreements.cohenKappa(THREE_BY_THREE).orElse(-9))
          .isCloseTo(9.0 / 14, within(1e-12));
    }

    @Test
    void linearKappa_threeByThree_is072() {
      // disagreement weights 0, 1/2, 1: observed 3.5/30; expected (426/2 + 162)/900 = 375/900
      assertThat(Agreements.weightedKappa(THREE_BY_THREE, KappaWeights.LINEAR).orElse(-9))
          .isCloseTo(0.72, within(1e-12));
    }

    @Test
    void quadraticKappa_threeByThree_is144over179() {
      // weights 0, 1/4, 1: observed 1.75/30 = 52.5/900; expected (426/4 + 162)/900 = 268.5/900
      assertThat(Agreements.weightedKappa(THREE_BY_THREE, KappaWeights.QUADRATIC).orElse(-9))
          .isCloseTo(144.0 / 179, within(1e-12));
    }

    @Test
    void kappa_perfectAgreement_isOne() {
      AgreementTable table = AgreementTable.of(new long[][] {{2, 0, 0}, {0, 3, 0}, {0, 0, 1}});
      assertThat(Agreements.cohenKappa(table).orElse(-9)).isEqualTo(1.0);
      assertThat(Agreements.weightedKappa(table, KappaWeights.QUADRATIC).orElse(-9)).isEqualTo(1.0);
    }

    @Test
    void kappa_noPairs_notComputable() {
      Statistic kappa = Agreements.cohenKappa(AgreementTable.empty(4));
      assertThat(kappa.reason()).contains("fewer than 2 moderated pairs (0)");
      assertThat(kappa.value()).isEmpty();
    }

    @Test
    void kappa_onePair_notComputable() {
      AgreementTable table = AgreementTable.empty(4).plus(1, 2);
      assertThat(Agreements.weightedKappa(table, KappaWeights.LINEAR).reason())
          .contains("fewer than 2 moderated pairs (1)");
    }

    @Test
    void kappa_oneGradeOnly_notComputableNeverNaN() {
      AgreementTable table = AgreementTable.of(new long[][] {{0, 0}, {0, 7}});
      AgreementSummary summary = Agreements.summarise(table);
      assertThat(summary.exact().orElse(-9)).isEqualTo(1.0);
      assertThat(summary.cohenKappa().reason())
          .hasValueSatisfying(r -> assertThat(r).contains("same grade"));
      assertThat(summary.linearKappa().isComputable()).isFalse();
      assertThat(summary.quadraticKappa().isComputable()).isFalse();
      assertThat(summary.ordinalAlpha().isComputable()).isFalse();
    }

    @Test
    void exactAndWithinOne_threeByThreeTable_matchHandCount() {
      assertThat(Agreements.exact(THREE_BY_THREE).orElse(-9)).isCloseTo(23.0 / 30, within(1e-12));
      assertThat(Agreements.withinOne(THREE_BY_THREE).orElse(-9)).isEqualTo(1.0);
      assertThat(Agreements.exact(AgreementTable.empty(2)).reason()).contains("no moderated pairs");
    }

    @Test
    void coefficients_anyTable_boundedAndOrdered() {
      qt().withFixedSeed(20261125L)
          .withExamples(500)
          .forAll(lists().of(integers().between(0, 15)).ofSize(16))
          .checkAssert(
              cells -> {
                long[][] counts = new long[4][4];
                for (int i = 0; i < 16; i++) {
                  counts[i / 4][i % 4] = cells.get(i);
                }
                AgreementSummary s = Agreements.summarise(AgreementTable.of(counts));
                for (Statistic st :
                    List.of(
                        s.cohenKappa(), s.linearKappa(), s.quadraticKappa(), s.ordinalAlpha())) {
                  assertThat(st.orElse(0.0)).isBetween(-1.0000001, 1.0000001);
                }
                assertThat(s.exact().orElse(0)).isLessThanOrEqualTo(s.withinOne().orElse(0));
              });
    }
  }

  @Nested
  final class Tables {

    @Test
    void merge_anyTables_commutativeWithIdentity() {
      AgreementTable a = AgreementTable.ofRanks(3, new int[] {0, 1, 2}, new int[] {0, 2, 2});
      AgreementTable b = AgreementTable.ofRanks(3, new int[] {1}, new int[] {0});
      assertThat(a.merge(b)).isEqualTo(b.merge(a));
      assertThat(a.merge(AgreementTable.empty(3))).isEqualTo(a);
      assertThat(a.merge(b).total()).isEqualTo(4);
    }

    @Test
    void ofGrades_anyScale_usesRanks() {
      GradeScale ofsted = GradeScale.ofsted();
      AgreementTable table =
          AgreementTable.ofGrades(
              ofsted,
              List.of(ofsted.parse("Good"), ofsted.parse("RI")),
              List.of(ofsted.parse("Good"), ofsted.parse("Good")));
      assertThat(table.count(1, 1)).isEqualTo(1);
      assertThat(table.count(2, 1)).isEqualTo(1);
      assertThat(table.toString())
          .isEqualTo("[[0, 0, 0, 0], [0, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]]");
    }

    @Test
    void of_rankOutOfRange_throwsWithValue() {
      assertThatThrownBy(() -> AgreementTable.ofRanks(2, new int[] {2}, new int[] {0}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("(2, 0)");
      assertThatThrownBy(() -> AgreementTable.of(new long[][] {{1, 2}, {3}}))
          .hasMessageContaining("square");
    }
  }

  @Nested
  final class Data {

    @Test
    void parse_toString_roundTrips() {
      ReliabilityData data = ReliabilityData.parse(KRIPPENDORFF_2011);
      assertThat(data.toString()).isEqualTo(KRIPPENDORFF_2011);
      assertThat(ReliabilityData.parse(data.toString())).isEqualTo(data);
      assertThat(data.unit(0)).containsExactly(1, 1, 1);
    }

    @Test
    void parse_badCell_throwsWithText() {
      assertThatThrownBy(() -> ReliabilityData.parse("1 x\n1 2"))
          .isInstanceOf(AuditParseException.class)
          .hasMessageContaining("'x'");
      assertThatThrownBy(() -> ReliabilityData.parse("1 2\n1"))
          .isInstanceOf(AuditParseException.class)
          .hasMessageContaining("row 2 has 1");
    }
  }
}
