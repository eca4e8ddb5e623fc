package org.practiceaudit.core.allocation;

import java.util.Optional;
import org.practiceaudit.core.casefile.CaseFile;

/**
 * A rule that an auditor must satisfy to audit (or moderate) a case: the service provider interface
 * for independence.
 *
 * <p>The built-in rules are in {@link IndependenceRules}. A council adds its own by implementing
 * this interface, for example "not the same service area" over an attribute. A rule must be a pure
 * function of its arguments; the allocator calls it once per pair of case and auditor.
 */
@FunctionalInterface
public interface IndependenceRule {

  /**
   * Returns why the auditor may not audit the case, if they may not.
   *
   * @param caseFile the case; not null
   * @param auditor the auditor; not null
   * @return a plain-language reason that names only pseudonymous ids, team names and counts, such
   *     as "auditor W-7 is in team East, the case's own team"; or empty if the rule allows the
   *     pairing
   */
  Optional<String> conflict(CaseFile caseFile, Auditor auditor);
}
