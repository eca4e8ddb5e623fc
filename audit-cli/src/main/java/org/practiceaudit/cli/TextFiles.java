package org.practiceaudit.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.practiceaudit.core.internal.FileProblems;

/**
 * Reading and writing the command line's files, with every failure said in plain words (issue 16
 * items 5 and 6).
 *
 * <p>Text is UTF-8, with or without a byte-order mark; UTF-16 with a byte-order mark is decoded. A
 * byte that is not UTF-8 is reported with its line and column and the advice {@value
 * Cells#SAVE_AS_UTF8}. Failures say "does not exist", "is a folder, not a file", "permission
 * denied", "read-only folder" or "the disk is full", never a Java class name. Outputs are written
 * to a temporary file beside the target and moved into place, so a failed run never leaves half a
 * file.
 */
final class TextFiles {

  /**
   * The largest file read, in bytes: far above a council's caseload, far below the memory of a
   * laptop.
   */
  static final long MAX_BYTES = 512L * 1024 * 1024;

  static final InputProblems.Kind UNREADABLE =
      new InputProblems.Kind("file that cannot be read", "files that cannot be read");
  private static final InputProblems.Kind NOT_UTF8 =
      new InputProblems.Kind("byte that is not UTF-8", "bytes that are not UTF-8");

  private TextFiles() {}

