package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 items 5 (encodings) and 6 (files in plain words). */
final class TextFilesTest {

  @TempDir Path dir;

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private String file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path.toString();
  }

  private static final String AUDITORS = "auditor_id,role,team,capacity\nSYN-A1,TM,North,2\n";

  @Nested
  final class Encodings {

    @Test
    void read_utf8WithByteOrderMark_accepted() throws IOException {
      String f =
          file(
              "a.csv",
              concat(
                  new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                  AUDITORS.getBytes(StandardCharsets.UTF_8)));
      InputProblems problems = new InputProblems();

      assertThat(AuditorsCsv.read(f, Vocabulary.strict(), problems)).hasSize(1);
      assertThat(problems.hasProblems()).isFalse();
    }

    @Test
    void read_utf16WithByteOrderMark_decoded() throws IOException {
      String le =
          file(
              "le.csv",
              concat(
                  new byte[] {(byte) 0xFF, (byte) 0xFE},
                  AUDITORS.getBytes(StandardCharsets.UTF_16LE)));
      String be = file("be.csv", AUDITORS.getBytes(StandardCharsets.UTF_16));
      InputProblems problems = new InputProblems();

      assertThat(AuditorsCsv.read(le, Vocabulary.strict(), problems)).hasSize(1);
      assertThat(AuditorsCsv.read(be, Vocabulary.strict(), problems)).hasSize(1);
      assertThat(problems.hasProblems()).isFalse();
    }

    @Test
    void read_utf16WithoutByteOrderMark_refusedPlainly() throws IOException {
      String f = file("a.csv", AUDITORS.getBytes(StandardCharsets.UTF_16LE));
      InputProblems problems = new InputProblems();

      AuditorsCsv.read(f, Vocabulary.strict(), problems);

      assertThat(problems.lines())
          .containsExactly(
              f
                  + ": looks like UTF-16 text without a byte-order"
                  + " mark; save the file as UTF-8 (CSV UTF-8 in Excel)");
    }

    @Test
    void read_latin1Byte_locatedWithAdvice() throws IOException {
      byte[] text =
          "auditor_id,role,team,capacity\nSYN-A1,TM,Nord\u00e9,2\n"
              .getBytes(StandardCharsets.ISO_8859_1);
      String f = file("a.csv", text);
      InputProblems problems = new InputProblems();

      AuditorsCsv.read(f, Vocabulary.strict(), problems);

      assertThat(problems.lines())
          .containsExactly(
              f
                  + ": line 2, column 15: a character that is not"
                  + " UTF-8 (1 byte); save the file as UTF-8 (CSV UTF-8 in Excel)");
    }

    @Test
    void read_severalBadBytes_eachLocated() throws IOException {
      byte[] text =
          "auditor_id,role,team,capacity\nSYN-A1,TM,N\u00e9\u00e9,2\nSYN-A2,TM,\u00e9,2\n"
              .getBytes(StandardCharsets.ISO_8859_1);
      String f = file("a.csv", text);
      InputProblems problems = new InputProblems();

      AuditorsCsv.read(f, Vocabulary.strict(), problems);

      assertThat(problems.lines())
          .extracting(l -> l.substring(f.length() + 2, l.indexOf(": a ")))
          .containsExactly("line 2, column 12", "line 2, column 13", "line 3, column 11");
    }

    @Test
    void validate_frameworkWithByteOrderMark_valid() throws IOException {
      byte[] json = Files.readAllBytes(Path.of(Cli.resource("framework.json")));
      String f =
          file("framework.json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json));

      Cli.Result result = Cli.run("validate", f);

      assertThat(result.exitCode()).isEqualTo(0);
    }

    @Test
    void validate_frameworkNotUtf8_locatedWithAdvice() throws IOException {
      String f = file("framework.yaml", "id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

      Cli.Result result = Cli.run("validate", f);

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .isEqualTo(
              f
                  + ": line 1, column 8: a character that is not UTF-8"
                  + " (1 byte); save the file as UTF-8 (CSV UTF-8 in Excel)"
                  + System.lineSeparator());
    }
  }

  @Nested
  final class FilesInPlainWords {

    @Test
    void read_folder_saysSo() {
      Cli.Result result =
          Cli.run("allocate", "--cases", dir.toString(), "--auditors", dir.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err().lines())
          .containsExactly(
              dir + ": is a folder, not a file; expected the cases file",
              dir + ": is a folder, not a file; expected the auditors file");
    }

    @Test
    void read_emptyName_saysSo() {
      Cli.Result result =
          Cli.run("sample", "--cases", "", "--as-of", "2026-11-02", "--seed", "1", "--size", "1");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).startsWith("(no file name): the cases file name is empty");
    }

    @Test
    void read_unreadable_permissionDenied() throws IOException {
      String f = file("a.csv", AUDITORS.getBytes(StandardCharsets.UTF_8));
      Path path = Path.of(f);
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
      Assumptions.assumeFalse(Files.isReadable(path), "running as a user who reads every file");
      InputProblems problems = new InputProblems();

      AuditorsCsv.read(f, Vocabulary.strict(), problems);

      assertThat(problems.lines())
          .containsExactly(f + ": cannot read the auditors file: permission" + " denied");
    }

    @Test
    void write_intoReadOnlyFolder_plainAndNoFileLeft() throws IOException {
      Path folder = Files.createDirectory(dir.resolve("ro"));
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
      Assumptions.assumeFalse(Files.isWritable(folder), "running as a user who writes everywhere");

      InputException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              InputException.class,
              () -> TextFiles.write(folder.resolve("report.html"), "<html></html>"));

      assertThat(e.problems())
          .singleElement()
          .asString()
          .doesNotContain("Exception")
          .contains("permission denied");
      try (var listing = Files.list(folder)) {
        assertThat(listing).isEmpty();
      }
    }

    @Test
    void write_toAFolder_saysSo() {
      InputException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              InputException.class, () -> TextFiles.write(dir, "x"));

      assertThat(e.problems())
          .containsExactly(dir + ": is a folder, not a file; give a file name for" + " the output");
    }

    @Test
    void write_replacesAtomically_noTemporaryFileLeft() throws IOException {
      Path target = dir.resolve("out/report.html");

      TextFiles.write(target, "one");
      TextFiles.write(target, "two");

      assertThat(Files.readString(target)).isEqualTo("two");
      try (var listing = Files.list(target.getParent())) {
        assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("report.html");
      }
    }

    @Test
    void reason_diskFull_plainWords() {
      String reason =
          TextFiles.reason(
              new java.nio.file.FileSystemException("x", null, "No space left on device"),
              "cannot write the file");

      assertThat(reason).isEqualTo("cannot write the file: the disk is full");
      assertThat(
              TextFiles.reason(
                  new java.nio.file.FileSystemException("x", null, "Read-only file system"),
                  "cannot create the folder"))
          .isEqualTo("cannot create the folder (read-only folder)");
    }

    @Test
    void decode_plainUtf8_sameText() {
      assertThat(
              TextFiles.decode(
                  "f", "cases", "a,b\n".getBytes(StandardCharsets.UTF_8), new InputProblems()))
          .isEqualTo(Optional.of("a,b\n"));
    }
  }
}
