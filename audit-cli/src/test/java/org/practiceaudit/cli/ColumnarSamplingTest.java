package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.core.Gen;

/**
 * Issue 15 item 2: a cases file read straight into a population gives the sample that reading it
 * into case files gives, byte for byte (ids, order and audit trail, in the interchange JSON).
 */
final class ColumnarSamplingTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);
  private static final String[] CATEGORIES = {
    "child-in-need", "child-protection", "looked-after", "CIN"
  };

  @TempDir Path dir;

  /**
   * The text of a SYNTHETIC cases file of {@code 0} to {@code maxRows} rows: shuffled ids, blanks,
   * closed and audited cases, two attributes; it shrinks row by row and value by value.
   */
  private static Gen<String> files(int maxRows) {
    return integers().between(0, maxRows).flatMap(n -> SyntheticGens.drawn(r -> text(r, n)));
  }

  private static String text(RandomGenerator random, int n) {
    StringBuilder text =
        new StringBuilder(CsvFileTest.HEADER.replace("\n", ",locality,age_band\n"));
    for (int i = 0; i < n; i++) {
      LocalDate opened = AS_OF.minusDays(1 + random.nextInt(900));
      text.append("SYN-")
          .append(Integer.toString(random.nextInt(1 << 30), 36))
          .append(i)
          .append(',')
          .append(CATEGORIES[random.nextInt(CATEGORIES.length)])
          .append(",Team ")
          .append(random.nextInt(6))
          .append(',')
          .append(random.nextInt(5) == 0 ? "" : "SYN-W" + random.nextInt(30))
          .append(',')
          .append(opened)
          .append(',')
          .append(random.nextInt(8) == 0 ? opened.plusDays(random.nextInt(400)).toString() : "")
          .append(',')
          .append(random.nextInt(3) == 0 ? AS_OF.minusDays(random.nextInt(400)).toString() : "")
          .append(',')
          .append(random.nextInt(4) == 0 ? "" : "l" + random.nextInt(3))
          .append(',')
          .append(random.nextBoolean() ? "0-4" : "5-9")
          .append('\n');
    }
    return text.toString();
  }

  private Path file(String text) {
    try {
      Path path = Files.createTempFile(dir, "cases", ".csv");
      Files.writeString(path, text, StandardCharsets.UTF_8);
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SamplingPlan plan(int variant) {
    org.practiceaudit.core.sampling.ImmutableSamplingPlan.Builder plan =
        SamplingPlan.builder().name("property");
    switch (variant % 4) {
      case 0 -> plan.shareOfOpen(new BigDecimal("0.1")).addStrata("category", "team");
      case 1 ->
          plan.fixedSize(7)
              .addStrata("locality")
              .minimumPerStratum(1)
              .auditedWithin(Period.ofMonths(6));
      case 2 -> plan.fixedSize(5).coverWorkers(true).includeClosedWithin(Period.ofMonths(1));
      default ->
          plan.shareOfOpen(new BigDecimal("0.25"))
              .addStrata("team", "age_band")
              .putAllAttributeFilters(java.util.Map.of("locality", Set.of("l1", "l2")));
    }
    return plan.build();
  }

  @Test
  void population_anyFileAndPlan_sameSampleAsCaseFiles() {
    qt().withFixedSeed(20261207L)
        .withExamples(40)
        .forAll(files(400), longs().all(), integers().between(0, 3))
        .checkAssert(
            (text, seed, variant) -> {
              Path path = file(text);
              SamplingPlan plan = plan(variant);
              InputProblems problems = new InputProblems();
              List<CaseFile> cases =
                  CasesCsv.read(
                      path.toString(),
                      InvolvementsCsv.Involvements.none(),
                      Vocabulary.strict(),
                      problems);
              Set<String> wanted = new java.util.TreeSet<>(plan.strata());
              wanted.addAll(plan.attributeFilters().keySet());
              wanted.removeAll(List.of("category", "team"));
              Optional<CasesCsv.Population> columnar =
                  CasesCsv.population(
                      path.toString(),
                      Vocabulary.strict(),
                      problems,
                      Progress.none(),
                      wanted,
                      plan.coverWorkers());

              Sample fromCases = Sampler.draw(cases, plan, AS_OF, Seed.of(seed));
              Sample fromColumns =
                  Sampler.draw(columnar.orElseThrow().population(), plan, AS_OF, Seed.of(seed));

              assertThat(problems.lines()).isEmpty();
              assertThat(SampleCommand.toJson(fromColumns).toString())
                  .isEqualTo(SampleCommand.toJson(fromCases).toString());
              Set<String> columns = new java.util.TreeSet<>(List.of("category", "team"));
              cases.forEach(c -> columns.addAll(c.attributes().keySet()));
              assertThat(columnar.get().columns()).isEqualTo(columns);
            });
  }

  /** Reads a file both ways; returns the problems of each, the population path's first. */
  private List<List<String>> problemsBothWays(String name, String rows) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, CsvFileTest.HEADER + rows, StandardCharsets.UTF_8);
    InputProblems objects = new InputProblems();
    InputProblems columns = new InputProblems();

    CasesCsv.read(
        path.toString(), InvolvementsCsv.Involvements.none(), Vocabulary.strict(), objects);
    Optional<CasesCsv.Population> population =
        CasesCsv.population(
            path.toString(), Vocabulary.strict(), columns, Progress.none(), Set.of(), false);

    assertThat(population).isEmpty();
    return List.of(columns.lines(), objects.lines());
  }

  @Test
  void population_badRows_sameProblemsAsCaseFiles() throws IOException {
    List<List<String>> problems =
        problemsBothWays(
            "bad.csv", "SYN-1,CIN,North,,2026-13-01,,\nSYN-1,CIN,North,,2026-01-01,,\nSYN-3,CIN\n");

    assertThat(problems.get(0)).hasSize(3).isEqualTo(problems.get(1));
  }

  @Test
  void population_onlyARepeatedId_sameProblemAsCaseFiles() throws IOException {
    List<List<String>> problems =
        problemsBothWays(
            "repeated.csv",
            "SYN-1,CIN,North,,2026-01-01,,\n"
                + "SYN-2,CIN,North,,2026-01-01,,\nSYN-1,CP,South,,2026-02-01,,\n");

    assertThat(problems.get(0)).hasSize(1).isEqualTo(problems.get(1));
    assertThat(problems.get(0).get(0)).contains("first on line 2");
  }
}
