package org.practiceaudit.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.synthetic.SyntheticData;

/**
 * The practical limit for reports: the domain averages, N/A counts and grade counts a report
 * computes, by a hand-written single pass, over the same synthetic audits (and sizes) as {@code
 * ReportBenchmark}.
 *
 * <ul>
 *   <li>{@link #primitiveArrays}: over primitive arrays prepared beforehand (score by audit and
 *       domain, 0 for N/A; grade rank by audit). This is the limit the report is compared with.
 *   <li>{@link #auditObjects}: the same pass reading the {@link Audit} objects, to separate the
 *       cost of the object model (a map of scores per audit, optional grades) from the cost of the
 *       report's logic.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RawLoopBenchmark {

  /** The seed of the audits, shared with {@code ReportBenchmark}. */
  public static final long AUDIT_SEED = 20261105L;

  /** The number of audits. */
  @Param({"10000", "100000", "1000000"})
  public int audits;

  private List<Audit> auditList;
  private String[] domainIds;
  private int gradeCount;
  private int[] scores;
  private int[] gradeRanks;

  /** Creates the benchmark state; JMH calls it. */
  public RawLoopBenchmark() {}

  /** Generates the audits and their primitive arrays. */
  @Setup(Level.Trial)
  public void setUp() {
    AuditFramework framework = SyntheticData.framework();
    auditList = SyntheticData.audits(audits, framework, AUDIT_SEED);
    domainIds = domainIds(framework);
    gradeCount = framework.gradeScale().size();
    scores = scores(auditList, domainIds);
    gradeRanks = gradeRanks(auditList);
  }

  /**
   * Computes the figures over primitive arrays.
   *
   * @return averages by domain, then N/A counts by domain, then counts by grade rank
   */
  @Benchmark
  public double[] primitiveArrays() {
    return primitivePass(scores, gradeRanks, domainIds.length, gradeCount);
  }

  /**
   * Computes the figures over the audit objects.
   *
   * @return averages by domain, then N/A counts by domain, then counts by grade rank
   */
  @Benchmark
  public double[] auditObjects() {
    return objectPass(auditList, domainIds, gradeCount);
  }

  static String[] domainIds(AuditFramework framework) {
    return framework.domains().stream().map(d -> d.id()).toArray(String[]::new);
  }

  static int[] scores(List<Audit> audits, String[] domainIds) {
    int d = domainIds.length;
    int[] scores = new int[audits.size() * d];
    for (int i = 0; i < audits.size(); i++) {
      Map<String, DomainScore> byDomain = audits.get(i).scores();
      for (int k = 0; k < d; k++) {
        DomainScore score = byDomain.get(domainIds[k]);
        scores[i * d + k] = score == null || !score.isApplicable() ? 0 : score.value().getAsInt();
      }
    }
    return scores;
  }

  static int[] gradeRanks(List<Audit> audits) {
    int[] ranks = new int[audits.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = audits.get(i).overallGrade().map(Grade::rank).orElse(-1);
    }
    return ranks;
  }

  static double[] primitivePass(int[] scores, int[] gradeRanks, int domainCount, int gradeCount) {
    int d = domainCount;
    long[] sum = new long[d];
    long[] count = new long[d];
    long[] notApplicable = new long[d];
    long[] grades = new long[gradeCount];
    for (int i = 0, base = 0; i < gradeRanks.length; i++, base += d) {
      for (int k = 0; k < d; k++) {
        int v = scores[base + k];
        if (v == 0) {
          notApplicable[k]++;
        } else {
          sum[k] += v;
          count[k]++;
        }
      }
      int rank = gradeRanks[i];
      if (rank >= 0) {
        grades[rank]++;
      }
    }
    return result(sum, count, notApplicable, grades);
  }

  static double[] objectPass(List<Audit> audits, String[] domainIds, int gradeCount) {
    int d = domainIds.length;
    long[] sum = new long[d];
    long[] count = new long[d];
    long[] notApplicable = new long[d];
    long[] grades = new long[gradeCount];
    for (Audit audit : audits) {
      Map<String, DomainScore> byDomain = audit.scores();
      for (int k = 0; k < d; k++) {
        DomainScore score = byDomain.get(domainIds[k]);
        if (score == null) {
          continue;
        }
        if (score.isApplicable()) {
          sum[k] += score.value().getAsInt();
          count[k]++;
        } else {
          notApplicable[k]++;
        }
      }
      Optional<Grade> grade = audit.overallGrade();
      if (grade.isPresent()) {
        grades[grade.get().rank()]++;
      }
    }
    return result(sum, count, notApplicable, grades);
  }

  private static double[] result(long[] sum, long[] count, long[] notApplicable, long[] grades) {
    int d = sum.length;
    double[] out = new double[2 * d + grades.length];
    for (int k = 0; k < d; k++) {
      out[k] = count[k] == 0 ? Double.NaN : (double) sum[k] / count[k];
      out[d + k] = notApplicable[k];
    }
    for (int r = 0; r < grades.length; r++) {
      out[2 * d + r] = grades[r];
    }
    return out;
  }
}
