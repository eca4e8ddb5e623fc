package org.practiceaudit.json.binding;

import org.practiceaudit.core.grade.GradeScale;
import tools.jackson.databind.JsonNode;

/** Converts one value type to and from a JSON tree. */
interface Codec<T> {

  /** Writes the value as a tree. */
  JsonNode write(T value);

  /**
   * Reads the value from a tree, grades on the given scale; throws BindingException or the core's
   * exceptions.
   */
  T read(JsonNode node, GradeScale scale);
}
