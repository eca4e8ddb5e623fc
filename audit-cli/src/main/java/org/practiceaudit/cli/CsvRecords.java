package org.practiceaudit.cli;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * How {@link CsvFile} reads records with FastCSV: the cells of each record with the line it starts
 * on, and the quotes of the text, to report a quote that is never closed as commons-csv and RFC
 * 4180 do.
 */
final class CsvRecords {

  private CsvRecords() {}

  /**
   * FastCSV's callback: the cells of one record, each stripped of white space at both ends as it is
   * made into a string (strings of no characters are shared), and the line the record starts on.
   */
  static final class RecordCells extends CsvCallbackHandler<String[]> {
    long line;
    private String[] fields = new String[16];
    private int count;
    private RecordType type = RecordType.DATA;

    @Override
    protected RecordType getRecordType() {
      return type;
    }

    @Override
    protected int getFieldCount() {
      return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
      line = startingLineNumber;
      count = 0;
      type = RecordType.DATA;
    }

    @Override
    protected void addField(char[] buffer, int offset, int length, boolean quoted) {
      int from = offset;
      int to = offset + length;
      while (from < to && Character.isWhitespace(buffer[from])) {
        from++;
      }
      while (to > from && Character.isWhitespace(buffer[to - 1])) {
        to--;
      }
      if (count == fields.length) {
        fields = Arrays.copyOf(fields, count * 2);
      }
      fields[count++] = from == to ? "" : new String(buffer, from, to - from);
    }

    @Override
    protected void setComment(char[] buffer, int offset, int length) {
      type = RecordType.COMMENT;
    }

    @Override
    protected void setEmpty() {
      type = RecordType.EMPTY;
    }

    @Override
    protected String[] buildRecord() {
      return Arrays.copyOf(fields, count);
    }
  }

  /**
   * Follows the quotes of the text FastCSV reads, to tell whether it ends inside a quoted cell:
   * FastCSV takes a quote that is never closed as running to the end of the file, where commons-csv
   * and RFC 4180 see a malformed file. A quote opens a quoted cell at the start of a cell only;
   * inside one, two quotes are one quote and a single quote closes it. Only quotes are looked at,
   * so the cost is a scan for them.
   */
  static final class QuoteTracking extends FilterReader {
    private static final int OUTSIDE = 0;
    private static final int INSIDE = 1;
    private static final int QUOTE_INSIDE = 2;
    private int state = OUTSIDE;
    private char last = '\n';

    QuoteTracking(Reader in) {
      super(in);
    }

    boolean inQuotes() {
      return state == INSIDE;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n <= 0) {
        return n;
      }
      int end = offset + n;
      int i = offset;
      while (i < end) {
        if (state == QUOTE_INSIDE) {
          state = buffer[i] == '"' ? INSIDE : OUTSIDE;
          i++;
          continue;
        }
        while (i < end && buffer[i] != '"') {
          i++;
        }
        if (i == end) {
          break;
        }
        if (state == INSIDE) {
          state = QUOTE_INSIDE;
        } else {
          char before = i > offset ? buffer[i - 1] : last;
          if (before == ',' || before == '\n' || before == '\r') {
            state = INSIDE;
          }
        }
        i++;
      }
      last = buffer[end - 1];
      return n;
    }
  }
}
