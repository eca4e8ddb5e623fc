package org.practiceaudit.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.practiceaudit.core.agreement.AgreementTable;
import org.practiceaudit.core.agreement.Agreements;
import org.practiceaudit.core.agreement.MeanChange;
import org.practiceaudit.core.agreement.Proportion;
import org.practiceaudit.core.agreement.SampleMoments;
import org.practiceaudit.core.agreement.Statistic;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The sums and counts a report is derived from: exact integers only (never averages), so that the
 * aggregates of disjoint sets of audits merge into exactly the aggregate of their union.
 *
 * <p>{@link #merge} is associative and commutative and {@link #empty} is its identity, so a report can
 * be computed per team and combined into council and regional reports, in parallel or in a distributed
 * engine; {@link #toReport} derives the finished {@link AuditReport}.
 *
 * <p>What each figure counts:
 *
 * <ul>
 *   <li>Every audit is an allocation; it is on time when completed on or before its
 *       {@link ReportSpec#auditDeadline() due day} (or has none), and overdue when not completed and
 *       its due day is before the report day.
 *   <li>Scores, grades, cohorts, moderation and quota counts come from completed audits only. A domain
 *       score is counted in its domain's sum and count; N/A is counted apart and never changes an
 *       average; scores outside the domain's scale and domains the spec does not list are left out
 *       (rules report them). Grades not on the spec's scale are left out likewise.
 *   <li>Each scored audit's own average over its applicable domains is kept exactly as (sum, sum of
 *       squares, count) per number of applicable domains; the overall average and its month-on-month
 *       note are computed from these, so each audit weighs the same.
 *   <li>Months are calendar months of completion (scores, grades) or of allocation (compliance).
 *   <li>An escalation is open while the audit has no recommended action or an outstanding one.
 * </ul>
 *
 * <p>The aggregation loop works on primitive arrays indexed by domain and grade rank, without streams
 * or boxing of scores.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportAggregate {

  /** The cohort dimension of audit types. */
  public static final String AUDIT_TYPE = "audit-type";

  private final ReportSpec spec;
  private final int domainCount;
  private final int gradeCount;
  private final Map<String, Integer> domainIndex;
  private final int[] scaleMin;
  private final int[] scaleMax;
  private final LocalDate asOfDate;
  private final Map<PersonId, QuotaTarget> targets;

  private long audits;
  private long completed;
  private long onTime;
  private long late;
  private long overdue;
  private final Scores scores;
  private final PerAudit perAudit;
  private final long[] grades;
  private final Map<Integer, Month> months = new HashMap<>();
  private final Map<String, Map<String, Cohort>> cohorts = new HashMap<>();
  private final Map<Integer, Counts> escalations = new HashMap<>();
  private long actions;
  private long actionsOutstanding;
  private long actionsOverdue;
  private final Map<PersonId, Counts> byAuditor = new HashMap<>();
  private final long[] moderation;
  private final Map<PersonId, Counts> movements = new HashMap<>();

  private int lastMonthKey = Integer.MIN_VALUE;
  private Month lastMonth;
  private final Cohort[] current;

  private ReportAggregate(ReportSpec spec) {
    this.spec = spec;
    this.domainCount = spec.domains().size();
    this.gradeCount = spec.gradeScale().size();
    this.domainIndex = new HashMap<>();
    this.scaleMin = new int[domainCount];
    this.scaleMax = new int[domainCount];
    for (int i = 0; i < domainCount; i++) {
      Domain domain = spec.domains().get(i);
      domainIndex.put(domain.id(), i);
      scaleMin[i] = domain.scoreScale().min();
      scaleMax[i] = domain.scoreScale().max();
    }
    this.asOfDate = spec.asOfDate();
    this.targets = new HashMap<>();
    for (QuotaTarget target : spec.quotaTargets()) {
      targets.put(target.person(), target);
    }
    this.scores = new Scores(domainCount);
    this.perAudit = new PerAudit(domainCount);
    this.grades = new long[gradeCount];
    this.moderation = new long[gradeCount * gradeCount];
    this.current = new Cohort[spec.cohortAttributes().size() + 1];
  }

  /**
   * Obtains the aggregate of no audits, the identity of {@link #merge}.
   *
   * @param spec the spec; not null
   * @return the empty aggregate
   */
  public static ReportAggregate empty(ReportSpec spec) {
    return new ReportAggregate(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * Aggregates audits.
   *
   * @param spec the spec; not null
   * @param audits the audits, each once; not null
   * @return the aggregate
   */
  public static ReportAggregate of(ReportSpec spec, Iterable<Audit> audits) {
    Objects.requireNonNull(audits, "audits");
    ReportAggregate aggregate = empty(spec);
    for (Audit audit : audits) {
      aggregate.add(Objects.requireNonNull(audit, "audit"));
    }
    return aggregate;
  }

  /**
   * Returns the spec the aggregate was computed against.
   *
   * @return the spec
   */
  public ReportSpec spec() {
    return spec;
  }

  /**
   * Returns the number of audits aggregated.
   *
   * @return the count, 0 or more
   */
  public long audits() {
    return audits;
  }

  /**
   * Returns the aggregate of both aggregates' audits, which must be disjoint.
   *
   * @param other an aggregate computed against an equal spec; not null
   * @return the merged aggregate; neither input changes
   * @throws IllegalArgumentException if the specs differ
   */
  public ReportAggregate merge(ReportAggregate other) {
    Objects.requireNonNull(other, "other");
    if (!spec.equals(other.spec)) {
      throw new IllegalArgumentException(
          "cannot merge aggregates computed against different report specs");
    }
    ReportAggregate sum = new ReportAggregate(spec);
    sum.addAll(this);
    sum.addAll(other);
    return sum;
  }

  private void addAll(ReportAggregate o) {
    audits += o.audits;
    completed += o.completed;
    onTime += o.onTime;
    late += o.late;
    overdue += o.overdue;
    scores.add(o.scores);
    perAudit.add(o.perAudit);
    add(grades, o.grades);
    o.months.forEach((key, month) -> months.computeIfAbsent(key, k -> new Month(domainCount, gradeCount)).add(month));
    o.cohorts.forEach(
        (dimension, values) -> {
          Map<String, Cohort> mine = cohorts.computeIfAbsent(dimension, k -> new HashMap<>());
          values.forEach((value, cohort) -> mine.computeIfAbsent(value, k -> new Cohort(domainCount, gradeCount)).add(cohort));
        });
    o.escalations.forEach((key, counts) -> escalations.computeIfAbsent(key, k -> new Counts(3)).add(counts));
    actions += o.actions;
    actionsOutstanding += o.actionsOutstanding;
    actionsOverdue += o.actionsOverdue;
    o.byAuditor.forEach((key, counts) -> byAuditor.computeIfAbsent(key, k -> new Counts(1)).add(counts));
    add(moderation, o.moderation);
    o.movements.forEach((key, counts) -> movements.computeIfAbsent(key, k -> new Counts(3)).add(counts));
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  private Month month(LocalDate date) {
    int key = date.getYear() * 12 + date.getMonthValue() - 1;
    if (key != lastMonthKey) {
      lastMonth = months.get(key);
      if (lastMonth == null) {
        lastMonth = new Month(domainCount, gradeCount);
        months.put(key, lastMonth);
      }
      lastMonthKey = key;
    }
    return lastMonth;
  }

  private Cohort cohort(String dimension, String value) {
    Map<String, Cohort> values = cohorts.get(dimension);
    if (values == null) {
      values = new HashMap<>();
      cohorts.put(dimension, values);
    }
    Cohort cohort = values.get(value);
    if (cohort == null) {
      cohort = new Cohort(domainCount, gradeCount);
      values.put(value, cohort);
    }
    return cohort;
  }

  private void add(Audit audit) {
    audits++;
    Optional<LocalDate> due = spec.auditDeadline().dueOn(audit);
    Month allocatedIn = month(audit.allocatedOn());
    allocatedIn.allocated++;
    if (!audit.status().isCompleted()) {
      if (due.isPresent() && due.get().isBefore(asOfDate)) {
        overdue++;
        allocatedIn.overdue++;
      }
    } else {
      addCompleted(audit, due);
    }
    OptionalInt category = audit.escalationCategory();
    if (category.isPresent()) {
      addEscalation(audit, category.getAsInt());
    }
    List<RecommendedAction> recommended = audit.actions();
    for (int i = 0; i < recommended.size(); i++) {
      RecommendedAction action = recommended.get(i);
      actions++;
      if (action.status().isOutstanding()) {
        actionsOutstanding++;
        if (action.isOverdueOn(asOfDate)) {
          actionsOverdue++;
        }
      }
    }
  }

  private void addCompleted(Audit audit, Optional<LocalDate> due) {
    completed++;
    LocalDate done = audit.completedOn().orElseThrow();
    Month allocatedIn = lastMonth;
    if (due.isEmpty() || !done.isAfter(due.get())) {
      onTime++;
      allocatedIn.onTime++;
    } else {
      late++;
      allocatedIn.late++;
    }
    Month month = month(done);
    month.completed++;
    List<String> attributes = spec.cohortAttributes();
    int cells = 0;
    for (int i = 0; i < attributes.size(); i++) {
      String value = audit.attributes().get(attributes.get(i));
      if (value != null) {
        current[cells++] = cohort(attributes.get(i), value);
      }
    }
    current[cells++] = cohort(AUDIT_TYPE, audit.auditType());
    for (int c = 0; c < cells; c++) {
      current[c].audits++;
    }
    long sum = 0;
    int applicable = 0;
    for (Map.Entry<String, DomainScore> entry : audit.scores().entrySet()) {
      Integer index = domainIndex.get(entry.getKey());
      if (index == null) {
        continue;
      }
      int d = index;
      DomainScore score = entry.getValue();
      if (!score.isApplicable()) {
        scores.notApplicable[d]++;
        month.scores.notApplicable[d]++;
        for (int c = 0; c < cells; c++) {
          current[c].scores.notApplicable[d]++;
        }
        continue;
      }
      int value = score.value().getAsInt();
      if (value < scaleMin[d] || value > scaleMax[d]) {
        continue;
      }
      scores.add(d, value);
      month.scores.add(d, value);
      for (int c = 0; c < cells; c++) {
        current[c].scores.add(d, value);
      }
      sum += value;
      applicable++;
    }
    if (applicable > 0) {
      perAudit.add(applicable, sum);
      month.perAudit.add(applicable, sum);
    }
    Optional<Grade> overall = audit.overallGrade();
    if (overall.isPresent() && spec.gradeScale().contains(overall.get())) {
      int rank = overall.get().rank();
      grades[rank]++;
      month.grades[rank]++;
      for (int c = 0; c < cells; c++) {
        current[c].grades[rank]++;
      }
      Optional<Moderation> moderated = audit.moderation();
      if (moderated.isPresent() && spec.gradeScale().contains(moderated.get().grade())) {
        int second = moderated.get().grade().rank();
        moderation[rank * gradeCount + second]++;
        Counts movement = movements.computeIfAbsent(audit.auditor(), k -> new Counts(3));
        movement.values[second < rank ? 0 : second > rank ? 1 : 2]++;
      }
    }
    if (!targets.isEmpty() && targets.containsKey(audit.auditor())) {
      byAuditor.computeIfAbsent(audit.auditor(), k -> new Counts(1)).values[0]++;
    }
  }

  private void addEscalation(Audit audit, int category) {
    Counts line = escalations.computeIfAbsent(category, k -> new Counts(3));
    line.values[0]++;
    boolean open = audit.actions().isEmpty();
    for (RecommendedAction action : audit.actions()) {
      open |= action.status().isOutstanding();
    }
    if (open) {
      line.values[1]++;
      Optional<Instant> due = spec.escalationDeadline().dueAt(audit);
      if (due.isPresent() && due.get().isBefore(spec.asOf())) {
        line.values[2]++;
      }
    }
  }

  /**
   * Derives the finished report.
   *
   * @return the report
   */
  public AuditReport toReport() {
    List<Integer> monthKeys = new ArrayList<>(new TreeMap<>(months).keySet());
    List<DomainResult> domainResults = domainResults(scores, completed);
    Optional<String> weakest = Optional.empty();
    Optional<String> strongest = Optional.empty();
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (DomainResult result : domainResults) {
      if (result.average().isComputable()) {
        double value = result.average().orElse(0);
        if (value < low) {
          low = value;
          weakest = Optional.of(result.domainId());
        }
        if (value > high) {
          high = value;
          strongest = Optional.of(result.domainId());
        }
      }
    }
    List<Trend> trends = new ArrayList<>();
    for (int d = 0; d < domainCount; d++) {
      trends.add(domainTrend(d, monthKeys));
    }
    SampleMoments overall = perAudit.moments();
    return AuditReport.builder()
        .asOf(spec.asOf())
        .audits(audits)
        .completed(completed)
        .compliance(compliance(audits, onTime, late, overdue))
        .addAllComplianceByMonth(complianceByMonth(monthKeys))
        .scoredAudits(overall.count())
        .overallAverage(
            overall.count() == 0
                ? Statistic.notComputable("no audit has a score")
                : Statistic.of(overall.sum() / overall.count()))
        .addAllDomains(domainResults)
        .overallTrend(overallTrend(monthKeys))
        .addAllDomainTrends(trends)
        .weakestDomain(weakest)
        .strongestDomain(strongest)
        .grades(distribution(spec.gradeScale(), grades))
        .addAllCohorts(cohortResults())
        .addAllEscalations(escalationLines())
        .actions(
            ActionSummary.builder()
                .total(actions)
                .outstanding(actionsOutstanding)
                .overdue(actionsOverdue)
                .build())
        .addAllQuotas(quotaLines())
        .moderation(moderationResults())
        .build();
  }

  private static Compliance compliance(long allocated, long onTime, long late, long overdue) {
    return Compliance.builder()
        .allocated(allocated)
        .completedOnTime(onTime)
        .completedLate(late)
        .notCompleted(allocated - onTime - late)
        .overdue(overdue)
        .onTime(Proportion.of(onTime, allocated))
        .build();
  }

  private List<MonthlyCompliance> complianceByMonth(List<Integer> monthKeys) {
    List<MonthlyCompliance> out = new ArrayList<>();
    for (int key : monthKeys) {
      Month month = months.get(key);
      if (month.allocated > 0) {
        out.add(
            MonthlyCompliance.builder()
                .month(yearMonth(key))
                .compliance(compliance(month.allocated, month.onTime, month.late, month.overdue))
                .build());
      }
    }
    return out;
  }

  private static YearMonth yearMonth(int key) {
    return YearMonth.of(Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
  }

  private List<DomainResult> domainResults(Scores cells, long audited) {
    List<DomainResult> out = new ArrayList<>();
    for (int d = 0; d < domainCount; d++) {
      Domain domain = spec.domains().get(d);
      out.add(
          DomainResult.builder()
              .domainId(domain.id())
              .title(domain.title())
              .scaleMin(scaleMin[d])
              .scaleMax(scaleMax[d])
              .scored(cells.count[d])
              .notApplicable(cells.notApplicable[d])
              .notScored(Math.max(0, audited - cells.count[d] - cells.notApplicable[d]))
              .average(cells.moments(d).mean().reason().isPresent()
                  ? Statistic.notComputable("no audit scored this domain")
                  : cells.moments(d).mean())
              .build());
    }
    return out;
  }

  private Trend domainTrend(int d, List<Integer> monthKeys) {
    List<MonthlyAverage> points = new ArrayList<>();
    List<SampleMoments> moments = new ArrayList<>();
    for (int key : monthKeys) {
      Month month = months.get(key);
      if (month.completed > 0) {
        SampleMoments m = month.scores.moments(d);
        moments.add(m);
        points.add(MonthlyAverage.builder().month(yearMonth(key)).audits(m.count()).average(m.mean()).build());
      }
    }
    return trend(spec.domains().get(d).id(), points, moments);
  }

  private Trend overallTrend(List<Integer> monthKeys) {
    List<MonthlyAverage> points = new ArrayList<>();
    List<SampleMoments> moments = new ArrayList<>();
    for (int key : monthKeys) {
      Month month = months.get(key);
      if (month.completed > 0) {
        SampleMoments m = month.perAudit.moments();
        moments.add(m);
        points.add(MonthlyAverage.builder().month(yearMonth(key)).audits(m.count()).average(m.mean()).build());
      }
    }
    return trend("overall", points, moments);
  }

  private static Trend trend(String id, List<MonthlyAverage> points, List<SampleMoments> moments) {
    int n = moments.size();
    return Trend.builder()
        .domainId(id)
        .addAllMonths(points)
        .latestChange(
            n < 2 ? Optional.empty() : Optional.of(MeanChange.between(moments.get(n - 2), moments.get(n - 1))))
        .build();
  }

  static GradeDistribution distribution(GradeScale scale, long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    int[] tenths = GradeShares.tenthsOfPercent(counts);
    List<GradeCount> out = new ArrayList<>();
    long goodOrBetter = 0;
    for (int r = 0; r < counts.length; r++) {
      Grade grade = scale.ofRank(r);
      out.add(
          GradeCount.builder()
              .label(grade.label())
              .rank(r)
              .count(counts[r])
              .tenthsOfPercent(tenths[r])
              .proportion(Proportion.of(counts[r], total))
              .build());
      if (r <= 1) {
        goodOrBetter += counts[r];
      }
    }
    return GradeDistribution.builder()
        .scaleId(scale.id())
        .graded(total)
        .addAllGrades(out)
        .goodOrBetter(Proportion.of(goodOrBetter, total))
        .build();
  }

  private List<CohortResult> cohortResults() {
    List<String> dimensions = new ArrayList<>(spec.cohortAttributes());
    dimensions.add(AUDIT_TYPE);
    List<CohortResult> out = new ArrayList<>();
    for (String dimension : dimensions) {
      Map<String, Cohort> values = cohorts.getOrDefault(dimension, Map.of());
      for (Map.Entry<String, Cohort> entry : new TreeMap<>(values).entrySet()) {
        Cohort cohort = entry.getValue();
        out.add(
            CohortResult.builder()
                .dimension(dimension)
                .value(entry.getKey())
                .audits(cohort.audits)
                .grades(distribution(spec.gradeScale(), cohort.grades))
                .addAllDomains(domainResults(cohort.scores, cohort.audits))
                .build());
      }
    }
    return out;
  }

  private List<EscalationLine> escalationLines() {
    List<EscalationLine> out = new ArrayList<>();
    new TreeMap<>(escalations)
        .forEach(
            (category, counts) ->
                out.add(
                    EscalationLine.builder()
                        .category(category)
                        .raised(counts.values[0])
                        .open(counts.values[1])
                        .overdue(counts.values[2])
                        .build()));
    return out;
  }

  private List<QuotaLine> quotaLines() {
    Map<String, List<QuotaTarget>> byRole = new TreeMap<>();
    for (QuotaTarget target : spec.quotaTargets()) {
      byRole.computeIfAbsent(target.role().id(), k -> new ArrayList<>()).add(target);
    }
    List<QuotaLine> out = new ArrayList<>();
    for (List<QuotaTarget> group : byRole.values()) {
      long required = 0;
      long done = 0;
      long meeting = 0;
      for (QuotaTarget target : group) {
        Counts counts = byAuditor.get(target.person());
        long made = counts == null ? 0 : counts.values[0];
        required += target.minimum();
        done += Math.min(made, target.minimum());
        meeting += made >= target.minimum() ? 1 : 0;
      }
      out.add(
          QuotaLine.builder()
              .role(group.get(0).role())
              .people(group.size())
              .required(required)
              .completed(done)
              .meeting(Proportion.of(meeting, group.size()))
              .build());
    }
    return out;
  }

  private ModerationResults moderationResults() {
    long[][] rows = new long[gradeCount][gradeCount];
    for (int i = 0; i < gradeCount; i++) {
      rows[i] = Arrays.copyOfRange(moderation, i * gradeCount, (i + 1) * gradeCount);
    }
    AgreementTable table = AgreementTable.of(rows);
    List<AuditorMovement> auditors = new ArrayList<>();
    new TreeMap<>(movements)
        .forEach(
            (auditor, counts) ->
                auditors.add(
                    AuditorMovement.builder()
                        .auditor(auditor)
                        .raised(counts.values[0])
                        .lowered(counts.values[1])
                        .same(counts.values[2])
                        .build()));
    return ModerationResults.builder()
        .table(table)
        .agreement(Agreements.summarise(table))
        .addAllAuditors(auditors)
        .build();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ReportAggregate)) {
      return false;
    }
    ReportAggregate o = (ReportAggregate) obj;
    return spec.equals(o.spec)
        && audits == o.audits
        && completed == o.completed
        && onTime == o.onTime
        && late == o.late
        && overdue == o.overdue
        && scores.equals(o.scores)
        && perAudit.equals(o.perAudit)
        && Arrays.equals(grades, o.grades)
        && months.equals(o.months)
        && cohorts.equals(o.cohorts)
        && escalations.equals(o.escalations)
        && actions == o.actions
        && actionsOutstanding == o.actionsOutstanding
        && actionsOverdue == o.actionsOverdue
        && byAuditor.equals(o.byAuditor)
        && Arrays.equals(moderation, o.moderation)
        && movements.equals(o.movements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audits, completed, onTime, late, scores, Arrays.hashCode(grades), months.keySet());
  }

  /**
   * Returns a short summary with counts only.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReportAggregate{audits=" + audits + ", completed=" + completed + ", months=" + months.size() + "}";
  }

  /** Exact sums per domain. */
  private static final class Scores {
    final long[] sum;
    final long[] squares;
    final long[] count;
    final long[] notApplicable;

    Scores(int domains) {
      sum = new long[domains];
      squares = new long[domains];
      count = new long[domains];
      notApplicable = new long[domains];
    }

    void add(int d, int value) {
      sum[d] += value;
      squares[d] += (long) value * value;
      count[d]++;
    }

    void add(Scores o) {
      ReportAggregate.add(sum, o.sum);
      ReportAggregate.add(squares, o.squares);
      ReportAggregate.add(count, o.count);
      ReportAggregate.add(notApplicable, o.notApplicable);
    }

    SampleMoments moments(int d) {
      return SampleMoments.of(count[d], sum[d], squares[d]);
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Scores
          && Arrays.equals(sum, ((Scores) obj).sum)
          && Arrays.equals(squares, ((Scores) obj).squares)
          && Arrays.equals(count, ((Scores) obj).count)
          && Arrays.equals(notApplicable, ((Scores) obj).notApplicable);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(sum) * 31 + Arrays.hashCode(count);
    }
  }

  /** Exact per-audit totals, bucketed by the number of applicable domains. */
  private static final class PerAudit {
    final long[] sum;
    final long[] squares;
    final long[] count;

    PerAudit(int domains) {
      sum = new long[domains + 1];
      squares = new long[domains + 1];
      count = new long[domains + 1];
    }

    void add(int applicable, long total) {
      sum[applicable] += total;
      squares[applicable] += total * total;
      count[applicable]++;
    }

    void add(PerAudit o) {
      ReportAggregate.add(sum, o.sum);
      ReportAggregate.add(squares, o.squares);
      ReportAggregate.add(count, o.count);
    }

    SampleMoments moments() {
      long n = 0;
      double s = 0;
      double q = 0;
      for (int c = 1; c < count.length; c++) {
        n += count[c];
        s += (double) sum[c] / c;
        q += (double) squares[c] / ((double) c * c);
      }
      return n == 0 ? SampleMoments.of(0, 0, 0) : SampleMoments.of(n, s, q);
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof PerAudit
          && Arrays.equals(sum, ((PerAudit) obj).sum)
          && Arrays.equals(squares, ((PerAudit) obj).squares)
          && Arrays.equals(count, ((PerAudit) obj).count);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(sum) * 31 + Arrays.hashCode(count);
    }
  }

  /** One calendar month: allocations by allocation month, scores and grades by completion month. */
  private static final class Month {
    long allocated;
    long onTime;
    long late;
    long overdue;
    long completed;
    final Scores scores;
    final PerAudit perAudit;
    final long[] grades;

    Month(int domains, int gradeCount) {
      scores = new Scores(domains);
      perAudit = new PerAudit(domains);
      grades = new long[gradeCount];
    }

    void add(Month o) {
      allocated += o.allocated;
      onTime += o.onTime;
      late += o.late;
      overdue += o.overdue;
      completed += o.completed;
      scores.add(o.scores);
      perAudit.add(o.perAudit);
      ReportAggregate.add(grades, o.grades);
    }

    @Override
    public boolean equals(Object obj) {
      if (!(obj instanceof Month)) {
        return false;
      }
      Month o = (Month) obj;
      return allocated == o.allocated
          && onTime == o.onTime
          && late == o.late
          && overdue == o.overdue
          && completed == o.completed
          && scores.equals(o.scores)
          && perAudit.equals(o.perAudit)
          && Arrays.equals(grades, o.grades);
    }

    @Override
    public int hashCode() {
      return Objects.hash(allocated, completed, scores);
    }
  }

  /** One cohort's counts. */
  private static final class Cohort {
    long audits;
    final Scores scores;
    final long[] grades;

    Cohort(int domains, int gradeCount) {
      scores = new Scores(domains);
      grades = new long[gradeCount];
    }

    void add(Cohort o) {
      audits += o.audits;
      scores.add(o.scores);
      ReportAggregate.add(grades, o.grades);
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Cohort
          && audits == ((Cohort) obj).audits
          && scores.equals(((Cohort) obj).scores)
          && Arrays.equals(grades, ((Cohort) obj).grades);
    }

    @Override
    public int hashCode() {
      return Objects.hash(audits, scores);
    }
  }

  /** A few counters with value equality. */
  private static final class Counts {
    final long[] values;

    Counts(int size) {
      values = new long[size];
    }

    void add(Counts o) {
      ReportAggregate.add(values, o.values);
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Counts && Arrays.equals(values, ((Counts) obj).values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }
}
