#!/usr/bin/env python3
"""Summarises a JMH JSON result of audit-bench as a markdown table.

For each benchmark and size: the median of the measured iterations, the ratio of the report to the raw
loop over primitive arrays at the same size, the growth factor per 10x input, and the issue's targets
checked. Standard library only.

Usage: summarise.py RESULT.json [--machine TEXT] [--settings TEXT] [--load-log FILE] [--elapsed SECONDS]
"""
import argparse
import json
import statistics
import sys

# The parameter that is the input size, per benchmark class, and how to read it as a number.
SIZE_PARAMS = {"cases": int, "audits": int, "size": lambda s: int(s.split("x")[0])}


def median(result):
    metric = result["primaryMetric"]
    raw = [v for fork in metric.get("rawData", []) for v in fork]
    return statistics.median(raw) if raw else metric["score"]


def size_of(params):
    for name, read in SIZE_PARAMS.items():
        if name in params:
            return params[name], read(params[name])
    return None, None


def label_of(params):
    parts = [f"{v}" for k, v in sorted(params.items()) if k not in SIZE_PARAMS]
    if "size" in params and "x" in params["size"]:
        # Allocation sizes are "cases x auditors": growth is compared at the same number of auditors.
        parts.append(f"{int(params['size'].split('x')[1])} auditors")
    return ", ".join(parts)


def fmt(value, unit):
    if unit == "ops/s":
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:.1f}"
    return f"{value:.3f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("result")
    parser.add_argument("--machine", default="unknown")
    parser.add_argument("--settings", default="unknown")
    parser.add_argument("--load-log")
    parser.add_argument("--elapsed")
    args = parser.parse_args()
    with open(args.result, encoding="utf-8") as f:
        results = json.load(f)

    rows = []  # (class, method, label, size text, size number, median, unit, mode)
    for r in results:
        cls, method = r["benchmark"].split(".")[-2:]
        params = r.get("params", {})
        size_text, size = size_of(params)
        rows.append((cls.replace("Benchmark", ""), method, label_of(params), size_text, size,
                     median(r), r["primaryMetric"]["scoreUnit"], r["mode"]))

    by_key = {(c, m, l, n): v for c, m, l, _, n, v, _, _ in rows}
    raw = {n: v for (c, m, l, n), v in by_key.items() if c == "RawLoop" and m == "primitiveArrays"}

    out = []
    out.append(f"Machine: {args.machine}. Settings: `{args.settings}`.")
    if args.load_log:
        try:
            with open(args.load_log, encoding="utf-8") as f:
                loads = [float(x) for x in f.read().split()]
            if loads:
                out.append(f"1-minute load average during the run (sampled every 10 s): min {min(loads):.1f},"
                           f" median {statistics.median(loads):.1f}, max {max(loads):.1f}.")
        except OSError:
            pass
    if args.elapsed:
        out.append(f"Suite time: {int(args.elapsed) // 60} min {int(args.elapsed) % 60} s.")
    out.append("")
    out.append("| benchmark | case | size | median | unit | vs raw loop | growth per 10x |")
    out.append("| --- | --- | ---: | ---: | --- | ---: | ---: |")
    for c, m, l, st, n, v, unit, mode in rows:
        ratio = ""
        if n is not None and n in raw and c in ("Report", "ColumnsReport", "RawLoop") and not (c == "RawLoop" and m == "primitiveArrays"):
            ratio = f"{v / raw[n]:.1f}x"
        growth = ""
        if n is not None:
            smaller = [k for k in by_key if k[:3] == (c, m, l) and k[3] is not None and k[3] * 10 == n]
            if smaller:
                before = by_key[smaller[0]]
                g = v / before if mode != "thrpt" else before / v
                growth = f"{g:.1f}x"
        out.append(f"| {c}.{m} | {l or '-'} | {st or '-'} | {fmt(v, unit)} | {unit} | {ratio} | {growth} |")

    out.append("")
    out.append("Targets (medians; growth = time for 10x the input / time for the input, at most 12x):")
    out.append("")
    out.append("| target | measured | met |")
    out.append("| --- | --- | --- |")

    def check(name, value, ok, text):
        out.append(f"| {name} | {text if value is not None else 'not measured'} |"
                   f" {'n/a' if value is None else ('yes' if ok else '**no**')} |")

    for method, how in (("fromPopulation", "drawn from a `CasePopulation`"),
                        ("stratifiedTenPercent", "from a `List<CaseFile>`, end to end")):
        v = by_key.get(("Sampling", method, "", 1000000))
        if v is not None:
            check(f"stratified 10% sample of 1,000,000 cases <= 300 ms ({how})", v, v <= 300, f"{v:,.0f} ms")
    r = raw.get(1000000)
    for method, how in (("reportParallel", "parallel stream, 2 cores"), ("report", "one thread")):
        v = by_key.get(("Report", method, "", 1000000))
        if v is None:
            continue
        check(f"report over 1,000,000 audits <= 500 ms ({how})", v, v <= 500, f"{v:,.0f} ms")
        if r:
            check(f"report <= 3x the raw loop (1,000,000, {how})", v, v <= 3 * r, f"{v / r:,.1f}x ({r:,.1f} ms raw)")
    v = by_key.get(("ColumnsReport", "report", "", 1000000))
    if v is not None and r:
        check("report from columns <= 3x the raw loop (1,000,000, one thread)", v, v <= 3 * r,
              f"{v / r:,.1f}x ({v:,.1f} ms against {r:,.1f} ms raw)")
    v = by_key.get(("Allocation", "allocate", "300 auditors", 3000))
    check("allocating 3,000 cases to 300 auditors <= 1 s", v, v is not None and v <= 1000,
          f"{v:,.0f} ms" if v else "")
    for (c, m, l, n), value in sorted(by_key.items()):
        if c == "RuleEvaluation":
            check(f"rule evaluation, preset {l}, >= 500,000 audits/s", value, value >= 500000,
                  f"{value:,.0f} audits/s")
    for (c, m, l, n), value in sorted(by_key.items()):
        if c == "Configuration":
            check(f"load and validate bundled framework {l}, warm, <= 50 ms", value, value <= 50,
                  f"{value:,.1f} ms")
    worst = None
    for (c, m, l, n), value in by_key.items():
        if n is None:
            continue
        for (c2, m2, l2, n2), value2 in by_key.items():
            if (c2, m2, l2) == (c, m, l) and n2 is not None and n2 * 10 == n:
                g = value / value2
                if worst is None or g > worst[0]:
                    worst = (g, f"{c}.{m} {n2:,} -> {n:,}")
    if worst:
        check("growth: 10x the input costs <= 12x the time, everywhere", worst[0], worst[0] <= 12,
              f"worst {worst[0]:.1f}x ({worst[1]})")
    print("\n".join(out))


if __name__ == "__main__":
    sys.exit(main())
