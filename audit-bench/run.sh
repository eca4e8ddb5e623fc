#!/usr/bin/env bash
# Builds audit-bench and runs the whole benchmark suite (about 17 minutes on 2 quiet cores), then summarises it.
#
# REDUCED SETTINGS (not JMH's defaults): one fork, 3 warm-up iterations of 2 s, 3 measured iterations
# of 1 s (-f 1 -wi 3 -w 2s -i 3 -r 1s), heap fixed at 6 GiB and pre-touched. Enough to compare with the targets and see
# growth; too few iterations for fine comparisons (JMH's error bars are not meaningful with 3 samples).
# Override with JMH_ARGS, and pass a benchmark regex to run part of the suite:
#   JMH_ARGS="-f 2 -wi 5 -i 5" audit-bench/run.sh 'Report|RawLoop'
#
# Writes audit-bench/results/jmh-<time>.json (JMH's JSON) and summary-<time>.md (medians, ratios,
# growth per 10x input, targets), and prints the summary.
set -euo pipefail

cd "$(dirname "$0")/.."
JMH_ARGS="${JMH_ARGS:--f 1 -wi 3 -w 2s -i 3 -r 1s}"
# AlwaysPreTouch: without it every fresh page of the 6 GiB heap faults on first touch, and allocation-heavy
# benchmarks measured the kernel (rule evaluation ran 8x slower with -Xms6g than with -Xms2g).
JVM_ARGS="${JVM_ARGS:--Xms6g -Xmx6g -XX:+AlwaysPreTouch}"

mvn -B -q -pl audit-bench -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip

mkdir -p audit-bench/results
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="audit-bench/results/jmh-${stamp}.json"
summary="audit-bench/results/summary-${stamp}.md"
loadlog="audit-bench/results/load-${stamp}.txt"
started="$(date +%s)"
# Record the 1-minute load average every 10 s while the suite runs (other processes share the cores).
( while true; do cut -d' ' -f1 /proc/loadavg >> "${loadlog}"; sleep 10; done ) &
sampler=$!
trap 'kill "${sampler}" 2>/dev/null || true' EXIT

# shellcheck disable=SC2086 # JMH_ARGS is a list of options
java -jar audit-bench/target/benchmarks.jar $JMH_ARGS -jvmArgs "${JVM_ARGS}" -rf json -rff "${json}" "$@"

elapsed="$(( $(date +%s) - started ))"
kill "${sampler}" 2>/dev/null || true
python3 audit-bench/summarise.py "${json}" \
  --machine "$(nproc) cores ($(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -n 1), $(uname -sr)" \
  --settings "${JMH_ARGS} -jvmArgs '${JVM_ARGS}'" \
  --load-log "${loadlog}" \
  --elapsed "${elapsed}" > "${summary}"
cat "${summary}"
echo "JSON: ${json}; summary: ${summary}" >&2
