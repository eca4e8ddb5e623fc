package org.practiceaudit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.quota.DateRange;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.QuotaTracker;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.report.AggregateState;
import org.practiceaudit.core.report.AuditDeadline;
import org.practiceaudit.core.report.EscalationDeadline;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.synthetic.SyntheticReportAudits;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.core.Gen;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Report aggregate snapshots as JSON: written, read back and merged. All data synthetic. */
final class AggregateStateJsonTest {

  private static final JsonMapper MAPPER = AuditJson.mapper();

  private static final GradeScale OFSTED = GradeScale.ofsted();

  private static final List<Domain> DOMAINS =
      List.of(
          Domain.builder()
              .id("voice")
              .title("Voice of the child")
              .scoreScale(ScoreScale.of(1, 10))
              .build(),
          Domain.builder()
              .id("planning")
              .title("Planning")
              .scoreScale(ScoreScale.of(1, 10))
              .build(),
          Domain.builder().id("risk").title("Risk rating").scoreScale(ScoreScale.of(0, 3)).build());

  /** One spec instance, shared by every part, as merging requires. */
  static final ReportSpec SPEC =
      ReportSpec.builder()
          .addAllDomains(DOMAINS)
          .gradeScale(OFSTED)
          .asOf(Instant.parse("2026-07-01T09:00:00Z"))
          .auditDeadline(AuditDeadline.daysAfterAllocation(20))
          .escalationDeadline(EscalationDeadline.elapsedHours(Map.of(1, 48, 2, 240)))
          .addAllCohortAttributes(ReportSpec.DORSET_COHORTS)
          .quotas(
              QuotaTracker.of(List.of(RoleQuota.of(Role.TEAM_MANAGER, 2, QuotaPeriod.PER_CYCLE)))
                  .scope(
                      Map.of(
                          PersonId.of("P1"),
                          Role.TEAM_MANAGER,
                          PersonId.of("P2"),
                          Role.TEAM_MANAGER),
                      DateRange.parse("2026-01-01/2026-12-31"),
                      DateRange.parse("2026-04-01/2026-06-30")))
          .build();

  private static final Year YEAR = Year.of(2026);

  /**
   * Synthetic audits over every field a report reads, including N/A, out-of-scale and
   * unknown-domain scores, from the one synthetic-data kit.
   */
  static List<Audit> audits(long seed, int count) {
    return SyntheticReportAudits.of(seed, count, DOMAINS, OFSTED, YEAR);
  }

  /** Lists of {@code 0} to {@code maxSize} synthetic audits, shrinking audit by audit. */
  static Gen<List<Audit>> audits(int maxSize) {
    return SyntheticGens.reportAudits("A", 0, maxSize, DOMAINS, OFSTED, YEAR);
  }

  static AggregateState shippedAndRead(ReportAggregate aggregate) {
    String json = MAPPER.writeValueAsString(aggregate.snapshot());
    return MAPPER.readValue(json, AggregateState.class);
  }

  static ObjectNode tree(long seed, int size) {
    return (ObjectNode) MAPPER.valueToTree(ReportAggregate.of(SPEC, audits(seed, size)).snapshot());
  }

  static String read(ObjectNode tree) {
    try {
      MAPPER.treeToValue(tree, AggregateState.class);
      return "read";
    } catch (JacksonException e) {
      return e.getOriginalMessage();
    }
  }

  @Nested
  final class RoundTrip {

    @Test
    void snapshot_anyAggregate_roundTripsThroughJson() {
      AuditJsonRoundTripTest.roundTrips(
          AggregateState.class, audits(69).map(a -> ReportAggregate.of(SPEC, a).snapshot()));
    }

