"""A second double-click on a project that is already open brings its window to the front.

Without sockets (the app never opens one): a window with a project open for editing leaves a note
in the app-data folder, `handoff/<name>.window` holding its process id, and watches that folder
(QFileSystemWatcher). A start or an Open that finds the file locked, and a note for it, writes
`handoff/<name>.show`; the window sees it, removes it and comes forward. When nobody takes the
request in time (a window that crashed left its note, and another program holds the file), the
request is withdrawn and the usual lock message is shown. A start that finds the file locked but no
note yet waits a moment for one: the window holding the file may still be starting.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject

from .. import paths
from ..fileutil import write_text_atomically

ANSWER_SECONDS = 1.5  # a window of ours takes a request within milliseconds
# A window leaves its note 0.4 s after it appears (mainwindow.LISTEN_DELAY_MS): a second double-click made
# while the first start is still under way finds the file locked and no note yet, and waits for one.
NOTE_WAIT_SECONDS = 3.0


def handoff_dir() -> Path:
    return paths.app_data_dir() / "handoff"


def note_name(path: Path | str) -> str:
    """The notes' name for a project file: the same for every way of writing its path."""
    resolved = os.path.normcase(str(Path(path).resolve()))
    return hashlib.sha1(resolved.encode()).hexdigest()[:20]


class Beacon(QObject):
    """While `window` has the project at `path` open: its note, and a watch for requests to come forward."""

    def __init__(self, window, path: Path | str):
        super().__init__(window)
        self.window = window
        folder = handoff_dir()
        folder.mkdir(parents=True, exist_ok=True)
        name = note_name(path)
        self.note = folder / f"{name}.window"
        self.request = folder / f"{name}.show"
        _remove(self.request)  # left by a start that gave up: not for us
        write_text_atomically(self.note, str(os.getpid()))
        self.watcher = QFileSystemWatcher([str(folder)], self)
        self.watcher.directoryChanged.connect(self._folder_changed)

    @property
    def listening(self) -> bool:
        return bool(self.watcher.directories()) and self.note.is_file()

    def _folder_changed(self, _folder: str) -> None:
        if self.request.is_file():
            _remove(self.request)  # taken: the asking start sees it gone
            self.window.come_forward()

    def close(self) -> None:
        self.watcher.removePaths(self.watcher.directories())
        if _read(self.note) == str(os.getpid()):  # not a newer window's note for the same file
            _remove(self.note)


def bring_forward(path: Path | str, *, wait_for_note: bool = False) -> bool:
    """Ask the window of ours that has `path` open to come to the front; False when none takes it.

    `wait_for_note`: a start (no window of its own on screen yet) waits a moment for a note to appear,
    as the window holding the file may still be starting; an Open in a window on screen does not."""
    name = note_name(path)
    note = handoff_dir() / f"{name}.window"
    pid = _read(note)
    deadline = time.monotonic() + (NOTE_WAIT_SECONDS if wait_for_note else 0)
    while not pid and time.monotonic() < deadline:
        time.sleep(0.05)
        pid = _read(note)
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    _allow_foreground(int(pid))
    request = handoff_dir() / f"{name}.show"
    try:
        request.write_text("show", encoding="utf-8")
    except OSError:
        return False
    deadline = time.monotonic() + ANSWER_SECONDS
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.02)
    _remove(request)  # nobody there (a note left by a crash): the caller shows the lock message
    return False


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _allow_foreground(pid: int) -> None:
    """Windows lets only the foreground process hand the foreground on: we are it (just started or clicked)."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid)
    except (AttributeError, OSError):  # the other window flashes in the taskbar instead
        pass
