package org.practiceaudit.core.workforce;

import java.util.List;
import java.util.Map;
import org.practiceaudit.core.AuditParseException;
import org.practiceaudit.core.internal.AliasedIds;

/**
 * A role in the workforce, such as team manager; an open set.
 *
 * <p>The constants are the roles Dudley's audit framework (2017, "Who will complete Case File
 * Audits") sets quotas for, plus the social worker whose cases Camden requires to be audited every
 * cycle and the moderating roles. A council may use any other lower-case kebab-case id. {@link
 * #parse(String)} also accepts the abbreviations councils write: SD, HoS, SM, TM, AP, ASWP, SW,
 * IRO.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Role implements Comparable<Role> {

  /** Strategic Director (of People). */
  public static final Role STRATEGIC_DIRECTOR = new Role("strategic-director");

  /** Chief Officer. */
  public static final Role CHIEF_OFFICER = new Role("chief-officer");

  /** Head of Service (HoS). */
  public static final Role HEAD_OF_SERVICE = new Role("head-of-service");

  /** Service Manager (SM). */
  public static final Role SERVICE_MANAGER = new Role("service-manager");

  /** Team Manager (TM). */
  public static final Role TEAM_MANAGER = new Role("team-manager");

  /** Advanced (Social Work) Practitioner (AP, ASWP). */
  public static final Role ADVANCED_PRACTITIONER = new Role("advanced-practitioner");

  /** Social worker (SW), the case holder. */
  public static final Role SOCIAL_WORKER = new Role("social-worker");

  /** Lead auditor, who moderates with the lead for professional practice. */
  public static final Role LEAD_AUDITOR = new Role("lead-auditor");

  /**
   * Lead for Professional Practice, who moderates with the lead auditor (Dudley audit framework
   * 2017, "Moderation", seed 004 line 150, requirement U25).
   */
  public static final Role LEAD_FOR_PROFESSIONAL_PRACTICE =
      new Role("lead-for-professional-practice");

  /** Independent Reviewing Officer (IRO). */
  public static final Role INDEPENDENT_REVIEWING_OFFICER =
      new Role("independent-reviewing-officer");

  private static final List<Role> WELL_KNOWN =
      List.of(
          STRATEGIC_DIRECTOR,
          CHIEF_OFFICER,
          HEAD_OF_SERVICE,
          SERVICE_MANAGER,
          TEAM_MANAGER,
          ADVANCED_PRACTITIONER,
          SOCIAL_WORKER,
          LEAD_AUDITOR,
          LEAD_FOR_PROFESSIONAL_PRACTICE,
          INDEPENDENT_REVIEWING_OFFICER);

  /**
   * Reads ids and aliases, the same way as {@link org.practiceaudit.core.casefile.CaseCategory}.
   */
  private static final AliasedIds<Role> IDS =
      new AliasedIds<>(
          "role",
          "team-manager",
          Map.ofEntries(
              Map.entry("sd", STRATEGIC_DIRECTOR),
              Map.entry("co", CHIEF_OFFICER),
              Map.entry("hos", HEAD_OF_SERVICE),
              Map.entry("heads-of-service", HEAD_OF_SERVICE),
              Map.entry("sm", SERVICE_MANAGER),
              Map.entry("tm", TEAM_MANAGER),
              Map.entry("ap", ADVANCED_PRACTITIONER),
              Map.entry("aswp", ADVANCED_PRACTITIONER),
              Map.entry("advanced-social-work-practitioner", ADVANCED_PRACTITIONER),
              Map.entry("sw", SOCIAL_WORKER),
              Map.entry("iro", INDEPENDENT_REVIEWING_OFFICER)),
          WELL_KNOWN,
          Role::id,
          Role::new);

  private final String id;

  private Role(String id) {
    this.id = id;
  }

  /**
   * Obtains a role from its id.
   *
   * @param id lower-case kebab-case, such as {@code team-manager}; not null
   * @return the role, not null; a well-known abbreviation gives the role it stands for, as {@link
   *     #parse(String)} does
   * @throws AuditParseException if the id is not lower-case kebab-case
   */
  public static Role of(String id) {
    return IDS.of(id);
  }

  /**
   * Obtains a role from text: its id in any case, spaces or underscores for hyphens, or a
   * well-known abbreviation (SD, CO, HoS, SM, TM, AP, ASWP, SW, IRO).
   *
   * @param text the text; not null
   * @return the role, not null
   * @throws AuditParseException if the text is neither
   */
  public static Role parse(String text) {
    return IDS.parse(text);
  }

  /**
   * Returns the roles the source documents name, the constants of this class, in declaration order;
   * a reader of councils' files may treat any other as a probable typing mistake.
   *
   * @return the well-known roles, unmodifiable
   */
  public static List<Role> wellKnown() {
    return WELL_KNOWN;
  }

  /**
   * Tells whether this is one of the {@link #wellKnown() well-known} roles.
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
   * Orders roles by id.
   *
   * @param other the other role; not null
   * @return the comparison of the ids
   */
  @Override
  public int compareTo(Role other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Role && ((Role) obj).id.equals(id);
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
