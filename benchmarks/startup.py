"""Cold start to a painted window: Alliance Planner with the Keusote demo vs a bare PySide6 window.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 7] [--breakdown] [--first-frame] [--instructions]

Each run is a fresh interpreter, timed from the parent's launch to the child's painted window
(the child prints time.perf_counter() after the paint: a system-wide monotonic clock on Linux and
Windows), and to the end of the process (exit included). Interpreter start counts for both. The
app's child starts as `alliance-desktop --demo keusote` does (commands.main, then launch.run_gui); only
its event loop is replaced by a paint of the window. Both windows are 1400x900, the app's first size.
Our modules are byte-compiled first, as they are in an installed or frozen app (pip and
PyInstaller both ship .pyc); PYTHONDONTWRITEBYTECODE would otherwise make every run recompile.
The app's runs share one app-data folder, so after the first they copy the ready-made demo
file; "first start" gives each run a fresh folder (the demo file is built from its JSON).
Goal (foundation issue): the app at most 1.5x the bare window; ReportLab never imported at start-up.

First, both started as they really run (issue 16): the real event loop up to the first frame it paints
(the window's first paint event, then the rest of that turn of the loop), as interleaved pairs (bare,
app, bare, app, ...), in CPU time (the child's process_time: the interpreter's start included) and wall
time. Goal: the app's CPU at most 1.4x the bare window's. Whatever the app leaves for after the first
frame (logging, the file watch, preloads) must not be in it.
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
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1400, 900); w.show()  # as the app opens
w.grab()
print(time.perf_counter())
"""

# The app's own start, as `alliance-desktop --demo keusote` makes it: the command line (commands.main),
# then launch.run_gui. Only its event loop is replaced: the window is painted, the time printed, and
# the app leaves as it does when the window is closed.
START = """
import gc, sys, time
from alliance_desktop import commands  # as the console script does first
gc.disable()  # as commands.main does before the window's modules load
from alliance_desktop.ui import app as ui_app  # (loaded by launch; here to replace the event loop)

def painted_then_quit(self):
    for window in self.topLevelWidgets():
        if window.isVisible():
            window.grab()
    print(time.perf_counter())
    assert "reportlab" not in sys.modules, "reportlab imported at start-up"
    return 0

ui_app.QApplication.exec = painted_then_quit
sys.exit(commands.main(ARGS))
"""
APP = START.replace("ARGS", '["--demo", "keusote"]')
# A start from the Start menu: no file, the welcome screen.
WELCOME = START.replace("ARGS", "[]")


# Both children run their real event loop; at its first paint event the top-level window asks for the
# clocks to be read once the loop has finished that turn (the frame is on screen then), and quits.
# QApplication.exec is replaced the moment PySide6.QtWidgets is first imported (a finder on
# sys.meta_path), not by importing PySide6 up front: the app imports its Qt-free core before PySide6
# (ui/__init__.py), because after PySide6 every import runs its `__feature__` hook (which reads each new
# module's source); importing PySide6 first made the measured app pay ~8 ms a real start does not.
FIRST_FRAME = """
import sys, time

def exec_to_first_frame(*_args):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.isVisible())

    class FirstFrame(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, self.stop)
            return False

        def stop(self):
            try:  # the CPU time's parts: user and system, and the page faults (not on Windows)
                import resource

                usage = resource.getrusage(resource.RUSAGE_SELF)
                parts = (usage.ru_utime, usage.ru_stime, usage.ru_minflt)
            except ImportError:
                parts = (-1, -1, -1)
            print(time.perf_counter(), time.process_time(), *parts, flush=True)
            app.quit()

    watcher = FirstFrame()
    window.installEventFilter(watcher)
    return real_exec()

class PatchExecOnImport:  # a meta path finder: patches QApplication.exec once QtWidgets is loaded
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            global real_exec
            load(module)
            real_exec = module.QApplication.exec
            module.QApplication.exec = exec_to_first_frame

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, PatchExecOnImport())
"""
BARE_LOOP = FIRST_FRAME + """
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1400, 900); w.show()
app.exec()
"""
APP_LOOP = FIRST_FRAME + """
from alliance_desktop import commands
sys.exit(commands.main(["--demo", "keusote"]))
"""


