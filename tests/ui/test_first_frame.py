"""Start-up work the first frame does not need runs after it (issue 16), with the real event loop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap


def test_logging_and_garbage_collection_start_after_the_first_frame(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path))
    seen = _start(env)
    assert (seen["first paint"]["logging"], seen["first paint"]["gc"]) == (False, False)  # none before the frame
    assert (seen["later"]["logging"], seen["later"]["gc"]) == (True, True)  # ... and all of it once it is up
    assert list(tmp_path.rglob("*.log"))  # the log file is there


# The start `alliance-desktop --demo keusote` makes, with its real event loop and in the real order of
# imports: the Qt-free core before PySide6 (ui/__init__.py), so QApplication.exec is replaced the moment
# PySide6.QtWidgets is first imported (as benchmarks/startup.py does), not by importing PySide6 first. At the
# window's first paint event it notes which modules are loaded, whether the window icon is set, the log file's
# handlers and the garbage collector; then again a second after the first frame, and quits.
REAL_ORDER = """
    import sys  # (json only at the end: it is one of the modules looked for)

    seen = {}
    HEAVY = HEAVY_MODULES

    def state():
        import gc

        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QApplication

        from alliance_desktop.ui import app as ui_app

        window = next(w for w in QApplication.topLevelWidgets() if w.isVisible())
        bar = window.menuBar()
        return {"modules": [name for name in HEAVY if name in sys.modules],
                "icon": not QApplication.windowIcon().isNull(), "logging": bool(ui_app.log.handlers),
                "gc": gc.isenabled(),
                # each menu's title, and how many commands it holds; the shortcuts of Undo and Find
                "menus": [(a.text(), len(a.menu().actions())) for a in bar.actions()],
                "shortcuts": {a.text(): [s.toString() for s in a.shortcuts()] for a in window.findChildren(QAction)
                              if a.text() in ("&Kumoa", "&Hae…")}}

    def exec_and_watch(*_args):
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        window = next(w for w in app.topLevelWidgets() if w.isVisible())

        class FirstPaint(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and "first paint" not in seen:
                    seen["first paint"] = state()
                return False

        watcher = FirstPaint()
        window.installEventFilter(watcher)

        def later():
            seen["later"] = state()
            app.quit()

        QTimer.singleShot(1000, later)
        return real_exec()

    class PatchExecOnImport:
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
                module.QApplication.exec = exec_and_watch

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, PatchExecOnImport())
    from alliance_desktop.commands import main
    code = main(["--demo", "keusote"])
    import json
    print(json.dumps(seen))
    sys.exit(code)
"""

# Not needed for the first frame of `--demo keusote` (the Overview): reports, workbooks, PDF rendering,
# sqlite-utils (upgrades only), the log file's handlers, JSON, fractions, html's entity table, networking,
# printing, and the other views' code (preloaded a moment after the window is up).
HEAVY_MODULES = ["reportlab", "openpyxl", "pypdfium2", "sqlite_utils", "click", "pluggy", "tabulate",
                 "logging.handlers", "json", "fractions", "html", "html.entities", "zoneinfo", "socket",
                 "pickle", "queue", "configparser", "xml", "email", "PySide6.QtNetwork",
                 "PySide6.QtPrintSupport", "PySide6.QtSvg", "alliance_desktop.reports",
                 "alliance_desktop.core.interchange", "alliance_desktop.ui.timeline", "alliance_desktop.ui.chains",
                 "alliance_desktop.ui.metrics", "alliance_desktop.ui.commercial", "alliance_desktop.ui.risks"]


def test_the_first_frame_loads_no_heavy_module_and_the_icon_comes_after_it(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path))
    _start(env)  # the first start builds the demo's ready-made file from its JSON
    seen = _start(env)
    assert (seen["first paint"]["modules"], seen["first paint"]["icon"]) == ([], False)
    assert seen["later"]["icon"], "the window icon is set once the first frame is on screen"


def test_the_menus_titles_are_in_the_first_frame_and_their_commands_come_right_after(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path))
    seen = _start(env)
    titles = ["&Tiedosto", "&Muokkaa", "&Näytä", "&Kieli", "&Ohje"]
    assert [title for title, _count in seen["first paint"]["menus"]] == titles
    assert all(count == 0 for _title, count in seen["first paint"]["menus"])  # (45 actions: 1.5 ms of the start)
    later = dict(seen["later"]["menus"])
    assert list(later) == titles and all(count > 0 for count in later.values())
    assert later["&Tiedosto"] >= 15 and later["&Kieli"] == 2
    assert seen["first paint"]["shortcuts"] == {}
    shortcuts = seen["later"]["shortcuts"]  # the keys work once the menus are filled
    assert "Ctrl+Z" in shortcuts["&Kumoa"] and "Ctrl+F" in shortcuts["&Hae…"]


def _start(env: dict) -> dict:
    code = textwrap.dedent(REAL_ORDER).replace("HEAVY_MODULES", repr(HEAVY_MODULES))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_work_after_the_first_frame_runs_once_in_order_when_a_window_is_exposed(qtbot):
    """after_first_frame: one watcher for all the work asked for; nothing runs before a window is on
    screen, then each piece once, in order; work asked for later (another file opened) runs too."""
    from PySide6.QtWidgets import QWidget

    from alliance_desktop.ui import app as ui_app

    ran = []
    for name in ("log", "gc", "icon"):
        ui_app.after_first_frame(lambda name=name: ran.append(name))
    qtbot.wait(ui_app.FIRST_FRAME_FIRST_LOOK_MS + 3 * ui_app.FIRST_FRAME_LOOK_MS)
    window = QWidget()
    qtbot.addWidget(window)
    if not any(w.isExposed() for w in ui_app.QApplication.topLevelWindows()):  # (other tests' windows)
        assert ran == []
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(ran) == 3)
    assert ran == ["log", "gc", "icon"]
    ui_app.after_first_frame(lambda: ran.append("watch"))
    qtbot.waitUntil(lambda: ran[-1] == "watch")
    qtbot.wait(3 * ui_app.FIRST_FRAME_LOOK_MS)
    assert ran == ["log", "gc", "icon", "watch"]
