package org.practiceaudit.bench;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.synthetic.SyntheticData;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.RuleRegistry;
import org.practiceaudit.rules.RuleSet;
import org.practiceaudit.rules.SubjectType;
import org.practiceaudit.rules.framework.LocalFramework;
import org.practiceaudit.rules.preset.Presets;

/**
 * Evaluating each preset's rules over a stream of {@value #STREAM} synthetic completed audits of
 * the preset's own framework, on one thread. The score is audits per second. Target: at least
 * 500,000 audits per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuleEvaluationBenchmark {

  /** The number of audits in the stream, each evaluated once per invocation. */
  public static final int STREAM = 10_000;

  /** The preset. */
  @Param({"camden", "dorset", "dudley", "hillingdon", "london-multi-agency"})
  public String preset;

  private List<Audit> audits;
  private RuleSet rules;
  private RuleContext context;

  /** Creates the benchmark state; JMH calls it. */
  public RuleEvaluationBenchmark() {}

  /**
   * Builds the preset's rule set and its audits, and checks that no rule fails with an error.
   *
   * @throws IllegalStateException if the preset's rules do not build or a rule yields an ERROR
   *     outcome
   */
  @Setup(Level.Trial)
  public void setUp() {
    LocalFramework framework = Presets.get(preset);
    Validation<Seq<String>, RuleSet> built = framework.ruleSet(RuleRegistry.load());
    if (built.isInvalid()) {
      throw new IllegalStateException("preset " + preset + ": " + built.getError());
    }
    rules = built.get();
    context =
        RuleContext.of(
            Clock.fixed(SyntheticData.asOfInstant(), ZoneOffset.UTC), framework.framework());
    audits = SyntheticData.audits(STREAM, framework.framework(), 20261106L);
    for (Audit audit : audits) {
      for (Outcome outcome : rules.evaluate(SubjectType.AUDIT, audit, context)) {
        if (outcome.status() == OutcomeStatus.ERROR) {
          throw new IllegalStateException("preset " + preset + ": " + outcome.reason());
        }
      }
    }
  }

  /**
   * Evaluates every audit rule of the preset on each audit of the stream.
   *
   * @param blackhole consumes the outcomes
   */
  @Benchmark
  @OperationsPerInvocation(STREAM)
  public void evaluateStream(Blackhole blackhole) {
    for (Audit audit : audits) {
      blackhole.consume(rules.evaluate(SubjectType.AUDIT, audit, context));
    }
  }
}
