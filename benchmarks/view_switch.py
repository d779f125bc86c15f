"""The first visit to each view, from a click in the side bar to the view painted (Keusote demo).

    QT_QPA_PLATFORM=offscreen python benchmarks/view_switch.py [--runs 5]

Each run is a fresh process that starts the app on the Overview and then visits every view once, in
the side bar's order: "at once" visits right after the first paint, "after a moment" waits until the
window has preloaded the views' code (MainWindow.preload_views, 1.5 s after it appears), as a user
who looks at the Overview first does. A second visit only repaints (last column, the timeline again).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

CHILD = """
import json, sys, time
from PySide6.QtWidgets import QApplication
from alliance_desktop.ui.app import create_application
from alliance_desktop.ui.mainwindow import MainWindow, PRELOAD_DELAY_MS

app, tr = create_application(sys.argv[:1], "fi")
window = MainWindow(tr, build=False)
assert window.open_demo("keusote")
window.resize(1600, 1000)
window.show()
window.grab()
if WAIT:
    start = time.monotonic()
    while time.monotonic() - start < PRELOAD_DELAY_MS / 1000 + 1.0:
        app.processEvents()
        time.sleep(0.005)
times = {}
for key in ("timeline", "chains", "metrics", "commercial", "risks", "overview", "timeline again"):
    start = time.perf_counter()
    window.show_view(key.split()[0])
    window.grab()
    times[key] = (time.perf_counter() - start) * 1000
print(json.dumps(times))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ALLIANCE_DESKTOP_DATA_DIR=tempfile.mkdtemp(prefix="view-switch-"))
    for label, wait in (("at once", False), ("after a moment", True)):
        runs = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, "-c", CHILD.replace("WAIT", str(wait))], env=env, check=True,
                                 capture_output=True, text=True).stdout
            runs.append(json.loads(out.strip().splitlines()[-1]))
        medians = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        print(f"{label:15s}" + "".join(f"  {key} {ms:5.1f}" for key, ms in medians.items()) + "  (ms, medians)")


if __name__ == "__main__":
    main()
