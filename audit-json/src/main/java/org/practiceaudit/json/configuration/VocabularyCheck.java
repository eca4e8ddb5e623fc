package org.practiceaudit.json.configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.internal.Suggestions;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.workforce.Role;
import tools.jackson.databind.JsonNode;

/**
 * The part of {@link SemanticPass} that checks a framework's vocabulary (issue 16 item 4): the
 * local case categories and roles it declares, and the categories and roles its plans, quotas and
 * moderation name.
 */
final class VocabularyCheck {

  /** Takes each problem found: a JSON Pointer and a message. */
  private final BiConsumer<String, String> problems;

  VocabularyCheck(BiConsumer<String, String> problems) {
    this.problems = problems;
  }

  /**
   * Issue 16 item 4: the declared local categories and roles are each new and declared once, and
   * every category a plan filters on and every role a quota or the moderation names (U25) is well
   * known or declared, with a suggestion drawn from both. Malformed ids are the schema pass's.
   */
  void check(JsonNode root) {
    List<String> categories =
        declared(
            "/local_categories",
            root.path("local_categories"),
            "case category",
            CaseCategory::parse,
            c -> c.isWellKnown(),
            CaseCategory::id);
    List<String> roles =
        declared(
            "/local_roles",
            root.path("local_roles"),
            "role",
            Role::parse,
            r -> r.isWellKnown(),
            Role::id);
    List<String> knownCategories = new ArrayList<>();
    CaseCategory.wellKnown().forEach(c -> knownCategories.add(c.id()));
    knownCategories.addAll(categories);
    List<String> knownRoles = new ArrayList<>();
    Role.wellKnown().forEach(r -> knownRoles.add(r.id()));
    knownRoles.addAll(roles);
    int i = 0;
    for (JsonNode plan : root.path("sampling_plans")) {
      int j = 0;
      for (JsonNode category : plan.path("filters").path(SamplingPlan.CATEGORY)) {
        known(
            "/sampling_plans/" + i + "/filters/category/" + j++,
            category,
            "case category",
            CaseCategory::parse,
            CaseCategory::id,
            knownCategories,
            "local_categories");
      }
      i++;
    }
    namedRoles(root, knownRoles);
  }

  /** Every role a quota or the moderation names (U25) is well known or declared. */
  private void namedRoles(JsonNode root, List<String> knownRoles) {
    int i = 0;
    for (JsonNode quota : root.path("quotas")) {
      known(
          "/quotas/" + i++ + "/role",
          quota.path("role"),
          "role",
          Role::parse,
          Role::id,
          knownRoles,
          "local_roles");
    }
    i = 0;
    for (JsonNode role : root.path("moderation").path("moderator_roles")) {
      known(
          "/moderation/moderator_roles/" + i++,
          role,
          "role",
          Role::parse,
          Role::id,
          knownRoles,
          "local_roles");
    }
  }

  /**
   * The ids a local list declares, adding a problem for each already well known or declared before
   * it.
   */
  private <T> List<String> declared(
      String pointer,
      JsonNode array,
      String what,
      Function<String, T> parse,
      Predicate<T> wellKnown,
      Function<T, String> id) {
    List<String> ids = new ArrayList<>();
    int i = 0;
    for (JsonNode item : array) {
      String at = pointer + "/" + i++;
      if (!item.isString()) {
        continue;
      }
      T value;
      try {
        value = parse.apply(item.stringValue());
      } catch (AuditException e) {
        continue;
      }
      if (wellKnown.test(value)) {
        problems.accept(
            at,
            "'"
                + item.stringValue()
                + "' is already a well-known "
                + what
                + (id.apply(value).equals(item.stringValue()) ? "" : " ('" + id.apply(value) + "')")
                + "; declare only the ones the council adds");
      } else if (ids.contains(id.apply(value))) {
        problems.accept(
            at,
            "duplicate local " + what + " '" + id.apply(value) + "'; each must be declared once");
      } else {
        ids.add(id.apply(value));
      }
    }
    return ids;
  }

  /**
   * Adds a problem, with a suggestion, if a category or role named is neither well known nor
   * declared.
   */
  private <T> void known(
      String pointer,
      JsonNode node,
      String what,
      Function<String, T> parse,
      Function<T, String> id,
      List<String> known,
      String list) {
    if (!node.isString()) {
      return;
    }
    String value;
    try {
      value = id.apply(parse.apply(node.stringValue()));
    } catch (AuditException e) {
      return;
    }
    if (!known.contains(value)) {
      problems.accept(
          pointer,
          "'"
              + node.stringValue()
              + "' is not a known "
              + what
              + Suggestions.hint(value, known)
              + " (or declare it in '"
              + list
              + "')");
    }
  }
}