    @Test
    void partials_writtenReadAndMerged_giveExactlyTheReportOfTheWhole() {
      qt().withFixedSeed(20260701L)
          .withExamples(150)
          .forAll(SyntheticGens.splits(audits(120), 1, 5))
          .checkAssert(
              pair -> {
                List<Audit> all = pair._1;
                List<List<Audit>> split = pair._2;
                ReportAggregate merged = ReportAggregate.empty(SPEC);
                for (List<Audit> part : split) {
                  merged =
                      merged.merge(
                          ReportAggregate.from(
                              SPEC, shippedAndRead(ReportAggregate.of(SPEC, part))));
                }
                ReportAggregate whole = ReportAggregate.of(SPEC, all);
                assertThat(merged).isEqualTo(whole);
                assertThat(merged.toReport()).isEqualTo(whole.toReport());
                assertThat(MAPPER.writeValueAsString(merged.toReport()))
                    .isEqualTo(MAPPER.writeValueAsString(whole.toReport()));
              });
    }

    @Test
    void snapshot_fixedAudits_matchesGolden() {
      InterchangeTest.assertGolden(
          "aggregate-state.json", ReportAggregate.of(SPEC, audits(20260701L, 6)).snapshot());
    }
  }

  @Nested
  final class Malformed {

    @Test
    void read_negativeCount_isRejectedWithTheValue() {
      ObjectNode tree = tree(1, 30);
      tree.put("pending", -3);
      assertThat(read(tree)).isEqualTo("invalid AggregateState: pending must not be negative: -3");
      ObjectNode nested = tree(1, 30);
      ((ObjectNode) nested.get("domains").get(0)).put("not_applicable", -1);
      assertThat(read(nested))
          .isEqualTo(
              "invalid AggregateState: not applicable of domain 'voice' must not be negative: -1");
    }

    @Test
    void read_wrongTypes_areRejectedNamingTheProperty() {
      ObjectNode text = tree(2, 30);
      text.put("audits", "30");
      assertThat(read(text))
          .isEqualTo("invalid AggregateState: 'audits' in aggregate must be a whole number");
      ObjectNode fraction = tree(2, 30);
      ((ArrayNode) fraction.get("grades")).set(0, 1.5);
      assertThat(read(fraction))
          .isEqualTo("invalid AggregateState: 'grades' in aggregate must be a whole number");
      ObjectNode object = tree(2, 30);
      object.put("months", "2026-03");
      assertThat(read(object))
          .isEqualTo("invalid AggregateState: 'months' in aggregate must be a list");
      ObjectNode month = tree(2, 30);
      ((ObjectNode) month.get("months").get(0)).put("month", "March");
      assertThat(read(month))
          .isEqualTo(
              "invalid AggregateState: 'month' in month must be an ISO month such as 2026-03: 'March'");
      ObjectNode huge = tree(2, 30);
      huge.put("audits", new java.math.BigInteger("99999999999999999999"));
      assertThat(read(huge))
          .isEqualTo("invalid AggregateState: 'audits' in aggregate must be a whole number");
    }

    @Test
    void read_inconsistentTotals_areRejected() {
      ObjectNode tree = tree(3, 40);
      tree.put("completed", tree.get("completed").longValue() + 1);
      assertThat(read(tree)).startsWith("invalid AggregateState: months' completed add up to");
      ObjectNode missing = tree(3, 40);
      missing.remove("actions");
      assertThat(read(missing)).isEqualTo("invalid AggregateState: aggregate is missing 'actions'");
      ObjectNode unknown = tree(3, 40);
      unknown.put("average", 6.9);
      assertThat(read(unknown))
          .startsWith("invalid AggregateState: unknown property 'average' in aggregate");
    }

    @Test
    void from_snapshotOfAnotherSpec_isRejectedWhenRebuilt() {
      ObjectNode tree = tree(4, 40);
      tree.put("as_of", "2026-08-01T09:00:00Z");
      AggregateState state = MAPPER.treeToValue(tree, AggregateState.class);
      assertThatThrownBy(() -> ReportAggregate.from(SPEC, state))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the snapshot was taken as of 2026-08-01T09:00:00Z, the spec reports as of 2026-07-01T09:00:00Z");
      ObjectNode impossible = tree(4, 0);
      assertThat(read(impossible)).isEqualTo("read");
      assertThatThrownBy(() -> MAPPER.readValue("[]", AggregateState.class))
          .isInstanceOf(JacksonException.class)
          .hasMessageContaining("aggregate must be a JSON object");
    }
  }
}
