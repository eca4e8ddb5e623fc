package org.practiceaudit.core.framework;

import java.util.List;
import org.immutables.value.Value;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * One item of a {@link FrameworkAccount} section: a domain, an escalation category, a sampling
 * plan, a rule, named by its id, with the plain sentences that say what it is and does.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class AccountEntry {

  AccountEntry() {}

  /**
   * Returns the id of what the entry describes, as the configuration names it.
   *
   * @return the id, such as {@code assessment}, {@code category-2} or {@code
   *     dudley/escalation-category}; not blank
   */
  public abstract String id();

  /**
   * Returns the entry's title, as a reader meets it.
   *
   * @return the title, such as {@code Assessment and analysis of need (assessment)}; not blank
   */
  public abstract String term();

  /**
   * Returns the sentences that describe the entry, in reading order.
   *
   * @return an unmodifiable list of sentences, possibly empty
   */
  public abstract List<String> sentences();

  /**
   * Returns the lines of a checklist under the entry, such as a domain's indicators.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<String> checklist();

  /**
   * Obtains an entry.
   *
   * @param id the id; not blank
   * @param term the title; not blank
   * @param sentences the sentences; not null
   * @return the entry, without a checklist
   * @throws IllegalArgumentException if the id or the title is blank
   */
  public static AccountEntry of(String id, String term, List<String> sentences) {
    return builder().id(id).term(term).addAllSentences(sentences).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableAccountEntry.Builder builder() {
    return ImmutableAccountEntry.builder();
  }

  @Value.Check
  void check() {
    if (id().isBlank() || term().isBlank()) {
      throw new IllegalArgumentException(
          "an account entry needs an id and a title: '" + id() + "'");
    }
  }
}
