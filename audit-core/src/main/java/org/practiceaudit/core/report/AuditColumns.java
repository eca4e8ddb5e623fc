package org.practiceaudit.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.escalation.Escalation;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.workforce.PersonId;

/**
 * The audits of a report as a table of primitive columns, one row per audit: allocation month, due
 * day, group (completion month and cohort values), a score code per domain, grade ranks and
 * auditor. A report is derived from the columns by one loop over primitive arrays into per-group
 * counters, then a roll-up of the groups into months and cohorts, at any report instant: the
 * columns keep what depends on the report day (due days, escalation due instants, action due days)
 * rather than a verdict.
 *
 * <p>This is the way for a caller that learns the report day only after reading the audits (the
 * command line reports as of the latest date in its file) or reports the same audits at several
 * instants. A row takes about 19 bytes plus 1 per domain; a caller who knows the report instant
 * before reading and wants memory that does not grow with the audits uses {@link
 * ReportAccumulator}.
 *
 * <pre>{@code
 * AuditColumns columns = AuditColumns.of(spec);
 * audits.forEach(columns);
 * AuditReport report = columns.toAggregate(endOfLatestDay).toReport();
 * }</pre>
 *
 * <p>{@link #toAggregate(Instant)} gives exactly what {@link ReportAggregate#of} gives for the same
 * audits and a spec reporting at that instant.
 *
 * <p>This class is mutable and not thread-safe. The aggregates it returns are immutable.
 */
public final class AuditColumns implements Consumer<Audit> {

  /** A due day or group that is not there. */
  static final int NONE = Integer.MIN_VALUE;

  /**
   * A row's state: completed on time, completed late, or not completed (judged at the report day).
   */
  static final byte ON_TIME = 0;

  static final byte LATE = 1;

  static final byte OPEN = 2;

  /** The flag of a row whose audit counts towards its auditor's quota. */
  static final byte QUOTA = 4;

  /**
   * Score codes: not counted (absent, unknown domain, off the scale), N/A, else 2 + score - scale
   * minimum.
   */
  static final int NOT_COUNTED = 0;

  static final int NOT_APPLICABLE = 1;

  /** The widest scale whose codes fit a byte. */
  private static final int NARROW = 253;

  /**
   * The number of rows in a chunk. The columns are kept in chunks, so that a growing table never
   * copies them and no column is one huge array, which a small heap may have no room to place.
   */
  static final int CHUNK = 1 << 14;

  private static final int CHUNK_BITS = 14;

  final SpecLayout layout;
  private final boolean narrow;
  int rows;

  /** Per chunk, per row: the allocation month's index into {@link #monthKeys}. */
  int[][] allocatedMonth = new int[4][];

  /**
   * Per chunk, per row: the index of the completed audit's group in {@link #groups} (its completion
   * month's index, then the index of its value of each cohort dimension, or -1), or {@link #NONE}
   * when not completed.
   */
  int[][] group = new int[4][];

  /** Per chunk, per row: the due day (epoch day), or {@link #NONE}. */
  int[][] dueDay = new int[4][];

  /** Per chunk, per row: {@link #ON_TIME}, {@link #LATE} or {@link #OPEN}, plus {@link #QUOTA}. */
  byte[][] state = new byte[4][];

  /**
   * Per chunk, row-major score codes: in a byte when every domain's scale is narrow enough, else an
   * int.
   */
  byte[][] narrowScores = new byte[4][];

  int[][] wideScores = new int[4][];

  /** Per chunk, per row: the grade rank and the moderator's rank, or -1. */
  byte[][] grade = new byte[4][];

  byte[][] moderated = new byte[4][];

  /** Per chunk, per row: the index of the auditor in {@link #auditors}. */
  int[][] auditor = new int[4][];

  final GroupIndex groups;
  private final int[] groupKey;

  final List<Integer> monthKeys = new ArrayList<>();
  private final Map<Integer, Integer> monthIndex = new HashMap<>();
  final List<PersonId> auditors = new ArrayList<>();
  private final Map<PersonId, Integer> auditorIndex = new HashMap<>();
  final List<List<String>> cohortValues = new ArrayList<>();
  private final List<Map<String, Integer>> cohortIndex = new ArrayList<>();

  /** Tracked escalations, in the order accepted: category, flags, due instant. */
  int escalations;

  int[] escalationCategory = new int[16];

  /** Bit 1 open, bit 2 has a deadline, bit 4 counted from the completion day. */
  byte[] escalationFlags = new byte[16];

  long[] escalationDueSecond = new long[16];
  int[] escalationDueNano = new int[16];

  long actions;
  long actionsOutstanding;

  /** Outstanding actions with a due day, by due day (epoch day). */
  final Map<Long, long[]> outstandingByDueDay = new HashMap<>();

  private final int[] scoreScratch;
  private final DomainScoreVisitor visitor = new DomainScoreVisitor();

