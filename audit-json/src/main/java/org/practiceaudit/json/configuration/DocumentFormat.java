package org.practiceaudit.json.configuration;

import java.util.Locale;

/**
 * The text formats a configuration document may be written in. Validation, messages and line:column
 * positions are the same for both.
 */
public enum DocumentFormat {
  /** JSON (RFC 8259). */
  JSON,
  /** YAML 1.2, which lets authors comment their local choices. */
  YAML;

  /**
   * Guesses the format from a file name: {@code .yaml} and {@code .yml} are YAML, anything else
   * JSON.
   *
   * @param fileName the file name; not null
   * @return the format
   */
  public static DocumentFormat fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
  }
}
