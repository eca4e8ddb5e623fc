package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.audit.ConcernFlag;

/** Checks shared by the required-content rule types. */
final class ContentRuleTypes {

  private ContentRuleTypes() {}

  static Set<ConcernFlag> flags(List<String> names, List<String> problems) {
    Set<ConcernFlag> flags = new TreeSet<>();
    for (String name : names) {
      try {
        flags.add(ConcernFlag.parse(String.valueOf(name)));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    return Set.copyOf(flags);
  }

  static void requireRoles(List<String> roles, String parameter, List<String> problems) {
    for (String role : roles) {
      if (role == null || !role.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        problems.add(parameter + " must hold lower-case role ids such as 'head-of-service': '" + role + "'");
      }
    }
  }

  static List<String> sorted(Set<String> values) {
    return new ArrayList<>(new TreeSet<>(values));
  }
}
