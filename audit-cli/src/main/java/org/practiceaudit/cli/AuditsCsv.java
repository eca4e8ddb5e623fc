package org.practiceaudit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.internal.KebabCase;

/**
 * Reads an audits file: {@code audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,
 * escalation_category}, one {@code score.<domain-id>} column per domain of the framework (an
 * integer in the domain's scale, or {@code NA}), every further column an attribute for cohorts.
 *
 * <p>Optional columns carry what the rules read beyond scores (issue 18): {@code escalated_at}
 * (when the concern was raised, an ISO date-time, Europe/London unless an offset is given), {@code
 * agency} (a lower-case agency id), one {@code area_grade.<domain-id>} column per area of work
 * graded (London multi-agency pack), {@code indicators} and {@code concerns} (ids separated by
 * {@code ;}) and {@code actions_outstanding} (how many recommended actions are still open; the file
 * carries no owner or due date for them), {@code sections} (the ids of the form's sections written,
 * such as {@code pen-picture} or {@code evidence/plans}, separated by {@code ;}; never their text)
 * and {@code notified} (the role ids told of or sent the audit, separated by {@code ;}).
 */
final class AuditsCsv {

  static final List<String> COLUMNS =
      List.of(
          "audit_id",
          "case_id",
          "auditor_id",
          "type",
          "allocated_on",
          "completed_on",
          "grade",
          "escalation_category");

  /**
   * The optional columns the rules read, besides {@code score.} and {@code area_grade.} columns.
   */
  static final List<String> OPTIONAL_COLUMNS =
      List.of(
          "escalated_at",
          "agency",
          "indicators",
          "concerns",
          "actions_outstanding",
          "sections",
          "notified");

  /**
   * A section id of the audit form, as {@link Audit#sections()} holds it: words joined by '-',
   * parts by '/'.
   */
  static final String SCORE = "score.";

  static final String AREA_GRADE = "area_grade.";

  /** The most recommended actions one row may say are outstanding. */
  static final int MAX_ACTIONS = 1_000;

  private AuditsCsv() {}

  /**
   * Reads the audits made under a framework.
   *
   * @throws InputException with every problem if any
   */
  static List<Audit> read(Path path, AuditFramework framework) {
    InputProblems problems = new InputProblems();
    List<Audit> audits = read(path.toString(), framework, problems);
    problems.throwIfAny();
    return audits;
  }

  /**
   * Reads the audits made under a framework, adding every problem found; returns the audits of the
   * rows without problems (none when the file cannot be read or its header is unusable).
   */
  static List<Audit> read(String path, AuditFramework framework, InputProblems problems) {
    List<Audit> audits = new ArrayList<>();
    if (read(path, framework, problems, Progress.none(), audits::add).isEmpty()) {
      return List.of();
    }
    return List.copyOf(audits);
  }

  /**
   * Reads the audits made under a framework as a stream: each audit of a row without problems goes
   * to {@code sink} as it is read, in file order, and is not kept, so that a file of millions of
   * audits is read in little memory. Adds every problem found; warns when the file has no {@code
   * score.<domain>} column for a domain of the framework, which the report would otherwise show as
   * never scored. When problems were added the caller drops what {@code sink} took.
   *
   * @return what the read saw of the audits it handed on, or empty if the file cannot be read or
   *     its header is unusable
   */
  static Optional<Summary> read(
      String path,
      AuditFramework framework,
      InputProblems problems,
      Progress progress,
      Consumer<Audit> sink) {
    AuditRows rows = new AuditRows(framework, sink);
    Optional<CsvFile> file =
        CsvFile.read(
            path,
            "audits",
            COLUMNS,
            h ->
                h.startsWith(SCORE)
                    || h.startsWith(AREA_GRADE)
                    || OPTIONAL_COLUMNS.contains(h)
                    || KebabCase.isAttributeName(h),
            problems,
            progress,
            rows);
    return file.isEmpty() || rows.badHeader() ? Optional.empty() : Optional.of(rows.summary());
  }

  /** What a read saw of the audits it handed on: their number, dates and attribute columns. */
  static final class Summary {
    private long audits;
    private LocalDate earliestAllocation = LocalDate.MAX;
    private LocalDate latest = LocalDate.MIN;
    private final Set<String> attributes = new TreeSet<>();

    /** The summary of audits already read (from interchange JSON). */
    static Summary of(List<Audit> read) {
      Summary summary = new Summary();
      read.forEach(summary::add);
      return summary;
    }

    void add(Audit audit) {
      audits++;
      if (audit.allocatedOn().isBefore(earliestAllocation)) {
        earliestAllocation = audit.allocatedOn();
      }
      latest = Reports.latest(latest, audit);
      if (!audit.attributes().isEmpty()) {
        attributes.addAll(audit.attributes().keySet());
      }
    }

    /** The number of audits handed on. */
    long audits() {
      return audits;
    }

    /** The earliest allocation date; only when there are audits. */
    LocalDate earliestAllocation() {
      return earliestAllocation;
    }

    /**
     * The latest allocation or completion date, as {@link Reports#latestDate} gives; only when
     * there are audits.
     */
    LocalDate latest() {
      return latest;
    }

    /** The attribute columns with a value in some audit, in name order. */
    Set<String> attributes() {
      return attributes;
    }
  }
}
