package org.practiceaudit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.practiceaudit.json.bundled.BundledFrameworks;
import org.practiceaudit.json.configuration.FrameworkConfiguration;

/**
 * Loading and validating each bundled framework (read the document, JSON Schema pass, semantic
 * pass, assembly), warm: the JVM and the loader's schema are warmed up by JMH's warm-up iterations.
 * Target: at most 50 ms per framework.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConfigurationBenchmark {

  /** The bundled framework's id. */
  @Param({"camden", "dorset", "dudley", "hillingdon", "london-multi-agency"})
  public String framework;

  /** Creates the benchmark state; JMH calls it. */
  public ConfigurationBenchmark() {}

  /**
   * Loads and validates the framework as a caller would.
   *
   * @return the configuration
   */
  @Benchmark
  public FrameworkConfiguration loadAndValidate() {
    return BundledFrameworks.load(framework);
  }
}
