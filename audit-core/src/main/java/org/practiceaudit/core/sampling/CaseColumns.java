package org.practiceaudit.core.sampling;

import static org.practiceaudit.core.sampling.CasePopulation.ABSENT;
import static org.practiceaudit.core.sampling.CasePopulation.NO_DAY;
import static org.practiceaudit.core.sampling.CasePopulation.WIDE_DAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;

/**
 * One pass over the cases in the given order, in which they most likely lie in memory: every column
 * in input order, and the ids as one block of bytes for the sort. Filled from case files or, by
 * {@link CasePopulation.Builder}, straight from a file's rows.
 */
final class CaseColumns {
  int count;
  int[] starts;
  byte[] chars;
  int[] category;
  int[] team;
  int[] worker;
  int[] opened;
  int[] closed;
  int[] audited;
  final Map<Integer, long[]> wideDays = new HashMap<>();
  final List<CaseCategory> categories = new ArrayList<>();
  final List<String> teams = new ArrayList<>();
  final List<PersonId> workers = new ArrayList<>();
  final Map<String, AttributeColumn> columns = new HashMap<>();
  private final Set<String> attributes;
  private final AttributeColumn[] wanted;
  private final boolean readWorkers;
  private final Map<CaseCategory, Integer> categoryCodes = new HashMap<>();
  private final Map<String, Integer> teamCodes = new HashMap<>();
  private final Map<PersonId, Integer> workerCodes = new HashMap<>();
  private CaseCategory lastCategory;
  private int lastCategoryCode;

  CaseColumns(int capacity, Set<String> attributes, boolean readWorkers) {
    int n = Math.max(16, capacity);
    starts = new int[n + 1];
    chars = new byte[n * 16];
    category = new int[n];
    team = new int[n];
    worker = new int[n];
    opened = new int[n];
    closed = new int[n];
    audited = new int[n];
    this.attributes = attributes;
    this.readWorkers = readWorkers;
    wanted = new AttributeColumn[attributes == null ? 0 : attributes.size()];
    if (attributes != null) {
      int a = 0;
      for (String name : attributes) {
        wanted[a] = new AttributeColumn(name, n);
        columns.put(name, wanted[a++]);
      }
    }
  }

  /** Adds a case file: its id, category, team, worker, dates and the attributes read. */
  void add(CaseFile c) {
    int p =
        add(
            c.id(),
            c.category(),
            c.team(),
            c.allocatedWorker().orElse(null),
            c.openedOn(),
            c.closedOn().orElse(null),
            c.lastAuditedOn().orElse(null));
    if (attributes == null) {
      for (Map.Entry<String, String> attribute : c.attributes().entrySet()) {
        attribute(p, attribute.getKey(), attribute.getValue());
      }
    } else if (!attributes.isEmpty()) {
      Map<String, String> values = c.attributes();
      for (AttributeColumn column : wanted) {
        String value = values.get(column.name);
        if (value != null) {
          column.codes[p] = column.code(value);
        }
      }
    }
  }

  /** Adds a case and returns its position; a null worker or date is an absent one. */
  int add(
      CaseId id,
      CaseCategory cat,
      String teamName,
      PersonId w,
      LocalDate openedOn,
      LocalDate closedOn,
      LocalDate auditedOn) {
    int p = count;
    if (p == category.length) {
      grow(p * 2);
    }
    String idText = id.value();
    if (starts[p] + idText.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, starts[p] + idText.length()));
    }
    starts[p + 1] = SortedIds.append(idText, chars, starts[p]);
    if (cat != lastCategory) {
      lastCategory = cat;
      lastCategoryCode = code(categoryCodes, categories, cat);
    }
    category[p] = lastCategoryCode;
    team[p] = code(teamCodes, teams, teamName);
    worker[p] = !readWorkers || w == null ? ABSENT : code(workerCodes, workers, w);
    opened[p] = day(p, openedOn, 0);
    closed[p] = closedOn == null ? NO_DAY : day(p, closedOn, 1);
    audited[p] = auditedOn == null ? NO_DAY : day(p, auditedOn, 2);
    count++;
    return p;
  }

  /** Sets an attribute of the case at a position, if it is one read. */
  void attribute(int p, String name, String value) {
    AttributeColumn column = columns.get(name);
    if (column == null) {
      if (attributes != null) {
        return;
      }
      column = new AttributeColumn(name, category.length);
      columns.put(name, column);
    }
    column.codes[p] = column.code(value);
  }

  private void grow(int capacity) {
    starts = Arrays.copyOf(starts, capacity + 1);
    category = Arrays.copyOf(category, capacity);
    team = Arrays.copyOf(team, capacity);
    worker = Arrays.copyOf(worker, capacity);
    opened = Arrays.copyOf(opened, capacity);
    closed = Arrays.copyOf(closed, capacity);
    audited = Arrays.copyOf(audited, capacity);
    for (AttributeColumn column : columns.values()) {
      column.grow(capacity);
    }
  }

  private static <T> int code(Map<T, Integer> codes, List<T> values, T value) {
    Integer code = codes.get(value);
    if (code == null) {
      code = values.size();
      codes.put(value, code);
      values.add(value);
    }
    return code;
  }

  /** Returns the epoch day of a date as stored, recording it exactly if it does not fit. */
  private int day(int position, LocalDate date, int which) {
    long day = date.toEpochDay();
    if (day > NO_DAY && day < WIDE_DAY) {
      return (int) day;
    }
    wideDays.computeIfAbsent(position, p -> new long[3])[which] = day;
    return WIDE_DAY;
  }

  /** Returns, per worker code, the worker's rank in the workers' natural order. */
  int[] workerRanks() {
    Integer[] byOrder = new Integer[workers.size()];
    for (int w = 0; w < byOrder.length; w++) {
      byOrder[w] = w;
    }
    Arrays.sort(byOrder, (a, b) -> workers.get(a).compareTo(workers.get(b)));
    int[] rank = new int[byOrder.length];
    for (int r = 0; r < byOrder.length; r++) {
      rank[byOrder[r]] = r;
    }
    return rank;
  }
}
