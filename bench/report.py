"""Turns one bench/run's raw figures into the Markdown results file: the machine, then each target beside its figure."""
import json
import os
import platform
import statistics
import subprocess
import sys
from datetime import datetime, timezone

out, runs = sys.argv[1], int(sys.argv[2])


def hyper(name):
    with open(os.path.join(out, name + ".json")) as f:
        r = json.load(f)["results"][0]
    return {"command": r["command"], "median": r["median"], "cpu": r["user"] + r["system"],
            "min": r["min"], "max": r["max"]}


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "unknown")
    mem_kib = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    load = [open(os.path.join(out, n)).read().strip() for n in ("load-before.txt", "load-after.txt")]
    return [("cores (nproc)", str(os.cpu_count())), ("CPU", cpu), ("memory", f"{mem_kib / 1024 / 1024:.1f} GiB"),
            ("OS", f"{platform.system()} {platform.release()}"), ("Java", " / ".join(java)),
            ("the distribution's runtime", open(os.path.join(out, "dist-java.txt")).read().strip()),
            ("load before", load[0]), ("load after", load[1])]


def rss():
    sizes = {}
    for line in open(os.path.join(out, "rss.txt")):
        parts = line.split()
        if len(parts) == 3 and parts[0].isdigit():
            sizes.setdefault(int(parts[0]), []).append((float(parts[1]), int(parts[2])))
    return {s: (statistics.median(t for t, _ in v), statistics.median(m for _, m in v) / 1024) for s, v in sizes.items()}


