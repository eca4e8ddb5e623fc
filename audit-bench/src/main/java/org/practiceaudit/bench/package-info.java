/**
 * JMH benchmarks of the library's algorithms and readers, with the synthetic data they run on
 * ({@link org.practiceaudit.core.synthetic.SyntheticData} from audit-core's one synthetic-data kit,
 * and {@link SyntheticAnnexA}; no real child, worker or council). Run them with {@code
 * audit-bench/run.sh}.
 */
package org.practiceaudit.bench;
