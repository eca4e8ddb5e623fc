package org.practiceaudit.imports.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.practiceaudit.core.internal.FileProblems;
import org.practiceaudit.imports.ImportException;

/**
 * Opens what a council gives: an .xlsx workbook (recognised by its content, whatever its name), a
 * folder of CSV files or one CSV file, each as a list of {@link Sheet}s.
 *
 * <p>Before a workbook is read, its zip entries are inflated once to count their size, so that a
 * zip bomb (a small file that inflates to gigabytes) is refused before any XML is parsed. Excel
 * 97-2003 workbooks, password-protected workbooks and OpenDocument spreadsheets are refused with
 * advice.
 */
public final class Tables implements Closeable {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ENCRYPTED = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

  private final List<Sheet> sheets;
  private final boolean date1904;
  private final Closeable resource;

  private Tables(List<Sheet> sheets, boolean date1904, Closeable resource) {
    this.sheets = List.copyOf(sheets);
    this.date1904 = date1904;
    this.resource = resource;
  }

  /**
   * Tells whether a file is a workbook by its first bytes: a zip archive (.xlsx, and also .ods) or
   * an OLE2 compound file (.xls, and password-protected .xlsx). Its name does not count.
   *
   * @param path the file; not null
   * @return true if the file starts as a workbook does; false if it does not, or cannot be read
   */
  public static boolean isWorkbook(Path path) {
    byte[] head = head(path);
    return startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP) || startsWith(head, OLE2);
  }

  /**
   * Opens a workbook, a folder of CSV files or one CSV file.
   *
   * @param path the file or folder; not null
   * @param maxUncompressedBytes the most a workbook may inflate to, in bytes; more is refused as a
   *     zip bomb
   * @return the sheets, to be closed after reading
   * @throws ImportException if the path cannot be read or is a workbook this library does not read
   */
  public static Tables open(Path path, long maxUncompressedBytes) {
    if (Files.isDirectory(path)) {
      return csvFolder(path);
    }
    if (!Files.exists(path)) {
      throw new ImportException(path + ": no such file or folder");
    }
    byte[] head = head(path);
    if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
      inspectZip(path, maxUncompressedBytes);
      return Xlsx.open(path);
    }
    if (startsWith(head, OLE2)) {
      throw new ImportException(
          path
              + ": "
              + (isEncrypted(path)
                  ? "the workbook is password-protected; remove the password in Excel (File > Info > Protect"
                      + " Workbook > Encrypt with Password, clear it), save it as .xlsx and try again"
                  : "an Excel 97-2003 (.xls) workbook, which is not read; save it as Excel Workbook (.xlsx), or"
                      + " export the lists as CSV"));
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")
        || name.endsWith(".xlsm")
        || name.endsWith(".xls")
        || name.endsWith(".ods")) {
      throw new ImportException(
          path
              + ": not a readable workbook (corrupt or truncated?); save it"
              + " again as Excel Workbook (.xlsx), or export the lists as CSV");
    }
    return new Tables(List.of(CsvSheet.read(path)), false, () -> {});
  }

  private static Tables csvFolder(Path folder) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new ImportException(
          folder + ": " + FileProblems.reason(e, "cannot list the folder"), e);
    }
    if (files.isEmpty()) {
      throw new ImportException(
          folder
              + ": no .csv file in the folder; expected the lists as CSV"
              + " files, such as 'List 6.csv'");
    }
    List<Sheet> sheets = new ArrayList<>();
    for (Path file : files) {
      sheets.add(CsvSheet.read(file));
    }
    return new Tables(sheets, false, () -> {});
  }

  /**
   * Inflates every entry once, counting bytes, and refuses OpenDocument, zip bombs and
   * non-workbooks.
   */
  private static void inspectZip(Path path, long max) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      boolean workbook = false;
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (entry.getName().equals("mimetype")) {
          try (InputStream in = zip.getInputStream(entry)) {
            String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII);
            if (type.startsWith("application/vnd.oasis.opendocument")) {
              throw new ImportException(
                  path
                      + ": an OpenDocument spreadsheet (.ods), which is not read;"
                      + " save it as Excel Workbook (.xlsx), or export the lists as CSV");
            }
          }
        }
        workbook |= entry.getName().equals("xl/workbook.xml");
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
              throw new ImportException(
                  path
                      + ": the workbook inflates to more than "
                      + mebibytes(max)
                      + " (a zip bomb?); the limit protects this machine: split the workbook, or raise the"
                      + " limit if the file is genuine");
            }
          }
        }
      }
      if (!workbook) {
        throw new ImportException(
            path
                + ": a zip archive but not an Excel workbook (no"
                + " xl/workbook.xml); save it as Excel Workbook (.xlsx), or export the lists as CSV");
      }
    } catch (ZipException e) {
      throw new ImportException(
          path
              + ": the workbook is corrupt (it cannot be unzipped); save it"
              + " again as Excel Workbook (.xlsx)",
          e);
    } catch (IOException e) {
      throw new ImportException(
          path + ": " + FileProblems.reason(e, "cannot read the workbook"), e);
    }
  }

  private static String mebibytes(long bytes) {
    return (bytes / (1024 * 1024)) + " MiB";
  }

  private static boolean isEncrypted(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] content = in.readNBytes(64 * 1024 * 1024);
      for (int i = 0; i + ENCRYPTED.length <= content.length; i++) {
        if (content[i] == ENCRYPTED[0]
            && Arrays.equals(content, i, i + ENCRYPTED.length, ENCRYPTED, 0, ENCRYPTED.length)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] head(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(8);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** Wraps a workbook's sheets. */
  static Tables of(List<Sheet> sheets, boolean date1904, Closeable resource) {
    return new Tables(sheets, date1904, resource);
  }

  /**
   * Returns the sheets, in the workbook's order (or the CSV files' names' order).
   *
   * @return the sheets, not empty
   */
  public List<Sheet> sheets() {
    return sheets;
  }

  /**
   * Tells whether the workbook counts dates from 1904.
   *
   * @return true for a workbook in the 1904 date system; false otherwise and for CSV
   */
  public boolean date1904() {
    return date1904;
  }

  /**
   * Closes the workbook.
   *
   * @throws IOException if closing the file fails
   */
  @Override
  public void close() throws IOException {
    resource.close();
  }
}
