/**
 * Reads the datasets councils already produce into case files: Ofsted's Annex A workbook (ILACS
 * child-level lists, .xlsx or CSV) and the SSDA903 return of children looked after.
 *
 * <p>Only the columns needed are read; workers' names become keyed pseudonyms; dates of birth
 * become age bands; no name, date of birth or free text reaches a case file, a message or a log.
 */
module org.practiceaudit.imports {
  requires transitive org.practiceaudit.core;
  requires static org.immutables.value;
  requires de.siegmar.fastcsv;
  requires org.dhatim.fastexcel.reader;

  exports org.practiceaudit.imports;
  exports org.practiceaudit.imports.annexa;
  exports org.practiceaudit.imports.ssda903;
}
