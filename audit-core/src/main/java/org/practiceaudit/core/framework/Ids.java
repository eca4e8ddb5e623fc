package org.practiceaudit.core.framework;

import java.util.regex.Pattern;

/** Checks of the ids that frameworks give their parts. */
final class Ids {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern NAMESPACED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?");

  private Ids() {}

  static String requireKebab(String what, String id) {
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " must be lower-case kebab-case such as 'home-visits': '" + id + "'");
    }
    return id;
  }

  static String requireNamespaced(String what, String id) {
    if (!NAMESPACED.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " must be lower-case kebab-case, optionally with a namespace, such as 'dudley'"
              + " or 'dudley/children-2017': '" + id + "'");
    }
    return id;
  }
}
