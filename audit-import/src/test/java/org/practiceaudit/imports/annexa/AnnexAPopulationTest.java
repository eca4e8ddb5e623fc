package org.practiceaudit.imports.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.AS_OF;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.LIST_6_HEADER;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.LIST_7_HEADER;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.LIST_8_HEADER;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.cin;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.cla;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.cp;
import static org.practiceaudit.imports.annexa.AnnexAFixtures.options;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.sampling.ImmutableSamplingPlan;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;
import org.practiceaudit.imports.PopulationImport;
import org.practiceaudit.imports.testing.TestWorkbook;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.core.Gen;

/**
 * Issue 15 item 2: an Annex A workbook read straight into a population gives the population, sample
 * and tallies that reading it into case files gives.
 */
final class AnnexAPopulationTest {

  private static final String[] STATUSES = {
    "a) Looked after child",
    "b) Child Protection plan",
    "c) Child in need plan",
    "d) Open assessment",
    "e) Closed episode",
    "CLA&CP",
    "CiN Plan",
    "???",
    null
  };

  @TempDir Path dir;

  /**
   * SYNTHETIC workbooks of 0 to {@code maxChildren} children: Lists 6, 7 and 8 sharing some
   * children, blanks and skips; they shrink child by child and value by value.
   */
  private static Gen<TestWorkbook> workbooks(int maxChildren) {
    return integers()
        .between(0, maxChildren)
        .flatMap(n -> SyntheticGens.drawn(random -> workbook(random, n)));
  }

  private static TestWorkbook workbook(RandomGenerator random, int n) {
    List<Object[]> six = new ArrayList<>();
    List<Object[]> seven = new ArrayList<>();
    List<Object[]> eight = new ArrayList<>();
    six.add(LIST_6_HEADER);
    seven.add(LIST_7_HEADER);
    eight.add(LIST_8_HEADER);
    for (int i = 0; i < n; i++) {
      String id = "C" + Integer.toString(random.nextInt(1 << 20), 36) + i;
      LocalDate start = AS_OF.minusDays(1 + random.nextInt(900));
      Object team = random.nextInt(10) == 0 ? null : "Team " + random.nextInt(5);
      Object worker = random.nextInt(5) == 0 ? "#N/A" : "Worker " + random.nextInt(20);
      int list = random.nextInt(6);
      if (list < 4) {
        LocalDate closed = random.nextInt(6) == 0 ? start.plusDays(random.nextInt(400) - 20) : null;
        six.add(
            cin(
                id,
                AS_OF.minusYears(1 + random.nextInt(17)),
                random.nextInt(30) == 0 ? null : start,
                closed,
                STATUSES[random.nextInt(STATUSES.length)],
                team,
                worker));
      }
      if (list == 1 || list == 4) {
        seven.add(
            cp(id, start, random.nextBoolean() ? "Neglect" : "Emotional abuse", team, worker));
      }
      if (list == 2 || list == 5) {
        eight.add(cla(id, start, "C2", random.nextBoolean() ? "U1" : "K1", team, worker));
      }
    }
    return new TestWorkbook().sheet("List 6", six).sheet("List 7", seven).sheet("List 8", eight);
  }

  private static SamplingPlan plan(int variant) {
    ImmutableSamplingPlan.Builder plan = SamplingPlan.builder().name("property");
    switch (variant % 3) {
      case 0 -> plan.shareOfOpen(new BigDecimal("0.2")).addStrata("category", "team");
      case 1 -> plan.fixedSize(6).coverWorkers(true).includeClosedWithin(Period.ofMonths(2));
      default -> plan.fixedSize(5).addStrata("age-band", "placement-type").minimumPerStratum(1);
    }
    return plan.build();
  }

  @Test
  void population_anyWorkbookAndPlan_sameSampleAsCaseFiles() {
    qt().withFixedSeed(20261207L)
        .withExamples(15)
        .forAll(workbooks(60), longs().all(), integers().between(0, 2))
        .checkAssert(
            (workbook, seed, variant) -> {
              Path path = workbook.write(dir.resolve("annex-a-" + seed + ".xlsx"));
              SamplingPlan plan = plan(variant);
              ImportOptions options =
                  variant == 2 ? options("age-band", "placement-type") : options();

              ImportResult objects = AnnexA.read(path, options);
              PopulationImport columns = AnnexA.population(path, options, plan.coverWorkers());

              Sample fromCases = Sampler.draw(objects.population(), plan, AS_OF, Seed.of(seed));
              Sample fromColumns = Sampler.draw(columns.population(), plan, AS_OF, Seed.of(seed));
              assertThat(fromColumns).isEqualTo(fromCases);
              assertThat(columns.population().ids()).isEqualTo(objects.population().ids());
              assertThat(columns.population().attributeNames())
                  .isEqualTo(objects.population().attributeNames());
              assertThat(columns.lists()).isEqualTo(objects.lists());
              assertThat(columns.skipped()).isEqualTo(objects.skipped());
              assertThat(columns.warnings()).isEqualTo(objects.warnings());
            });
  }
}
