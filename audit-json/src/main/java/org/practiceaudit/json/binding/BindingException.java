package org.practiceaudit.json.binding;

/** A document that does not describe a valid value; turned into a Jackson input mismatch. */
final class BindingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BindingException(String message) {
    super(message);
  }
}
