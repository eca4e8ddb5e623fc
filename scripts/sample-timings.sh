#!/usr/bin/env bash
# End-to-end timings of `audit sample` (issue 15 targets), beside an awk pass over the same file.
#
#   scripts/sample-timings.sh [CASES] [RUNS]        (defaults: 1000000 cases, 3 runs)
#
# Needs the built jars (mvn -B -q package -DskipTests). Generates a SYNTHETIC cases file with
# audit-bench's SyntheticCasesCsv (same seed, same file) and an Annex A workbook of 50,000 children with
# SyntheticAnnexA, then runs each command RUNS times under /usr/bin/time -v and prints the medians of wall
# time and peak resident memory, and the ratio of `sample` to the awk pass. Default heap, as a user runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${1:-1000000}"
RUNS="${2:-3}"
BENCH=audit-bench/target/benchmarks.jar
CLI=audit-cli/target/audit-cli.jar
[ -f "$CLI" ] || CLI="$(ls audit-cli/target/audit-cli-*.jar | grep -v -e sources -e javadoc | head -1)"
WORK="${TMPDIR:-/tmp}/sample-timings"
mkdir -p "$WORK"
csv="$WORK/cases-${CASES}.csv"
xlsx="$WORK/annexa-50k.xlsx"
[ -f "$csv" ] || java -cp "$BENCH" org.practiceaudit.bench.SyntheticCasesCsv "$CASES" "$csv"
[ -f "$xlsx" ] || java -cp "$BENCH" org.practiceaudit.bench.SyntheticAnnexA 50000 "$xlsx"

# Runs a command RUNS times; prints "median-wall-seconds median-peak-MB median-cpu-seconds" (CPU: user
# and system time of all the process's threads, JIT compilers and collectors included; less sensitive than
# the wall time to other processes sharing the cores).
measure() {
  local walls=() rss=() cpus=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v "$@" > /dev/null 2> "$WORK/time.txt"
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$WORK/time.txt")")
    cpus+=("$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$WORK/time.txt")")
  done
  printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%s ", a[int((NR+1)/2)]}'
  printf '%s\n' "${rss[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%s ", a[int((NR+1)/2)]}'
  printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

load_before="$(cut -d' ' -f1 /proc/loadavg)"

read -r awk_s awk_mb awk_cpu < <(measure awk -F, '{s+=$9} END {print s}' "$csv")
read -r ver_s ver_mb ver_cpu < <(measure java -jar "$CLI" --version)
read -r smp_s smp_mb smp_cpu < <(measure java -jar "$CLI" sample --cases "$csv" --as-of 2026-11-02 --seed 1 \
  --share 0.1 --stratify category,team)
read -r anx_s anx_mb anx_cpu < <(measure java -jar "$CLI" sample --cases "$xlsx" --as-of 2026-11-02 --seed 1 \
  --share 0.1 --stratify category,team)

echo "1-minute load average: ${load_before} before, $(cut -d' ' -f1 /proc/loadavg) after ($(nproc) cores)."
echo
echo "| command | input | wall (median of $RUNS) | CPU, user + system | peak RSS | ratio to awk (wall) |"
echo "| --- | --- | --- | --- | --- | --- |"
echo "| awk -F, '{s+=\$9} END {print s}' | $CASES cases ($(du -m "$csv" | cut -f1) MB) | ${awk_s} s | ${awk_cpu} s | ${awk_mb} MB | 1 |"
echo "| audit --version (JVM and picocli start) | | ${ver_s} s | ${ver_cpu} s | ${ver_mb} MB | $(awk -v a="$awk_s" -v b="$ver_s" 'BEGIN {printf "%.1f", b/a}') |"
echo "| audit sample --share 0.1 --stratify category,team | $CASES cases | ${smp_s} s | ${smp_cpu} s | ${smp_mb} MB | $(awk -v a="$awk_s" -v b="$smp_s" 'BEGIN {printf "%.1f", b/a}') |"
echo "| audit sample --share 0.1 --stratify category,team | Annex A, 50,000 children | ${anx_s} s | ${anx_cpu} s | ${anx_mb} MB | |"
