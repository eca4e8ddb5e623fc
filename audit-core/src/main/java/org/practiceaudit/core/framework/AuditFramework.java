package org.practiceaudit.core.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.core.workforce.Role;

/**
 * A council's audit framework at one version: its grade scale, domains, audit types, escalation
 * categories, working calendar and audit due policy.
 *
 * <p>Frameworks are versioned: an {@link org.practiceaudit.core.audit.Audit} records the id and
 * version it was made under, and {@link FrameworkCatalogue} finds that version again after the
 * framework changes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AuditFramework {

  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z]+([.-][0-9A-Za-z]+)*");

  AuditFramework() {}

  /**
   * Returns the framework's id.
   *
   * @return lower-case kebab-case, optionally namespaced, such as {@code dudley} or {@code
   *     camden/2021-22}
   */
  public abstract String id();

  /**
   * Returns the framework's version.
   *
   * @return the version, such as {@code 2017.1}; letters, digits, dots and hyphens
   */
  public abstract String version();

  /**
   * Returns the framework's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the scale of overall judgements.
   *
   * @return the grade scale; Ofsted's by default
   */
  @Value.Default
  public GradeScale gradeScale() {
    return GradeScale.ofsted();
  }

  /**
   * Returns the domains auditors score, in order.
   *
   * @return an unmodifiable list of domains with distinct ids
   */
  public abstract List<Domain> domains();

  /**
   * Returns the audit types the framework runs.
   *
   * @return an unmodifiable list of audit types with distinct ids
   */
  public abstract List<AuditType> auditTypes();

  /**
   * Returns the escalation categories, most serious first.
   *
   * @return an unmodifiable list of categories with distinct levels
   */
  public abstract List<EscalationCategory> escalationCategories();

  /**
   * Returns the calendar deadlines are counted in.
   *
   * @return the working calendar
   */
  public abstract WorkingCalendar calendar();

  /**
   * Returns when an allocated audit is due, which the {@code audit-due} rule, the report, the quota
   * tracker and the command line all read from here (Hillingdon: 10 working days, requirement H2a).
   *
   * @return the audit due policy, counted in {@link #calendar()}; none by default
   */
  @Value.Default
  public AuditDuePolicy auditDue() {
    return AuditDuePolicy.none();
  }

  /**
   * Returns the case categories the framework declares besides the {@link CaseCategory#wellKnown()
   * well-known} ones, such as a council's {@code youth-justice} (issue 16 item 4): readers of its
   * case files accept them as they accept the well-known ones.
   *
   * @return an unmodifiable list of distinct categories, none well known; empty by default
   */
  public abstract List<CaseCategory> localCategories();

  /**
   * Returns the roles the framework declares besides the {@link Role#wellKnown() well-known} ones,
   * such as a council's {@code practice-lead} (issue 16 item 4).
   *
   * @return an unmodifiable list of distinct roles, none well known; empty by default
   */
  public abstract List<Role> localRoles();

  /**
   * Tells whether the framework knows a case category: it is well known or one the framework
   * declares.
   *
   * @param category the category; not null
   * @return true if well known or declared
   */
  public boolean knows(CaseCategory category) {
    Objects.requireNonNull(category, "category");
    return category.isWellKnown() || localCategories().contains(category);
  }

  /**
   * Tells whether the framework knows a role: it is well known or one the framework declares.
   *
   * @param role the role; not null
   * @return true if well known or declared
   */
  public boolean knows(Role role) {
    Objects.requireNonNull(role, "role");
    return role.isWellKnown() || localRoles().contains(role);
  }

  /**
   * Finds a domain by id.
   *
   * @param domainId the id; not null
   * @return the domain, or empty if the framework has none of that id
   */
  public Optional<Domain> domain(String domainId) {
    Objects.requireNonNull(domainId, "domainId");
    return domains().stream().filter(d -> d.id().equals(domainId)).findFirst();
  }

  /**
   * Finds an audit type by id.
   *
   * @param auditTypeId the id; not null
   * @return the audit type, or empty if the framework has none of that id
   */
  public Optional<AuditType> auditType(String auditTypeId) {
    Objects.requireNonNull(auditTypeId, "auditTypeId");
    return auditTypes().stream().filter(t -> t.id().equals(auditTypeId)).findFirst();
  }

  /**
   * Finds an escalation category by level.
   *
   * @param level the level, 1 being the most serious
   * @return the category, or empty if the framework has none of that level
   */
  public Optional<EscalationCategory> escalationCategory(int level) {
    return escalationCategories().stream().filter(c -> c.level() == level).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAuditFramework.Builder builder() {
    return ImmutableAuditFramework.builder();
  }

  @Value.Check
  void check() {
    Ids.requireNamespaced("framework id", id());
    if (!VERSION.matcher(version()).matches()) {
      throw new IllegalArgumentException(
          "framework '"
              + id()
              + "': version must be letters and digits joined by '.' or '-',"
              + " such as '2017.1': '"
              + version()
              + "'");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("framework '" + id() + "': name must not be blank");
    }
    Set<String> domainIds = new HashSet<>();
    for (Domain domain : domains()) {
      if (!domainIds.add(domain.id())) {
        throw new IllegalArgumentException(
            "framework '" + id() + "': duplicate domain id '" + domain.id() + "'");
      }
    }
    Set<String> typeIds = new HashSet<>();
    for (AuditType type : auditTypes()) {
      if (!typeIds.add(type.id())) {
        throw new IllegalArgumentException(
            "framework '" + id() + "': duplicate audit type id '" + type.id() + "'");
      }
    }
    checkLocalVocabulary();
    Set<Integer> levels = new HashSet<>();
    for (EscalationCategory category : escalationCategories()) {
      if (!levels.add(category.level())) {
        throw new IllegalArgumentException(
            "framework '" + id() + "': duplicate escalation level " + category.level());
      }
    }
  }

  /** The local categories and roles: each new (not well known) and declared once. */
  private void checkLocalVocabulary() {
    Set<CaseCategory> categories = new HashSet<>();
    for (CaseCategory category : localCategories()) {
      if (category.isWellKnown() || !categories.add(category)) {
        throw new IllegalArgumentException(
            "framework '"
                + id()
                + "': local category '"
                + category
                + "' is "
                + (category.isWellKnown() ? "already well known" : "declared twice"));
      }
    }
    Set<Role> roles = new HashSet<>();
    for (Role role : localRoles()) {
      if (role.isWellKnown() || !roles.add(role)) {
        throw new IllegalArgumentException(
            "framework '"
                + id()
                + "': local role '"
                + role
                + "' is "
                + (role.isWellKnown() ? "already well known" : "declared twice"));
      }
    }
  }
}
