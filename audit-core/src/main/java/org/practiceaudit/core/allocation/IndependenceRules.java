package org.practiceaudit.core.allocation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * The built-in independence rules.
 *
 * <p>Sources: Dorset monthly audit report, June 2019, 2.3 ("peer auditors, so they do not audit
 * their own teams work"); Camden audit programme 2021-22, "cases for audit are allocated to
 * auditors who have no involvement in the case, for example team managers will audit cases from
 * another team"; London multi-agency audit pack, "Auditors" ("audit cases within their own agency
 * but where they do not have line management responsibility or other involvement with the case").
 */
public final class IndependenceRules {

  private IndependenceRules() {}

  /**
   * Returns the rules every allocation applies unless told otherwise: {@link #notOwnTeam()} and
   * {@link #notInvolved()}.
   *
   * @return an unmodifiable list of the two rules
   */
  public static List<IndependenceRule> defaults() {
    return List.of(notOwnTeam(), notInvolved());
  }

  /**
   * Returns the rule that an auditor does not audit a case held by their own team (Dorset, 2.3;
   * Camden, "Independence").
   *
   * @return the rule
   */
  public static IndependenceRule notOwnTeam() {
    return new BuiltIn(
        (caseFile, auditor) -> !caseFile.team().equals(auditor.team()),
        (caseFile, auditor) ->
            "auditor " + auditor.id() + " is in team " + auditor.team() + ", the case's own team");
  }

  /**
   * Returns the rule that an auditor is neither the case's allocated worker nor anyone in its
   * involvement history, whatever the role and dates (Camden, "no involvement in the case"; London
   * multi-agency audit pack, "cases they manage or are involved in").
   *
   * @return the rule
   */
  public static IndependenceRule notInvolved() {
    return new BuiltIn(
        (caseFile, auditor) -> {
          // Indexed, not for-each: the allocator asks this for every pair, and an iterator per call
          // costs.
          PersonId id = auditor.id();
          if (caseFile.allocatedWorker().isPresent()
              && caseFile.allocatedWorker().get().equals(id)) {
            return false;
          }
          List<Involvement> involvements = caseFile.involvements();
          for (int k = 0; k < involvements.size(); k++) {
            if (involvements.get(k).person().equals(id)) {
              return false;
            }
          }
          return true;
        },
        (caseFile, auditor) -> {
          if (caseFile.allocatedWorker().filter(auditor.id()::equals).isPresent()) {
            return "auditor " + auditor.id() + " is the case's allocated worker";
          }
          Involvement first =
              caseFile.involvements().stream()
                  .filter(involvement -> involvement.person().equals(auditor.id()))
                  .findFirst()
                  .orElseThrow();
          return "auditor " + auditor.id() + " was involved in the case as " + first.role();
        });
  }

  /**
   * Returns a rule that an auditor does not audit a case whose attribute equals the auditor's
   * attribute of the same name, such as "not the same service area"; a council's own rule. Where
   * either side lacks the attribute, the rule allows the pairing.
   *
   * @param attribute the attribute's name, such as {@code service-area}; not null
   * @return the rule
   */
  public static IndependenceRule notSameAttribute(String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    return new BuiltIn(
        (caseFile, auditor) -> {
          String value = caseFile.attributes().get(attribute);
          return value == null || !value.equals(auditor.attributes().get(attribute));
        },
        (caseFile, auditor) ->
            "auditor "
                + auditor.id()
                + " has the case's own "
                + attribute
                + " "
                + caseFile.attributes().get(attribute));
  }

  /**
   * Returns the rule that, in a multi-agency pool, an auditor audits only their own agency's record
   * of the case (London multi-agency audit pack, "Auditors": "they should audit cases within their
   * own agency"). The case's agency is its attribute {@code agency}; where the case or the auditor
   * has no agency, the rule allows the pairing.
   *
   * @return the rule
   */
  public static IndependenceRule ownAgencyOnly() {
    return new BuiltIn(
        (caseFile, auditor) -> {
          Optional<String> agency = caseFile.attribute("agency");
          return agency.isEmpty() || auditor.agency().isEmpty() || agency.equals(auditor.agency());
        },
        (caseFile, auditor) ->
            "auditor "
                + auditor.id()
                + " is in agency "
                + auditor.agency().orElseThrow()
                + ", not the record's agency "
                + caseFile.attribute("agency").orElseThrow());
  }

  /**
   * Returns the rule that the auditor is the case's responsible team manager: a team manager of the
   * case's own team (Camden audit programme 2021-22, section 5, line 56: "Compliance audits should
   * be carried out by the responsible team manager or supervisor whenever a case is transferred or
   * closed"; seed-fidelity review C9). It replaces team independence for that audit type (see
   * {@link Independence}); a supervisor who is not a team manager is not modelled.
   *
   * @return the rule
   */
  public static IndependenceRule responsibleTeamManager() {
    return new BuiltIn(
        (caseFile, auditor) ->
            auditor.role().equals(Role.TEAM_MANAGER) && caseFile.team().equals(auditor.team()),
        (caseFile, auditor) ->
            !auditor.role().equals(Role.TEAM_MANAGER)
                ? "auditor "
                    + auditor.id()
                    + " is a "
                    + auditor.role()
                    + ", not the case's team manager"
                : "auditor "
                    + auditor.id()
                    + " manages team "
                    + auditor.team()
                    + ", not the case's team "
                    + caseFile.team());
  }

  /**
   * A built-in rule: a test of whether the pairing is allowed, and the reason written only when it
   * is not, so that the allocator, which calls every rule for every pair, can skip writing reasons
   * it does not show.
   */
  static final class BuiltIn implements IndependenceRule {
    private final BiPredicate<CaseFile, Auditor> allows;
    private final BiFunction<CaseFile, Auditor, String> reason;

    BuiltIn(BiPredicate<CaseFile, Auditor> allows, BiFunction<CaseFile, Auditor, String> reason) {
      this.allows = allows;
      this.reason = reason;
    }

    /** Returns whether the rule allows the pairing: exactly when {@link #conflict} is empty. */
    boolean allows(CaseFile caseFile, Auditor auditor) {
      return allows.test(caseFile, auditor);
    }

    @Override
    public Optional<String> conflict(CaseFile caseFile, Auditor auditor) {
      Objects.requireNonNull(caseFile, "caseFile");
      Objects.requireNonNull(auditor, "auditor");
      return allows.test(caseFile, auditor)
          ? Optional.empty()
          : Optional.of(reason.apply(caseFile, auditor));
    }
  }
}
