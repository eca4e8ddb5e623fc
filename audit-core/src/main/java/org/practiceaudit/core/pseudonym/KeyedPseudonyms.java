package org.practiceaudit.core.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms for names read from a council's files: HMAC-SHA256 of the name under a key the council
 * keeps, so that the same name gets the same pseudonym month after month and cannot be turned back
 * into the name without the key (UK GDPR, Article 4(5) "pseudonymisation"; DECISIONS.md,
 * "Pseudonyms").
 *
 * <p>Names are compared as people write them: case, accents written as separate marks, runs of
 * spaces and leading or trailing spaces do not change the pseudonym, so {@code "Jane Smith "} and
 * {@code "jane smith"} are one worker.
 *
 * <p>A pseudonym is a prefix, a hyphen and 16 lower-case hexadecimal digits (the first 64 bits of
 * the HMAC), such as {@code sw-3f0a5c2e91d4b7a6}: an id of {@link PseudonymousIds}' form. Among a
 * council's few thousand workers, two names share one by chance with a probability below one in a
 * million million.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KeyedPseudonyms {

  /** The fewest key bytes accepted: 128 bits. */
  public static final int MINIMUM_KEY_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;
  private final boolean random;

  /** One initialised MAC per thread: looking up and keying a MAC costs more than computing one. */
  private final ThreadLocal<Mac> macs;

  private KeyedPseudonyms(byte[] key, boolean random) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.random = random;
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /**
   * Obtains the pseudonyms of a key.
   *
   * @param key the key's bytes, at least {@link #MINIMUM_KEY_BYTES}; not null; copied
   * @return the pseudonyms, not null
   * @throws IllegalArgumentException if the key is shorter than {@link #MINIMUM_KEY_BYTES}
   */
  public static KeyedPseudonyms of(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MINIMUM_KEY_BYTES) {
      throw new IllegalArgumentException(
          "a pseudonym key must have at least " + MINIMUM_KEY_BYTES + " bytes: " + key.length);
    }
    return new KeyedPseudonyms(Arrays.copyOf(key, key.length), false);
  }

  /**
   * Obtains the pseudonyms of a fresh random key of 32 bytes, for one run: its pseudonyms match no
   * other run's.
   *
   * @param random the source of the key; not null
   * @return the pseudonyms, not null, for which {@link #isRandom()} is true
   */
  public static KeyedPseudonyms random(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    byte[] key = new byte[32];
    random.nextBytes(key);
    return new KeyedPseudonyms(key, true);
  }

  /**
   * Tells whether the key was drawn at random for this run, so that its pseudonyms match no other
   * run's.
   *
   * @return true for {@link #random(SecureRandom)}, false for {@link #of(byte[])}
   */
  public boolean isRandom() {
    return random;
  }

  /**
   * Returns the pseudonym of a name.
   *
   * @param prefix what the pseudonym names, such as {@code sw} for a social worker: 1 to 8
   *     lower-case letters or digits; not null
   * @param name the name, not blank; not null
   * @return the prefix, a hyphen and 16 hexadecimal digits, such as {@code sw-3f0a5c2e91d4b7a6}
   * @throws IllegalArgumentException if the prefix is not 1 to 8 lower-case letters or digits, or
   *     the name is blank (the message never quotes the name)
   */
  public String pseudonym(String prefix, String name) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(name, "name");
    if (!prefix.matches("[a-z0-9]{1,8}")) {
      throw new IllegalArgumentException(
          "a pseudonym prefix is 1 to 8 lower-case letters or digits: '" + prefix + "'");
    }
    String normal = normalise(name);
    if (normal.isEmpty()) {
      throw new IllegalArgumentException("cannot make a pseudonym of a blank name");
    }
    byte[] mac = mac(prefix + ":" + normal);
    char[] text = new char[16];
    for (int i = 0; i < 8; i++) {
      text[2 * i] = HEX[(mac[i] >> 4) & 0xF];
      text[2 * i + 1] = HEX[mac[i] & 0xF];
    }
    return prefix + "-" + new String(text);
  }

  /** Returns a name as compared: NFKC, lower case, spaces collapsed and stripped. */
  static String normalise(String name) {
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
    return nfkc.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private byte[] mac(String text) {
    // doFinal resets the MAC to its initial keyed state, ready for the next name.
    return macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256 (Mac's javadoc), and the key is never empty.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * Describes the pseudonyms without their key.
   *
   * @return {@code KeyedPseudonyms[random key]} or {@code KeyedPseudonyms[council key]}
   */
  @Override
  public String toString() {
    return "KeyedPseudonyms[" + (random ? "random key" : "council key") + "]";
  }
}
