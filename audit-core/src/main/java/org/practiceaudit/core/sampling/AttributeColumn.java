package org.practiceaudit.core.sampling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An attribute's values while a {@link CasePopulation} is read: per case in input order, the code
 * of its value ({@link CasePopulation#ABSENT} where the case has none).
 */
final class AttributeColumn {
  final String name;
  int[] codes;
  final Map<String, Integer> codeOf = new HashMap<>();
  final List<String> values = new ArrayList<>();

  AttributeColumn(String name, int capacity) {
    this.name = name;
    this.codes = new int[capacity];
    Arrays.fill(codes, CasePopulation.ABSENT);
  }

  void grow(int capacity) {
    int old = codes.length;
    codes = Arrays.copyOf(codes, capacity);
    Arrays.fill(codes, old, capacity, CasePopulation.ABSENT);
  }

  int code(String value) {
    Integer code = codeOf.get(value);
    if (code == null) {
      code = values.size();
      codeOf.put(value, code);
      values.add(value);
    }
    return code;
  }
}
