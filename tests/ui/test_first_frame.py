"""Start-up work the first frame does not need runs after it (issue 16), with the real event loop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

# The start `alliance-desktop --demo keusote` makes, with its real event loop; at the window's first paint
# event, and a second later, it notes what has run, then quits.
START = """
    import gc, json, sys
    from PySide6.QtWidgets import QApplication
    from alliance_desktop.ui import app as ui_app

    _exec = QApplication.exec
    seen = {}

    def state():
        return {"logging": bool(ui_app.log.handlers), "gc": gc.isenabled()}

    def exec_and_watch(*_args):
        from PySide6.QtCore import QEvent, QObject, QTimer

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
        return _exec()

    QApplication.exec = exec_and_watch
    from alliance_desktop.commands import main
    code = main(["--demo", "keusote"])
    print(json.dumps(seen))
    sys.exit(code)
"""


def test_logging_and_garbage_collection_start_after_the_first_frame(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(START)], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["first paint"] == {"logging": False, "gc": False}  # nothing of it before the first frame
    assert seen["later"] == {"logging": True, "gc": True}  # ... and all of it once the window is up
    assert list(tmp_path.rglob("*.log"))  # the log file is there

