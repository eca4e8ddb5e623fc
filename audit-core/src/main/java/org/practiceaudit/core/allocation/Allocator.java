package org.practiceaudit.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * Allocates cases to independent auditors, and completed audits to moderators, exactly.
 *
 * <p>The allocation is a minimum-cost maximum flow. Every {@link IndependenceRule} and the {@link
 * PairingCost} are evaluated once for each pair of case and auditor, giving each case a row: the
 * auditors with capacity that every rule allows, and the pairing cost of each. Cases with equal
 * rows are interchangeable in the network, so they share one node (rows are hashed and compared in
 * full when hashes match; the built-in rules are only asked whether they allow a pair, without
 * writing the reason they would give): the source sends that node one unit per case; the node may
 * pass units to each auditor of its row at that pair's cost; each auditor passes up to their
 * capacity to the sink, the {@code j}-th unit costing the load-balancing cost below (consecutive
 * units of equal cost share one arc; the cost never falls as {@code j} grows, so cheaper units
 * always fill first, and the search looks only at an auditor's first unit not yet used). The flow
 * is found by successive shortest paths with potentials, each phase pushing as much as the paths of
 * that length carry. Flows are integral, so each class sends a whole number of cases to each
 * auditor; the class's cases, in id order, go to its auditors in id order, that many to each, and
 * the cases left over are unallocated. So the number of cases covered is always the largest any
 * allocation could cover (a full allocation whenever one exists), and among such allocations the
 * one returned has the least cost. The cost is the sum of the {@link PairingCost} of each pair and
 * a load-balancing cost: an auditor of capacity {@code k} pays {@code ceil(loadWeight * j / k)} for
 * their {@code j}-th case. That cost grows with the share of capacity used, so cases spread over
 * auditors in proportion to their capacities (with equal capacities and no other preference, loads
 * differ by at most one).
 *
 * <p>Running time: the rules and pairing costs are evaluated for every pair (linear in cases times
 * auditors); the flow then works on classes of cases, not on cases. Cases usually fall into few
 * classes (those of one team, with no auditor involved and the same preferences, share a row), so
 * evaluating the pairs dominates and the time grows about linearly with the number of cases at a
 * fixed number of auditors. In the worst case, every case its own class, the flow is the
 * one-node-per-case network.
 *
 * <p>Independence rules: by default {@link IndependenceRules#defaults()} (not the case's team, not
 * anyone involved in the case). Sources: Dorset monthly audit report, June 2019, 2.3; Camden audit
 * programme 2021-22, "Independence"; London multi-agency audit pack, "Auditors". Moderators are
 * allocated in a second pass with the same rules plus "not the original auditor" and "not the
 * case's team" (Dudley audit framework 2017, "Moderation"; Camden, moderation meetings).
 *
 * <p>The result is deterministic: inputs are sorted by id before the rows are built, classes are
 * numbered in order of their first case and the network is built in that order, so the same cases
 * and auditors in any order give the same allocation. Duplicate ids are rejected.
 *
 * <p>This class is immutable and thread-safe if its rules and costs are.
 */
public final class Allocator {

  /** The default load weight: the cost of an auditor's last unit of capacity. */
  public static final long DEFAULT_LOAD_WEIGHT = 1_000L;

  /** The largest load weight allowed. */
  public static final long MAX_LOAD_WEIGHT = 1_000_000_000L;

  private final List<IndependenceRule> rules;
  private final IndependenceRule[] ruleArray;
  private final PairingCost pairingCost;
  private final long loadWeight;
  private final SortedSet<Role> moderatorRoles;

  private Allocator(Builder builder) {
    this.rules = List.copyOf(builder.rules);
    this.ruleArray = rules.toArray(new IndependenceRule[0]);
    this.pairingCost = builder.pairingCost;
    this.loadWeight = builder.loadWeight;
    this.moderatorRoles = Collections.unmodifiableSortedSet(new TreeSet<>(builder.moderatorRoles));
  }

  /**
   * Returns an allocator with the default independence rules, no pairing preference and the default
   * load weight.
   *
   * @return the allocator
   */
  public static Allocator withDefaults() {
    return builder().build();
  }

  /**
   * Starts a builder with the default independence rules, no pairing preference and the default
   * load weight.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the independence rules applied.
   *
   * @return an unmodifiable list
   */
  public List<IndependenceRule> rules() {
    return rules;
  }

  /**
   * Allocates cases to auditors.
   *
   * @param cases the cases to audit, with distinct ids; not null, no null elements
   * @param auditors the auditors offered, with distinct ids; not null, no null elements
   * @return the allocation: as many cases covered as possible, at the least cost
   * @throws IllegalArgumentException if two cases or two auditors share an id, or a pairing cost is
   *     outside 0 to {@link PairingCost#MAX}
   */
  public Allocation allocate(Collection<CaseFile> cases, Collection<Auditor> auditors) {
    List<CaseFile> sortedCases = sortedCases(cases);
    List<Auditor> sortedAuditors = sortedAuditors(auditors);
    Solution solution =
        solve(sortedCases, sortedAuditors, (caseFile, auditor) -> independent(caseFile, auditor));
    ImmutableAllocation.Builder result = Allocation.builder().cost(solution.cost);
    for (int i = 0; i < sortedCases.size(); i++) {
      CaseFile caseFile = sortedCases.get(i);
      if (solution.assigned[i] >= 0) {
        result.putAssignment(caseFile.id(), sortedAuditors.get(solution.assigned[i]).id());
      } else {
        result.addUnallocated(unallocated(caseFile, Optional.empty(), solution, i));
      }
    }
    result.putAllLoad(loads(sortedAuditors, solution));
    return result.build();
  }

  /**
   * Allocates completed audits to moderators, in a second pass after the auditors: a moderator is
   * never the original auditor nor in the case's team, satisfies this allocator's independence
   * rules and holds one of its {@link Builder#moderatorRoles(Collection) moderator roles}.
   *
   * @param toModerate the completed audits to moderate, with distinct ids; not null
   * @param cases the audited cases by id, including every case of {@code toModerate}; not null
   * @param moderators the moderators offered, with distinct ids; not null
   * @return the allocation: as many audits covered as possible, at the least cost
   * @throws IllegalArgumentException if ids repeat, an audit is not completed, an audit's case is
   *     missing from {@code cases}, a moderator's role may not moderate (naming the moderator, the
   *     role and the roles allowed), or a pairing cost is out of range
   */
  public ModeratorAllocation allocateModerators(
      Collection<Audit> toModerate, Map<CaseId, CaseFile> cases, Collection<Auditor> moderators) {
    Objects.requireNonNull(toModerate, "toModerate");
    Objects.requireNonNull(cases, "cases");
    List<Audit> audits = new ArrayList<>(toModerate);
    audits.sort(Comparator.comparing(Audit::id));
    for (int i = 1; i < audits.size(); i++) {
      if (audits.get(i).id().equals(audits.get(i - 1).id())) {
        throw new IllegalArgumentException("audit id appears twice: " + audits.get(i).id());
      }
    }
    List<CaseFile> caseOfAudit = casesOf(audits, cases);
    List<Auditor> sortedModerators = sortedAuditors(moderators);
    checkModeratorRoles(sortedModerators);
    IndependenceRule ownTeam = IndependenceRules.notOwnTeam();
    Solution solution =
        solveIndexed(
            caseOfAudit,
            sortedModerators,
            (i, moderator) ->
                !audits.get(i).auditor().equals(moderator.id())
                    && allows(ownTeam, caseOfAudit.get(i), moderator)
                    && independent(caseOfAudit.get(i), moderator));
    ImmutableModeratorAllocation.Builder result = ModeratorAllocation.builder().cost(solution.cost);
    for (int i = 0; i < audits.size(); i++) {
      Audit audit = audits.get(i);
      if (solution.assigned[i] >= 0) {
        result.putAssignment(audit.id(), sortedModerators.get(solution.assigned[i]).id());
      } else {
        result.addUnallocated(unallocated(caseOfAudit.get(i), Optional.of(audit), solution, i));
      }
    }
    result.putAllLoad(loads(sortedModerators, solution));
    return result.build();
  }

  /** The case of each audit, in order, refusing an audit not completed or whose case is missing. */
  private static List<CaseFile> casesOf(List<Audit> audits, Map<CaseId, CaseFile> cases) {
    List<CaseFile> caseOfAudit = new ArrayList<>(audits.size());
    for (Audit audit : audits) {
      if (!audit.status().isCompleted()) {
        throw new IllegalArgumentException(
            "audit "
                + audit.id()
                + " is not completed (status "
                + audit.status()
                + "); only completed audits are moderated");
      }
      CaseFile caseFile = cases.get(audit.caseId());
      if (caseFile == null) {
        throw new IllegalArgumentException(
            "audit "
                + audit.id()
                + ": its case "
                + audit.caseId()
                + " is not among the cases given");
      }
      caseOfAudit.add(caseFile);
    }
    return caseOfAudit;
  }

  /**
   * Refuses a moderator whose role may not moderate (Dudley audit framework 2017, "Moderation",
   * U25).
   */
  private void checkModeratorRoles(List<Auditor> moderators) {
    if (moderatorRoles.isEmpty()) {
      return;
    }
    for (Auditor moderator : moderators) {
      if (!moderatorRoles.contains(moderator.role())) {
        throw new IllegalArgumentException(
            "moderator "
                + moderator.id()
                + " has role '"
                + moderator.role()
                + "'; moderators must hold one of "
                + moderatorRoles);
      }
    }
  }

  /**
   * Explains why an auditor may not audit a case under this allocator's rules.
   *
   * @param caseFile the case; not null
   * @param auditor the auditor; not null
   * @return every rule's reason, in rule order; empty if the auditor is independent of the case
   */
  public List<String> conflicts(CaseFile caseFile, Auditor auditor) {
    Objects.requireNonNull(caseFile, "caseFile");
    Objects.requireNonNull(auditor, "auditor");
    List<String> reasons = new ArrayList<>();
    for (IndependenceRule rule : rules) {
      rule.conflict(caseFile, auditor).ifPresent(reasons::add);
    }
    return List.copyOf(reasons);
  }

  private boolean independent(CaseFile caseFile, Auditor auditor) {
    for (IndependenceRule rule : ruleArray) {
      if (!allows(rule, caseFile, auditor)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a rule allows a pairing; a built-in rule answers without writing its reason. */
  private static boolean allows(IndependenceRule rule, CaseFile caseFile, Auditor auditor) {
    return rule instanceof IndependenceRules.BuiltIn
        ? ((IndependenceRules.BuiltIn) rule).allows(caseFile, auditor)
        : rule.conflict(caseFile, auditor).isEmpty();
  }

  private static Unallocated unallocated(
      CaseFile caseFile, Optional<Audit> audit, Solution solution, int i) {
    UnallocatedReason reason;
    if (solution.independent[i] == 0) {
      reason = UnallocatedReason.NO_INDEPENDENT_AUDITOR;
    } else if (solution.independentWithCapacity[i] == 0) {
      reason = UnallocatedReason.NO_CAPACITY;
    } else {
      reason = UnallocatedReason.ALL_AT_CAPACITY;
    }
    return Unallocated.builder()
        .caseId(caseFile.id())
        .auditId(audit.map(Audit::id))
        .team(caseFile.team())
        .reason(reason)
        .independentCount(solution.independent[i])
        .build();
  }

  private static Map<PersonId, Integer> loads(List<Auditor> auditors, Solution solution) {
    Map<PersonId, Integer> load = new LinkedHashMap<>();
    for (int a = 0; a < auditors.size(); a++) {
      load.put(auditors.get(a).id(), solution.load[a]);
    }
    return load;
  }

  private static List<CaseFile> sortedCases(Collection<CaseFile> cases) {
    Objects.requireNonNull(cases, "cases");
    List<CaseFile> sorted = new ArrayList<>(cases);
    sorted.sort(Comparator.comparing(CaseFile::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("case id appears twice: " + sorted.get(i).id());
      }
    }
    return sorted;
  }

  private static List<Auditor> sortedAuditors(Collection<Auditor> auditors) {
    Objects.requireNonNull(auditors, "auditors");
    List<Auditor> sorted = new ArrayList<>(auditors);
    sorted.sort(Comparator.comparing(Auditor::id));
    Set<PersonId> seen = new HashSet<>();
    for (Auditor auditor : sorted) {
      if (!seen.add(auditor.id())) {
        throw new IllegalArgumentException("auditor id appears twice: " + auditor.id());
      }
    }
    return sorted;
  }

  private interface Eligibility {
    boolean test(int item, Auditor auditor);
  }

  private interface PairEligibility {
    boolean test(CaseFile caseFile, Auditor auditor);
  }

  private Solution solve(List<CaseFile> cases, List<Auditor> auditors, PairEligibility eligible) {
    return solveIndexed(cases, auditors, (i, auditor) -> eligible.test(cases.get(i), auditor));
  }

  private Solution solveIndexed(
      List<CaseFile> cases, List<Auditor> auditors, Eligibility eligible) {
    int n = cases.size();
    int m = auditors.size();
    Solution solution = new Solution(n, m);
    // Every pair once: the rules, then the pairing cost of each independent auditor with capacity.
    // Cases
    // with the same row (the same such auditors at the same costs) fall into one class.
    CaseClasses classes = new CaseClasses();
    int[] classOf = new int[n];
    int[] rowAuditors = new int[m];
    long[] rowCosts = new long[m];
    for (int i = 0; i < n; i++) {
      CaseFile caseFile = cases.get(i);
      int count = 0;
      for (int a = 0; a < m; a++) {
        Auditor auditor = auditors.get(a);
        if (eligible.test(i, auditor)) {
          solution.independent[i]++;
          if (auditor.capacity() > 0) {
            rowAuditors[count++] = a;
          }
        }
      }
      solution.independentWithCapacity[i] = count;
      for (int k = 0; k < count; k++) {
        long c = pairingCost.cost(caseFile, auditors.get(rowAuditors[k]));
        if (c < 0 || c > PairingCost.MAX) {
          throw new IllegalArgumentException(
              "pairing cost must be 0 to "
                  + PairingCost.MAX
                  + ": "
                  + c
                  + " for case "
                  + caseFile.id()
                  + " and auditor "
                  + auditors.get(rowAuditors[k]).id());
        }
        rowCosts[k] = c;
      }
      classOf[i] = classes.add(rowAuditors, rowCosts, count);
    }
    int[] capacities = new int[m];
    for (int a = 0; a < m; a++) {
      capacities[a] = auditors.get(a).capacity();
    }
    solution.cost =
        AllocationNetwork.solve(
            classes, classOf, capacities, loadWeight, solution.assigned, solution.load);
    return solution;
  }

  private static final class Solution {
    final int[] assigned;
    final int[] independent;
    final int[] independentWithCapacity;
    final int[] load;
    long cost;

    Solution(int n, int m) {
      assigned = new int[n];
      Arrays.fill(assigned, -1);
      independent = new int[n];
      independentWithCapacity = new int[n];
      load = new int[m];
    }
  }

  /**
   * Builds an {@link Allocator}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final List<IndependenceRule> rules = new ArrayList<>(IndependenceRules.defaults());
    private PairingCost pairingCost = PairingCost.none();
    private long loadWeight = DEFAULT_LOAD_WEIGHT;
    private final SortedSet<Role> moderatorRoles = new TreeSet<>();

    private Builder() {}

    /**
     * Sets the roles whose holders may moderate, such as a framework's {@code
     * ModerationPolicy.moderatorRoles()}; {@link Allocator#allocateModerators} refuses a moderator
     * without one (Dudley audit framework 2017, "Moderation", seed 004 line 150, requirement U25).
     *
     * @param roles the roles; not null, no null elements; empty (the default) for any role
     * @return this builder
     */
    public Builder moderatorRoles(Collection<Role> roles) {
      Objects.requireNonNull(roles, "roles");
      List<Role> copy = List.copyOf(roles);
      moderatorRoles.clear();
      moderatorRoles.addAll(copy);
      return this;
    }

    /**
     * Replaces the independence rules.
     *
     * @param rules the rules, all applied; not null, no null elements; may be empty
     * @return this builder
     */
    public Builder rules(Collection<? extends IndependenceRule> rules) {
      Objects.requireNonNull(rules, "rules");
      List<IndependenceRule> copy = List.copyOf(rules);
      this.rules.clear();
      this.rules.addAll(copy);
      return this;
    }

    /**
     * Adds an independence rule, such as a council's own, to those already set.
     *
     * @param rule the rule; not null
     * @return this builder
     */
    public Builder addRule(IndependenceRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets the pairing cost.
     *
     * @param pairingCost the cost of each pair of case and auditor; not null
     * @return this builder
     */
    public Builder pairingCost(PairingCost pairingCost) {
      this.pairingCost = Objects.requireNonNull(pairingCost, "pairingCost");
      return this;
    }

    /**
     * Sets the load weight: how much filling an auditor's last unit of capacity costs, against
     * pairing costs.
     *
     * @param loadWeight 0 (no balancing) to {@link #MAX_LOAD_WEIGHT}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder loadWeight(long loadWeight) {
      if (loadWeight < 0 || loadWeight > MAX_LOAD_WEIGHT) {
        throw new IllegalArgumentException(
            "load weight must be 0 to " + MAX_LOAD_WEIGHT + ": " + loadWeight);
      }
      this.loadWeight = loadWeight;
      return this;
    }

    /**
     * Builds the allocator.
     *
     * @return the allocator
     */
    public Allocator build() {
      return new Allocator(this);
    }
  }
}
