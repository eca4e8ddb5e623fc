package org.practiceaudit.imports;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.practiceaudit.core.internal.KebabCase;
import org.practiceaudit.core.pseudonym.KeyedPseudonyms;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * What an import keeps and how: the day it is as of, the key of the workers' pseudonyms, the
 * attributes asked for, and the most a workbook may inflate to.
 *
 * <pre>{@code
 * ImportOptions options = ImportOptions.builder()
 *     .asOf(LocalDate.of(2026, 11, 30))
 *     .pseudonyms(KeyFiles.read(Path.of("audit.key")))
 *     .addAttributes("age-band", "legal-status")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class ImportOptions {

  /** The default cap on a workbook's uncompressed size: 1 GiB. */
  public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 1L << 30;

  /** The team of a case whose file names none (blank, {@code #N/A}, or no team column). */
  public static final String UNKNOWN_TEAM = "unknown";

  ImportOptions() {}

  /**
   * Returns the day the import is as of: ages are counted to it, and SSDA903's current period of
   * care and social worker are the ones on it.
   *
   * @return the day, or empty when neither ages nor SSDA903 are read
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns the keyed pseudonyms that replace the workers' names.
   *
   * @return the pseudonyms; by default a random key for this run (see {@link
   *     KeyedPseudonyms#isRandom()})
   */
  @Value.Default
  public KeyedPseudonyms pseudonyms() {
    return KeyedPseudonyms.random(new SecureRandom());
  }

  /**
   * Returns the attributes to keep, such as {@code age-band} or {@code legal-status}.
   *
   * @return the names, lower-case kebab-case; empty to keep none
   */
  public abstract Set<String> attributes();

  /**
   * Returns the most a workbook may inflate to; a larger one is refused as a possible zip bomb.
   *
   * @return bytes, more than 0
   */
  @Value.Default
  public long maxUncompressedBytes() {
    return DEFAULT_MAX_UNCOMPRESSED_BYTES;
  }

  /**
   * Returns the day the import is as of, which some reading needs.
   *
   * @param why what needs it, for the message
   * @return the day
   * @throws ImportException if no day was given
   */
  public LocalDate requireAsOf(String why) {
    return asOf().orElseThrow(() -> new ImportException("an as-of date is needed " + why));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableImportOptions.Builder builder() {
    return ImmutableImportOptions.builder();
  }

  @Value.Check
  void check() {
    if (maxUncompressedBytes() <= 0) {
      throw new IllegalArgumentException(
          "the most a workbook may inflate to must be more than 0 bytes: "
              + maxUncompressedBytes());
    }
    for (String attribute : attributes()) {
      if (!KebabCase.isId(attribute)) {
        throw new IllegalArgumentException(
            "attribute names are lower-case kebab-case, such as"
                + " age-band: '"
                + attribute
                + "'");
      }
    }
  }
}
