package org.practiceaudit.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.synthetic.SyntheticReportAudits;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators over the synthetic-data kit, for the property tests of every module
 * (published in audit-core's test jar, in a package of its own so that it never splits a module's
 * package). The kit's generators take any {@link RandomGenerator}; here each of its draws is a draw
 * of QuickTheories, so a failing property shrinks draw by draw (fewer audits, earlier dates,
 * smaller ranks, absent parts) instead of trying other seeds. The values are SYNTHETIC, as the
 * kit's always are.
 */
public final class SyntheticGens {

  private SyntheticGens() {}

  /**
   * A generator of whatever {@code build} makes from the draws of a {@link RandomGenerator}.
   *
   * @param <T> the type built
   * @param build builds a value from the generator's draws, drawing only while it runs
   * @return a generator that shrinks through the draws
   */
  public static <T> Gen<T> drawn(Function<RandomGenerator, T> build) {
    Objects.requireNonNull(build, "build");
    return in -> build.apply(new Draws(in));
  }

  /**
   * Lists of {@link SyntheticReportAudits} of {@code minSize} to {@code maxSize} audits, the size
   * shrinking too.
   *
   * @param idPrefix the beginning of every audit id
   * @param minSize the fewest audits, 0 or more
   * @param maxSize the most audits
   * @param domains the domains scored
   * @param scale the grade scale
   * @param year the year of allocation
   * @return the generator
   */
  public static Gen<List<Audit>> reportAudits(
      String idPrefix,
      int minSize,
      int maxSize,
      List<Domain> domains,
      GradeScale scale,
      Year year) {
    return integers()
        .between(minSize, maxSize)
        .flatMap(
            size ->
                drawn(
                    random ->
                        SyntheticReportAudits.of(random, idPrefix, size, domains, scale, year)));
  }

  /**
   * The lists split into {@code minParts} to {@code maxParts} parts (some perhaps empty), each
   * element's part drawn on its own, so that a failure shrinks to the fewest elements in the first
   * parts. The pair holds the whole list, in its order, and the parts.
   *
   * @param <T> the element type
   * @param lists the lists to split
   * @param minParts the fewest parts, 1 or more
   * @param maxParts the most parts
   * @return the generator of (whole, parts)
   */
  public static <T> Gen<Pair<List<T>, List<List<T>>>> splits(
      Gen<List<T>> lists, int minParts, int maxParts) {
    return lists.flatMap(
        whole ->
            integers()
                .between(minParts, maxParts)
                .flatMap(
                    parts ->
                        lists()
                            .of(integers().between(0, parts - 1))
                            .ofSize(whole.size())
                            .map(where -> Pair.of(whole, split(whole, parts, where)))));
  }

  private static <T> List<List<T>> split(List<T> whole, int parts, List<Integer> where) {
    List<List<T>> split = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      split.add(new ArrayList<>());
    }
    for (int i = 0; i < whole.size(); i++) {
      split.get(where.get(i)).add(whole.get(i));
    }
    return split;
  }

  /** A random generator each of whose draws is one draw of a QuickTheories randomness source. */
  private static final class Draws implements RandomGenerator {
    private final RandomnessSource in;

    Draws(RandomnessSource in) {
      this.in = in;
    }

    @Override
    public long nextLong() {
      return in.next(Constraint.none());
    }

    @Override
    public int nextInt() {
      return (int) in.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Override
    public int nextInt(int bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive: " + bound);
      }
      return (int) in.next(Constraint.between(0, bound - 1L));
    }

    @Override
    public int nextInt(int origin, int bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException("bound must be above origin: " + origin + ", " + bound);
      }
      return (int) in.next(Constraint.between(origin, bound - 1L));
    }

    @Override
    public boolean nextBoolean() {
      return in.next(Constraint.between(0, 1)) == 1;
    }

    @Override
    public double nextDouble() {
      return in.next(Constraint.between(0, (1L << 53) - 1)) * 0x1.0p-53;
    }
  }
}
