package org.practiceaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.audit.ConcernFlag;

/**
 * Checks that several rule types make of their parameters, each problem located at the value:
 * concern flags, role ids and domain weights. A council's own rule types may use them too.
 */
public final class ParameterChecks {

  private ParameterChecks() {}

  /**
   * Reads concern flags, adding a problem at {@code parameter/i} for each name that is not one.
   *
   * @param names the names as configured; not null
   * @param parameter the parameter's name; not null
   * @param problems where problems are added; not null
   * @return the flags read, unmodifiable
   * @throws NullPointerException if an argument is null
   */
  public static Set<ConcernFlag> concernFlags(
      List<String> names, String parameter, List<ParameterProblem> problems) {
    Objects.requireNonNull(parameter, "parameter");
    Set<ConcernFlag> flags = new TreeSet<>();
    int i = 0;
    for (String name : names) {
      try {
        flags.add(ConcernFlag.parse(String.valueOf(name)));
      } catch (IllegalArgumentException e) {
        problems.add(ParameterProblem.at(e.getMessage(), parameter, i));
      }
      i++;
    }
    return Set.copyOf(flags);
  }

  /**
   * Checks role ids (lower-case kebab-case, such as {@code head-of-service}), adding a problem at
   * {@code parameter/i} for each that is not one. Recipients of notifications need not be roles of
   * the workforce (a QA unit is told too), so only the form is checked.
   *
   * @param roles the ids as configured; not null
   * @param parameter the parameter's name; not null
   * @param problems where problems are added; not null
   * @throws NullPointerException if an argument is null
   */
  public static void roleIds(
      List<String> roles, String parameter, List<ParameterProblem> problems) {
    Objects.requireNonNull(parameter, "parameter");
    int i = 0;
    for (String role : roles) {
      if (role == null || !RuleIds.isKebab(role)) {
        problems.add(
            ParameterProblem.at(
                "must be a lower-case role id such as 'head-of-service': '" + role + "'",
                parameter,
                i));
      }
      i++;
    }
  }

  /**
   * Checks one role id, adding a problem at {@code parameter} if it is not one.
   *
   * @param role the id as configured; may be null
   * @param parameter the parameter's name; not null
   * @param problems where problems are added; not null
   * @throws NullPointerException if {@code parameter} or {@code problems} is null
   */
  public static void roleId(String role, String parameter, List<ParameterProblem> problems) {
    List<ParameterProblem> found = new ArrayList<>();
    roleIds(java.util.Collections.singletonList(role), parameter, found);
    found.forEach(p -> problems.add(ParameterProblem.at(p.message(), parameter)));
  }

  /**
   * Checks domain weights, each above 0 and finite, adding a problem at {@code parameter/domain}
   * for each that is not.
   *
   * @param weights the weights by domain id; not null
   * @param parameter the parameter's name; not null
   * @param problems where problems are added; not null
   * @throws NullPointerException if an argument is null
   */
  public static void weights(
      Map<String, Double> weights, String parameter, List<ParameterProblem> problems) {
    Objects.requireNonNull(parameter, "parameter");
    weights.forEach(
        (id, w) -> {
          if (w == null || !(w > 0) || w.isInfinite()) {
            problems.add(
                ParameterProblem.at(
                    "weight of domain '" + id + "' must be above 0: " + w, parameter, id));
          }
        });
  }

  /**
   * Returns a reference to each key of a weights map, a domain id.
   *
   * @param weights the weights by domain id; not null
   * @param parameter the parameter's name; not null
   * @return the references, in the map's order
   */
  public static List<ParameterReference> domainKeys(Map<String, Double> weights, String parameter) {
    List<ParameterReference> references = new ArrayList<>();
    weights.keySet().forEach(id -> references.add(ParameterReference.domain(id, parameter, id)));
    return references;
  }
}
