package org.practiceaudit.core.report;

import java.util.Arrays;

/**
 * A few counters with value equality (an escalation line's, an auditor's movements, a quota count).
 */
final class Counters {
  final long[] values;

  Counters(int size) {
    values = new long[size];
  }

  void add(Counters o) {
    add(values, o.values);
  }

  /** Adds each of {@code from} to the same index of {@code into}. */
  static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Counters && Arrays.equals(values, ((Counters) obj).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
