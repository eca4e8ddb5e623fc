package org.practiceaudit.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.synthetic.SyntheticPopulations;

/**
 * Tests of {@link Sample}'s own queries; the draw itself is tested in {@link SamplerTest}.
 * Synthetic data.
 */
final class SampleTest {

  private static final List<CaseFile> POPULATION = SyntheticPopulations.generate(60, 1, 7L);

  private static Sample draw() {
    return Sampler.draw(
        POPULATION,
        SamplingPlan.builder().name("synthetic").fixedSize(9).build(),
        SyntheticPopulations.AS_OF,
        Seed.of(42L));
  }

  @Test
  void selectedFrom_shuffledPopulation_returnsSelectedCasesInDrawOrder() {
    Sample sample = draw();
    List<CaseFile> shuffled = new ArrayList<>(POPULATION);
    Collections.shuffle(shuffled, new java.util.Random(3));

    List<CaseFile> selected = sample.selectedFrom(shuffled);

    assertThat(selected).extracting(CaseFile::id).containsExactlyElementsOf(sample.selectedIds());
    assertThat(POPULATION).containsAll(selected);
  }

  @Test
  void selectedFrom_populationMissingASelectedCase_throwsNamingIt() {
    Sample sample = draw();
    List<CaseFile> partial = new ArrayList<>(POPULATION);
    partial.removeIf(c -> c.id().equals(sample.selectedIds().get(0)));

    assertThatThrownBy(() -> sample.selectedFrom(partial))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "selected case " + sample.selectedIds().get(0) + " is not in the population given");
  }
}
