"""Start-up stays lean: what the first painted window must not pay for (benchmarks/startup.py times it).

Each check runs a fresh interpreter through the start the app makes with a demo (the command line, then
launch.py), up to the painted window, then looks at what got loaded on the way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

START = """
    import inspect, json, os, sys
    read = []  # the modules whose source PySide6's import hook read, looking for "PySide6" (ui/__init__.py)
    getsource = inspect.getsource
    def recording_getsource(obj):
        read.append(getattr(obj, "__name__", ""))
        return getsource(obj)
    inspect.getsource = recording_getsource
    from alliance_desktop.ui import app as ui_app

    def painted_then_quit(app):  # in place of the event loop: paint the window, look, leave
        window = next(w for w in app.topLevelWidgets() if w.isVisible())
        window.grab()
        import PySide6.QtCore, PySide6.QtWidgets
        from alliance_desktop import i18n
        print(json.dumps({
            "view": window.current_view(),
            # PySide6 makes a class's Python enums when the class is first looked up in its module.
            "qt_namespace": "Qt" in vars(PySide6.QtCore),
            "qstyle": "QStyle" in vars(PySide6.QtWidgets),
            # no Python event handler or painting runs before the first paint (QEvent's enum: 1.7 ms)
            "qevent": "QEvent" in vars(PySide6.QtCore),
            "dialogs": [name for name in ("QFileDialog", "QMessageBox", "QInputDialog") if name in vars(PySide6.QtWidgets)],
            "style": app.style().name(),
            "reportlab": "reportlab" in sys.modules,
            "qtnetwork": "PySide6.QtNetwork" in sys.modules,  # nothing needs it (the app opens no socket)
            "imported_after_qt": [name for name in ("alliance_desktop.core.model", "alliance_desktop.storage.projectfile")
                                  if list(sys.modules).index(name) > list(sys.modules).index("PySide6.QtCore")],
            # the command line's texts are translated only for --help or a mistake (reading the catalogue: 10 ms)
            "catalogue_read": i18n._catalogue.cache_info().currsize > 0,
            "sources_read": [name for name in read if name.startswith("alliance_desktop")],
            # Qt's GUI thread pool stays off (ui/app.keep_fills_on_this_thread): no thread beside this one
            "threads": len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else None,
        }))
        return 0

    ui_app.QApplication.exec = painted_then_quit
    from alliance_desktop.commands import main
    sys.exit(main(["--demo", "keusote"]))  # the start `alliance-desktop --demo keusote` makes
"""


WELCOME = """
    import json, sys
    from alliance_desktop.ui.app import create_application
    from alliance_desktop.ui.mainwindow import MainWindow
    app, tr = create_application(sys.argv[:1], "fi")
    window = MainWindow(tr)  # no file: the welcome screen, with the recent files
    window.resize(1600, 1000)
    window.show()
    window.grab()
    import PySide6.QtCore
    print(json.dumps({"recent": window.centralWidget().recent_list.count(),
                      "qt_namespace": "Qt" in vars(PySide6.QtCore)}))
"""


def _start(tmp_path, code: str = START) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_window_is_painted_without_the_costly_parts(tmp_path):
    seen = _start(tmp_path)
    assert seen["view"] == "overview"
    # The Qt namespace: 93 enums, 14 ms. The Overview, the menus and Panel avoid Qt.*.
    assert not seen["qt_namespace"], "something on the way to the first window used the Qt namespace"
    # QStyle's enums (5 ms): Fusion is chosen on Qt's command line, not with app.setStyle().
    assert not seen["qstyle"]
    assert seen["style"] == "fusion"
    assert not seen["reportlab"] and not seen["qtnetwork"]
    assert seen["dialogs"] == []  # imported where a dialog is shown
    assert not seen["qevent"], "a Python event handler or paintEvent ran before the first paint"
    assert not seen["catalogue_read"]
    # PySide6's import hook makes every later import slower: the Qt-free core comes first (ui/__init__.py).
    assert seen["imported_after_qt"] == []
    # ... and it is told that our modules use none of its options, so it reads none of their sources (3 ms).
    assert seen["sources_read"] == []
    # The parties table's scroll bar (a gradient over 96 pixels tall) would start two painting threads.
    assert seen["threads"] in (None, 1)


def test_the_welcome_screen_is_painted_without_the_qt_namespace_too(tmp_path):
    recent = tmp_path / "Keusote.alliance"
    recent.write_bytes(b"")
    # forward slashes: QSettings reads a backslash in an INI value as an escape (C:\\Users\\...)
    (tmp_path / "settings.ini").write_text(f"[General]\nrecentFiles={recent.as_posix()}\n", encoding="utf-8")
    assert _start(tmp_path, WELCOME) == {"recent": 1, "qt_namespace": False}


RUN_GUI = """
    import gc
    from PySide6.QtWidgets import QApplication
    seen = []
    def exec_briefly(app):  # the event loop's first turns instead of a session: until gc is on, 5 s at most
        import time
        seen.append(gc.isenabled())
        start = time.monotonic()
        while not gc.isenabled() and time.monotonic() - start < 5:
            QApplication.processEvents()
            time.sleep(0.001)
        seen.append(gc.isenabled())
        return 0
    QApplication.exec = exec_briefly
    from alliance_desktop.commands import main
    code = main(["--demo", "keusote"])
    print(seen, gc.isenabled(), code)
"""


def test_garbage_collection_waits_for_the_window_and_is_back_on_once_it_runs(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(RUN_GUI)], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[False, True] True 0"


PRELOAD = """
    import json, sys, time
    from alliance_desktop.ui import app as ui_app, mainwindow
    mainwindow.PRELOAD_DELAY_MS = 10  # (1.5 s in the app)
    VIEWS = [f"alliance_desktop.ui.{name}" for name in ("timeline", "chains", "metrics", "commercial", "risks")]
    seen = {}
    def exec_a_while(app):
        seen["at_paint"] = [name for name in VIEWS if name in sys.modules]
        start = time.monotonic()
        while time.monotonic() - start < 20 and not all(name in sys.modules for name in VIEWS):
            app.processEvents()
            time.sleep(0.005)
        seen["later"] = [name for name in VIEWS if name in sys.modules]
        return 0
    ui_app.QApplication.exec = exec_a_while
    from alliance_desktop.commands import main
    main(["--demo", "keusote"])
    print(json.dumps(seen))
"""


def test_the_other_views_code_loads_after_the_window_is_up(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(PRELOAD)], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["at_paint"] == []  # the first paint loads only the Overview
    assert len(seen["later"]) == 5
