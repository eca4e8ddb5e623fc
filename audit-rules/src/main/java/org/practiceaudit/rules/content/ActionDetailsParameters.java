package org.practiceaudit.rules.content;

/**
 * The parameters of an {@code action-details} rule.
 *
 * @param requireOwner whether each action needs an owner; null means true
 * @param requireDueDate whether each action needs a due date; null means true
 */
public record ActionDetailsParameters(Boolean requireOwner, Boolean requireDueDate) {

  /**
   * Fills in defaults for missing values.
   *
   * @param requireOwner null means true
   * @param requireDueDate null means true
   */
  public ActionDetailsParameters {
    requireOwner = requireOwner == null ? Boolean.TRUE : requireOwner;
    requireDueDate = requireDueDate == null ? Boolean.TRUE : requireDueDate;
  }
}
