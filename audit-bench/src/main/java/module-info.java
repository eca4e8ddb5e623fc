/**
 * JMH benchmarks of Practice Audit over deterministic synthetic data. Not a library: nothing is
 * exported, and the benchmarks run from the shaded {@code benchmarks.jar} on the class path.
 */
module org.practiceaudit.bench {
  requires de.siegmar.fastcsv;
  requires jmh.core;
  requires org.apache.commons.csv;
  requires org.dhatim.fastexcel;
  requires org.practiceaudit.core;
  requires org.practiceaudit.imports;
  requires org.practiceaudit.json;
  requires org.practiceaudit.rules;
}
