package org.practiceaudit.core.sampling;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.internal.KebabCase;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * How to draw a sample of case files: the population, the exclusions, the size and the strata.
 *
 * <p>The rules come from the source documents:
 *
 * <ul>
 *   <li>random selection that skips cases audited in the last 6-8 months, with a theme filter
 *       (Camden audit programme 2021-22, section 4): {@link #auditedWithin()} and {@link #theme()};
 *   <li>a random stratified sample in which categories of abuse, gender, age and ethnicity appear
 *       in proportion (London multi-agency safeguarding audit pack, "baseline assessment"): {@link
 *       #strata()};
 *   <li>at least 10% of open cases in each service cycle (Dudley audit framework 2017, "sample
 *       frame"): {@link #shareOfOpen()};
 *   <li>30 front-door cases covering every RAG rating (Camden, section 5, front door audits):
 *       {@link #fixedSize()} with {@code rag} as a stratum and {@link #minimumPerStratum()} 1;
 *   <li>every social worker with a case audited in the annual cycle (Camden, section 3): {@link
 *       #coverWorkers()};
 *   <li>front-door contacts "dealt with by the MASH, the Contact Service and the Brief Intervention
 *       team", including those closed with no further action or stepped down to Early Help (Camden,
 *       section 5, lines 62 and 66; seed-fidelity review C13): {@link #includeClosedWithin()}.
 * </ul>
 *
 * <p><b>Population.</b> A case is in the open population when it is open on the as-of date and
 * passes every filter: {@link #categories()}, {@link #teams()}, {@link #attributeFilters()} and
 * {@link #theme()} (an empty filter lets every case through). <b>Exclusions</b> then remove cases
 * closed before the as-of date (when {@link #excludeClosed()}; except those closed within {@link
 * #includeClosedWithin()}), the {@link #excludedIds()}, and cases audited within the window. Cases
 * closed within the window are eligible but are not open: they never count towards a share of open
 * cases.
 *
 * <p><b>Size.</b> Exactly one of: a fixed number, a number "up to" which every eligible case is
 * drawn ({@link #maximumSize()}; Camden's practice week, "up to 60 cases", line 72, requirement
 * C17: fewer eligible cases are all drawn and are no shortfall), a share of the open population
 * rounded up ({@code ceil(share × open cases)}, counted before exclusions, so "at least 10%" holds
 * of the open caseload), or explicit counts per stratum.
 *
 * <p><b>Strata.</b> Attribute names of {@link
 * org.practiceaudit.core.casefile.CaseFile#attributes()}, plus the pseudo-attributes {@value
 * #CATEGORY} and {@value #TEAM}. A case without an attribute is in the stratum whose value for it
 * is {@code ""}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class SamplingPlan {

  /** The pseudo-attribute naming a case's category, usable as a stratum. */
  public static final String CATEGORY = "category";

  /** The pseudo-attribute naming a case's team, usable as a stratum. */
  public static final String TEAM = "team";

  /** The case attribute the {@link #theme()} filter reads. */
  public static final String THEME_ATTRIBUTE = "theme";

  SamplingPlan() {}

  /**
   * Returns the plan's name, which the sample's audit trail records.
   *
   * @return a name, not blank, such as {@code front-door-january}
   */
  public abstract String name();

  /**
   * Returns the categories the population is limited to.
   *
   * @return the categories; empty for every category
   */
  public abstract Set<CaseCategory> categories();

  /**
   * Returns the teams the population is limited to.
   *
   * @return the team ids; empty for every team
   */
  public abstract Set<String> teams();

  /**
   * Returns the attribute filters: a case is in the population only if, for every entry, its
   * attribute has one of the listed values.
   *
   * @return an unmodifiable map from attribute name to the allowed values (each set not empty)
   */
  public abstract Map<String, Set<String>> attributeFilters();

  /**
   * Returns the theme the population is limited to: the case's {@value #THEME_ATTRIBUTE} attribute
   * must equal it (Camden: "taking into account any particular theme that is being audited").
   *
   * @return the theme, or empty for no theme filter
   */
  public abstract Optional<String> theme();

  /**
   * Returns the window of recent audits to skip: a case last audited on or after {@code asOf −
   * window} is excluded (Camden: "whether the case has been audited within the last 6-8 months").
   *
   * @return a positive period such as {@code P6M}, or empty for no window
   */
  public abstract Optional<Period> auditedWithin();

  /**
   * Returns whether cases closed before the as-of date are excluded.
   *
   * @return true (the default) to exclude them
   */
  @Value.Default
  public boolean excludeClosed() {
    return true;
  }

  /**
   * Returns the window of recently closed cases that stay eligible: a case closed before the as-of
   * date but on or after {@code asOf − window} is eligible as if open, while earlier closed cases
   * are excluded (Camden's front door: contacts closed with no further action or stepped down to
   * Early Help).
   *
   * @return a positive period such as {@code P1M}, or empty to exclude every closed case; only with
   *     {@link #excludeClosed()}
   */
  public abstract Optional<Period> includeClosedWithin();

  /**
   * Returns the ids of cases excluded explicitly.
   *
   * @return the ids, possibly empty
   */
  public abstract Set<CaseId> excludedIds();

  /**
   * Returns the fixed number of cases to draw, when the size is fixed.
   *
   * @return 1 or more, or empty
   */
  public abstract OptionalInt fixedSize();

  /**
   * Returns the most cases to draw, when the size is "up to" a number: the sample is that many
   * cases, or every eligible case when fewer are eligible, which is then no shortfall.
   *
   * @return 1 or more, or empty
   */
  public abstract OptionalInt maximumSize();

  /**
   * Returns the share of the open population to draw, rounded up, when the size is a share.
   *
   * @return a share in (0, 1], such as {@code 0.10}, or empty
   */
  public abstract Optional<BigDecimal> shareOfOpen();

  /**
   * Returns the explicit counts per stratum, when the size is given stratum by stratum; strata not
   * listed get no cases.
   *
   * @return the counts, possibly empty
   */
  public abstract List<StratumCount> stratumCounts();

  /**
   * Returns the strata attributes, in the order that orders the strata.
   *
   * @return attribute names or {@value #CATEGORY} or {@value #TEAM}; empty for an unstratified
   *     sample
   */
  public abstract List<String> strata();

  /**
   * Returns the least number of cases per stratum (or all it holds, if fewer); minimums may raise a
   * sample above its planned size.
   *
   * @return 0 (the default) or more
   */
  @Value.Default
  public int minimumPerStratum() {
    return 0;
  }

  /**
   * Returns the least share of each stratum's eligible cases to draw, rounded up: Dudley's "10%
   * minimum of open cases ... to reflect an authentic view of the team or service" (audit framework
   * 2017, line 70; seed-fidelity review U2), so that a team of 15 gets 2 cases, not 1. It works
   * with {@link #minimumPerStratum()} (the larger minimum holds) and, like it, may raise a sample
   * above its planned size.
   *
   * @return a share in (0, 1], such as {@code 0.10}, or empty for none
   */
  public abstract Optional<BigDecimal> minimumSharePerStratum();

  /**
   * Returns whether every allocated worker should get at least one case, where the numbers allow
   * (Camden, section 3).
   *
   * @return true to cover workers; false by default
   */
  @Value.Default
  public boolean coverWorkers() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static ImmutableSamplingPlan.Builder builder() {
    return ImmutableSamplingPlan.builder();
  }

  @Value.Check
  void check() {
    String plan = "sampling plan '" + name() + "': ";
    if (name().isBlank()) {
      throw new IllegalArgumentException("sampling plan name must not be blank: '" + name() + "'");
    }
    checkSize(plan);
    checkStrata(plan);
    checkStratumCounts(plan);
    checkFiltersAndWindows(plan);
  }

  /** Exactly one size, each in range, and the minimums per stratum. */
  private void checkSize(String plan) {
    List<String> sizes = new ArrayList<>();
    fixedSize().ifPresent(n -> sizes.add("fixed size " + n));
    maximumSize().ifPresent(n -> sizes.add("up to " + n));
    shareOfOpen().ifPresent(s -> sizes.add("share of open cases " + s.toPlainString()));
    if (!stratumCounts().isEmpty()) {
      sizes.add("counts per stratum");
    }
    if (sizes.size() != 1) {
      throw new IllegalArgumentException(
          plan
              + "needs exactly one size (a fixed size, up to a number, a share of open cases or"
              + " counts per stratum); got "
              + (sizes.isEmpty() ? "none" : sizes));
    }
    if (fixedSize().isPresent() && fixedSize().getAsInt() < 1) {
      throw new IllegalArgumentException(
          plan + "fixed size must be 1 or more: " + fixedSize().getAsInt());
    }
    if (maximumSize().isPresent() && maximumSize().getAsInt() < 1) {
      throw new IllegalArgumentException(
          plan + "'up to' size must be 1 or more: " + maximumSize().getAsInt());
    }
    if (shareOfOpen().isPresent()
        && (shareOfOpen().get().signum() <= 0
            || shareOfOpen().get().compareTo(BigDecimal.ONE) > 0)) {
      throw new IllegalArgumentException(
          plan
              + "share of open cases must be more than 0 and at most 1: "
              + shareOfOpen().get().toPlainString());
    }
    if (minimumSharePerStratum().isPresent()
        && (minimumSharePerStratum().get().signum() <= 0
            || minimumSharePerStratum().get().compareTo(BigDecimal.ONE) > 0)) {
      throw new IllegalArgumentException(
          plan
              + "minimum share per stratum must be more than 0 and at most 1: "
              + minimumSharePerStratum().get().toPlainString());
    }
    if (minimumPerStratum() < 0) {
      throw new IllegalArgumentException(
          plan + "minimum per stratum must not be negative: " + minimumPerStratum());
    }
  }

  /** Strata attributes well formed, each listed once. */
  private void checkStrata(String plan) {
    Set<String> seen = new HashSet<>();
    for (String stratum : strata()) {
      if (!KebabCase.isAttributeName(stratum)) {
        throw new IllegalArgumentException(
            plan
                + "stratum attribute must be lower-case letters and digits joined by '-', '_' or '.': '"
                + stratum
                + "'");
      }
      if (!seen.add(stratum)) {
        throw new IllegalArgumentException(
            plan + "stratum attribute listed twice: '" + stratum + "'");
      }
    }
  }

  /** Counts per stratum: with strata, no minimums, one count per key of the strata. */
  private void checkStratumCounts(String plan) {
    if (!stratumCounts().isEmpty()) {
      if (strata().isEmpty()) {
        throw new IllegalArgumentException(
            plan + "counts per stratum need at least one stratum attribute");
      }
      if (minimumPerStratum() > 0) {
        throw new IllegalArgumentException(
            plan
                + "a minimum per stratum applies to a fixed size or a share, not to counts per stratum: "
                + minimumPerStratum());
      }
      if (minimumSharePerStratum().isPresent()) {
        throw new IllegalArgumentException(
            plan
                + "a minimum share per stratum applies to a fixed size or a share, not to counts per stratum: "
                + minimumSharePerStratum().get().toPlainString());
      }
      Set<Map<String, String>> keys = new HashSet<>();
      for (StratumCount count : stratumCounts()) {
        if (!count.key().keySet().equals(Set.copyOf(strata()))) {
          throw new IllegalArgumentException(
              plan
                  + "stratum count key "
                  + count.key()
                  + " must name exactly the strata attributes "
                  + strata());
        }
        if (!keys.add(count.key())) {
          throw new IllegalArgumentException(
              plan + "stratum listed twice in the counts: " + count.key());
        }
      }
    }
  }

  /** Filters allow something, the theme is not blank, the windows are positive. */
  private void checkFiltersAndWindows(String plan) {
    for (Map.Entry<String, Set<String>> filter : attributeFilters().entrySet()) {
      if (filter.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            plan + "attribute filter '" + filter.getKey() + "' must allow at least one value");
      }
    }
    if (theme().isPresent() && theme().get().isBlank()) {
      throw new IllegalArgumentException(plan + "theme must not be blank: '" + theme().get() + "'");
    }
    if (auditedWithin().isPresent()
        && (auditedWithin().get().isNegative() || auditedWithin().get().isZero())) {
      throw new IllegalArgumentException(
          plan
              + "audited-within window must be a positive period such as P6M: "
              + auditedWithin().get());
    }
    if (includeClosedWithin().isPresent()
        && (includeClosedWithin().get().isNegative() || includeClosedWithin().get().isZero())) {
      throw new IllegalArgumentException(
          plan
              + "closed-within window must be a positive period such as P1M: "
              + includeClosedWithin().get());
    }
    if (includeClosedWithin().isPresent() && !excludeClosed()) {
      throw new IllegalArgumentException(
          plan
              + "a closed-within window "
              + includeClosedWithin().get()
              + " applies only when closed cases are excluded; this plan includes every closed case");
    }
  }
}
