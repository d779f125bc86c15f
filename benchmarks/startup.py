"""Cold start to a painted window: Alliance Planner with the Keusote demo vs a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 7]

Each run is a fresh interpreter timed from the parent (interpreter start included, same for both).
Our modules are byte-compiled first, as they are in an installed or frozen app (pip and
PyInstaller both ship .pyc); PYTHONDONTWRITEBYTECODE would otherwise make every run recompile.
Goal (foundation issue): the app at most 1.5x the bare window; ReportLab never imported at start-up.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1600, 1000); w.show()
w.grab()
"""

APP = """
import sys
from alliance_desktop.ui.app import create_application
from alliance_desktop.ui.mainwindow import MainWindow
app, tr = create_application(sys.argv[:1], "fi")
w = MainWindow(tr, build=False)  # as launch.py does when a file or demo is given
assert w.open_demo("keusote")
w.resize(1600, 1000); w.show()
w.grab()
assert "reportlab" not in sys.modules, "reportlab imported at start-up"
"""


def run(code: str, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    import compileall
    from pathlib import Path

    compileall.compile_dir(Path(__file__).resolve().parent.parent / "alliance_desktop", quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ALLIANCE_DESKTOP_DATA_DIR=tempfile.mkdtemp(prefix="alliance-bench-"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    run(BARE, env), run(APP, env)  # warm the OS file cache once; we measure interpreter-cold, disk-warm
    bare = [run(BARE, env) for _ in range(args.runs)]
    app = [run(APP, env) for _ in range(args.runs)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"Alliance Planner + Keusote demo: median {a * 1000:.0f} ms  (min {min(app) * 1000:.0f})")
    print(f"ratio: {a / b:.2f}x  (goal <= 1.5x)")


if __name__ == "__main__":
    main()