def first_frames(env: dict, runs: int) -> None:
    """Interleaved pairs, the real event loop to the first painted frame: CPU and wall, bare vs app."""
    times: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
    parts: dict[str, list[tuple[float, float, float]]] = {"bare": [], "app": []}  # user, system, page faults
    for _ in range(runs):
        for label, code in (("bare", BARE_LOOP), ("app", APP_LOOP)):
            start = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True,
                                 text=True).stdout
            frame, cpu, user, system, faults = (float(x) for x in out.split()[-5:])
            times[label].append((frame - start, cpu))
            parts[label].append((user, system, faults))
    bare_cpu, app_cpu = ([t[1] for t in times[k]] for k in ("bare", "app"))
    bare_wall, app_wall = ([t[0] for t in times[k]] for k in ("bare", "app"))
    pairs = sorted(a / b for a, b in zip(app_cpu, bare_cpu))

    def ms(values):
        return f"{statistics.median(values) * 1000:.0f} ms ({min(values) * 1000:.0f}–{max(values) * 1000:.0f})"

    print(f"real event loop to the first painted frame, {runs} interleaved pairs, median (min–max):")
    print(f"  CPU:  bare {ms(bare_cpu)}, app {ms(app_cpu)}; ratio of medians "
          f"{statistics.median(app_cpu) / statistics.median(bare_cpu):.2f}x, median of the pairs' ratios "
          f"{statistics.median(pairs):.2f}x  (goal <= 1.4x)")
    print(f"  wall: bare {ms(bare_wall)}, app {ms(app_wall)}; ratio of medians "
          f"{statistics.median(app_wall) / statistics.median(bare_wall):.2f}x")
    if parts["bare"][0][0] >= 0:  # (getrusage: not on Windows)
        user, system, faults = ({k: statistics.median(p[i] for p in parts[k]) for k in parts} for i in range(3))
        print(f"  of the CPU: user bare {user['bare'] * 1000:.0f} ms, app {user['app'] * 1000:.0f} ms; system bare "
              f"{system['bare'] * 1000:.0f} ms, app {system['app'] * 1000:.0f} ms; page faults bare "
              f"{faults['bare']:.0f}, app {faults['app']:.0f}")


def instructions(env: dict) -> None:
    """Instructions to the first painted frame (valgrind's callgrind), bare window and app: the same count
    on every run however busy the machine is, so a change of a few milliseconds shows. The child leaves
    (os._exit) as soon as the frame's turn of the loop ends: the exit is not counted."""
    import shutil
    from concurrent.futures import ThreadPoolExecutor

    if not shutil.which("valgrind"):
        print("instructions: valgrind is not installed (apt-get install valgrind)")
        return
    python = os.path.realpath(sys.executable)  # not a shim script: valgrind would count the shell
    leave = "app.quit()"
    assert leave in FIRST_FRAME

    # One hash seed: with Python's random one, dict and set layouts (and so the count) move by 1-2 M.
    fixed = dict(env, PYTHONHASHSEED="0")

    def count(code: str) -> int:
        out = tempfile.mktemp(prefix="alliance-callgrind-")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", python, "-c",
                        code.replace(leave, "import os; os._exit(0)")], env=fixed, capture_output=True, check=True)
        try:
            with open(out) as f:
                return next(int(line.split()[1]) for line in f if line.startswith(("summary:", "totals:")))
        finally:
            os.unlink(out)

    with ThreadPoolExecutor(2) as pool:
        bare, app = pool.map(count, (BARE_LOOP, APP_LOOP))
    print(f"instructions to the first painted frame: bare {bare / 1e6:.1f} M, app {app / 1e6:.1f} M, "
          f"ratio {app / bare:.3f}x")