def number(value):
    """JMH writes "NaN" as the error of a run too short to have one."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def jmh():
    with open(os.path.join(out, "jmh.json")) as f:
        data = json.load(f)
    warm, scaling = None, {}
    for b in data:
        m = b["primaryMetric"]
        if b["benchmark"].endswith("tenSchoolPack"):
            warm = (m["score"], number(m["scoreError"]), b["threads"])
        else:
            scaling[int(b["params"]["schools"])] = (m["score"], number(m["scoreError"]))
    return warm, scaling


def ms(s):
    return f"{s * 1000:.0f} ms"


def verdict(ok):
    return "met" if ok else "**not met**"


h = {n: hyper(n) for n in ["check-example", "check-100", "generate-example", "generate-example-plain",
                           "generate-example-dist", "chromium-example", "generate-100", "chromium-100", "batch-20",
                           "maven-alone", "maven-generate", "maven-unchanged"]}
with open(os.path.join(out, "preview.json")) as f:
    preview = json.load(f)
sizes = rss()
warm, scaling = jmh()
ratio_example = h["generate-example"]["median"] / h["chromium-example"]["median"]
ratio_example_cpu = h["generate-example"]["cpu"] / h["chromium-example"]["cpu"]
ratio_plain = h["generate-example-plain"]["median"] / h["chromium-example"]["median"]
ratio_dist = h["generate-example-dist"]["median"] / h["chromium-example"]["median"]
ratio_100 = h["generate-100"]["median"] / h["chromium-100"]["median"]
jmh_ratio = scaling[1000][0] / scaling[100][0]
process_ratio = sizes[1000][0] / sizes[100][0]
batch_rate = 20 / h["batch-20"]["median"]

print(f"# Benchmark results, {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC")
print()
print(f"Written by `bench/run`: whole-process figures are medians of {runs} runs (hyperfine, one warm-up run);")
print("in-process figures come from JMH. Times on a shared machine move with its load (below): the ratios,")
print("taken from runs made side by side, are the figures to compare between days.")
print()
print("## Machine")
print()
print("| | |")
print("|---|---|")
for k, v in machine():
    print(f"| {k} | {v} |")
print()
print("## Targets")
print()
print("| target | measured | |")
print("|---|---|---|")
print(f"| `mvn matreport:generate` forced, starter folder holding the example trust, ≤ 2.5 s | "
      f"{h['maven-generate']['median']:.2f} s (Maven alone: {h['maven-alone']['median']:.2f} s) | "
      f"{verdict(h['maven-generate']['median'] <= 2.5)} |")
print(f"| the same with inputs unchanged ≤ 1.5 s | {h['maven-unchanged']['median']:.2f} s | "
      f"{verdict(h['maven-unchanged']['median'] <= 1.5)} |")
print(f"| cold `bin/matreport generate`, example trust, all formats ≤ 1.0× Chromium printing the same HTML | "
      f"{ratio_example:.2f}× (wall, medians); {ratio_example_cpu:.2f}× in CPU time | {verdict(ratio_example <= 1.0)} |")
print(f"| the distribution's `bin/matreport generate` (what the README shows first) ≤ 1.0× Chromium | "
      f"{ratio_dist:.2f}× | {verdict(ratio_dist <= 1.0)} |")
print(f"| `java -jar matreport.jar generate` (the README's fallback) / Chromium | {ratio_plain:.2f}× | reported |")
print(f"| `serve`: edit saved → new page painted in Chromium ≤ 150 ms (median of {len(preview['samples'])} edits) | "
      f"{preview['median']:.0f} ms (slowest {preview['max']:.0f} ms) | {verdict(preview['median'] <= 150)} |")
print(f"| `check` alone, cold, < 0.3 s wall | {ms(h['check-example']['median'])} (median) | "
      f"{verdict(h['check-example']['median'] < 0.3)} |")
print(f"| warm ≥ 20 packs/s, 10-school trusts, all cores | {warm[0]:.1f} ± {warm[1]:.1f} packs/s on {warm[2]} threads"
      f" | {verdict(warm[0] >= 20)} |")
print(f"| 1,000 schools ≤ 12× the 100-school time | {jmh_ratio:.1f}× in process (JMH); {process_ratio:.1f}× whole process"
      f" | {verdict(jmh_ratio <= 12 and process_ratio <= 12)} |")
print(f"| 1,000 schools, peak RSS < 512 MiB | {sizes[1000][1]:.0f} MiB | {verdict(sizes[1000][1] < 512)} |")
print()
print("## Whole process (cold JVM each run)")
print()
print("`bin/matreport` starts the jar with the build's class-data archive and the quick-start compiler (C1 only); the")
print("distribution's launcher does the same in its own jlink runtime, with an AOT cache when that runtime is Java 25+.")
print()
print("| what | median wall | CPU (user + sys, mean) | ratio to Chromium |")
print("|---|---|---|---|")
rows = [("check-example", None), ("check-100", None), ("generate-example", "chromium-example"),
        ("generate-example-plain", "chromium-example"), ("generate-example-dist", "chromium-example"),
        ("chromium-example", None),
        ("generate-100", "chromium-100"), ("chromium-100", None), ("batch-20", None), ("maven-alone", None),
        ("maven-generate", None), ("maven-unchanged", None)]
for name, peer in rows:
    r = h[name]
    ratio = f"{r['median'] / h[peer]['median']:.2f}×" if peer else ""
    print(f"| {r['command']} | {ms(r['median'])} | {ms(r['cpu'])} | {ratio} |")
print()
print(f"The batch writes {batch_rate:.1f} packs per second, whole process included (20 trusts, one JVM).")
print()
print("## By size (bin/matreport generate, all formats; median of 3)")
print()
print("| schools | wall | peak RSS | in process, one thread (JMH) |")
print("|---|---|---|---|")
for s in sorted(sizes):
    j = scaling.get(s)
    print(f"| {s} | {sizes[s][0]:.2f} s | {sizes[s][1]:.0f} MiB | {j[0]:.0f} ± {j[1]:.0f} ms |" if j else
          f"| {s} | {sizes[s][0]:.2f} s | {sizes[s][1]:.0f} MiB | |")
print()
print(f"Ratios between sizes, in process: 100/10 = {scaling[100][0] / scaling[10][0]:.1f}×, "
      f"1000/100 = {jmh_ratio:.1f}×; whole process: 100/10 = {sizes[100][0] / sizes[10][0]:.1f}×, "
      f"1000/100 = {process_ratio:.1f}×.")
print()
print("## Ratios in short")
print()
print(f"- ours / Chromium, example trust: distribution {ratio_dist:.2f}×, `bin/matreport` {ratio_example:.2f}×, "
      f"plain `java -jar` {ratio_plain:.2f}×")
print(f"- edit → screen in `serve`: median {preview['median']:.0f} ms")
print(f"- ours / Chromium, 100 schools: {ratio_100:.2f}×")
print(f"- 1,000 / 100 schools: {jmh_ratio:.1f}× in process, {process_ratio:.1f}× whole process")
print(f"- `bin/matreport` / plain `java -jar`, example pack: "
      f"{h['generate-example']['median'] / h['generate-example-plain']['median']:.2f}×")
