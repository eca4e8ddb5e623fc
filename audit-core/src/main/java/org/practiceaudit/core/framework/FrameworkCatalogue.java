package org.practiceaudit.core.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;

/**
 * Every version of the frameworks a service knows, so that each audit is read against the version it was
 * made under.
 *
 * <p>Versions compare part by part, numerically where both parts are numbers: {@code 2017.2} comes before
 * {@code 2017.10}; a number comes before a word ({@code 2.0} before {@code 2.rc}); and a version with
 * more parts after an equal prefix is later ({@code 2017} before {@code 2017.1}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkCatalogue {

  private static final Comparator<String> VERSION_ORDER = FrameworkCatalogue::compareVersions;

  private final Map<String, AuditFramework> byKey;

  private FrameworkCatalogue(Map<String, AuditFramework> byKey) {
    this.byKey = byKey;
  }

  /**
   * Obtains a catalogue of frameworks.
   *
   * @param frameworks the frameworks, at most one per id and version; not null
   * @return the catalogue
   * @throws IllegalArgumentException if two frameworks share an id and version
   */
  public static FrameworkCatalogue of(Collection<AuditFramework> frameworks) {
    Objects.requireNonNull(frameworks, "frameworks");
    Map<String, AuditFramework> map = new LinkedHashMap<>();
    for (AuditFramework framework : frameworks) {
      Objects.requireNonNull(framework, "framework");
      String key = framework.id() + "@" + framework.version();
      if (map.put(key, framework) != null) {
        throw new IllegalArgumentException("duplicate framework version: " + key);
      }
    }
    return new FrameworkCatalogue(Map.copyOf(map));
  }

  /**
   * Finds one version of a framework.
   *
   * @param id the framework id; not null
   * @param version the version; not null
   * @return the framework, or empty if the catalogue does not have that version
   */
  public Optional<AuditFramework> find(String id, String version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    return Optional.ofNullable(byKey.get(id + "@" + version));
  }

  /**
   * Finds the latest version of a framework.
   *
   * @param id the framework id; not null
   * @return the framework with the highest version, or empty if the catalogue has no version of it
   */
  public Optional<AuditFramework> latest(String id) {
    Objects.requireNonNull(id, "id");
    return byKey.values().stream()
        .filter(f -> f.id().equals(id))
        .max(Comparator.comparing(AuditFramework::version, VERSION_ORDER));
  }

  /**
   * Finds the framework version an audit was made under.
   *
   * @param audit the audit; not null
   * @return the framework, or empty if the catalogue does not have that version
   */
  public Optional<AuditFramework> frameworkOf(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    return find(audit.frameworkId(), audit.frameworkVersion());
  }

  /**
   * Returns every framework in the catalogue, ordered by id then version.
   *
   * @return an unmodifiable list
   */
  public List<AuditFramework> frameworks() {
    List<AuditFramework> all = new ArrayList<>(byKey.values());
    all.sort(Comparator.comparing(AuditFramework::id).thenComparing(AuditFramework::version, VERSION_ORDER));
    return List.copyOf(all);
  }

  static int compareVersions(String a, String b) {
    String[] pa = a.split("[.-]");
    String[] pb = b.split("[.-]");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = compareParts(pa[i], pb[i]);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(pa.length, pb.length);
    // versions equal part by part ("2017.1", "2017-1", "2017.01") still need a fixed order
    return c != 0 ? c : a.compareTo(b);
  }

  /** Numbers by value (any length) before words; words by text. A total order. */
  private static int compareParts(String x, String y) {
    boolean xNumber = x.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    boolean yNumber = y.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    if (xNumber && yNumber) {
      String xs = x.replaceFirst("^0+(?=.)", "");
      String ys = y.replaceFirst("^0+(?=.)", "");
      return xs.length() != ys.length() ? Integer.compare(xs.length(), ys.length()) : xs.compareTo(ys);
    }
    if (xNumber != yNumber) {
      return xNumber ? -1 : 1;
    }
    return x.compareTo(y);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FrameworkCatalogue && ((FrameworkCatalogue) obj).byKey.equals(byKey);
  }

  @Override
  public int hashCode() {
    return byKey.hashCode();
  }

  @Override
  public String toString() {
    return "FrameworkCatalogue" + byKey.keySet();
  }
}
