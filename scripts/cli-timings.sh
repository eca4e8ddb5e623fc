#!/usr/bin/env bash
# Times the command line end to end on generated audits files (issue 15 item 7): `audit report` beside a
# plain single pass over the same file (awk -F, '{s+=$9} END {print s}'), and the JVM with picocli alone
# (`--version`), each RUNS times under /usr/bin/time -v; prints the medians of wall time and peak
# resident memory, and the ratio of each to the awk pass. Default heap (no -Xmx), as a user runs it.
#
#   scripts/cli-timings.sh                   # 1,000,000 and 5,000,000 audits, 3 runs each
#   RUNS=5 scripts/cli-timings.sh 100000     # other sizes and run counts
#
# The audits files are SYNTHETIC (SyntheticAuditsFile in audit-cli's tests, Dudley's framework, about
# 96 bytes a row) and are written to ${TIMINGS_DIR:-/tmp/audit-timings}, which is kept for reruns.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
DIR="${TIMINGS_DIR:-/tmp/audit-timings}"
if [ "$#" -eq 0 ]; then
  set -- 1000000 5000000
fi

mvn -B -q -o -pl audit-cli -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
JAR=audit-cli/target/audit-cli.jar
mkdir -p "${DIR}"

# Runs a command RUNS times; prints "median-wall-seconds median-peak-rss-MB".
measure() {
  local walls=() rss=()
  for _ in $(seq "${RUNS}"); do
    /usr/bin/time -v "$@" > /dev/null 2> "${DIR}/time.txt"
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "${DIR}/time.txt")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "${DIR}/time.txt")")
  done
  printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR] = $1} END {printf "%s ", a[int((NR + 1) / 2)]}'
  printf '%s\n' "${rss[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}

echo "Machine: $(nproc) cores ($(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -n 1); 1-minute load average at the start: $(cut -d' ' -f1 /proc/loadavg). Medians of ${RUNS} runs."
echo
echo "| audits | file | command | wall | peak memory | vs awk |"
echo "| ---: | ---: | --- | ---: | ---: | ---: |"
read -r vwall vrss < <(measure java -jar "${JAR}" --version)
echo "| - | - | \`audit --version\` (JVM and picocli) | ${vwall} s | ${vrss} MB | |"
for rows in "$@"; do
  file="${DIR}/audits-${rows}.csv"
  if [ ! -f "${file}" ]; then
    java -cp "audit-cli/target/test-classes:${JAR}" org.practiceaudit.cli.SyntheticAuditsFile "${rows}" "${file}"
  fi
  size="$(( $(stat -c %s "${file}") / 1000000 )) MB"
  read -r awall arss < <(measure awk -F, '{s+=$9} END {print s}' "${file}")
  echo "| ${rows} | ${size} | \`awk -F, '{s+=\$9} END {print s}'\` | ${awall} s | ${arss} MB | 1.0x |"
  read -r rwall rrss < <(measure java -jar "${JAR}" report --framework dudley --audits "${file}" --json)
  ratio="$(awk -v r="${rwall}" -v a="${awall}" 'BEGIN {printf "%.1fx", r / a}')"
  echo "| ${rows} | ${size} | \`audit report --framework dudley --json\` | ${rwall} s | ${rrss} MB | ${ratio} |"
done

# What bounds report's time, phase by phase in one warm JVM (ReportPhases in audit-cli's tests).
echo
java -cp "audit-cli/target/test-classes:${JAR}" org.practiceaudit.cli.ReportPhases "${DIR}/audits-$1.csv" "${RUNS}"
