package org.practiceaudit.imports.annexa;

import java.nio.file.Path;
import java.util.Objects;
import org.practiceaudit.imports.ImportException;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.PopulationImport;
import org.practiceaudit.imports.table.Tables;

/**
 * Reads Ofsted's Annex A child-level lists (ILACS inspections) into case files: from an .xlsx
 * workbook, a folder of CSV files (one a list) or one CSV file.
 *
 * <p>The mapping: List 6 (Children in Need) is the spine, one case per child; Lists 7 (Child
 * Protection) and 8 (Children in Care) are joined to it by child id, and a child missing from List
 * 6 is taken from them. {@code case_id} is the child id as text; {@code category} comes from the
 * case status ({@link CaseStatus}: looked-after, child-protection, child-in-need, assessment), or
 * from the list when List 6 has none; {@code opened_on} is the CIN start date and {@code closed_on}
 * the CIN closure date (the plan or care start and end dates for a child found in List 7 or 8
 * only); {@code team} is the allocated team ({@value ImportOptions#UNKNOWN_TEAM} when blank or
 * {@code #N/A}); {@code worker} is the keyed pseudonym of the allocated worker (none when blank or
 * {@code #N/A}); attributes are kept only when asked for.
 *
 * <p>Sheets are found by name ({@code List_6}, {@code List 6}, {@code Children in Need}) or else by
 * their column titles; the header row is found within the first 30 rows; titles match whatever
 * their case, spacing, punctuation, curly quotes or CamelCase. Dates may be Excel dates, {@code
 * DD/MM/YYYY} text or date-times; ids may be numbers or text (leading zeros kept).
 *
 * <p>Privacy: only the columns needed are read, and no name, date of birth or free text reaches a
 * case file, a message or a count: errors cite the sheet, row and column letter, and rows skipped
 * are counted by reason.
 */
public final class AnnexA {

  private AnnexA() {}

  /**
   * Reads an Annex A workbook, folder of CSV lists or CSV list.
   *
   * @param path the .xlsx file (recognised by content), the folder or the CSV file; not null
   * @param options the as-of day, pseudonym key, attributes and size cap; not null
   * @return the case files and what was read
   * @throws ImportException if the file cannot be read as Annex A: not .xlsx or CSV,
   *     password-protected, corrupt or too large; no List 6, 7 or 8; a list without its header; an
   *     unreadable date or child id; a child id twice in one list; an attribute that does not exist
   *     or is never kept
   */
  public static ImportResult read(Path path, ImportOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    return new AnnexAReader(options).read(path);
  }

  /**
   * Reads an Annex A workbook, folder of CSV lists or CSV list straight into the columns sampling
   * needs, with no case file made (issue 15 item 2): the population {@link #read} gives, from the
   * same cases, checks and messages, for a 50,000-child workbook read and sampled in one command.
   *
   * @param path the .xlsx file (recognised by content), the folder or the CSV file; not null
   * @param options the as-of day, pseudonym key, attributes and size cap; not null
   * @param workers whether to keep the allocated workers (a plan that covers workers reads them)
   * @return the population and what was read
   * @throws ImportException as {@link #read} does
   */
  public static PopulationImport population(Path path, ImportOptions options, boolean workers) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    return new AnnexAReader(options).population(path, workers);
  }

  /**
   * Tells whether a file is a workbook by its content (a zip or OLE2 file), whatever its name, so
   * that a caller can send it here rather than to a CSV reader.
   *
   * @param path the file; not null
   * @return true if the file starts as a workbook does
   */
  public static boolean isWorkbook(Path path) {
    return Tables.isWorkbook(Objects.requireNonNull(path, "path"));
  }
}
