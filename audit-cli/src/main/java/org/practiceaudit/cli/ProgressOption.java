package org.practiceaudit.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --progress} option of the commands that read large files ({@link Progress}). */
final class ProgressOption {

  @Option(
      names = "--progress",
      description =
          "Show progress on standard error (rows read, rate, phase) for runs over about 2 s,"
              + " also when standard error is not a terminal; on a terminal it is shown anyway.")
  boolean progress;

  /** Returns the progress of this run, written to {@code err}. */
  Progress start(PrintWriter err) {
    return Progress.of(err, progress);
  }
}
