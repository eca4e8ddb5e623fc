package org.practiceaudit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class Sha256Test {

  @Test
  void hex_sha256OfEmpty_isTheKnownDigest() {
    assertThat(Sha256.hex(Sha256.newDigest().digest(new byte[0])))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void hex_sha256OfAbc_isTheFips180Example() {
    assertThat(Sha256.hex(Sha256.newDigest().digest("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
