"""An unexpected error never reaches the user as a traceback: it is logged and shown in a friendly dialog."""

from __future__ import annotations

import sys

from alliance_desktop import paths
from alliance_desktop.ui import app as appmod
from alliance_desktop.ui import dialogs


def test_uncaught_exception_is_logged_and_shown_friendly(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_crash_dialog", shown.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    for handler in list(appmod.log.handlers):  # a fresh log file in this test's app-data folder
        appmod.log.removeHandler(handler)
    appmod.install_exception_hook()
    try:
        raise ValueError("bad thing")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "ValueError: bad thing" in shown[0]
    for handler in appmod.log.handlers:
        handler.flush()
    assert "ValueError: bad thing" in paths.log_file().read_text("utf-8")


def test_crash_dialog_offers_copy_details(qtbot, qapp, translations):
    from PySide6.QtWidgets import QPushButton

    dialog = dialogs.CrashDialog("Traceback: details here")
    qtbot.addWidget(dialog)

    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    assert "Kopioi tiedot" in buttons
    buttons["Kopioi tiedot"].click()
    assert qapp.clipboard().text() == "Traceback: details here"
    assert not dialog.details.isVisible()  # the traceback stays hidden unless asked for
