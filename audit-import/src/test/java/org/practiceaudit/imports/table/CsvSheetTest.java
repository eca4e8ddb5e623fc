package org.practiceaudit.imports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.imports.ImportException;

final class CsvSheetTest {

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path path = dir.resolve("list-6.csv");
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static List<Line> lines(CsvSheet sheet) {
    return sheet.rows().collect(Collectors.toList());
  }

  @Nested
  final class Reading {
    @Test
    void read_byteOrderMarkAndBlankLine_markSkippedBlankLineOneEmptyCell() throws IOException {
      CsvSheet sheet = CsvSheet.read(file("\uFEFFChild Unique ID,Team\n\nC1,\"Team, A\"\n"));

      List<Line> lines = lines(sheet);
      assertThat(sheet.name()).isEqualTo("list-6");
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0).value(0)).isEqualTo("Child Unique ID");
      assertThat(lines.get(1).width()).isEqualTo(1);
      assertThat(lines.get(1).value(0)).isEqualTo("");
      assertThat(lines.get(2).number()).isEqualTo(3);
      assertThat(lines.get(2).value(1)).isEqualTo("Team, A");
    }

    @Test
    void read_quotedCellOverTwoLines_numberedByItsFirstLine() throws IOException {
      List<Line> lines = lines(CsvSheet.read(file("id,note\nC1,\"two\nlines\"\nC2,x\n")));

      assertThat(lines).extracting(Line::number).containsExactly(1, 2, 4);
      assertThat(lines.get(1).value(1)).isEqualTo("two\nlines");
    }

    @Test
    void read_quoteInsideUnquotedCell_keptAsText() throws IOException {
      assertThat(lines(CsvSheet.read(file("id,note\nC1,6\" tall\n"))).get(1).value(1))
          .isEqualTo("6\" tall");
    }
  }

  @Nested
  final class Malformed {
    @Test
    void read_quoteNeverClosed_malformedAfterTheLastGoodLine() throws IOException {
      Path path = file("id,note\nC1,x\nC2,\"open\nC3,y\n");

      assertThatThrownBy(() -> CsvSheet.read(path))
          .isInstanceOf(ImportException.class)
          .hasMessage(path + ": malformed CSV after line 2 (an unclosed or stray quote?)");
    }

    @Test
    void read_textAfterClosingQuote_malformed() throws IOException {
      Path path = file("id,note\nC1,\"x\"y\n");

      assertThatThrownBy(() -> CsvSheet.read(path))
          .isInstanceOf(ImportException.class)
          .hasMessage(path + ": malformed CSV after line 1 (an unclosed or stray quote?)");
    }

    @Test
    void read_notUtf8_asksForCsvUtf8() throws IOException {
      Path path = dir.resolve("latin1.csv");
      Files.write(path, new byte[] {'i', 'd', '\n', 'C', (byte) 0xE9, '\n'});

      assertThatThrownBy(() -> CsvSheet.read(path))
          .isInstanceOf(ImportException.class)
          .hasMessage(path + ": not UTF-8 text; save it as CSV UTF-8");
    }
  }
}
