package org.practiceaudit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.synthetic.SyntheticData;
import org.practiceaudit.json.AuditJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON round trip of {@value #AUDITS} synthetic audits through {@link AuditJson#mapper()}: each
 * audit is written as its own document and read back (the mapper limits one document to 4 MiB, and
 * interchange sends audits one by one). Write and read are also measured apart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

  /** The number of audits per operation. */
  public static final int AUDITS = 10_000;

  private List<Audit> audits;
  private List<byte[]> documents;
  private JsonMapper mapper;

  /** Creates the benchmark state; JMH calls it. */
  public JsonBenchmark() {}

  /**
   * Generates the audits and their documents, and checks that each reads back equal.
   *
   * @throws IllegalStateException if an audit does not survive the round trip
   */
  @Setup(Level.Trial)
  public void setUp() {
    mapper = AuditJson.mapper();
    audits = SyntheticData.audits(AUDITS, SyntheticData.framework(), 20261107L);
    documents = new ArrayList<>(AUDITS);
    for (Audit audit : audits) {
      byte[] document = mapper.writeValueAsBytes(audit);
      if (!mapper.readValue(document, Audit.class).equals(audit)) {
        throw new IllegalStateException("audit " + audit.id() + " changed in a JSON round trip");
      }
      documents.add(document);
    }
  }

  /**
   * Writes every audit and reads it back.
   *
   * @param blackhole consumes the audits read
   */
  @Benchmark
  public void roundTrip(Blackhole blackhole) {
    for (Audit audit : audits) {
      blackhole.consume(mapper.readValue(mapper.writeValueAsBytes(audit), Audit.class));
    }
  }

  /**
   * Writes every audit.
   *
   * @param blackhole consumes the documents
   */
  @Benchmark
  public void write(Blackhole blackhole) {
    for (Audit audit : audits) {
      blackhole.consume(mapper.writeValueAsBytes(audit));
    }
  }

  /**
   * Reads every audit.
   *
   * @param blackhole consumes the audits
   */
  @Benchmark
  public void read(Blackhole blackhole) {
    for (byte[] document : documents) {
      blackhole.consume(mapper.readValue(document, Audit.class));
    }
  }
}
