"""The Risks view's first visit, risk edit and undo, step by step (issue 16: what remains at 16x and 64x).

    QT_QPA_PLATFORM=offscreen python benchmarks/risks_steps.py PROJECT.alliance [--rounds 5] [--steps] [--profile]
    QT_QPA_PLATFORM=offscreen python benchmarks/risks_steps.py --compare OLD_TREE [--sizes 16 64] [--runs 3]

One window (1600x1000, offscreen) opens the project, paints, waits as the window does before its idle
preloads, then: the first visit of Risks (show_view + events + grab), and ROUNDS rounds of a risk's
likelihood changed through Document.apply (bench_edits.py's edit: the risk moves in the severity order)
and its undo, each to the repainted window. Prints median (min–max) of wall and CPU ms.
--steps: the CPU ms of each step inside those (apply or undo / events processed / grab, and the view's
own calls), without the profiler. --profile: cProfile of the edits and undos (cumulative, top 40).
--compare OLD_TREE: fresh processes alternating OLD_TREE (an unpacked `git archive`) and this tree, size
by size, RUNS times; median (min–max) over every round of every run, old -> new.
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

REPO = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def spread(values) -> str:
    if not values:
        return "-"
    return f"{statistics.median(values):.1f} ({min(values):.1f}–{max(values):.1f})"


def run(args) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import bench_edits
    from alliance_desktop.ui.app import create_application
    from alliance_desktop.ui.mainwindow import PRELOAD_DELAY_MS, MainWindow

    app, tr = create_application(sys.argv[:1], "fi")
    window = MainWindow(tr, build=False)
    window.resize(1600, 1000)
    assert window.open_path(args.project)
    window.show()
    app.processEvents()
    window.grab()
    end = time.monotonic() + PRELOAD_DELAY_MS / 1000 + 1.0
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)

    steps: dict[str, list] = {}
    current: list[str] = []

    def clocked(owner, name, label):  # the CPU ms of owner.name while a step is measured
        inner = getattr(owner, name)

        def wrapper(*a, **k):
            c = time.process_time()
            try:
                return inner(*a, **k)
            finally:
                if current:
                    steps.setdefault(f"{current[0]}: {label}", []).append((time.process_time() - c) * 1000)
        setattr(owner, name, wrapper)

    if args.steps:
        from alliance_desktop.ui import risks
        from alliance_desktop.ui.risks import table
        clocked(risks.RisksView, "_update", "view._update")
        clocked(table.RecordTable, "fill", "table.fill")
        clocked(table.RecordModel, "set_records", "model.set_records")
        clocked(table.RecordTable, "fit_columns", "table.fit_columns")
        clocked(risks.RisksView, "_show_details", "view._show_details")
        clocked(risks.RisksView, "fit_side", "view.fit_side")
        if hasattr(window.document, "file"):
            clocked(type(window.document.file), "write", "file.write")

    times: dict[str, list] = {}

    def timed(key, action, sub=True):
        w, c = time.perf_counter(), time.process_time()
        current[:] = [key]
        action()
        c1 = time.process_time()
        app.processEvents()
        c2 = time.process_time()
        window.grab()
        c3 = time.process_time()
        current[:] = []
        times.setdefault(key, []).append(((time.perf_counter() - w) * 1000, (c3 - c) * 1000))
        if sub:
            steps.setdefault(f"{key}: action", []).append((c1 - c) * 1000)
            steps.setdefault(f"{key}: processEvents", []).append((c2 - c1) * 1000)
            steps.setdefault(f"{key}: grab", []).append((c3 - c2) * 1000)

    if args.all_views:  # as sizes_bench.py: every view built (and listening) before Risks' first visit
        for view in ("timeline", "chains", "metrics", "commercial"):
            window.show_view(view)
            app.processEvents()
            window.grab()
    timed("first visit", lambda: window.show_view("risks"))
    bench_edits.finish_background_work(window, 0.5)
    doc = window.document
    plan = doc.plan
    edit = bench_edits.edits(plan)["risks"]
    profiler = cProfile.Profile() if args.profile else None
    for _ in range(args.rounds):
        if profiler:
            profiler.enable()
        timed("edit", lambda: doc.apply("benchmark", edit))
        timed("undo", doc.undo_stack.undo)
        if profiler:
            profiler.disable()
        assert doc.plan == plan
    if args.raw:
        print(json.dumps(times))
        return
    print(f"{args.project.name}, {args.rounds} rounds; median (min–max) wall ms / CPU ms")
    for key, values in times.items():
        print(f"| {key} | {spread([v[0] for v in values])} / {spread([v[1] for v in values])} |")
    if steps:
        print("CPU ms per step, median (min–max) of the calls (a step may be called more than once per edit):")
        for key, values in steps.items():
            print(f"  {key}: {spread(values)} x{len(values)}")
    if profiler:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


def compare(args) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import plangen

    folder = Path(tempfile.mkdtemp(prefix="alliance-risks-steps-"))
    env = dict(os.environ, ALLIANCE_DESKTOP_DATA_DIR=str(folder / "appdata"))
    trees = {"old": args.compare.resolve(), "new": REPO}

    def tree_env(tree):
        return dict(env, PYTHONPATH=os.pathsep.join(filter(None, (str(tree), env.get("PYTHONPATH")))))

    files = {}
    for size in args.sizes:
        (folder / f"k{size}.json").write_text(plangen.plan_text(size), encoding="utf-8")
        for label, tree in trees.items():
            files[size, label] = folder / f"k{size}-{label}.alliance"
            subprocess.run([sys.executable, "-m", "alliance_desktop", "import-json", str(folder / f"k{size}.json"),
                            str(files[size, label])], check=True, cwd=tree, env=tree_env(tree))
    results: dict = {}
    for n in range(args.runs):
        for size in args.sizes:
            for label, tree in (trees.items() if n % 2 == 0 else reversed(trees.items())):
                print(f"run {n + 1}/{args.runs}, {size}x, {label} ...", file=sys.stderr, flush=True)
                out = subprocess.run([sys.executable, str(Path(__file__).resolve()), str(files[size, label]),
                                      "--rounds", str(args.rounds), "--raw"] + ["--all-views"] * args.all_views, check=True, capture_output=True,
                                     text=True, cwd=tree, env=tree_env(tree)).stdout
                for key, values in json.loads(out.strip().splitlines()[-1]).items():
                    results.setdefault((key, size, label), []).extend(values)
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {args.runs} runs x {args.rounds} rounds; median (min–max), "
          "old -> new; CPU ms (wall ms)")
    for size in args.sizes:
        for key in ("first visit", "edit", "undo"):
            old, new = results[(key, size, "old")], results[(key, size, "new")]
            print(f"| {size}x {key} | {spread([v[1] for v in old])} → {spread([v[1] for v in new])} | "
                  f"wall {statistics.median(v[0] for v in old):.0f} → {statistics.median(v[0] for v in new):.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path, nargs="?")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--steps", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--raw", action="store_true")
    parser.add_argument("--all-views", action="store_true", help="visit every other view first (as sizes_bench.py)")
    parser.add_argument("--compare", metavar="OLD_TREE", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.compare:
        compare(args)
    else:
        run(args)


if __name__ == "__main__":
    main()
