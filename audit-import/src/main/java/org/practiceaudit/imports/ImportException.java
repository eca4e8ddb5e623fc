package org.practiceaudit.imports;

import org.practiceaudit.core.AuditException;

/**
 * Thrown when a council's file cannot be imported: a workbook that is not .xlsx,
 * password-protected, corrupt or too large once uncompressed; a list or header that cannot be
 * found; a date that cannot be read; a child id given twice in one list.
 *
 * <p>The message says where: the file, and the sheet, row and column letter (or the CSV line and
 * column name). It never quotes the content of a cell that could hold a name, a date of birth or
 * free text; it quotes only column titles, sheet names and pseudonymous child ids.
 */
public final class ImportException extends AuditException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a located message.
   *
   * @param message what was wrong and where, without personal data; not null
   */
  public ImportException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a located message and its cause.
   *
   * @param message what was wrong and where, without personal data; not null
   * @param cause the underlying failure, whose message may not be shown to users; may be null
   */
  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
