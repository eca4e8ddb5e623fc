package org.practiceaudit.json.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.json.configuration.DocumentFormat;
import org.practiceaudit.json.configuration.FrameworkConfiguration;
import org.practiceaudit.json.configuration.FrameworkLoader;

/**
 * The frameworks of the five source documents, bundled as configuration documents that double as
 * worked examples for configuration authors: Dudley (2017), Dorset (2019), Camden (2021-22),
 * Hillingdon (2016, written in YAML with comments) and the London multi-agency audit pack.
 *
 * <pre>{@code
 * FrameworkConfiguration dudley = BundledFrameworks.load("dudley");
 * String text = BundledFrameworks.text("hillingdon");  // the YAML document itself
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundledFrameworks {

  private static final Map<String, String> RESOURCES = resources();

  private BundledFrameworks() {}

  private static Map<String, String> resources() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("camden", "camden.json");
    map.put("dorset", "dorset.json");
    map.put("dudley", "dudley.json");
    map.put("hillingdon", "hillingdon.yaml");
    map.put("london-multi-agency", "london-multi-agency.json");
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Returns the ids of the bundled frameworks.
   *
   * @return an unmodifiable set, in alphabetical order
   */
  public static Set<String> ids() {
    return RESOURCES.keySet();
  }

  /**
   * Returns the text of a bundled framework's document.
   *
   * @param id one of {@link #ids()}; not null
   * @return the document, JSON or YAML
   * @throws AuditException if no framework has that id; the message lists the ids
   */
  public static String text(String id) {
    Objects.requireNonNull(id, "id");
    String resource = RESOURCES.get(id);
    if (resource == null) {
      throw new AuditException("unknown bundled framework '" + id + "'; expected one of " + ids());
    }
    try (InputStream in = BundledFrameworks.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled framework missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the format of a bundled framework's document.
   *
   * @param id one of {@link #ids()}; not null
   * @return JSON or YAML
   * @throws AuditException if no framework has that id
   */
  public static DocumentFormat format(String id) {
    text(id);
    return DocumentFormat.fromFileName(RESOURCES.get(id));
  }

  /**
   * Loads a bundled framework.
   *
   * @param id one of {@link #ids()}; not null
   * @return the configuration
   * @throws AuditException if no framework has that id
   */
  public static FrameworkConfiguration load(String id) {
    return FrameworkLoader.standard().load(text(id), format(id), "bundled framework '" + id + "'");
  }
}