  /**
   * Reads a text file, adding a problem and returning empty if it cannot be read or decoded.
   *
   * @param file the file as the user gave it
   * @param kind what the file holds, such as {@code cases}, for messages
   */
  static Optional<String> read(String file, String kind, InputProblems problems) {
    Optional<Path> path = path(file, kind, problems);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      if (!readable(path.get(), file, kind, problems)) {
        return Optional.empty();
      }
      bytes = Files.readAllBytes(path.get());
    } catch (IOException e) {
      problems.add(file, UNREADABLE, reason(e, "cannot read the " + kind + " file"));
      return Optional.empty();
    }
    return decode(file, kind, bytes, problems);
  }

  /**
   * Reads a text file, throwing with the problem in plain words if it cannot be read or decoded.
   *
   * @throws InputException if the file cannot be read or is not text this class decodes
   */
  static String read(String file, String kind) {
    InputProblems problems = new InputProblems();
    Optional<String> text = read(file, kind, problems);
    problems.throwIfAny();
    return text.orElseThrow();
  }

  /** Tells whether a path is a file of at most {@link #MAX_BYTES}, adding a problem if not. */
  private static boolean readable(Path path, String file, String kind, InputProblems problems)
      throws IOException {
    if (Files.isDirectory(path)) {
      problems.add(file, UNREADABLE, "is a folder, not a file; expected the " + kind + " file");
      return false;
    }
    if (Files.size(path) > MAX_BYTES) {
      problems.add(
          file,
          UNREADABLE,
          "is larger than "
              + MAX_BYTES / (1024 * 1024)
              + " MB; split it, or check that it is the "
              + kind
              + " file");
      return false;
    }
    return true;
  }

  private static Optional<Path> path(String file, String kind, InputProblems problems) {
    if (file.isBlank()) {
      problems.add(
          "(no file name)",
          UNREADABLE,
          "the " + kind + " file name is empty; give the path of" + " the " + kind + " file");
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(file));
    } catch (InvalidPathException e) {
      problems.add(file, UNREADABLE, "is not a file name this system accepts");
      return Optional.empty();
    }
  }

  /** Decodes the bytes of a file by its byte-order mark, UTF-8 without one. */
  static Optional<String> decode(String file, String kind, byte[] bytes, InputProblems problems) {
    Optional<Encoding> encoding = sniff(file, bytes, bytes.length, problems);
    if (encoding.isEmpty()) {
      return Optional.empty();
    }
    return decode(file, bytes, encoding.get().skip(), encoding.get().charset(), problems);
  }

  /** How a file's text is encoded: its charset and the length of its byte-order mark. */
  private record Encoding(Charset charset, int skip) {}

  /** How many bytes at the start of a file tell its encoding. */
  private static final int SNIFF = 200;

  /**
   * Tells a file's encoding from its first bytes: by its byte-order mark, UTF-8 without one; adds a
   * problem and returns empty for a zip file (a spreadsheet) or UTF-16 without a mark.
   *
   * @param head the file's first bytes, at least {@link #SNIFF} of them unless the file is shorter
   * @param n how many bytes of {@code head} hold the file's bytes
   */
  private static Optional<Encoding> sniff(String file, byte[] head, int n, InputProblems problems) {
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_8, 3));
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16LE, 2));
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16BE, 2));
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      problems.add(
          file,
          UNREADABLE,
          "is a spreadsheet or other zip file, not a CSV file; " + Cells.SAVE_AS_UTF8);
      return Optional.empty();
    }
    if (looksLikeUtf16WithoutMark(head, n)) {
      problems.add(
          file,
          UNREADABLE,
          "looks like UTF-16 text without a byte-order mark; " + Cells.SAVE_AS_UTF8);
      return Optional.empty();
    }
    return Optional.of(new Encoding(StandardCharsets.UTF_8, 0));
  }

  /**
   * Opens a text file for reading as a stream of characters, checked and decoded as {@link #read}
   * does, so that a large file is never held whole; adds a problem and returns empty if it cannot
   * be opened.
   *
   * <p>The reader's {@code read} methods throw a {@link java.nio.charset.CharacterCodingException}
   * at the first byte that is not of the file's encoding. The caller then drops what it read and
   * calls {@link #read(String, String, InputProblems)}, which reports every such byte with its line
   * and column.
   *
   * @param file the file as the user gave it
   * @param kind what the file holds, such as {@code cases}, for messages
   */
  static Optional<Reader> open(String file, String kind, InputProblems problems) {
    Optional<Path> path = path(file, kind, problems);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    InputStream in = null;
    try {
      if (!readable(path.get(), file, kind, problems)) {
        return Optional.empty();
      }
      in = new BufferedInputStream(Files.newInputStream(path.get()), 1 << 16);
      in.mark(SNIFF);
      byte[] head = in.readNBytes(SNIFF);
      in.reset();
      Optional<Encoding> encoding = sniff(file, head, head.length, problems);
      if (encoding.isEmpty()) {
        in.close();
        return Optional.empty();
      }
      in.skipNBytes(encoding.get().skip());
      CharsetDecoder decoder =
          encoding
              .get()
              .charset()
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      return Optional.of(new InputStreamReader(in, decoder));
    } catch (IOException e) {
      closeQuietly(in);
      problems.add(file, UNREADABLE, reason(e, "cannot read the " + kind + " file"));
      return Optional.empty();
    }
  }

  private static void closeQuietly(InputStream in) {
    if (in == null) {
      return;
    }
    try {
      in.close();
    } catch (IOException e) {
      // The failure being reported matters more; the stream holds no data to lose.
    }
  }

  private static boolean looksLikeUtf16WithoutMark(byte[] bytes, int n) {
    int zeros = 0;
    int sample = Math.min(n, SNIFF);
    for (int i = 0; i < sample; i++) {
      if (bytes[i] == 0) {
        zeros++;
      }
    }
    return sample >= 4 && zeros * 4 >= sample;
  }

  /** Decodes, reporting every malformed byte sequence with its line and column. */
  private static Optional<String> decode(
      String file, byte[] bytes, int start, Charset charset, InputProblems problems) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(Math.max(16, (int) ((bytes.length - start) * 1.1) + 16));
    long line = 1;
    int column = 1;
    int counted = 0;
    int before = problems.count();
    while (true) {
      CoderResult result =
          in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
      for (int i = counted; i < out.position(); i++) {
        char c = out.get(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= out.position() || out.get(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
      counted = out.position();
      if (result.isOverflow()) {
        out = grow(out);
        continue;
      }
      if (result.isError()) {
        problems.add(file, line, column, "", NOT_UTF8, notOf(charset, result.length()));
        in.position(in.position() + result.length());
        if (out.remaining() < 1) {
          out = grow(out);
        }
        out.put('\uFFFD');
        column++;
        counted = out.position();
        continue;
      }
      if (!in.hasRemaining()) {
        break;
      }
    }
    try {
      decoder.flush(out);
    } catch (IllegalStateException e) {
      // already flushed or never started: nothing is left to write
    }
    if (problems.count() > before) {
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  /** The problem with a byte sequence of {@code length} bytes that is not of the charset. */
  private static String notOf(Charset charset, int length) {
    return "a character that is not "
        + charset.name().replace("UTF-16LE", "UTF-16").replace("UTF-16BE", "UTF-16")
        + " ("
        + Plurals.count(length, "byte", "bytes")
        + "); "
        + Cells.SAVE_AS_UTF8;
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
    out.flip();
    return bigger.put(out);
  }

  /**
   * Writes text in UTF-8 through a temporary file beside the target, moved into place when
   * complete; creates the target's folder if needed.
   *
   * @throws InputException saying in plain words why the file cannot be written
   */
  static void write(Path file, String text) {
    if (file.toString().isBlank()) {
      throw new InputException("the output file name is empty");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a folder, not a file; give a file name for the output");
    }
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Path temporary = null;
    try {
      createFolder(folder);
      temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new InputException(file + ": " + reason(e, "cannot write the file"));
    }
  }

  /**
   * Creates a folder and its parents if they do not exist.
   *
   * @throws InputException saying in plain words why the folder cannot be created
   */
  static void createFolder(Path folder) {
    if (folder == null || Files.isDirectory(folder)) {
      return;
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new InputException(folder + ": " + reason(e, "cannot create the folder"));
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The failure being reported matters more; the operating system's temporary file cleaning
      // remains.
      temporary.toFile().deleteOnExit();
    }
  }

  /** Says in plain words why an operation on a file failed ({@link FileProblems#reason}). */
  static String reason(IOException e, String what) {
    return FileProblems.reason(e, what);
  }
}
