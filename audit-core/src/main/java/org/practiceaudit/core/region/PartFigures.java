package org.practiceaudit.core.region;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.EscalationLine;
import org.practiceaudit.core.style.AuditValueStyle;

/**
 * The counts of one part of a region (or of the whole), taken from its report, and its average
 * domain score.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@AuditValueStyle
public abstract class PartFigures {

  PartFigures() {}

  /**
   * Returns the part's name.
   *
   * @return such as {@code camden} or {@code team-north}; not blank
   */
  public abstract String name();

  /**
   * Returns the part's counts.
   *
   * @return a count, 0 or more, for every {@link Figure}
   */
  public abstract Map<Figure, Long> counts();

  /**
   * Returns the average domain score, each scored audit weighing the same.
   *
   * @return the average, or empty when no audit was scored
   */
  public abstract OptionalDouble average();

  /**
   * Returns one count.
   *
   * @param figure the figure; not null
   * @return the count, 0 or more
   */
  public long count(Figure figure) {
    return counts().get(Objects.requireNonNull(figure, "figure"));
  }

  /**
   * Takes a part's figures from its report.
   *
   * @param name the part's name; not blank
   * @param report the part's report; not null
   * @return the figures
   */
  public static PartFigures of(String name, AuditReport report) {
    Objects.requireNonNull(report, "report");
    Map<Figure, Long> counts = new EnumMap<>(Figure.class);
    counts.put(Figure.AUDITS, report.audits());
    counts.put(Figure.COMPLETED, report.completed());
    counts.put(Figure.COMPLETED_ON_TIME, report.compliance().completedOnTime());
    counts.put(Figure.COMPLETED_LATE, report.compliance().completedLate());
    counts.put(Figure.OVERDUE, report.compliance().overdue());
    counts.put(Figure.PENDING, report.compliance().pending());
    counts.put(Figure.SCORED_AUDITS, report.scoredAudits());
    counts.put(Figure.GRADED, report.grades().graded());
    counts.put(Figure.GOOD_OR_BETTER, report.grades().goodOrBetter().count());
    counts.put(
        Figure.BELOW_GOOD, report.grades().graded() - report.grades().goodOrBetter().count());
    counts.put(
        Figure.ESCALATIONS_RAISED,
        report.escalations().stream().mapToLong(EscalationLine::raised).sum());
    counts.put(Figure.ACTIONS_OUTSTANDING, report.actions().outstanding());
    return ImmutablePartFigures.builder()
        .name(name)
        .putAllCounts(counts)
        .average(report.overallAverage().value())
        .build();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("a part's name must not be blank");
    }
    for (Figure figure : Figure.values()) {
      Long count = counts().get(figure);
      if (count == null || count < 0) {
        throw new IllegalArgumentException(
            "part '" + name() + "': " + figure.id() + " must be a count of 0 or more: " + count);
      }
    }
  }
}