  private AuditColumns(SpecLayout layout) {
    this.layout = layout;
    boolean fits = true;
    for (int d = 0; d < layout.domainCount; d++) {
      fits &= (long) layout.scaleMax[d] - layout.scaleMin[d] <= NARROW;
    }
    this.narrow = fits;
    this.scoreScratch = new int[layout.domainCount];
    this.groupKey = new int[layout.cohortDimensions.length + 1];
    this.groups = new GroupIndex(groupKey.length);
    for (int c = 0; c < layout.cohortDimensions.length; c++) {
      cohortValues.add(new ArrayList<>());
      cohortIndex.add(new HashMap<>());
    }
  }

  /**
   * Obtains an empty table for a spec. The spec's report instant is the default of {@link
   * #toAggregate()}; everything else in it (domains, grade scale, deadlines, cohorts, quotas) is
   * fixed when a row is added.
   *
   * @param spec the spec; not null, with at most 127 grades on its scale
   * @return a new table
   * @throws IllegalArgumentException if the grade scale has more than 127 grades
   */
  public static AuditColumns of(ReportSpec spec) {
    Objects.requireNonNull(spec, "spec");
    if (spec.gradeScale().size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a column table holds grade scales of at most 127 grades: " + spec.gradeScale().size());
    }
    return new AuditColumns(new SpecLayout(spec));
  }

  /**
   * Returns the spec the table was made for.
   *
   * @return the spec
   */
  public ReportSpec spec() {
    return layout.spec;
  }

  /**
   * Returns the number of rows, one per audit accepted.
   *
   * @return the count, 0 or more
   */
  public int rows() {
    return rows;
  }

  /**
   * Adds one audit as a row; each audit must be accepted once.
   *
   * @param audit the audit; not null
   * @throws NullPointerException if {@code audit} is null
   * @throws IllegalStateException if the table already holds {@code Integer.MAX_VALUE} rows
   */
  @Override
  public void accept(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    if (rows == Integer.MAX_VALUE) {
      throw new IllegalStateException(
          "a column table holds at most " + Integer.MAX_VALUE + " rows");
    }
    int c = rows >>> CHUNK_BITS;
    int row = rows & (CHUNK - 1);
    if (row == 0) {
      addChunk(c);
    }
    LocalDate allocated = audit.allocatedOn();
    allocatedMonth[c][row] = month(allocated);
    Optional<LocalDate> due = layout.spec.auditDeadline().dueOn(audit);
    dueDay[c][row] = due.isPresent() ? Math.toIntExact(due.get().toEpochDay()) : NONE;
    Optional<LocalDate> completed = audit.completedOn();
    byte flags = OPEN;
    if (completed.isPresent()) {
      flags = due.isPresent() && completed.get().isAfter(due.get()) ? LATE : ON_TIME;
    }
    int who = auditor(audit.auditor());
    auditor[c][row] = who;
    grade[c][row] = -1;
    moderated[c][row] = -1;
    group[c][row] = NONE;
    if (audit.status().isCompleted()) {
      addCompleted(c, row, audit);
      if (layout.spec.quotas().isPresent() && layout.spec.quotas().get().counts(audit)) {
        flags |= QUOTA;
      }
    } else {
      Arrays.fill(scoreScratch, NOT_COUNTED);
      writeScores(c, row);
    }
    state[c][row] = flags;
    if (audit.escalationCategory().isPresent()) {
      addEscalation(audit);
    }
    addActions(audit.actions());
    rows++;
  }

  private void addCompleted(int c, int row, Audit audit) {
    LocalDate done = audit.completedOn().orElseThrow();
    groupKey[0] = month(done);
    Map<String, String> attributes = audit.attributes();
    int types = layout.cohortDimensions.length - 1;
    for (int d = 0; d < types; d++) {
      String value = attributes.get(layout.cohortDimensions[d]);
      groupKey[1 + d] = value == null ? -1 : cohortValue(d, value);
    }
    groupKey[1 + types] = cohortValue(types, audit.auditType());
    group[c][row] = groups.indexOf(groupKey);
    Arrays.fill(scoreScratch, NOT_COUNTED);
    audit.scores().forEach(visitor);
    writeScores(c, row);
    Optional<Grade> overall = audit.overallGrade();
    if (overall.isPresent() && layout.spec.gradeScale().contains(overall.get())) {
      grade[c][row] = (byte) overall.get().rank();
      Optional<Moderation> moderation = audit.moderation();
      if (moderation.isPresent() && layout.spec.gradeScale().contains(moderation.get().grade())) {
        moderated[c][row] = (byte) moderation.get().grade().rank();
      }
    }
  }

  /** Codes each domain score of the audit being added into the scratch row. */
  private final class DomainScoreVisitor
      implements java.util.function.BiConsumer<String, DomainScore> {
    @Override
    public void accept(String domainId, DomainScore score) {
      int d = layout.domainIndexOf(domainId);
      if (d < 0) {
        return;
      }
      if (!score.isApplicable()) {
        scoreScratch[d] = NOT_APPLICABLE;
        return;
      }
      int value = score.value().getAsInt();
      if (layout.onScale(d, value)) {
        scoreScratch[d] = 2 + value - layout.scaleMin[d];
      }
    }
  }

