package org.practiceaudit.core.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.practiceaudit.core.internal.KebabCase;
import org.practiceaudit.core.style.AuditValueStyle;
import org.practiceaudit.core.workforce.PersonId;

/**
 * A child's case file as the audit sees it: pseudonymous, with only what sampling, allocation and
 * reporting need.
 *
 * <p>The attributes carry what strata and cohorts are drawn on: age band, gender, ethnicity,
 * category of abuse, RAG rating (London multi-agency audit pack, "random stratified sample";
 * Camden, front-door RAG samples). They are coded values, such as {@code age-band=5-9}; never free
 * text.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class CaseFile {

  CaseFile() {}

  /**
   * Returns the case's pseudonymous id.
   *
   * @return the id
   */
  public abstract CaseId id();

  /**
   * Returns the category of the case.
   *
   * @return the category, such as looked after
   */
  public abstract CaseCategory category();

  /**
   * Returns the team that holds the case.
   *
   * @return the team's id, not blank
   */
  public abstract String team();

  /**
   * Returns the allocated worker, if the case is allocated.
   *
   * @return the worker, or empty for an unallocated case
   */
  public abstract Optional<PersonId> allocatedWorker();

  /**
   * Returns every worker's and manager's involvement with the case, with dates.
   *
   * @return the involvement history, possibly empty
   */
  public abstract List<Involvement> involvements();

  /**
   * Returns the day the case was opened.
   *
   * @return the opening date
   */
  public abstract LocalDate openedOn();

  /**
   * Returns the day the case was closed, if it was.
   *
   * @return the closing date, or empty for an open case
   */
  public abstract Optional<LocalDate> closedOn();

  /**
   * Returns the day the case was last audited, if ever.
   *
   * @return the date of the last audit, or empty if never audited
   */
  public abstract Optional<LocalDate> lastAuditedOn();

  /**
   * Returns the coded attributes used for strata and cohorts.
   *
   * @return an unmodifiable map from attribute name (lower-case, such as {@code age-band}) to value
   */
  public abstract Map<String, String> attributes();

  /**
   * Checks whether the case is open on a day.
   *
   * @param date the day; not null
   * @return true if opened on or before the day and not closed before it
   */
  public boolean isOpenOn(LocalDate date) {
    return !openedOn().isAfter(date)
        && closedOn().map(closed -> !closed.isBefore(date)).orElse(true);
  }

  /**
   * Returns an attribute's value, where the case has it.
   *
   * @param name the attribute's name; not null
   * @return the value, or empty if the case does not have the attribute
   */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes().get(name));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableCaseFile.Builder builder() {
    return ImmutableCaseFile.builder();
  }

  @Value.Check
  void check() {
    if (team().isBlank()) {
      throw new IllegalArgumentException("case " + id() + ": team must not be blank");
    }
    if (closedOn().isPresent() && closedOn().get().isBefore(openedOn())) {
      throw new IllegalArgumentException(
          "case "
              + id()
              + ": closed on "
              + closedOn().get()
              + " before it opened on "
              + openedOn());
    }
    for (String name : attributes().keySet()) {
      if (!KebabCase.isAttributeName(name)) {
        throw new IllegalArgumentException(
            "case "
                + id()
                + ": attribute name must be lower-case letters and digits joined by"
                + " '-', '_' or '.': '"
                + name
                + "'");
      }
    }
  }
}
