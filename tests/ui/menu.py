"""Helpers the UI tests share: trigger a menu action by its shortcut, undo and redo, read the file back."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def on_disk(window):
    """The plan as the open file holds it now (read through its locked connection)."""
    return window.document.file.read_from_disk()


def trigger(window, key) -> None:
    """Trigger the enabled menu action with this shortcut, as the keyboard would."""
    for action in window.menuBar().actions():
        menu = action.menu()
        for sub in menu.actions() if menu else ():
            if sub.shortcut() == QKeySequence(key) and sub.isEnabled():
                sub.trigger()
                return
    raise AssertionError(f"no enabled action for {key}")


def undo(window) -> None:
    trigger(window, QKeySequence.StandardKey.Undo)


def redo(window) -> None:
    trigger(window, QKeySequence.StandardKey.Redo)
