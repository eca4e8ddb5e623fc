package org.practiceaudit.rules.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.FrameworkCatalogue;
import org.practiceaudit.rules.grading.GradeBands;

/**
 * What changed between two versions of a framework: domains added, removed or renamed, scales,
 * indicators, grades and grade bands, audit types, escalation categories and their follow-ups,
 * sampling plans, quotas, moderation, the programme, rules and their parameters; and whether audits
 * made under the older version can still be reported beside the newer, as {@link
 * FrameworkCatalogue#notComparable} decides (issue 18, {@code diff}).
 *
 * <p>Things are matched by id (domains, indicators within their domain, audit types, rules), level
 * (escalation categories), name (sampling plans) or role (quotas). Before and after are told in the
 * words of {@link FrameworkWords}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkDiff {

  /** What happened to a thing. */
  public enum Kind {
    /** Only the newer version has it. */
    ADDED,
    /** Only the older version has it. */
    REMOVED,
    /** Both have it, under a new title or name. */
    RENAMED,
    /** Both have it, with a difference told by before and after. */
    CHANGED;

    /**
     * Returns the kind's text form.
     *
     * @return {@code added}, {@code removed}, {@code renamed} or {@code changed}
     */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One change.
   *
   * @param area what kind of thing changed: {@code framework}, {@code calendar}, {@code audit-due},
   *     {@code grade-scale}, {@code grade-bands}, {@code domain}, {@code domain-scale}, {@code
   *     domain-guidance}, {@code indicator}, {@code audit-type}, {@code escalation-category},
   *     {@code escalation-follow-up}, {@code sampling-plan}, {@code quota}, {@code moderation},
   *     {@code programme}, {@code rule} or {@code rule-parameter}
   * @param subject the thing's id, such as {@code assessment}, {@code category-2}, {@code
   *     assessment/child-seen} (an indicator in its domain) or a rule id
   * @param kind what happened to it
   * @param before the older version's words; empty for an addition
   * @param after the newer version's words; empty for a removal
   */
  public record Change(String area, String subject, Kind kind, String before, String after) {

    /**
     * Checks the change.
     *
     * @param area the area; not null
     * @param subject the subject; not null
     * @param kind the kind; not null
     * @param before the older words; not null
     * @param after the newer words; not null
     */
    public Change {
      Objects.requireNonNull(area, "area");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    /**
     * Returns the change on one line, such as {@code domain assessment renamed: 'Assessment' ->
     * 'Assessment of need'}.
     *
     * @return the line
     */
    @Override
    public String toString() {
      String head = area + " " + subject + " " + kind;
      switch (kind) {
        case ADDED:
          return head + ": " + after;
        case REMOVED:
          return head + ": " + before;
        default:
          return head + ": " + before + " -> " + after;
      }
    }
  }

  private final AuditFramework older;
  private final AuditFramework newer;
  private final List<Change> changes;
  private final List<String> notComparable;

  private FrameworkDiff(AuditFramework older, AuditFramework newer, List<Change> changes) {
    this.older = older;
    this.newer = newer;
    this.changes = List.copyOf(changes);
    this.notComparable = FrameworkCatalogue.notComparable(older, newer);
  }

  /**
   * Compares two versions of a framework.
   *
   * @param older the older version with its rules and settings; not null
   * @param olderBands the older configuration's grade bands, if any; not null
   * @param newer the newer version; not null
   * @param newerBands the newer configuration's grade bands, if any; not null
   * @return the differences, in the order of the sections of {@link FrameworkWords#account}
   */
  public static FrameworkDiff between(
      LocalFramework older,
      Optional<GradeBands> olderBands,
      LocalFramework newer,
      Optional<GradeBands> newerBands) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(olderBands, "olderBands");
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(newerBands, "newerBands");
    return new FrameworkDiff(
        older.framework(),
        newer.framework(),
        FrameworkChanges.between(older, olderBands, newer, newerBands));
  }

  /**
   * Returns the changes, framework first, rules last.
   *
   * @return an unmodifiable list; empty when the versions say the same
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Tells whether the two versions say the same.
   *
   * @return true when there is no change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns why audits made under the older version cannot be reported beside the newer.
   *
   * @return the reasons; empty when they can (same domains, scored on the same ranges, same grades)
   */
  public List<String> notComparable() {
    return notComparable;
  }

  /**
   * Tells whether audits made under the older version can be reported beside audits made under the
   * newer.
   *
   * @return true when {@link #notComparable()} is empty
   */
  public boolean comparable() {
    return notComparable.isEmpty();
  }

  /**
   * Tells whether the newer version's number comes after the older's in {@link
   * FrameworkCatalogue}'s order.
   *
   * @return true if the version is later
   */
  public boolean versionIsLater() {
    return FrameworkCatalogue.versionOrder().compare(older.version(), newer.version()) < 0;
  }

  /**
   * Returns the older version.
   *
   * @return the framework
   */
  public AuditFramework older() {
    return older;
  }

  /**
   * Returns the newer version.
   *
   * @return the framework
   */
  public AuditFramework newer() {
    return newer;
  }
}
