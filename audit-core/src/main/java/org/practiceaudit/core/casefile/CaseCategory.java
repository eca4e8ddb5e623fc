package org.practiceaudit.core.casefile;

import java.util.List;
import java.util.Map;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.internal.AliasedIds;

/**
 * The category of a case, such as child in need or looked after; an open set.
 *
 * <p>The constants are the categories the source documents name; a council may use any other
 * lower-case kebab-case id (for example {@code youth-justice}). {@link #parse(String)} also accepts
 * the abbreviations councils write: CIN, CP, LAC, CLA, CIC, CWAD, EH, MASH.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseCategory implements Comparable<CaseCategory> {

  /** Child in need, Children Act 1989 section 17 (CIN). */
  public static final CaseCategory CHILD_IN_NEED = new CaseCategory("child-in-need");

  /** Child protection plan (CP). */
  public static final CaseCategory CHILD_PROTECTION = new CaseCategory("child-protection");

  /** Looked-after child, child in care (LAC, CLA, CIC). */
  public static final CaseCategory LOOKED_AFTER = new CaseCategory("looked-after");

  /** Children who are disabled (CWAD). */
  public static final CaseCategory DISABLED_CHILDREN = new CaseCategory("disabled-children");

  /** Early help. */
  public static final CaseCategory EARLY_HELP = new CaseCategory("early-help");

  /** Care leaver. */
  public static final CaseCategory CARE_LEAVER = new CaseCategory("care-leaver");

  /** A contact at the front door (MASH). */
  public static final CaseCategory FRONT_DOOR = new CaseCategory("front-door");

  /** An open assessment with no plan yet (Ofsted's Annex A case status "d) Open assessment"). */
  public static final CaseCategory ASSESSMENT = new CaseCategory("assessment");

  private static final List<CaseCategory> WELL_KNOWN =
      List.of(
          CHILD_IN_NEED,
          CHILD_PROTECTION,
          LOOKED_AFTER,
          DISABLED_CHILDREN,
          EARLY_HELP,
          CARE_LEAVER,
          FRONT_DOOR,
          ASSESSMENT);

  /** Reads ids and aliases, the same way as {@link org.practiceaudit.core.workforce.Role}. */
  private static final AliasedIds<CaseCategory> IDS =
      new AliasedIds<>(
          "case category",
          "looked-after",
          Map.ofEntries(
              Map.entry("cin", CHILD_IN_NEED),
              Map.entry("cp", CHILD_PROTECTION),
              Map.entry("cpp", CHILD_PROTECTION),
              Map.entry("lac", LOOKED_AFTER),
              Map.entry("cla", LOOKED_AFTER),
              Map.entry("cic", LOOKED_AFTER),
              Map.entry("cwad", DISABLED_CHILDREN),
              Map.entry("cwd", DISABLED_CHILDREN),
              Map.entry("eh", EARLY_HELP),
              Map.entry("mash", FRONT_DOOR)),
          WELL_KNOWN,
          CaseCategory::id,
          CaseCategory::new);

  private final String id;

  private CaseCategory(String id) {
    this.id = id;
  }

  /**
   * Obtains a category from its id.
   *
   * @param id lower-case kebab-case, such as {@code looked-after}; not null
   * @return the category, not null; a well-known abbreviation gives the category it stands for, as
   *     {@link #parse(String)} does
   * @throws AuditParseException if the id is not lower-case kebab-case
   */
  public static CaseCategory of(String id) {
    return IDS.of(id);
  }

  /**
   * Obtains a category from text: its id in any case, spaces or underscores for hyphens, or a
   * well-known abbreviation (CIN, CP, LAC, CLA, CIC, CWAD, EH, MASH).
   *
   * @param text the text; not null
   * @return the category, not null
   * @throws AuditParseException if the text is neither
   */
  public static CaseCategory parse(String text) {
    return IDS.parse(text);
  }

  /**
   * Returns the categories the source documents name, the constants of this class, in declaration
   * order; a reader of councils' files may treat any other as a probable typing mistake.
   *
   * @return the well-known categories, unmodifiable
   */
  public static List<CaseCategory> wellKnown() {
    return WELL_KNOWN;
  }

  /**
   * Tells whether this is one of the {@link #wellKnown() well-known} categories.
   *
   * @return true for a constant of this class
   */
  public boolean isWellKnown() {
    return WELL_KNOWN.contains(this);
  }

  /**
   * Returns the id.
   *
   * @return the lower-case kebab-case id
   */
  public String id() {
    return id;
  }

  /**
   * Orders categories by id.
   *
   * @param other the other category; not null
   * @return the comparison of the ids
   */
  @Override
  public int compareTo(CaseCategory other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CaseCategory && ((CaseCategory) obj).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the id, which {@link #parse(String)} accepts.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return id;
  }
}
