package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on standard error: the phase, the rows read and the rate (issue 15 item
 * 5).
 *
 * <p>Shown only when standard error is worth writing to (a terminal, or {@code --progress} asked
 * for it) and only once the run has taken {@value #DELAY_MILLIS} ms, so that a quick run prints
 * nothing. On a terminal the line is rewritten in place and cleared at the end; otherwise (with
 * {@code --progress} into a file or pipe) a line is written every {@value #EVERY_MILLIS} ms. Never
 * on standard output, so a {@code --json} document stays whole.
 *
 * <p>Counting a row is an increment; the clock is read every {@value #CHECK_EVERY} rows.
 *
 * <p>Not thread-safe: one reading thread reports its progress.
 */
final class Progress {

  /** How long a run goes before progress is shown. */
  static final long DELAY_MILLIS = 2000;

  /** How often progress is written when it is shown. */
  static final long EVERY_MILLIS = 1000;

  /** How many rows are counted between two looks at the clock. */
  static final int CHECK_EVERY = 1 << 14;

  private static final Progress NONE = new Progress(null, false, System::nanoTime);

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanos;
  private final long started;
  private String phase = "reading";
  private long rows;
  private long phaseRows;
  private long phaseStarted;
  private long nextCheck = CHECK_EVERY;
  private long lastShown;
  private boolean shown;
  private int width;

  private Progress(PrintWriter err, boolean terminal, LongSupplier nanos) {
    this.err = err;
    this.terminal = terminal;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.phaseStarted = started;
  }

  /** Returns a progress that shows nothing. */
  static Progress none() {
    return NONE;
  }

  /**
   * Returns the progress of a command: shown on {@code err} when asked for or when the command runs
   * in a terminal ({@code System.console() != null}), otherwise nothing.
   *
   * @param asked whether {@code --progress} was given
   */
  static Progress of(PrintWriter err, boolean asked) {
    boolean terminal = System.console() != null;
    if (!asked && !terminal) {
      return NONE;
    }
    return new Progress(Objects.requireNonNull(err, "err"), terminal, System::nanoTime);
  }

  /** Returns a progress written to {@code err} as on a file, with a given clock: for the tests. */
  static Progress to(PrintWriter err, LongSupplier nanos) {
    return new Progress(Objects.requireNonNull(err, "err"), false, nanos);
  }

  /**
   * Starts a phase, such as {@code reading cases} or {@code drawing the sample}; its rows are
   * counted from 0.
   */
  void phase(String name) {
    if (err == null) {
      return;
    }
    phase = Objects.requireNonNull(name, "name");
    phaseRows = 0;
    phaseStarted = nanos.getAsLong();
    if (shown) {
      show(phaseStarted);
    }
  }

  /** Counts a row read. */
  void row() {
    if (err == null) {
      return;
    }
    rows++;
    phaseRows++;
    if (rows >= nextCheck) {
      nextCheck = rows + CHECK_EVERY;
      long now = nanos.getAsLong();
      if (now - started >= DELAY_MILLIS * 1_000_000L
          && now - lastShown >= EVERY_MILLIS * 1_000_000L) {
        show(now);
      }
    }
  }

  /** Returns the rows counted in all phases. */
  long rows() {
    return rows;
  }

  /**
   * Ends the progress: clears the line on a terminal, writes the last figures otherwise, if shown.
   */
  void done() {
    if (err == null || !shown) {
      return;
    }
    if (terminal) {
      err.print("\r" + " ".repeat(width) + "\r");
    } else {
      show(nanos.getAsLong());
    }
    err.flush();
  }

  private void show(long now) {
    lastShown = now;
    shown = true;
    double seconds = Math.max(1e-3, (now - phaseStarted) / 1e9);
    String line =
        String.format(
            Locale.UK,
            "%s: %,d rows, %,.0f rows/s, %.1f s",
            phase,
            phaseRows,
            phaseRows / seconds,
            (now - started) / 1e9);
    if (terminal) {
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      width = line.length();
    } else {
      err.println(line);
    }
    err.flush();
  }
}
