/**
 * Synthetic data: case files, auditors, frameworks and audits that describe no real child, family,
 * worker or council, for demonstrations, benchmarks, training and tests.
 *
 * <p>This package is the one home of the project's synthetic-data generators: the command line's
 * {@code demo}, the benchmarks and the tests of every module call it rather than keep their own. It
 * is main code, not a test fixture, because the demonstration and the benchmarks need it at run
 * time, and because a council can then try a framework, a sample or a report without touching
 * personal data. Every generated record says that it is synthetic (an attribute {@code
 * synthetic=true} and ids beginning {@code syn-}, or the text SYNTHETIC), so it can never pass for
 * a real case file.
 *
 * <p>Start with {@link org.practiceaudit.core.synthetic.SyntheticCouncil} (the demonstration's
 * council: ten teams' caseload and every auditor role), {@link
 * org.practiceaudit.core.synthetic.SyntheticData} (realistic caseloads, auditors and completed
 * audits of a framework), {@link org.practiceaudit.core.synthetic.SyntheticReportAudits} (audits
 * over every field a report reads, including the imperfect records real files hold: not-applicable,
 * out-of-scale and unknown-domain scores, open audits and escalations), or {@link
 * org.practiceaudit.core.synthetic.SyntheticPopulations} and {@link
 * org.practiceaudit.core.synthetic.SyntheticPlans} (skewed populations and plans of every kind, for
 * sampling). Every generator is deterministic: the same seed gives the same data on any JVM ({@link
 * java.util.Random}'s algorithm is specified), and each also draws from any {@link
 * java.util.random.RandomGenerator}, so a property test can supply the draws and shrink a failure
 * to a small counterexample.
 */
package org.practiceaudit.core.synthetic;