# The same start as APP, with the time of each step (in-process; median over the runs).
BREAKDOWN = """
import gc, sys, time
laps = []
def lap(name, _t=[time.perf_counter()]):
    now = time.perf_counter(); laps.append((name, (now - _t[0]) * 1000)); _t[0] = now
from alliance_desktop import commands
args = commands._window_arguments(["--demo", "keusote"]); lap("the command line")
gc.disable()  # as commands.main does
import alliance_desktop.ui; lap("import the Qt-free core, storage and demos (before PySide6)")
import PySide6.QtWidgets; lap("import PySide6.QtWidgets (the bare window's cost too)")
from alliance_desktop.ui.app import create_application; lap("import ui.app")
from alliance_desktop.ui.mainwindow import MainWindow; lap("import ui.mainwindow")
import alliance_desktop.ui.overview; lap("import the Overview")
app, tr = create_application(sys.argv[:1], "fi"); lap("QApplication, style, translations")
w = MainWindow(tr, build=False); lap("main window")
assert w.open_demo("keusote"); lap("copy and open the demo, build menus and the Overview")
w.show(); lap("show")
w.grab(); lap("first paint")
for name, ms in laps:
    print(f"{name}\t{ms:.2f}")
"""


def breakdown(env: dict, runs: int) -> None:
    table: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", BREAKDOWN], check=True, env=env, capture_output=True,
                             text=True).stdout
        for line in out.splitlines():
            name, ms = line.rsplit("\t", 1)
            table.setdefault(name, []).append(float(ms))
    for name, values in table.items():
        print(f"  {statistics.median(values):6.1f} ms  {name}")
    print(f"  {sum(statistics.median(v) for v in table.values()):6.1f} ms  in all, in-process")


def run(code: str, env: dict) -> tuple[float, float]:
    """(seconds to the painted window, seconds to the end of the process)."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True).stdout
    end = time.perf_counter()
    return float(out.split()[-1]) - start, end - start


def report(label: str, bare: list[float], app: list[float]) -> None:
    b, a = statistics.median(bare), statistics.median(app)
    print(f"{label}: bare PySide6 window {b * 1000:.0f} ms, Alliance Planner + Keusote demo {a * 1000:.0f} ms"
          f" (medians; min {min(bare) * 1000:.0f} / {min(app) * 1000:.0f})  ratio {a / b:.2f}x  (goal <= 1.5x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--breakdown", action="store_true", help="also time each step of the app's start")
    parser.add_argument("--first-frame", action="store_true",
                        help="only the interleaved pairs to the first frame (the goal's measurement)")
    parser.add_argument("--instructions", action="store_true",
                        help="only the instructions to the first frame, bare and app (callgrind; noise-free)")
    args = parser.parse_args()
    import compileall
    from pathlib import Path

    compileall.compile_dir(Path(__file__).resolve().parent.parent / "alliance_desktop", quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               ALLIANCE_DESKTOP_DATA_DIR=tempfile.mkdtemp(prefix="alliance-bench-"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    run(BARE, env), run(APP, env)  # warm the OS file cache once; we measure interpreter-cold, disk-warm
    if args.instructions:
        instructions(env)
        return
    first_frames(env, args.runs)
    if args.first_frame:
        return
    bare = [run(BARE, env) for _ in range(args.runs)]
    app = [run(APP, env) for _ in range(args.runs)]
    report("to the painted window", [b[0] for b in bare], [a[0] for a in app])
    report("whole process (exit too)", [b[1] for b in bare], [a[1] for a in app])
    first = [run(APP, dict(env, ALLIANCE_DESKTOP_DATA_DIR=tempfile.mkdtemp(prefix="alliance-bench-")))[0]
             for _ in range(args.runs)]
    print(f"first start (the demo file built from its JSON): median {statistics.median(first) * 1000:.0f} ms"
          " to the painted window")
    welcome = [run(WELCOME, env)[0] for _ in range(args.runs)]
    print(f"start without a file (the welcome screen): median {statistics.median(welcome) * 1000:.0f} ms"
          " to the painted window")
    if args.breakdown:
        print("where the app's time goes (median):")
        breakdown(env, args.runs)


if __name__ == "__main__":
    main()
