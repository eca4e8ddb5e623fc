package org.practiceaudit.core.sampling;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.synthetic.SyntheticPopulations;
import org.practiceaudit.testkit.SyntheticGens;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the sampling tests: {@link SyntheticPopulations} drawn through {@link
 * SyntheticGens}, so that a failing property shrinks to fewer cases, fewer attributes and simpler
 * values. SYNTHETIC data.
 */
final class SamplingGens {

  /**
   * A generated population with the arguments it was drawn with.
   *
   * @param size the number of cases drawn (before cases with the same id are kept once)
   * @param attributes the number of attributes
   * @param cases the cases
   */
  record Population(int size, int attributes, List<CaseFile> cases) {}

  private SamplingGens() {}

  /**
   * Populations of {@code minSize} to {@code maxSize} cases with {@code minAttributes} to {@code
   * maxAttributes} attributes.
   */
  static Gen<Population> populations(
      int minSize, int maxSize, int minAttributes, int maxAttributes) {
    return integers()
        .between(minSize, maxSize)
        .flatMap(
            size ->
                integers()
                    .between(minAttributes, maxAttributes)
                    .flatMap(attributes -> populations(size, attributes)));
  }

  private static Gen<Population> populations(int size, int attributes) {
    return SyntheticGens.drawn(
        random ->
            new Population(
                size, attributes, SyntheticPopulations.generate(size, attributes, random)));
  }
}
