"""First visits of views on a big plan (issue 16: Metrics and Commercial at 16x / 64x), narrower than sizes_bench.

    QT_QPA_PLATFORM=offscreen python benchmarks/first_visit.py PLAN.alliance [--views metrics commercial]
        [--runs 5] [--compare OLD_TREE] [--profile VIEW [--out FILE.prof]]

Each run is a fresh process: a real MainWindow (1600x1000, offscreen) opens the project file (a Document
on it) and paints, then visits the views in the order given (show_view + events processed + the window
grabbed), as `sizes_bench.py` does (which visits timeline, chains, metrics, commercial, risks in that order).
Prints, per view, the median and spread (min–max) of wall and CPU ms of its first visit.

--compare OLD_TREE: runs alternate between an unpacked older tree (`git archive REV | tar -x -C OLD_TREE`,
on PYTHONPATH, run from there) and this one; each tree opens its own copy of the plan.
--profile VIEW: one run in this process with cProfile around the first visit of VIEW (the views before
it visited unprofiled); prints the top functions by cumulative and own time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

WINDOW = r"""
import json, sys, time
from pathlib import Path
from alliance_desktop.ui.app import create_application
from alliance_desktop.ui.mainwindow import MainWindow

views = sys.argv[2].split(",")
profile = sys.argv[3] if len(sys.argv) > 3 else ""
out = {}

def clock():
    return time.perf_counter(), time.process_time()

def painted():
    app.processEvents()
    window.grab()

app, tr = create_application(sys.argv[:1], "fi")
window = MainWindow(tr, build=False)
window.resize(1600, 1000)
assert window.open_path(Path(sys.argv[1]))
window.show()
painted()
for view in views:
    prof = None
    if view == profile:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    w, c = clock()
    window.show_view(view)
    painted()
    w2, c2 = clock()
    if prof is not None:
        prof.disable()
        prof.dump_stats(sys.argv[4])
    out[view] = [(w2 - w) * 1000, (c2 - c) * 1000]
print(json.dumps(out))
"""


def run(tree: Path, plan: Path, views: list[str], profile: str = "", prof_out: str = "") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(tree), env.get("PYTHONPATH"))))
    args = [sys.executable, "-c", WINDOW, str(plan), ",".join(views)] + ([profile, prof_out] if profile else [])
    proc = subprocess.run(args, cwd=tree, env=env, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def spread(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.0f}"
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", type=Path)
    parser.add_argument("--views", nargs="+", default=["metrics", "commercial"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", metavar="OLD_TREE", type=Path)
    parser.add_argument("--profile", metavar="VIEW")
    parser.add_argument("--out", default="first_visit.prof")
    args = parser.parse_args()
    if args.profile:
        run(REPO, args.plan.resolve(), args.views, args.profile, str(Path(args.out).resolve()))
        import pstats
        stats = pstats.Stats(args.out)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(30)
        return
    trees = {"new": REPO}
    with tempfile.TemporaryDirectory() as folder:
        plans = {"new": args.plan.resolve()}
        if args.compare:
            trees = {"old": args.compare.resolve(), "new": REPO}
            for label in trees:  # each tree its own copy (an older tree may migrate or refuse a newer file)
                plans[label] = Path(folder) / f"{label}{args.plan.suffix}"
                shutil.copyfile(args.plan, plans[label])
        rows: dict[tuple[str, str], list[list[float]]] = {}
        for i in range(args.runs):
            for label, tree in trees.items():
                print(f"run {i + 1}/{args.runs} {label} ...", file=sys.stderr, flush=True)
                for view, value in run(tree, plans[label], args.views).items():
                    rows.setdefault((view, label), []).append(value)
    print("| first visit | " + " | ".join(trees) + " |")
    print("|---|" + "---|" * len(trees))
    for view in args.views:
        cells = []
        for label in trees:
            values = rows.get((view, label), [])
            cells.append(f"wall {spread([v[0] for v in values])} / CPU {spread([v[1] for v in values])}")
        print(f"| {view} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
