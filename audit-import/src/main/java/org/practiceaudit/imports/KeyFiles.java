package org.practiceaudit.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.practiceaudit.core.internal.FileProblems;
import org.practiceaudit.core.pseudonym.KeyedPseudonyms;

/**
 * Reads the key of workers' pseudonyms from the file a council keeps, such as one made with {@code
 * openssl rand -hex 32 > audit.key}. The key is the file's bytes, less trailing line breaks and
 * spaces (so that an editor adding a newline changes nothing); at least 16 bytes.
 */
public final class KeyFiles {

  private KeyFiles() {}

  /**
   * Reads a key file.
   *
   * @param path the file; not null
   * @return the pseudonyms of the key
   * @throws ImportException if the file cannot be read or holds fewer than 16 bytes (the message
   *     never quotes the key)
   */
  public static KeyedPseudonyms read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ImportException(path + ": no such key file");
    } catch (IOException e) {
      throw new ImportException(
          path + ": " + FileProblems.reason(e, "cannot read the key file"), e);
    }
    int end = bytes.length;
    while (end > 0
        && (bytes[end - 1] == '\n'
            || bytes[end - 1] == '\r'
            || bytes[end - 1] == ' '
            || bytes[end - 1] == '\t')) {
      end--;
    }
    if (end < KeyedPseudonyms.MINIMUM_KEY_BYTES) {
      throw new ImportException(
          path
              + ": a key file holds at least "
              + KeyedPseudonyms.MINIMUM_KEY_BYTES
              + " bytes ("
              + end
              + " found); make one with 'openssl rand -hex 32 > "
              + path.getFileName()
              + "' and keep it safe");
    }
    return KeyedPseudonyms.of(Arrays.copyOf(bytes, end));
  }
}
