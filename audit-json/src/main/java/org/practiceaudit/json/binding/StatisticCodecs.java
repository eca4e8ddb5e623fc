package org.practiceaudit.json.binding;

import java.util.Set;
import org.practiceaudit.core.agreement.AgreementSummary;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.agreement.ConfidenceInterval;
import org.practiceaudit.core.agreement.MeanChange;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.SampleMoments;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.grade.GradeScale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of statistics and agreement figures (audit-core's {@code agreement} package). */
final class StatisticCodecs {

  private StatisticCodecs() {}

  // Hand-written: a value or the reason there is none, never NaN.
  /**
   * A statistic is {@code {"value": 0.61}} or {@code {"not_computable": "reason"}}: never NaN,
   * never a bare number, so that a reader cannot mistake a missing value for zero.
   */
  static final Codec<Statistic> STATISTIC =
      new Codec<>() {
        @Override
        public JsonNode write(Statistic value) {
          ObjectNode o = Fields.object();
          if (value.isComputable()) {
            o.put("value", value.value().getAsDouble());
          } else {
            o.put("not_computable", value.reason().orElse(""));
          }
          return o;
        }

        @Override
        public Statistic read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "statistic", Set.of("value", "not_computable"));
          if (node.size() != 1) {
            throw new BindingException(
                "a statistic is {\"value\": x} or {\"not_computable\": \"reason\"}");
          }
          if (node.has("value")) {
            JsonNode v = f.required("value");
            if (!v.isNumber()) {
              throw new BindingException("'value' in statistic must be a number");
            }
            return Statistic.of(v.doubleValue());
          }
          return Statistic.notComputable(f.text("not_computable"));
        }
      };

  private static JsonNode stat(Statistic s) {
    return STATISTIC.write(s);
  }

  // Hand-written, as the statistics below: ReportCodecs writes them into its trees.
  static JsonNode interval(ConfidenceInterval i) {
    return Fields.object().put("lower", i.lower()).put("upper", i.upper());
  }

  static JsonNode proportion(Proportion p) {
    ObjectNode o = Fields.object().put("count", p.count()).put("total", p.total());
    o.set("share", stat(p.share()));
    p.wilson95().ifPresent(i -> o.set("wilson_95", interval(i)));
    return o;
  }

  static JsonNode moments(SampleMoments m) {
    ObjectNode o =
        Fields.object()
            .put("count", m.count())
            .put("sum", m.sum())
            .put("sum_of_squares", m.sumOfSquares());
    o.set("mean", stat(m.mean()));
    o.set("variance", stat(m.variance()));
    return o;
  }

  static JsonNode meanChange(MeanChange c) {
    ObjectNode o = Fields.object();
    o.set("before", moments(c.before()));
    o.set("after", moments(c.after()));
    o.put("verdict", Codecs.enumText(c.verdict()));
    o.set("welch_t", stat(c.welchT()));
    o.put("note", c.note());
    return o;
  }

  static JsonNode table(AgreementTable t) {
    ObjectNode o = Fields.object().put("categories", t.categories());
    ArrayNode rows = o.putArray("counts");
    for (int i = 0; i < t.categories(); i++) {
      ArrayNode row = rows.addArray();
      for (int j = 0; j < t.categories(); j++) {
        row.add(t.count(i, j));
      }
    }
    return o;
  }

  static JsonNode agreement(AgreementSummary a) {
    ObjectNode o = Fields.object().put("pairs", a.pairs());
    o.set("exact", stat(a.exact()));
    o.set("within_one", stat(a.withinOne()));
    o.set("cohen_kappa", stat(a.cohenKappa()));
    o.set("linear_kappa", stat(a.linearKappa()));
    o.set("quadratic_kappa", stat(a.quadraticKappa()));
    o.set("ordinal_alpha", stat(a.ordinalAlpha()));
    return o;
  }
}
