package org.practiceaudit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.practiceaudit.core.pseudonym.KeyedPseudonyms;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.synthetic.SyntheticData;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.annexa.AnnexA;

/**
 * Reading a synthetic Annex A workbook ({@link SyntheticAnnexA}: Lists 6, 7 and 8 of 5,000 and
 * 50,000 children) into case files, zip-bomb check and keyed worker pseudonyms included, and
 * reading it then drawing a stratified sample of 100 (strata: category and team). Target (issue
 * 14): read and sample 50,000 children in under 3 s end to end on 2 cores, JVM start included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnnexAImportBenchmark {

  /** The number of children in List 6. */
  @Param({"5000", "50000"})
  public int children;

  private Path workbook;
  private ImportOptions options;
  private SamplingPlan plan;

  /** Creates the benchmark state; JMH calls it. */
  public AnnexAImportBenchmark() {}

  /**
   * Writes the workbook.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    workbook = Files.createTempFile("annex-a-bench", ".xlsx");
    SyntheticAnnexA.write(workbook, children, 20261206L);
    options =
        ImportOptions.builder()
            .asOf(SyntheticData.AS_OF)
            .pseudonyms(
                KeyedPseudonyms.of(
                    "synthetic benchmark key 32 bytes".getBytes(StandardCharsets.US_ASCII)))
            .build();
    plan =
        SamplingPlan.builder()
            .name("synthetic-100")
            .fixedSize(100)
            .addStrata(SamplingPlan.CATEGORY, SamplingPlan.TEAM)
            .build();
    if (read().cases().size() < children) {
      throw new IllegalStateException("the workbook lost children");
    }
  }

  /** Deletes the workbook. */
  @TearDown(Level.Trial)
  public void tearDown() {
    try {
      Files.deleteIfExists(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the workbook into case files.
   *
   * @return the result
   */
  @Benchmark
  public ImportResult read() {
    return AnnexA.read(workbook, options);
  }

  /**
   * Reads the workbook and draws the sample.
   *
   * @return the sample
   */
  @Benchmark
  public Sample readAndSample() {
    return Sampler.draw(read().cases(), plan, SyntheticData.AS_OF, Seed.of(20261124L));
  }
}
