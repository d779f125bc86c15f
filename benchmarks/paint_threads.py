"""Repainting with and without Qt's GUI thread pool: the window's own repaints, in CPU and wall time.

    QT_QPA_PLATFORM=offscreen python benchmarks/paint_threads.py [--runs 9] [--repaints 40] [--scale 16]

Qt's raster engine hands a fill of 96 or more spans (a vertical scroll bar's gradient taller than 96
pixels, say) to its GUI thread pool in segments and waits for them. For a 16-pixel-wide scroll bar the
hand-off costs more than the fill. The app sets QT_NO_GUI_THREADPOOL (ui/app.py), which keeps such fills
on the GUI thread. Each run is a fresh process, interleaved pairs (pool on, pool off): the app with an
S x Keusote plan (benchmarks/plangen.py) at 1400x900, each view shown in turn and repainted `--repaints`
times (QWidget.repaint: paints at once, through the window's backing store). CPU is the process's (all
threads). Median (min-max) per view, ms per repaint.
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

CHILD = """
import json, os, sys, time
from alliance_desktop.ui.app import create_application
from alliance_desktop.ui.mainwindow import MainWindow
from alliance_desktop.storage.projectfile import ProjectFile
from alliance_desktop.ui.document import Document
app, tr = create_application(["x"], "fi")
window = MainWindow(tr, Document(ProjectFile.open(sys.argv[1], backup=False)))
window.resize(1400, 900)
window.show()
for _ in range(5):
    app.processEvents()
out = {"pool": os.environ.get("QT_NO_GUI_THREADPOOL") is None}
for view in ("overview", "timeline", "chains", "metrics", "commercial", "risks"):
    window.show_view(view)
    for _ in range(5):
        app.processEvents()
    window.repaint()
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(int(sys.argv[2])):
        window.repaint()
    out[view] = ((time.process_time() - cpu) / int(sys.argv[2]) * 1000, (time.perf_counter() - wall) / int(sys.argv[2]) * 1000)
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--repaints", type=int, default=40)
    parser.add_argument("--scale", type=int, default=16, help="the plan: S x the Keusote demo")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import plangen

    folder = Path(tempfile.mkdtemp(prefix="alliance-paint-"))
    plan_file = folder / f"plan{args.scale}.alliance"
    (folder / "plan.json").write_text(plangen.plan_text(args.scale), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "alliance_desktop", "import-json", str(folder / "plan.json"), str(plan_file)],
                   check=True, capture_output=True)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ALLIANCE_DESKTOP_DATA_DIR=str(folder / "data"))
    env.pop("QT_NO_GUI_THREADPOOL", None)
    # The app sets the variable itself unless it is set: "pool on" passes ALLIANCE_GUI_THREADPOOL=1 to keep it.
    sides = {"pool on": dict(env, ALLIANCE_GUI_THREADPOOL="1"), "pool off": env}
    results: dict[str, list[dict]] = {side: [] for side in sides}
    for _ in range(args.runs):
        for side, side_env in sides.items():
            out = subprocess.run([sys.executable, "-c", CHILD, str(plan_file), str(args.repaints)], env=side_env,
                                 capture_output=True, text=True, check=True).stdout
            results[side].append(json.loads(out.strip().splitlines()[-1]))
    print(f"{args.scale}x Keusote, 1400x900, ms per repaint of the window, median (min-max) of {args.runs} runs:")
    for view in ("overview", "timeline", "chains", "metrics", "commercial", "risks"):
        cells = []
        for side in sides:
            cpu = [r[view][0] for r in results[side]]
            wall = [r[view][1] for r in results[side]]
            cells.append(f"{side}: CPU {statistics.median(cpu):5.2f} ({min(cpu):.2f}-{max(cpu):.2f}), "
                         f"wall {statistics.median(wall):5.2f}")
        print(f"  {view:11} " + " | ".join(cells))
    print("threads seen:", {side: results[side][0]["pool"] for side in sides})


if __name__ == "__main__":
    main()
