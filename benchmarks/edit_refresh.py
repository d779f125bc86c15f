"""Edit + repaint and undo in each view with every view built (issue 16: hidden views, derived numbers).

    QT_QPA_PLATFORM=offscreen python benchmarks/edit_refresh.py PROJECT.alliance [--rounds 5]
    QT_QPA_PLATFORM=offscreen python benchmarks/edit_refresh.py PROJECT.alliance --profile metrics
    QT_QPA_PLATFORM=offscreen python benchmarks/edit_refresh.py --compare OLD_TREE [--sizes 1 4 16] [--runs 3]

Unlike benchmarks/sizes_bench.py (fresh processes, first visits), this opens one window, visits
every view once (so all six are built and listening, the case where a hidden view could do work),
lets the views finish their idle-time work (bench_edits.finish_background_work), then, for ROUNDS rounds,
in each view: an edit as the view makes it through Document.apply (the edits of bench_edits.py), to the
repainted window, and its undo, to the repainted window. It prints the median and spread (min–max)
of wall and CPU ms per view. `--profile VIEW` runs cProfile over that view's edits and undos
and prints the top functions by cumulative time. Make plans with benchmarks/plangen.py and
`alliance-desktop import-json`.

--compare OLD_TREE: an unpacked older version of the app (`git archive REV | tar -x -C OLD_TREE`);
makes S x Keusote plans (plangen) and runs fresh processes alternating old and new, size by size,
RUNS times, then prints per size the median (min–max) of wall and CPU ms of every round of every
run, old -> new.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_edits  # (benchmarks/ is this script's folder)
from bench_edits import VIEWS

REPO = Path(__file__).resolve().parents[1]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path, nargs="?")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", choices=VIEWS)
    parser.add_argument("--raw", action="store_true", help="print the times as one JSON line")
    parser.add_argument("--compare", metavar="OLD_TREE", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.compare:
        compare(args)
        return

    from alliance_desktop.ui.app import create_application
    from alliance_desktop.ui.mainwindow import MainWindow

    app, tr = create_application(sys.argv[:1], "fi")
    window = MainWindow(tr, build=False)
    window.resize(1600, 1000)
    assert window.open_path(args.project)
    window.show()

    def painted():
        app.processEvents()
        window.grab()

    for view in VIEWS:
        window.show_view(view)
        painted()
    bench_edits.finish_background_work(window)
    doc = window.document
    plan = doc.plan
    edit_of = bench_edits.edits(plan)
    times: dict[str, list] = {}
    profiler = cProfile.Profile() if args.profile else None

    def timed(key, action, profile):
        w, c = time.perf_counter(), time.process_time()
        if profile:
            profiler.enable()
        action()
        painted()
        if profile:
            profiler.disable()
        times.setdefault(key, []).append(((time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000))

    for r in range(args.rounds):
        order = VIEWS[r % len(VIEWS):] + VIEWS[:r % len(VIEWS)]
        for view in order:
            window.show_view(view)
            painted()
            profile = view == args.profile
            timed(f"edit {view}", lambda v=view: doc.apply("benchmark", edit_of[v]), profile)
            timed(f"undo {view}", doc.undo_stack.undo, profile)
            assert doc.plan == plan

    if args.raw:
        print(json.dumps(times))
        return
    print(f"{args.project.name}, {args.rounds} rounds, every view built; median (min–max) wall ms / CPU ms")
    for key in sorted(times, key=lambda k: (VIEWS.index(k.split()[1]), k)):
        print(f"| {key} | {spread([t[0] for t in times[key]])} / {spread([t[1] for t in times[key]])} |")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)


def spread(values):
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


def compare(args) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import plangen

    folder = Path(tempfile.mkdtemp(prefix="alliance-edit-refresh-"))
    env = dict(os.environ, ALLIANCE_DESKTOP_DATA_DIR=str(folder / "appdata"))
    trees = {"old": args.compare.resolve(), "new": REPO}
    files = {}
    for size in args.sizes:
        (folder / f"k{size}.json").write_text(plangen.plan_text(size), encoding="utf-8")
        for label, tree in trees.items():  # each tree makes its own file (the schema may differ between them)
            files[size, label] = folder / f"k{size}-{label}.alliance"
            subprocess.run([sys.executable, "-m", "alliance_desktop", "import-json", str(folder / f"k{size}.json"),
                            str(files[size, label])], check=True, cwd=tree, env=dict(env, PYTHONPATH=os.pathsep.join(
                                filter(None, (str(tree), env.get("PYTHONPATH"))))))
    results: dict = {}
    for run in range(args.runs):
        for size in args.sizes:
            for label, tree in (trees.items() if run % 2 == 0 else reversed(trees.items())):
                print(f"run {run + 1}/{args.runs}, {size}x, {label} ...", file=sys.stderr, flush=True)
                out = subprocess.run([sys.executable, str(Path(__file__).resolve()), str(files[size, label]),
                                      "--rounds", str(args.rounds), "--raw"], check=True, capture_output=True,
                                     text=True, cwd=tree, env=dict(env, PYTHONPATH=os.pathsep.join(
                                         filter(None, (str(tree), env.get("PYTHONPATH")))))).stdout
                for key, values in json.loads(out.strip().splitlines()[-1]).items():
                    results.setdefault((key, size, label), []).extend(values)
    keys = sorted({k for k, _s, _l in results}, key=lambda k: (VIEWS.index(k.split()[1]), k))
    print(f"{time.strftime('%Y-%m-%d')}, {args.runs} runs x {args.rounds} rounds, every view built; "
          "median (min–max), old -> new; wall ms / CPU ms")
    print("| what | " + " | ".join(f"{s}x" for s in args.sizes) + " |")
    print("|---|" + "---|" * len(args.sizes))
    for key in keys:
        cells = []
        for size in args.sizes:
            old, new = results[(key, size, "old")], results[(key, size, "new")]
            cells.append(f"{spread([v[0] for v in old])} / {spread([v[1] for v in old])} → "
                         f"{spread([v[0] for v in new])} / {spread([v[1] for v in new])}")
        print(f"| {key} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
