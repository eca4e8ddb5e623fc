package org.practiceaudit.json.binding;

import java.util.Map;
import java.util.Set;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of grades, grade scales and scores (audit-core's {@code grade} and {@code score}
 * packages).
 */
final class GradeCodecs {

  private GradeCodecs() {}

  // Hand-written: a grade is read on the framework's own scale, which the reader brings.
  static final Codec<Grade> GRADE =
      new Codec<>() {
        @Override
        public JsonNode write(Grade value) {
          return Fields.NODES.stringNode(value.label());
        }

        @Override
        public Grade read(JsonNode node, GradeScale scale) {
          return scale.parse(Fields.textOf(node, "grade"));
        }
      };

  // Hand-written: a scale is built from its labels and aliases; not an Immutables value.
  static final Codec<GradeScale> GRADE_SCALE =
      new Codec<>() {
        @Override
        public JsonNode write(GradeScale value) {
          ObjectNode o = Fields.object();
          o.put("id", value.id());
          ArrayNode labels = o.putArray("labels");
          value.grades().forEach(g -> labels.add(g.label()));
          if (!value.aliases().isEmpty()) {
            ObjectNode aliases = o.putObject("aliases");
            value.aliases().forEach(aliases::put);
          }
          return o;
        }

        @Override
        public GradeScale read(JsonNode node, GradeScale scale) {
          Fields f = Fields.of(node, "grade scale", Set.of("id", "labels", "aliases"));
          GradeScale read = GradeScale.of(f.text("id"), f.list("labels", n -> f.text(n, "labels")));
          for (Map.Entry<String, String> alias :
              f.map("aliases", n -> f.text(n, "aliases")).entrySet()) {
            read = read.withAlias(alias.getKey(), alias.getValue());
          }
          return read;
        }
      };

  // Hand-written: anchors are keyed by score and defaults left out; not an Immutables value.
  static final Codec<ScoreScale> SCORE_SCALE =
      new Codec<>() {
        @Override
        public JsonNode write(ScoreScale value) {
          ObjectNode o = Fields.object();
          o.put("min", value.min());
          o.put("max", value.max());
          if (!value.anchors().isEmpty()) {
            ObjectNode anchors = o.putObject("anchors");
            value.anchors().forEach((k, v) -> anchors.put(Integer.toString(k), v));
          }
          if (!value.allowsNotApplicable()) {
            o.put("not_applicable", false);
          }
          return o;
        }

        @Override
        public ScoreScale read(JsonNode node, GradeScale scale) {
          Fields f =
              Fields.of(node, "score scale", Set.of("min", "max", "anchors", "not_applicable"));
          ScoreScale read = ScoreScale.of(f.integer("min"), f.integer("max"));
          for (Map.Entry<String, String> anchor :
              f.map("anchors", n -> f.text(n, "anchors")).entrySet()) {
            if (!anchor.getKey().matches("-?\\d{1,6}")) {
              throw new BindingException("anchor '" + anchor.getKey() + "' must be a whole score");
            }
            read = read.withAnchor(Integer.parseInt(anchor.getKey()), anchor.getValue());
          }
          return f.bool("not_applicable", true) ? read : read.withoutNotApplicable();
        }
      };

  // Hand-written: a whole number or the text NA.
  /** A score is a whole number, or the text {@code NA}. */
  static final Codec<DomainScore> DOMAIN_SCORE =
      new Codec<>() {
        @Override
        public JsonNode write(DomainScore value) {
          return value.isApplicable()
              ? Fields.NODES.numberNode(value.value().getAsInt())
              : Fields.NODES.stringNode("NA");
        }

        @Override
        public DomainScore read(JsonNode node, GradeScale scale) {
          if (node.isIntegralNumber() && node.canConvertToInt()) {
            return DomainScore.of(node.intValue());
          }
          if (node.isString() && node.stringValue().equals("NA")) {
            return DomainScore.notApplicable();
          }
          throw new BindingException("a score must be a whole number or \"NA\"");
        }
      };
}
