"""The PDF report at real plan sizes (issue 16): `alliance-desktop report` of S x Keusote plans.

    python benchmarks/report_bench.py [--sizes 1 4 16] [--runs 5] [--lang fi]
    python benchmarks/report_bench.py --baseline OLD_TREE      # also an older checkout, interleaved
    python benchmarks/report_bench.py --profile 16 [--top 30]   # cProfile of one report, in this process

The plans are made by benchmarks/plangen.py through the interchange format (1x is the Keusote demo)
and imported with `alliance-desktop import-json`. Each run is a fresh process, the sizes interleaved
(1, 4, 16, then again), because the machine is shared and noisy. Per size: the median and the spread
(min–max) of wall and CPU time and of the peak memory of `alliance-desktop report PLAN -o OUT.pdf`.
Each report runs under a small launcher process that waits for it and reads
`resource.getrusage(RUSAGE_CHILDREN)`: its CPU time (user + system) and ru_maxrss then are those of
that one report process. Wall time is measured in the launcher around the report process.

--baseline OLD_TREE (e.g. `git archive COMMIT | tar -x -C OLD_TREE`): each run also makes the same
report with that tree's code (its folder first on PYTHONPATH and as the working folder), alternating.

Goals: Keusote under 1 s; 16x under 5 s; 64x under 20 s and under 250 MiB peak. The verdict compares the
median CPU time (the machine is shared: wall time meets the goal on an idle machine, where it is within a few
per cent of the CPU time) and the largest peak.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import plangen  # noqa: E402 (benchmarks/ is this script's folder)

GOALS = {1: (1.0, None), 16: (5.0, None), 64: (20.0, 250.0)}  # size -> (CPU s, peak MiB)

LAUNCHER = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps([wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024]))
"""


def make_plans(sizes: list[int], folder: Path, env: dict) -> dict[int, Path]:
    files = {}
    for size in sizes:
        json_path, project = folder / f"keusote-{size}x.json", folder / f"keusote-{size}x.alliance"
        json_path.write_text(plangen.plan_text(size), encoding="utf-8")
        subprocess.run([sys.executable, "-m", "alliance_desktop", "import-json", str(json_path), str(project)],
                       env=env, check=True, capture_output=True)
        files[size] = project
    return files


def run_report(project: Path, pdf: Path, lang: str, env: dict, cwd: Path = REPO) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MiB) of one `alliance-desktop report` process."""
    command = [sys.executable, "-m", "alliance_desktop", "report", str(project), "-o", str(pdf), "--lang", lang]
    out = subprocess.run([sys.executable, "-c", LAUNCHER, *command], env=env, cwd=cwd, check=True,
                         capture_output=True, text=True).stdout
    wall, cpu, peak = json.loads(out.strip().splitlines()[-1])
    return wall, cpu, peak


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    if len(values) == 1:
        return fmt.format(values[0])
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def pages_of(pdf: Path) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:
        return "?"
    return str(len(PdfReader(pdf).pages))


def bench(args, env: dict, folder: Path) -> int:
    files = make_plans(args.sizes, folder, env)
    variants = {"": (env, REPO)}
    if args.baseline:
        base = Path(args.baseline).resolve()
        path = os.pathsep.join(filter(None, (str(base), env.get("PYTHONPATH"))))
        variants = {"baseline ": (dict(env, PYTHONPATH=path), base), **variants}
    results: dict[tuple[str, int], list[tuple[float, float, float]]] = {}
    for run in range(args.runs):
        for size in args.sizes:
            for label, (variant_env, cwd) in variants.items():
                print(f"run {run + 1}/{args.runs}, {label}{size}x ...", file=sys.stderr, flush=True)
                pdf = folder / f"{label.strip() or 'report'}-{size}x.pdf"
                results.setdefault((label, size), []).append(run_report(files[size], pdf, args.lang, variant_env, cwd))
    accel = subprocess.run([sys.executable, "-c", "import reportlab.lib.rl_accel as r; "
                            "print(r.fp_str.__name__ != '_py_fp_str')"], env=env, capture_output=True,
                           text=True).stdout.strip()
    print(f"\n`alliance-desktop report` ({args.lang}), {args.runs} interleaved runs, fresh processes; "
          f"rl-accel in use: {accel}; median (min–max)\n")
    print("| plan | pages | PDF | wall s | CPU s | peak MiB | goal |")
    print("|---|---|---|---|---|---|---|")
    ok = True
    for (label, size), values in sorted(results.items(), key=lambda item: (item[0][1], item[0][0])):
        walls, cpus, peaks = ([r[i] for r in values] for i in range(3))
        pdf = folder / f"{label.strip() or 'report'}-{size}x.pdf"
        goal = GOALS.get(size)
        verdict = ""
        if goal and not label:
            met = statistics.median(cpus) < goal[0] and (goal[1] is None or max(peaks) < goal[1])
            ok = ok and met
            verdict = f"CPU < {goal[0]:g} s" + (f", < {goal[1]:g} MiB" if goal[1] else "") + \
                (" met" if met else " MISSED")
        name = label + ("Keusote (1x)" if size == 1 else f"{size}x Keusote")
        print(f"| {name} | {pages_of(pdf)} | {pdf.stat().st_size / 1024:.0f} KiB | {spread(walls)} | "
              f"{spread(cpus)} | {spread(peaks, '{:.0f}')} | {verdict} |")
    return 0 if ok else 1


def profile(args, folder: Path) -> int:
    import cProfile
    import datetime as _dt
    import pstats

    from alliance_desktop.core import interchange
    from alliance_desktop.reports.builder import render_report

    plan = interchange.plan_from_text(plangen.plan_text(args.profile))
    render_report(plan, lang=args.lang, sections=["overview"], created=_dt.date(2025, 12, 3))  # fonts loaded
    profiler = cProfile.Profile()
    profiler.enable()
    data, pages = render_report(plan, lang=args.lang, created=_dt.date(2025, 12, 3))
    profiler.disable()
    print(f"{args.profile}x Keusote: {pages} pages, {len(data) / 1024:.0f} KiB")
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="fi", choices=("fi", "en"))
    parser.add_argument("--baseline", metavar="OLD_TREE", help="also run an older source tree's report, alternating")
    parser.add_argument("--profile", type=int, metavar="S", help="profile one report of the S x plan instead")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="alliance-report-bench-"))
    env = dict(os.environ, ALLIANCE_DESKTOP_DATA_DIR=str(folder / "appdata"))
    if args.profile:
        return profile(args, folder)
    return bench(args, env, folder)


if __name__ == "__main__":
    raise SystemExit(main())
