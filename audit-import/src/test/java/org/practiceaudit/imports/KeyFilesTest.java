package org.practiceaudit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KeyFilesTest {

  @TempDir Path dir;

  @Test
  void read_trailingNewline_sameKey() throws IOException {
    Path a = Files.writeString(dir.resolve("a.key"), "0123456789abcdef0123");
    Path b = Files.writeString(dir.resolve("b.key"), "0123456789abcdef0123\r\n");
    assertThat(KeyFiles.read(a).pseudonym("sw", "Jane"))
        .isEqualTo(KeyFiles.read(b).pseudonym("sw", "Jane"));
    assertThat(KeyFiles.read(a).isRandom()).isFalse();
  }

  @Test
  void read_shortKey_refusedWithoutQuotingIt() throws IOException {
    Path key = Files.writeString(dir.resolve("short.key"), "secret\n");
    assertThatThrownBy(() -> KeyFiles.read(key))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("at least 16 bytes (6 found)")
        .hasMessageNotContaining("secret");
  }

  @Test
  void read_missing_saysSo() {
    assertThatThrownBy(() -> KeyFiles.read(dir.resolve("none.key")))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith("no such key file");
  }
}
