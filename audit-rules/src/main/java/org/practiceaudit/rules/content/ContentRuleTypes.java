package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks shared by the required-content rule types. */
final class ContentRuleTypes {

  private ContentRuleTypes() {}

  static List<String> sorted(Set<String> values) {
    return new ArrayList<>(new TreeSet<>(values));
  }
}