  private void writeScores(int c, int row) {
    int base = row * layout.domainCount;
    for (int d = 0; d < scoreScratch.length; d++) {
      if (narrow) {
        narrowScores[c][base + d] = (byte) scoreScratch[d];
      } else {
        wideScores[c][base + d] = scoreScratch[d];
      }
    }
  }

  private void addEscalation(Audit audit) {
    Optional<Escalation> found = layout.spec.escalationDeadline().escalation(audit);
    if (found.isEmpty() || !found.get().isTracked()) {
      return;
    }
    Escalation escalation = found.get();
    if (escalations == escalationCategory.length) {
      int size = grownSize(escalations);
      escalationCategory = Arrays.copyOf(escalationCategory, size);
      escalationFlags = Arrays.copyOf(escalationFlags, size);
      escalationDueSecond = Arrays.copyOf(escalationDueSecond, size);
      escalationDueNano = Arrays.copyOf(escalationDueNano, size);
    }
    int e = escalations++;
    escalationCategory[e] = escalation.category();
    byte flags = (byte) ((escalation.isOpen() ? 1 : 0) | (escalation.note().isPresent() ? 4 : 0));
    if (escalation.deadline().isPresent()) {
      Instant due = escalation.deadline().get().dueAt().toInstant();
      flags |= 2;
      escalationDueSecond[e] = due.getEpochSecond();
      escalationDueNano[e] = due.getNano();
    }
    escalationFlags[e] = flags;
  }

  private void addActions(List<RecommendedAction> recommended) {
    for (int i = 0; i < recommended.size(); i++) {
      RecommendedAction action = recommended.get(i);
      actions++;
      if (action.status().isOutstanding()) {
        actionsOutstanding++;
        if (action.dueOn().isPresent()) {
          outstandingByDueDay
              .computeIfAbsent(action.dueOn().get().toEpochDay(), k -> new long[1])[0]++;
        }
      }
    }
  }

  private int month(LocalDate date) {
    int key = SpecLayout.monthKey(date.getYear(), date.getMonthValue());
    Integer index = monthIndex.get(key);
    if (index == null) {
      index = monthKeys.size();
      monthKeys.add(key);
      monthIndex.put(key, index);
    }
    return index;
  }

  private int auditor(PersonId person) {
    Integer index = auditorIndex.get(person);
    if (index == null) {
      index = auditors.size();
      auditors.add(person);
      auditorIndex.put(person, index);
    }
    return index;
  }

  private int cohortValue(int dimension, String value) {
    Map<String, Integer> index = cohortIndex.get(dimension);
    Integer i = index.get(value);
    if (i == null) {
      i = cohortValues.get(dimension).size();
      cohortValues.get(dimension).add(value);
      index.put(value, i);
    }
    return i;
  }

  private static int grownSize(int size) {
    if (size >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(
          "a column table holds at most " + (Integer.MAX_VALUE - 8) + " escalations");
    }
    return (int) Math.min(Integer.MAX_VALUE - 8L, size + (size >> 1) + 16L);
  }

  /** Adds chunk {@code c} of every column. */
  private void addChunk(int c) {
    if (c == allocatedMonth.length) {
      int size = 2 * c;
      allocatedMonth = Arrays.copyOf(allocatedMonth, size);
      group = Arrays.copyOf(group, size);
      dueDay = Arrays.copyOf(dueDay, size);
      state = Arrays.copyOf(state, size);
      narrowScores = Arrays.copyOf(narrowScores, size);
      wideScores = Arrays.copyOf(wideScores, size);
      grade = Arrays.copyOf(grade, size);
      moderated = Arrays.copyOf(moderated, size);
      auditor = Arrays.copyOf(auditor, size);
    }
    allocatedMonth[c] = new int[CHUNK];
    group[c] = new int[CHUNK];
    dueDay[c] = new int[CHUNK];
    state[c] = new byte[CHUNK];
    if (narrow) {
      narrowScores[c] = new byte[CHUNK * layout.domainCount];
    } else {
      wideScores[c] = new int[CHUNK * layout.domainCount];
    }
    grade[c] = new byte[CHUNK];
    moderated[c] = new byte[CHUNK];
    auditor[c] = new int[CHUNK];
  }

  /**
   * Derives the aggregate at the spec's report instant.
   *
   * @return the aggregate, equal to {@link ReportAggregate#of} over the same audits and spec
   */
  public ReportAggregate toAggregate() {
    return ReportAggregate.of(ColumnFold.fold(this, layout));
  }

  /**
   * Derives the aggregate at another report instant: the spec's, with its report instant replaced.
   *
   * @param asOf the report instant; not null
   * @return the aggregate, equal to {@link ReportAggregate#of} over the same audits and the spec
   *     with {@code asOf} as its report instant
   */
  public ReportAggregate toAggregate(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    ReportSpec spec = ImmutableReportSpec.copyOf(layout.spec).withAsOf(asOf);
    return ReportAggregate.of(
        ColumnFold.fold(this, spec == layout.spec ? layout : new SpecLayout(spec)));
  }

  /**
   * Returns a short summary with counts only.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "AuditColumns{rows="
        + rows
        + ", months="
        + monthKeys.size()
        + ", escalations="
        + escalations
        + "}";
  }
}
