package org.practiceaudit.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest behind the fingerprints of populations and samples and the derivation of
 * sub-seeds: a new digest, and bytes in lower-case hexadecimal.
 */
public final class Sha256 {

  private Sha256() {}

  /**
   * Returns a new SHA-256 digest.
   *
   * @return the digest, for one use
   */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest javadoc).
      throw new IllegalStateException("SHA-256 is not available on this Java platform", e);
    }
  }

  /**
   * Writes bytes in lower-case hexadecimal.
   *
   * @param bytes the bytes; not null
   * @return two characters a byte
   */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
