package org.practiceaudit.core.framework;

import org.practiceaudit.core.internal.KebabCase;

/** Checks of the ids that frameworks give their parts. */
final class Ids {

  private Ids() {}

  static String requireKebab(String what, String id) {
    if (!KebabCase.isId(id)) {
      throw new IllegalArgumentException(
          what + " must be lower-case kebab-case such as 'home-visits': '" + id + "'");
    }
    return id;
  }

  static String requireNamespaced(String what, String id) {
    if (!KebabCase.isIdOptionallyNamespaced(id)) {
      throw new IllegalArgumentException(
          what
              + " must be lower-case kebab-case, optionally with a namespace, such as 'dudley'"
              + " or 'dudley/children-2017': '"
              + id
              + "'");
    }
    return id;
  }
}
