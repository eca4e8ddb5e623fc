package org.practiceaudit.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.practiceaudit.core.pseudonym.KeyedPseudonyms;
import org.practiceaudit.imports.KeyFiles;
import picocli.CommandLine.Option;

/**
 * The {@code --key-file} option of the commands that read councils' own files (Annex A, SSDA903).
 */
final class KeyFileOption {

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description =
          "The council's key for workers' pseudonyms (HMAC-SHA256), at least 16 bytes, such as"
              + " made by 'openssl rand -hex 32'. Without it, a random key is used for this run and the"
              + " pseudonyms match no other run's.")
  Path keyFile;

  /** Returns the pseudonyms of the key file, or of a random key for this run if none. */
  KeyedPseudonyms pseudonyms() {
    return keyFile != null ? KeyFiles.read(keyFile) : KeyedPseudonyms.random(new SecureRandom());
  }
}
