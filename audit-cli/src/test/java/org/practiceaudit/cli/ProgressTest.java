package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issue 15 item 5: progress on standard error for runs over about 2 s, never for quick ones. */
final class ProgressTest {

  @Test
  void row_quickRun_printsNothing() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress progress = Progress.to(new PrintWriter(err), now::get);
    for (int i = 0; i < 100_000; i++) {
      progress.row();
      now.addAndGet(10_000);
    }
    progress.done();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void row_slowRun_printsPhaseRowsAndRate() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress progress = Progress.to(new PrintWriter(err), now::get);
    progress.phase("reading cases");
    for (int i = 0; i < 1_000_000; i++) {
      progress.row();
      now.addAndGet(5_000);
    }
    progress.done();

    assertThat(err.toString())
        .contains("reading cases: ")
        .contains(" rows/s")
        .endsWith("reading cases: 1,000,000 rows, 200,000 rows/s, 5.0 s" + System.lineSeparator());
    assertThat(progress.rows()).isEqualTo(1_000_000);
  }

  @Test
  void none_anyEvent_countsNothingAndPrintsNothing() {
    Progress none = Progress.none();
    none.row();
    none.done();

    assertThat(none.rows()).isZero();
  }
}
