package org.practiceaudit.core.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Objects;

/**
 * Says in plain words why an operation on a file failed, never with a Java class name: the one home
 * of that wording for the command line and the importers (issue 16 item 6).
 *
 * <pre>{@code
 * FileProblems.reason(new NoSuchFileException("cases.csv"), "cannot read the cases file");  // does not exist
 * }</pre>
 */
public final class FileProblems {

  /** The advice given with text that is not UTF-8. */
  public static final String SAVE_AS_UTF8 = "save the file as UTF-8 (CSV UTF-8 in Excel)";

  private FileProblems() {}

  /**
   * Says why an operation on a file failed.
   *
   * @param e the failure; not null
   * @param what what was being done, such as {@code cannot read the cases file}; not null
   * @return the reason, to follow the file's name and a colon: {@code does not exist}, {@code is a
   *     folder, not a file}, or {@code what} with a reason ({@code permission denied}, {@code
   *     (read-only folder)}, {@code the disk is full}, ...)
   */
  public static String reason(IOException e, String what) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(what, "what");
    String detail =
        e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
            ? ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT)
            : "";
    if (e instanceof NoSuchFileException) {
      return "does not exist";
    }
    if (e instanceof AccessDeniedException || detail.contains("permission denied")) {
      return what + ": permission denied";
    }
    if (detail.contains("read-only")) {
      return what + " (read-only folder)";
    }
    if (detail.contains("no space") || detail.contains("disk full") || detail.contains("quota")) {
      return what + ": the disk is full";
    }
    if (detail.contains("is a directory")) {
      return "is a folder, not a file";
    }
    if (detail.contains("not a directory")) {
      return what + ": a part of the path is a file, not a folder";
    }
    if (e instanceof CharacterCodingException) {
      return what + ": it is not UTF-8 text; " + SAVE_AS_UTF8;
    }
    return what + " (the system refused it)";
  }
}
