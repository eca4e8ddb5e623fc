package org.practiceaudit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.workforce.Role;
import picocli.CommandLine.Option;

/**
 * The case categories and roles the readers accept (issue 16 item 4): the well-known ones of
 * audit-core and their abbreviations, and those the command's {@code --framework} declares ({@link
 * AuditFramework#localCategories()}, {@link AuditFramework#localRoles()}); any other is an error
 * with a suggestion drawn from both, unless {@code --allow-new-categories} or {@code
 * --allow-new-roles} is given, when it is accepted and listed in a warning.
 *
 * <p>Used as a picocli mixin by the commands that read cases, auditors or involvements.
 */
final class Vocabulary {

  @Option(
      names = "--allow-new-categories",
      description =
          "Accept case categories other than the well-known ones (child-in-need,"
              + " child-protection, looked-after, ...), listing them in a warning.")
  boolean allowNewCategories;

  @Option(
      names = "--allow-new-roles",
      description =
          "Accept roles other than the well-known ones (social-worker, team-manager, ...),"
              + " listing them in a warning.")
  boolean allowNewRoles;

  private final Set<String> newCategories = new TreeSet<>();
  private final Set<String> newRoles = new TreeSet<>();
  private Optional<AuditFramework> framework = Optional.empty();

  /** The strict vocabulary: well-known categories and roles only. */
  static Vocabulary strict() {
    return new Vocabulary();
  }

  /** Accepts, besides the well-known ones, the categories and roles a framework declares. */
  Vocabulary declaredBy(AuditFramework framework) {
    this.framework = Optional.of(framework);
    return this;
  }

  /** The ids of the well-known and declared categories, for suggestions. */
  private List<String> categoryIds() {
    List<String> ids =
        CaseCategory.wellKnown().stream().map(CaseCategory::id).collect(Collectors.toList());
    framework.ifPresent(f -> f.localCategories().forEach(c -> ids.add(c.id())));
    return ids;
  }

  /** The ids of the well-known and declared roles, for suggestions. */
  private List<String> roleIds() {
    List<String> ids = Role.wellKnown().stream().map(Role::id).collect(Collectors.toList());
    framework.ifPresent(f -> f.localRoles().forEach(r -> ids.add(r.id())));
    return ids;
  }

  /**
   * Reads a category cell, recording a problem (with a suggestion) if it is not one that is
   * accepted.
   */
  Optional<CaseCategory> category(CsvFile.Row row, String column) {
    Optional<CaseCategory> category = row.required(column, CaseCategory::parse, Cells.CATEGORY);
    if (category.isEmpty()
        || framework.map(f -> f.knows(category.get())).orElse(category.get().isWellKnown())) {
      return category;
    }
    if (allowNewCategories) {
      newCategories.add(category.get().id());
      return category;
    }
    row.invalid(
        column,
        Cells.CATEGORY,
        Cells.suggestion(row.text(column), categoryIds()) + " (or give --allow-new-categories)");
    return Optional.empty();
  }

  /**
   * Reads a role cell, recording a problem (with a suggestion) if it is not one that is accepted.
   */
  Optional<Role> role(CsvFile.Row row, String column) {
    Optional<Role> role = row.required(column, Role::parse, Cells.ROLE);
    if (role.isEmpty()
        || framework.map(f -> f.knows(role.get())).orElse(role.get().isWellKnown())) {
      return role;
    }
    if (allowNewRoles) {
      newRoles.add(role.get().id());
      return role;
    }
    row.invalid(
        column,
        Cells.ROLE,
        Cells.suggestion(row.text(column), roleIds()) + " (or give --allow-new-roles)");
    return Optional.empty();
  }

  /** Adds the warnings listing the new categories and roles accepted, if any. */
  void warn(InputProblems problems) {
    List<String> warnings = new ArrayList<>();
    if (!newCategories.isEmpty()) {
      warnings.add(
          "accepted "
              + Plurals.count(newCategories.size(), "new case category", "new case categories")
              + " (--allow-new-categories): "
              + String.join(", ", newCategories));
    }
    if (!newRoles.isEmpty()) {
      warnings.add(
          "accepted "
              + Plurals.count(newRoles.size(), "new role", "new roles")
              + " (--allow-new-roles): "
              + String.join(", ", newRoles));
    }
    warnings.forEach(problems::warn);
    newCategories.clear();
    newRoles.clear();
  }
}
