package org.practiceaudit.core.sampling;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;

/**
 * A population of case files as {@link Sampler} reads it: a compact, column-by-column snapshot of
 * exactly what sampling needs from each case, in case id order.
 *
 * <p>Why it exists: drawing a sample reads every case of the population, and reading a million
 * {@link CaseFile} object graphs (id, strings, dates, attribute maps scattered over the heap) costs
 * far more than the draw itself. Build a population once and draw as many samples from it as needed
 * (the monthly plan, thematic plans, previews with other sizes or seeds): each draw then reads a
 * few arrays of ints. A population of a million cases takes a few tens of megabytes (chiefly the
 * case ids), where the case files it was built from take about a gigabyte.
 *
 * <p>What it holds, case by case in id order: the case id, its category, team and allocated worker
 * (if any) and every attribute it has, each coded by a dictionary of the values seen, and its
 * opened, closed and last-audited days. Involvements are not kept: sampling does not read them.
 *
 * <p>Drawing from a population gives exactly the sample that drawing from the case files it was
 * built from gives ({@link Sampler#draw(Collection, SamplingPlan, LocalDate, Seed)} builds one and
 * draws from it).
 *
 * <p>Privacy: messages name case ids and counts only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CasePopulation {

  /**
   * The code of an absent value: an unallocated case's worker, an attribute a case does not have.
   */
  static final int ABSENT = -1;

  /** The day stored for an absent closed or last-audited date. */
  static final int NO_DAY = Integer.MIN_VALUE;

  /**
   * The day stored for a date whose epoch day does not fit an int (beyond about ±5.8 million
   * years).
   */
  static final int WIDE_DAY = Integer.MAX_VALUE;

  /** The number of cases. */
  private final int size;

  /**
   * The ids' ASCII characters, id after id in id order: id {@code i} is {@code [idStarts[i],
   * idStarts[i+1])}.
   */
  final byte[] idChars;

  final int[] idStarts;

  /** Per case, the code of its category: an index into {@link #categories}. */
  final int[] category;

  final CaseCategory[] categories;

  /** Per case, the code of its team: an index into {@link #teams}. */
  final int[] team;

  final String[] teams;

  /**
   * Per case, the code of its allocated worker, or {@link #ABSENT}: an index into {@link #workers}.
   */
  final int[] worker;

  /** The allocated workers, in their natural order (so worker codes order as the workers do). */
  final PersonId[] workers;

  private final Map<String, Integer> attributeIndex;

  /**
   * Per attribute (by {@link #attributeIndex}), per case, the code of the case's value, or {@link
   * #ABSENT}.
   */
  final int[][] attributeCodes;

  /** Per attribute, the values by code. */
  final String[][] attributeValues;

  private final int[] openedDay;
  private final int[] closedDay;
  private final int[] auditedDay;

  /**
   * Exact epoch days {opened, closed, last audited} of the cases having a {@link #WIDE_DAY}, by
   * case.
   */
  private final Map<Integer, long[]> wideDays;

  private CasePopulation(CaseColumns in, SortedIds order) {
    int n = in.count;
    size = n;
    idChars = new byte[in.starts[n]];
    idStarts = new int[n + 1];
    category = new int[n];
    team = new int[n];
    worker = new int[n];
    openedDay = new int[n];
    closedDay = new int[n];
    auditedDay = new int[n];
    int[] workerRank = in.workerRanks();
    List<AttributeColumn> columns = new ArrayList<>(in.columns.values());
    columns.removeIf(column -> column.values.isEmpty());
    columns.sort((a, b) -> a.name.compareTo(b.name));
    attributeIndex = new HashMap<>();
    attributeCodes = new int[columns.size()][];
    attributeValues = new String[columns.size()][];
    for (int a = 0; a < columns.size(); a++) {
      attributeIndex.put(columns.get(a).name, a);
      attributeCodes[a] = new int[n];
      attributeValues[a] = columns.get(a).values.toArray(new String[0]);
    }
    int[] position = new int[n];
    int[] rankOf = new int[n];
    for (int i = 0; i < n; i++) {
      int p = order.position(i);
      position[i] = p;
      rankOf[p] = i;
      order.copyId(i, idChars, idStarts[i]);
      idStarts[i + 1] = idStarts[i] + order.length(i);
    }
    permute(in.category, position, category);
    permute(in.team, position, team);
    permute(in.worker, position, worker);
    for (int i = 0; i < n; i++) {
      worker[i] = worker[i] == ABSENT ? ABSENT : workerRank[worker[i]];
    }
    permute(in.opened, position, openedDay);
    permute(in.closed, position, closedDay);
    permute(in.audited, position, auditedDay);
    for (int a = 0; a < columns.size(); a++) {
      permute(columns.get(a).codes, position, attributeCodes[a]);
    }
    categories = in.categories.toArray(new CaseCategory[0]);
    teams = in.teams.toArray(new String[0]);
    workers = new PersonId[in.workers.size()];
    for (int w = 0; w < workers.length; w++) {
      workers[workerRank[w]] = in.workers.get(w);
    }
    wideDays = new HashMap<>();
    in.wideDays.forEach((p, days) -> wideDays.put(rankOf[p], days));
  }

  /** Puts a column in id order: {@code to[i] = from[position[i]]}. */
  private static void permute(int[] from, int[] position, int[] to) {
    for (int i = 0; i < to.length; i++) {
      to[i] = from[position[i]];
    }
  }

  /**
   * Builds the population of some case files.
   *
   * @param cases the case files, in any order; not null, no nulls, no two with the same id
   * @return the population, in case id order
   * @throws NullPointerException if {@code cases} is null or contains null
   * @throws IllegalArgumentException if two cases share an id (the message names it)
   */
  public static CasePopulation of(Collection<CaseFile> cases) {
    return of(cases, null, true);
  }

  /**
   * Builds the population of some case files with only some of what they hold: what one plan reads,
   * when the population serves a single draw. The cases' ids, categories, teams and dates are
   * always read.
   *
   * @param cases the case files, in any order; not null, no nulls, no two with the same id
   * @param attributes the attributes to read, or null for all of them
   * @param workers whether to read the allocated workers (if not, every case is taken as
   *     unallocated)
   * @return the population, in case id order
   * @throws NullPointerException if {@code cases} is null or contains null
   * @throws IllegalArgumentException if two cases share an id (the message names it)
   */
  static CasePopulation of(Collection<CaseFile> cases, Set<String> attributes, boolean workers) {
    Objects.requireNonNull(cases, "cases");
    CaseColumns columns = new CaseColumns(cases.size(), attributes, workers);
    for (CaseFile c : cases) {
      columns.add(Objects.requireNonNull(c, "cases must not contain null"));
    }
    return of(columns);
  }

  private static CasePopulation of(CaseColumns columns) {
    SortedIds order = SortedIds.of(columns.chars, columns.starts, columns.count);
    if (order.hasDuplicates()) {
      for (int i = 1; i < columns.count; i++) {
        if (order.sameId(i - 1, i)) {
          throw new IllegalArgumentException(
              "duplicate case id in the population: " + text(order, i));
        }
      }
    }
    return new CasePopulation(columns, order);
  }

  /** Returns the id of a rank of sorted ids. */
  private static String text(SortedIds order, int rank) {
    byte[] id = new byte[order.length(rank)];
    order.copyId(rank, id, 0);
    return new String(id, StandardCharsets.ISO_8859_1);
  }

  /**
   * Returns a builder that takes cases one at a time, column by column, with no {@link CaseFile}
   * made: for a reader that streams a large file of cases straight into a population (issue 15 item
   * 2). The population built is the one {@link #of(Collection)} builds from the same cases as case
   * files, less the attributes not asked for.
   *
   * @param attributes the attributes to keep (those a plan reads); not null
   * @param workers whether to keep the allocated workers (a plan that covers workers reads them)
   * @return a new builder
   * @throws NullPointerException if {@code attributes} is null or contains null
   */
  public static Builder builder(Set<String> attributes, boolean workers) {
    return new Builder(new TreeSet<>(Objects.requireNonNull(attributes, "attributes")), workers);
  }

  /**
   * Takes cases one at a time and builds their {@link CasePopulation}.
   *
   * <p>Each {@link #add} starts a case; {@link #attribute} gives the attributes of the case added
   * last. The checks are those of {@link CaseFile}: a team that is not blank, a case not closed
   * before it opened; ids are checked once, on {@link #build()}, for duplicates.
   *
   * <p>Not thread-safe: one reader fills it.
   */
  public static final class Builder {
    private final CaseColumns columns;
    private boolean built;

    private Builder(Set<String> attributes, boolean workers) {
      columns = new CaseColumns(1024, attributes, workers);
    }

    /**
     * Adds a case.
     *
     * @param id the case's id; not null
     * @param category its category; not null
     * @param team its team; not blank
     * @param worker its allocated worker, if any; not null
     * @param openedOn the day it opened; not null
     * @param closedOn the day it closed, if it has; not null
     * @param lastAuditedOn the day it was last audited, if it was; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the team is blank or the case closed before it opened
     *     (the message names the case id)
     * @throws IllegalStateException if the population has been built
     */
    public Builder add(
        CaseId id,
        CaseCategory category,
        String team,
        Optional<PersonId> worker,
        LocalDate openedOn,
        Optional<LocalDate> closedOn,
        Optional<LocalDate> lastAuditedOn) {
      if (built) {
        throw new IllegalStateException("the population has been built");
      }
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(team, "team");
      Objects.requireNonNull(openedOn, "openedOn");
      if (team.isBlank()) {
        throw new IllegalArgumentException("case " + id + ": team must not be blank");
      }
      LocalDate closed = closedOn.orElse(null);
      if (closed != null && closed.isBefore(openedOn)) {
        throw new IllegalArgumentException(
            "case " + id + ": closed on " + closed + " before it opened on " + openedOn);
      }
      columns.add(
          id, category, team, worker.orElse(null), openedOn, closed, lastAuditedOn.orElse(null));
      return this;
    }

    /**
     * Gives an attribute of the case added last; an attribute not asked for is left out.
     *
     * @param name the attribute's name; not null
     * @param value its value; not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if no case has been added, or the population has been built
     */
    public Builder attribute(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (built || columns.count == 0) {
        throw new IllegalStateException(
            built ? "the population has been built" : "no case added yet");
      }
      columns.attribute(columns.count - 1, name, value);
      return this;
    }

    /**
     * Returns the number of cases added so far.
     *
     * @return 0 or more
     */
    public int size() {
      return columns.count;
    }

    /**
     * Builds the population; the builder cannot be used after.
     *
     * @return the population, in case id order
     * @throws IllegalArgumentException if two cases share an id (the message names it)
     * @throws IllegalStateException if the population has been built already
     */
    public CasePopulation build() {
      if (built) {
        throw new IllegalStateException("the population has been built");
      }
      built = true;
      return of(columns);
    }
  }

  /**
   * Returns the number of cases.
   *
   * @return 0 or more
   */
  public int size() {
    return size;
  }

  /**
   * Returns the cases' ids.
   *
   * @return an unmodifiable list of the ids, in id order
   */
  public List<CaseId> ids() {
    return new Ids();
  }

  /**
   * Tells whether a case is in the population.
   *
   * @param id the case's id; not null
   * @return whether a case of the population has that id
   */
  public boolean contains(CaseId id) {
    return indexOf(Objects.requireNonNull(id, "id")) >= 0;
  }

  /**
   * Returns the names of the attributes any case of the population has.
   *
   * @return an unmodifiable set of attribute names, sorted
   */
  public Set<String> attributeNames() {
    return Collections.unmodifiableSet(new TreeSet<>(attributeIndex.keySet()));
  }

  /**
   * Describes the population by its size only (never its cases).
   *
   * @return text such as {@code CasePopulation[1000 cases]}
   */
  @Override
  public String toString() {
    return "CasePopulation[" + size() + " cases]";
  }

  /**
   * Returns the index of a case in id order, or a negative number if it is not in the population.
   */
  int indexOf(CaseId id) {
    String text = id.value();
    int low = 0;
    int high = size - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = compareId(middle, text);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -(low + 1);
  }

  /** Returns the id of the case of an index. */
  CaseId id(int index) {
    return CaseId.of(
        new String(
            idChars,
            idStarts[index],
            idStarts[index + 1] - idStarts[index],
            StandardCharsets.ISO_8859_1));
  }

  /** Compares the id of an index with an id's text, as {@link CaseId#compareTo} would. */
  private int compareId(int index, String text) {
    int start = idStarts[index];
    int length = idStarts[index + 1] - start;
    int common = Math.min(length, text.length());
    for (int k = 0; k < common; k++) {
      int difference = (idChars[start + k] & 0xff) - text.charAt(k);
      if (difference != 0) {
        return difference;
      }
    }
    return length - text.length();
  }

  /**
   * The ids as a list, each made from the ids' bytes when asked for: a population of a million
   * cases keeps no million {@link CaseId}s (issue 15 item 2).
   */
  private final class Ids extends AbstractList<CaseId> implements RandomAccess {
    @Override
    public CaseId get(int index) {
      Objects.checkIndex(index, size);
      return id(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** Returns the index of an attribute's column, or -1 if no case has the attribute. */
  int attribute(String name) {
    Integer a = attributeIndex.get(name);
    return a == null ? -1 : a;
  }

  /** Returns the epoch day on which the case of an index was opened. */
  long openedOn(int index) {
    int day = openedDay[index];
    return day != WIDE_DAY ? day : wideDays.get(index)[0];
  }

  /**
   * Returns the epoch day on which the case of an index was closed, or {@link Long#MAX_VALUE} if it
   * is open.
   */
  long closedOn(int index) {
    int day = closedDay[index];
    if (day == NO_DAY) {
      return Long.MAX_VALUE;
    }
    return day != WIDE_DAY ? day : wideDays.get(index)[1];
  }

  /**
   * Returns the epoch day on which the case of an index was last audited, or {@link Long#MIN_VALUE}
   * if never.
   */
  long lastAuditedOn(int index) {
    int day = auditedDay[index];
    if (day == NO_DAY) {
      return Long.MIN_VALUE;
    }
    return day != WIDE_DAY ? day : wideDays.get(index)[2];
  }
}
