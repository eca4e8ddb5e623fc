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
 * Every version of the frameworks a service knows, so that each audit is read against the version
 * it was made under.
 *
 * <p>Versions compare part by part, numerically where both parts are numbers: {@code 2017.2} comes
 * before {@code 2017.10}; a number comes before a word ({@code 2.0} before {@code 2.rc}); and a
 * version with more parts after an equal prefix is later ({@code 2017} before {@code 2017.1}).
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
    all.sort(
        Comparator.comparing(AuditFramework::id)
            .thenComparing(AuditFramework::version, VERSION_ORDER));
    return List.copyOf(all);
  }

  /**
   * Returns the order of versions this catalogue uses: part by part, numerically where both parts
   * are numbers, a number before a word, and a longer version after an equal prefix.
   *
   * @return the comparator; {@code 2017.2} comes before {@code 2017.10}
   */
  public static Comparator<String> versionOrder() {
    return VERSION_ORDER;
  }

  /**
   * Tells why audits made under one version of a framework cannot be reported beside audits made
   * under another: the two must have the same domains (by id), each scored on the same range, and
   * the same grade scale; titles, anchors, indicators, rules and the rest may change (issue 18,
   * {@code diff}).
   *
   * @param older the earlier version; not null
   * @param newer the later version; not null
   * @return the reasons, one sentence each; empty when audits of both versions can be reported
   *     together
   */
  public static List<String> notComparable(AuditFramework older, AuditFramework newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    List<String> reasons = new ArrayList<>();
    if (!older.id().equals(newer.id())) {
      reasons.add("the frameworks differ: '" + older.id() + "' and '" + newer.id() + "'");
    }
    for (Domain domain : older.domains()) {
      Optional<Domain> same = newer.domain(domain.id());
      if (same.isEmpty()) {
        reasons.add("domain '" + domain.id() + "' is removed");
      } else if (same.get().scoreScale().min() != domain.scoreScale().min()
          || same.get().scoreScale().max() != domain.scoreScale().max()) {
        reasons.add(
            "domain '"
                + domain.id()
                + "' is scored "
                + same.get().scoreScale()
                + " instead of "
                + domain.scoreScale());
      }
    }
    for (Domain domain : newer.domains()) {
      if (older.domain(domain.id()).isEmpty()) {
        reasons.add("domain '" + domain.id() + "' is added");
      }
    }
    if (!older.gradeScale().id().equals(newer.gradeScale().id())
        || !labels(older).equals(labels(newer))) {
      reasons.add(
          "the grade scale changes from " + older.gradeScale() + " to " + newer.gradeScale());
    }
    return List.copyOf(reasons);
  }

  private static List<String> labels(AuditFramework framework) {
    List<String> labels = new ArrayList<>();
    framework.gradeScale().grades().forEach(g -> labels.add(g.label()));
    return labels;
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
      return xs.length() != ys.length()
          ? Integer.compare(xs.length(), ys.length())
          : xs.compareTo(ys);
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
