package org.practiceaudit.core.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * A framework told in plain words for the people who sign it off: its source and version, grades,
 * domains, escalation categories, sampling plans, quotas, moderation and rules, section by section
 * (issue 18, {@code explain}).
 *
 * <p>Every sentence is generated from the loaded configuration by one builder (audit-rules' {@code
 * FrameworkWords}); text, Markdown and HTML are renderings of this one account, so they never say
 * different things.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class FrameworkAccount {

  FrameworkAccount() {}

  /**
   * Returns the framework the account tells.
   *
   * @return the framework
   */
  public abstract AuditFramework framework();

  /**
   * Returns the account's title: the framework's name.
   *
   * @return the title; not blank
   */
  @Value.Derived
  public String title() {
    return framework().name();
  }

  /**
   * Returns the sections, in reading order.
   *
   * @return an unmodifiable list with distinct section ids
   */
  public abstract List<AccountSection> sections();

  /**
   * Finds a section by id.
   *
   * @param id the section's id; not null
   * @return the section, or empty
   */
  public Optional<AccountSection> section(String id) {
    Objects.requireNonNull(id, "id");
    return sections().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableFrameworkAccount.Builder builder() {
    return ImmutableFrameworkAccount.builder();
  }

  @Value.Check
  void check() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (AccountSection section : sections()) {
      if (!ids.add(section.id())) {
        throw new IllegalArgumentException(
            "duplicate section '"
                + section.id()
                + "' in the account of framework '"
                + framework().id()
                + "'");
      }
    }
  }
}
