package org.practiceaudit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

final class FileProblemsTest {

  private static final String WHAT = "cannot read the cases file";

  @Test
  void reason_missingFile_doesNotExist() {
    assertThat(FileProblems.reason(new NoSuchFileException("cases.csv"), WHAT))
        .isEqualTo("does not exist");
  }

  @Test
  void reason_accessDenied_permissionDenied() {
    assertThat(FileProblems.reason(new AccessDeniedException("cases.csv"), WHAT))
        .isEqualTo(WHAT + ": permission denied");
  }

  @Test
  void reason_systemReasons_inPlainWords() {
    assertThat(
            FileProblems.reason(new FileSystemException("x", null, "Read-only file system"), WHAT))
        .isEqualTo(WHAT + " (read-only folder)");
    assertThat(
            FileProblems.reason(
                new FileSystemException("x", null, "No space left on device"), WHAT))
        .isEqualTo(WHAT + ": the disk is full");
    assertThat(FileProblems.reason(new FileSystemException("x", null, "Is a directory"), WHAT))
        .isEqualTo("is a folder, not a file");
    assertThat(FileProblems.reason(new FileSystemException("x", null, "Not a directory"), WHAT))
        .isEqualTo(WHAT + ": a part of the path is a file, not a folder");
  }

  @Test
  void reason_notUtf8_givesTheAdvice() {
    assertThat(FileProblems.reason(new MalformedInputException(1), WHAT))
        .isEqualTo(WHAT + ": it is not UTF-8 text; " + FileProblems.SAVE_AS_UTF8);
  }

  @Test
  void reason_anythingElse_namesNoJavaClass() {
    assertThat(FileProblems.reason(new IOException("Stale NFS file handle"), WHAT))
        .isEqualTo(WHAT + " (the system refused it)")
        .doesNotContain("Exception");
  }

  @Test
  void reason_nulls_throw() {
    assertThatNullPointerException()
        .isThrownBy(() -> FileProblems.reason(null, WHAT))
        .withMessage("e");
    assertThatNullPointerException()
        .isThrownBy(() -> FileProblems.reason(new IOException(), null))
        .withMessage("what");
  }
}
