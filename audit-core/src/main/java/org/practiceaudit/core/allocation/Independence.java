package org.practiceaudit.core.allocation;

import java.util.List;

/**
 * Who may audit a case of an audit type: the independence an audit type asks of its auditors, as
 * the source documents set it per kind of audit.
 *
 * <p>Most audits are by peers with no part in the case; two kinds of audit are exceptions that the
 * documents allow. This enum is the one place where an audit type's choice becomes the allocator's
 * {@link IndependenceRule}s ({@link #rules()}).
 */
public enum Independence {

  /**
   * Never an auditor of the case's own team, nor anyone involved in it (the default): Dorset, 2.3
   * ("peer auditors, so they do not audit their own teams work"); Camden, section 4 ("team managers
   * will audit cases from another team").
   */
  PEER,

  /**
   * Only the agency's own record of the case, by an auditor with no involvement in it: London
   * multi-agency audit pack, section 4, line 121 ("they should audit cases within their own agency
   * but where they do not have line management responsibility or other involvement with the case";
   * seed-fidelity review L17).
   */
  OWN_AGENCY,

  /**
   * The case's responsible team manager: Camden, section 5, line 56 ("Compliance audits should be
   * carried out by the responsible team manager or supervisor whenever a case is transferred or
   * closed"; C9), an allowed exception to team independence.
   */
  RESPONSIBLE_TEAM_MANAGER;

  /**
   * Returns the independence rules that carry out this choice, for {@link Allocator.Builder#rules}.
   *
   * @return an unmodifiable list: {@link IndependenceRules#defaults()} for {@link #PEER}; {@link
   *     IndependenceRules#notInvolved()} and {@link IndependenceRules#ownAgencyOnly()} for {@link
   *     #OWN_AGENCY}; {@link IndependenceRules#responsibleTeamManager()} for {@link
   *     #RESPONSIBLE_TEAM_MANAGER}
   */
  public List<IndependenceRule> rules() {
    switch (this) {
      case OWN_AGENCY:
        return List.of(IndependenceRules.notInvolved(), IndependenceRules.ownAgencyOnly());
      case RESPONSIBLE_TEAM_MANAGER:
        return List.of(IndependenceRules.responsibleTeamManager());
      default:
        return IndependenceRules.defaults();
    }
  }

  /**
   * Returns the text form, as configuration writes it: {@code peer}, {@code own-agency} or {@code
   * responsible-team-manager}.
   *
   * @return the lower-case kebab-case name
   */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Obtains the choice from its text form.
   *
   * @param text {@code peer}, {@code own-agency} or {@code responsible-team-manager}; not null
   * @return the choice
   * @throws IllegalArgumentException naming the text and the allowed values if it is none of them
   * @throws NullPointerException if {@code text} is null
   */
  public static Independence parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    for (Independence value : values()) {
      if (value.toString().equals(text)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "unknown independence '"
            + text
            + "'; expected one of [peer, own-agency, responsible-team-manager]");
  }
}
