package org.practiceaudit.core.framework;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One section of a {@link FrameworkAccount}, such as the grades or the escalation categories: a
 * heading, paragraphs and entries.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AccountSection {

  AccountSection() {}

  /**
   * Returns the section's id, stable across frameworks, which anchors and tests use.
   *
   * @return lower-case kebab-case, such as {@code escalation-categories}
   */
  public abstract String id();

  /**
   * Returns the section's heading.
   *
   * @return the heading, such as {@code Escalation categories}; not blank
   */
  public abstract String heading();

  /**
   * Returns the paragraphs before the entries, each one sentence or a few.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<String> paragraphs();

  /**
   * Returns the entries of the section, in configuration order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<AccountEntry> entries();

  /**
   * Finds an entry by id.
   *
   * @param id the entry's id; not null
   * @return the entry, or empty
   */
  public Optional<AccountEntry> entry(String id) {
    java.util.Objects.requireNonNull(id, "id");
    return entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAccountSection.Builder builder() {
    return ImmutableAccountSection.builder();
  }

  @Value.Check
  void check() {
    Ids.requireKebab("section id", id());
    if (heading().isBlank()) {
      throw new IllegalArgumentException("section '" + id() + "': heading must not be blank");
    }
  }
}
