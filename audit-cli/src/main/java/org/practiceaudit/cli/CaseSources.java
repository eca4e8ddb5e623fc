package org.practiceaudit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.PopulationImport;
import org.practiceaudit.imports.annexa.AnnexA;

/**
 * Reads the cases of {@code --cases}: a cases file, or an Annex A workbook recognised by its
 * content (a zip or OLE2 file, whatever its name), read as {@code audit import annex-a} reads it.
 */
final class CaseSources {

  private CaseSources() {}

  /**
   * Reads the cases of a file, adding every problem found; returns the cases read.
   *
   * @param attributes the attributes to keep from a workbook (a cases file keeps all its columns)
   * @param vocabulary the categories a cases file may use
   * @param problems where the problems and warnings go
   * @throws org.practiceaudit.imports.ImportException if a workbook cannot be read
   */
  static List<CaseFile> read(
      Path cases,
      InvolvementsCsv.Involvements involvements,
      Optional<LocalDate> asOf,
      KeyFileOption key,
      Set<String> attributes,
      Vocabulary vocabulary,
      InputProblems problems) {
    if (!AnnexA.isWorkbook(cases)) {
      return CasesCsv.read(cases.toString(), involvements, vocabulary, problems);
    }
    ImportResult result =
        AnnexA.read(
            cases,
            ImportOptions.builder()
                .asOf(asOf)
                .pseudonyms(key.pseudonyms())
                .addAllAttributes(attributes)
                .build());
    result.warnings().forEach(problems::warn);
    Set<CaseId> ids = new HashSet<>();
    result.cases().forEach(c -> ids.add(c.id()));
    CasesCsv.checkInvolvements(involvements, ids::contains, cases.toString(), problems);
    if (involvements.firstLine().isEmpty()) {
      return result.cases();
    }
    List<CaseFile> withHistory = new ArrayList<>();
    for (CaseFile c : result.cases()) {
      withHistory.add(
          ImmutableCaseFile.copyOf(c)
              .withInvolvements(involvements.byCase().getOrDefault(c.id(), List.of())));
    }
    return withHistory;
  }

  /**
   * Reads the cases of a file into the columns sampling needs: a cases file straight into a {@link
   * org.practiceaudit.core.sampling.CasePopulation}, with no case file made (issue 15 item 2); a
   * workbook likewise, by {@link AnnexA#population}. Empty if there were problems.
   *
   * @param attributes the attributes the plan reads (a workbook also keeps them as attributes)
   * @param workers whether the plan reads the allocated workers
   * @param progress counts the rows of a cases file
   * @throws org.practiceaudit.imports.ImportException if a workbook cannot be read
   */
  static Optional<CasesCsv.Population> population(
      Path cases,
      Optional<LocalDate> asOf,
      KeyFileOption key,
      Set<String> attributes,
      boolean workers,
      Vocabulary vocabulary,
      InputProblems problems,
      Progress progress) {
    if (!AnnexA.isWorkbook(cases)) {
      return CasesCsv.population(
          cases.toString(), vocabulary, problems, progress, attributes, workers);
    }
    PopulationImport read =
        AnnexA.population(
            cases,
            ImportOptions.builder()
                .asOf(asOf)
                .pseudonyms(key.pseudonyms())
                .addAllAttributes(attributes)
                .build(),
            workers);
    read.warnings().forEach(problems::warn);
    Set<String> columns = new TreeSet<>(List.of(SamplingPlan.CATEGORY, SamplingPlan.TEAM));
    columns.addAll(read.population().attributeNames());
    return Optional.of(new CasesCsv.Population(read.population(), columns));
  }
}
