package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.annexa.AnnexA;

/**
 * Reads the cases of {@code --cases}: a cases file, or an Annex A workbook recognised by its content (a zip
 * or OLE2 file, whatever its name), read as {@code audit import annex-a} reads it.
 */
final class CaseSources {

  private CaseSources() {}

  /**
   * Reads the cases of a file.
   *
   * @param attributes the attributes to keep from a workbook (a cases file keeps all its columns)
   * @param err where a workbook's warnings go
   * @throws InputException if a cases file has problems
   * @throws org.practiceaudit.imports.ImportException if a workbook cannot be read
   */
  static List<CaseFile> read(Path cases, InvolvementsCsv.Involvements involvements, Optional<LocalDate> asOf,
      KeyFileOption key, Set<String> attributes, PrintWriter err) {
    if (!AnnexA.isWorkbook(cases)) {
      return CasesCsv.read(cases, involvements);
    }
    ImportResult result = AnnexA.read(cases, ImportOptions.builder().asOf(asOf)
        .pseudonyms(key.pseudonyms()).addAllAttributes(attributes).build());
    result.warnings().forEach(w -> err.println("warning: " + w));
    if (involvements.firstLine().isEmpty()) {
      return result.cases();
    }
    List<String> problems = new ArrayList<>();
    Set<CaseId> ids = new HashSet<>();
    result.cases().forEach(c -> ids.add(c.id()));
    for (Map.Entry<CaseId, Integer> entry : involvements.firstLine().entrySet()) {
      if (!ids.contains(entry.getKey())) {
        problems.add(involvements.file() + ": line " + entry.getValue() + ": no case '" + entry.getKey()
            + "' in " + cases);
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    List<CaseFile> withHistory = new ArrayList<>();
    for (CaseFile c : result.cases()) {
      withHistory.add(ImmutableCaseFile.copyOf(c)
          .withInvolvements(involvements.byCase().getOrDefault(c.id(), List.of())));
    }
    return withHistory;
  }
}
